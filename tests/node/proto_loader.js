// Loads Gregor's protos with Node's standard gRPC loader (@grpc/proto-loader,
// protobufjs 7) and, given a Gregor address, calls one RPC of each package
// with @grpc/grpc-js. Prints one JSON line per step; exits 1 on any failure.
//
//   node tests/node/proto_loader.js <proto dir> [host:port]
'use strict';
const path = require('path');
const tools = path.resolve(__dirname, '../../tools/node_modules');
const loader = require(path.join(tools, '@grpc/proto-loader'));
const grpc = require(path.join(tools, '@grpc/grpc-js'));

const [protoDir, address] = process.argv.slice(2);
// Every proto of Gregor's, so a new one is read too.
function protos(dir, prefix = 'gregor') {
  const fs = require('fs');
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const name = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return protos(dir, name);
    return entry.name.endsWith('.proto') ? [name] : [];
  }).sort();
}
const files = protos(protoDir);
let failed = false;
const loaded = {};
for (const file of files) {
  try {
    const definition = loader.loadSync(file, { includeDirs: [protoDir], keepCase: true, longs: String, arrays: true });
    const services = Object.keys(definition).filter((name) => definition[name] && definition[name].service === undefined && typeof definition[name] === 'object' && Object.values(definition[name]).some((m) => m && m.path));
    loaded[file] = definition;
    console.log(JSON.stringify({ file, ok: true, services }));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ file, ok: false, error: error.message }));
  }
}

function call(client, method, request) {
  return new Promise((resolve, reject) => client[method](request, { deadline: Date.now() + 30000 }, (err, reply) => (err ? reject(err) : resolve(reply))));
}

async function main() {
  if (address && !failed) {
    // One RPC of the registry and one of Kafka REST v3's admin API.
    const calls = [
      ['gregor/registry/v1/registry.proto', (pkg) => pkg.gregor.registry.v1.SchemaRegistryService, 'ListSubjects'],
      ['gregor/kafka/v1/admin.proto', (pkg) => pkg.gregor.kafka.v1.AdminService, 'ListKafkaClusters'],
    ];
    for (const [file, service, rpc] of calls) {
      const Client = service(grpc.loadPackageDefinition(loaded[file]));
      const client = new Client(address, grpc.credentials.createInsecure());
      try {
        const reply = await call(client, rpc, {});
        console.log(JSON.stringify({ rpc, ok: true, reply }));
      } catch (error) {
        failed = true;
        console.log(JSON.stringify({ rpc, ok: false, error: error.message }));
      }
      client.close();
    }
  }
  process.exit(failed ? 1 : 0);
}
main();
