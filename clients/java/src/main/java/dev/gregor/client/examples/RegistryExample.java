package dev.gregor.client.examples;

import com.google.protobuf.ByteString;
import dev.gregor.client.GregorClient;
import gregor.kafka.v1.Kafka;
import gregor.registry.v1.Registry;
import io.grpc.StatusRuntimeException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

/**
 * Registers a schema, reads it back, shows the Confluent error of a failed
 * call, produces a record and reads it back through Subscribe:
 * {@code java ... dev.gregor.client.examples.RegistryExample 127.0.0.1:8081 payments}.
 */
public final class RegistryExample {
  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "127.0.0.1:8081";
    String topic = args.length > 1 ? args[1] : "payments";
    try (GregorClient gregor = GregorClient.connect(target)) {
      String subject = topic + "-value";
      Registry.RegisterSchemaResponse registered = gregor.registry().registerSchema(
          Registry.RegisterSchemaRequest.newBuilder().setSubject(subject)
              .setSchema(Registry.SchemaSpec.newBuilder().setSchema("\"string\"")).build());
      System.out.println("registered " + subject + " as schema id " + registered.getId());
      try {
        gregor.registry().getSchemaById(Registry.GetSchemaByIdRequest.newBuilder().setId(987654321).build());
      } catch (StatusRuntimeException e) {
        System.out.println("no such schema: " + e.getStatus().getCode() + " " + GregorClient.confluentError(e).orElseThrow());
      }
      Kafka.ProduceResponse produced = gregor.kafka().produce(Kafka.ProduceRequest.newBuilder().setTopic(topic)
          .addRecords(Kafka.Record.newBuilder().setValue(ByteString.copyFromUtf8("hello"))).build());
      long offset = produced.getResults(0).getOffset();
      System.out.println("produced at offset " + offset);
      Kafka.GroupSubscription subscription = Kafka.GroupSubscription.newBuilder().setGroup(topic + "-java-example")
          .addTopics(topic).setAutoOffsetReset(Kafka.OffsetReset.OFFSET_RESET_EARLIEST).build();
      Iterator<Kafka.SubscribeResponse> events = gregor.kafka().withDeadlineAfter(60, TimeUnit.SECONDS)
          .subscribe(Kafka.SubscribeRequest.newBuilder().setSubscription(subscription).build());
      while (events.hasNext()) {
        for (Kafka.ConsumedRecord record : events.next().getBatch().getRecordsList()) {
          if (record.getOffset() == offset) {
            System.out.println("read back \"" + record.getValue().toStringUtf8() + "\" at offset " + offset);
            return; // closing the client cancels the call: the member leaves the group
          }
        }
      }
    }
  }
}
