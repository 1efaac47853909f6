package dev.gregor.client;

import com.google.protobuf.ByteString;
import gregor.kafka.v1.Kafka;
import gregor.registry.v1.Registry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

/**
 * End to end against a real Gregor and broker (tests/python/test_clients.py
 * starts both and runs this with GREGOR_TARGET, host:port, and GREGOR_TOPIC,
 * an existing topic). Exits non-zero on the first failed check.
 */
public final class EndToEnd {
  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  public static void main(String[] args) throws Exception {
    String target = System.getenv("GREGOR_TARGET");
    String topic = System.getenv("GREGOR_TOPIC");
    check(target != null && topic != null, "GREGOR_TARGET and GREGOR_TOPIC are set");
    try (GregorClient gregor = GregorClient.connect(target)) {
      String subject = topic + "-java-client";
      int id = gregor.registry().registerSchema(Registry.RegisterSchemaRequest.newBuilder().setSubject(subject)
          .setSchema(Registry.SchemaSpec.newBuilder().setSchema("\"double\"")).build()).getId();
      check(gregor.registry().getSchemaById(Registry.GetSchemaByIdRequest.newBuilder().setId(id).build())
          .getSchema().equals("\"double\""), "the schema reads back");
      try {
        gregor.registry().getSchemaById(Registry.GetSchemaByIdRequest.newBuilder().setId(987654321).build());
        check(false, "an unknown schema id fails");
      } catch (StatusRuntimeException e) {
        check(e.getStatus().getCode() == Status.Code.NOT_FOUND, "NOT_FOUND");
        check(GregorClient.confluentError(e).equals(java.util.Optional.of(new GregorClient.ConfluentError(40403, "SCHEMA_NOT_FOUND"))),
            "the Confluent error 40403: " + GregorClient.confluentError(e));
      }
      ByteString value = ByteString.copyFromUtf8("java " + ProcessHandle.current().pid());
      long offset = gregor.kafka().produce(Kafka.ProduceRequest.newBuilder().setTopic(topic)
          .addRecords(Kafka.Record.newBuilder().setValue(value)).build()).getResults(0).getOffset();
      Kafka.GroupSubscription subscription = Kafka.GroupSubscription.newBuilder().setGroup("java-client-" + ProcessHandle.current().pid())
          .addTopics(topic).setAutoOffsetReset(Kafka.OffsetReset.OFFSET_RESET_EARLIEST).build();
      Iterator<Kafka.SubscribeResponse> events = gregor.kafka().withDeadlineAfter(60, TimeUnit.SECONDS)
          .subscribe(Kafka.SubscribeRequest.newBuilder().setSubscription(subscription).build());
      boolean found = false;
      while (!found && events.hasNext()) {
        for (Kafka.ConsumedRecord record : events.next().getBatch().getRecordsList()) {
          found |= record.getOffset() == offset && record.getValue().equals(value);
        }
      }
      check(found, "the record produced comes back through Subscribe");
    }
    System.out.println("java end-to-end: ok");
  }
}
