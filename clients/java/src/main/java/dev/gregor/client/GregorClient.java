package dev.gregor.client;

import com.google.protobuf.Any;
import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import gregor.kafka.v1.AdminServiceGrpc;
import gregor.kafka.v1.KafkaServiceGrpc;
import gregor.kafka.v1.RecordsServiceGrpc;
import gregor.registry.v1.SchemaRegistryServiceGrpc;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Gregor's gRPC API for Java: one channel to a Gregor node, stubs of every
 * service (generated into {@code gregor.*} by buf.gen.yaml), credentials
 * sent on every call, and the Confluent error of a failed call.
 */
public final class GregorClient implements AutoCloseable {
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final ManagedChannel managed;
  private final Channel channel;

  private GregorClient(ManagedChannel managed, Channel channel) {
    this.managed = managed;
    this.channel = channel;
  }

  /** A client of {@code target} ({@code host:port}) over plaintext HTTP/2 (h2c). */
  public static GregorClient connect(String target) {
    ManagedChannel managed = Grpc.newChannelBuilder(target, InsecureChannelCredentials.create()).build();
    return new GregorClient(managed, managed);
  }

  /** A client over a channel made elsewhere (TLS, load balancing); closing the client shuts it down. */
  public static GregorClient of(ManagedChannel managed) {
    return new GregorClient(managed, managed);
  }

  /** The same channel, sending HTTP Basic credentials (a Karapace auth file's user) on every call. */
  public GregorClient withBasicAuth(String username, String password) {
    String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return withAuthorization("Basic " + token);
  }

  /** The same channel, sending a bearer token (OIDC/JWT) on every call. */
  public GregorClient withBearerToken(String token) {
    return withAuthorization("Bearer " + token);
  }

  private GregorClient withAuthorization(String value) {
    Metadata headers = new Metadata();
    headers.put(AUTHORIZATION, value);
    return new GregorClient(managed, ClientInterceptors.intercept(managed, MetadataUtils.newAttachHeadersInterceptor(headers)));
  }

  /** The Schema Registry. */
  public SchemaRegistryServiceGrpc.SchemaRegistryServiceBlockingStub registry() {
    return SchemaRegistryServiceGrpc.newBlockingStub(channel);
  }

  /** The native Kafka API (blocking: Produce, Subscribe, Fetch, ListOffsets). */
  public KafkaServiceGrpc.KafkaServiceBlockingStub kafka() {
    return KafkaServiceGrpc.newBlockingStub(channel);
  }

  /** The native Kafka API, asynchronous (ProduceStream and Consume are bidirectional). */
  public KafkaServiceGrpc.KafkaServiceStub kafkaAsync() {
    return KafkaServiceGrpc.newStub(channel);
  }

  /** Kafka REST v3's admin API. */
  public AdminServiceGrpc.AdminServiceBlockingStub admin() {
    return AdminServiceGrpc.newBlockingStub(channel);
  }

  /** Kafka REST v3's records API. */
  public RecordsServiceGrpc.RecordsServiceStub records() {
    return RecordsServiceGrpc.newStub(channel);
  }

  /** Channel shared by the stubs. */
  public Channel channel() {
    return channel;
  }

  /** What Gregor says went wrong: Confluent's error code (e.g. 40401) and the error's reason. */
  public record ConfluentError(int errorCode, String reason) {}

  /**
   * The Confluent error of a failed call (its {@code google.rpc.ErrorInfo}
   * detail, metadata key {@code error_code}); empty for an error without one.
   */
  public static Optional<ConfluentError> confluentError(Throwable error) {
    com.google.rpc.Status status = StatusProto.fromThrowable(error);
    if (status == null) {
      return Optional.empty();
    }
    for (Any detail : status.getDetailsList()) {
      if (!detail.getTypeUrl().endsWith("/google.rpc.ErrorInfo")) {
        continue;
      }
      try {
        ErrorInfo info = ErrorInfo.parse(detail.getValue().newCodedInput());
        return Optional.of(new ConfluentError(Integer.parseInt(info.metadata().getOrDefault("error_code", "")), info.reason()));
      } catch (IOException | NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * {@code google.rpc.ErrorInfo} {reason = 1, domain = 2, map metadata = 3},
   * read by hand: Debian's proto-google-common-protos (1.16) predates it.
   */
  private record ErrorInfo(String reason, String domain, Map<String, String> metadata) {
    static ErrorInfo parse(CodedInputStream in) throws IOException {
      String reason = "";
      String domain = "";
      Map<String, String> metadata = new HashMap<>();
      for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
        switch (tag >>> 3) {
          case 1 -> reason = in.readString();
          case 2 -> domain = in.readString();
          case 3 -> {
            CodedInputStream entry = in.readBytes().newCodedInput();
            String key = "";
            String value = "";
            for (int t = entry.readTag(); t != 0; t = entry.readTag()) {
              switch (t >>> 3) {
                case 1 -> key = entry.readString();
                case 2 -> value = entry.readString();
                default -> entry.skipField(t);
              }
            }
            metadata.put(key, value);
          }
          default -> in.skipField(tag);
        }
      }
      return new ErrorInfo(reason, domain, metadata);
    }
  }

  @Override
  public void close() throws InterruptedException {
    managed.shutdown();
    managed.awaitTermination(10, TimeUnit.SECONDS);
  }
}
