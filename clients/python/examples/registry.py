"""Registers a schema, reads it back, shows the Confluent error code of a
failed call, produces a record and reads it back through Subscribe.

    python examples/registry.py HOST:PORT TOPIC
"""
import sys

import grpc
from google.rpc import error_details_pb2, status_pb2

from gregor.kafka.v1 import kafka_pb2, kafka_pb2_grpc
from gregor.registry.v1 import registry_pb2, registry_pb2_grpc


def confluent_error(error: grpc.RpcError):
    """(error_code, reason) from the ErrorInfo detail of a failed call."""
    for key, value in error.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            for detail in status_pb2.Status.FromString(value).details:
                info = error_details_pb2.ErrorInfo()
                if detail.Unpack(info):
                    return int(info.metadata["error_code"]), info.reason
    return None


def main(address, topic):
    with grpc.insecure_channel(address) as channel:
        registry = registry_pb2_grpc.SchemaRegistryServiceStub(channel)
        registered = registry.RegisterSchema(registry_pb2.RegisterSchemaRequest(
            subject=f"{topic}-value", schema=registry_pb2.SchemaSpec(schema='"string"')))
        print(f"registered {topic}-value as schema id {registered.id}")
        print("schema:", registry.GetSchemaById(registry_pb2.GetSchemaByIdRequest(id=registered.id)).schema)
        try:
            registry.GetSchemaById(registry_pb2.GetSchemaByIdRequest(id=987654321))
        except grpc.RpcError as error:
            print("no such schema:", error.code().name, confluent_error(error))

        kafka = kafka_pb2_grpc.KafkaServiceStub(channel)
        produced = kafka.Produce(kafka_pb2.ProduceRequest(topic=topic, records=[kafka_pb2.Record(value=b"hello")]))
        offset = produced.results[0].offset
        print(f"produced at offset {offset}")
        subscription = kafka_pb2.GroupSubscription(group=f"{topic}-python-example", topics=[topic],
                                                   auto_offset_reset=kafka_pb2.OFFSET_RESET_EARLIEST)
        events = kafka.Subscribe(kafka_pb2.SubscribeRequest(subscription=subscription), timeout=60)
        for event in events:
            found = [r for r in event.batch.records if r.offset == offset]
            if found:
                print(f"read back {found[0].value!r} at offset {offset}")
                events.cancel()
                break


if __name__ == "__main__":
    main(*sys.argv[1:3])
