package gregor.kafka.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Produce with v3 records.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: gregor/kafka/v1/records.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class RecordsServiceGrpc {

  private RecordsServiceGrpc() {}

  public static final String SERVICE_NAME = "gregor.kafka.v1.RecordsService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Records.ProduceRecordsRequest,
      gregor.kafka.v1.Records.ProduceRecordsResponse> getProduceRecordsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProduceRecords",
      requestType = gregor.kafka.v1.Records.ProduceRecordsRequest.class,
      responseType = gregor.kafka.v1.Records.ProduceRecordsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Records.ProduceRecordsRequest,
      gregor.kafka.v1.Records.ProduceRecordsResponse> getProduceRecordsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Records.ProduceRecordsRequest, gregor.kafka.v1.Records.ProduceRecordsResponse> getProduceRecordsMethod;
    if ((getProduceRecordsMethod = RecordsServiceGrpc.getProduceRecordsMethod) == null) {
      synchronized (RecordsServiceGrpc.class) {
        if ((getProduceRecordsMethod = RecordsServiceGrpc.getProduceRecordsMethod) == null) {
          RecordsServiceGrpc.getProduceRecordsMethod = getProduceRecordsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Records.ProduceRecordsRequest, gregor.kafka.v1.Records.ProduceRecordsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProduceRecords"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Records.ProduceRecordsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Records.ProduceRecordsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RecordsServiceMethodDescriptorSupplier("ProduceRecords"))
              .build();
        }
      }
    }
    return getProduceRecordsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Records.ProduceRecordsBatchRequest,
      gregor.kafka.v1.Records.ProduceRecordsBatchResponse> getProduceRecordsBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProduceRecordsBatch",
      requestType = gregor.kafka.v1.Records.ProduceRecordsBatchRequest.class,
      responseType = gregor.kafka.v1.Records.ProduceRecordsBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Records.ProduceRecordsBatchRequest,
      gregor.kafka.v1.Records.ProduceRecordsBatchResponse> getProduceRecordsBatchMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Records.ProduceRecordsBatchRequest, gregor.kafka.v1.Records.ProduceRecordsBatchResponse> getProduceRecordsBatchMethod;
    if ((getProduceRecordsBatchMethod = RecordsServiceGrpc.getProduceRecordsBatchMethod) == null) {
      synchronized (RecordsServiceGrpc.class) {
        if ((getProduceRecordsBatchMethod = RecordsServiceGrpc.getProduceRecordsBatchMethod) == null) {
          RecordsServiceGrpc.getProduceRecordsBatchMethod = getProduceRecordsBatchMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Records.ProduceRecordsBatchRequest, gregor.kafka.v1.Records.ProduceRecordsBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProduceRecordsBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Records.ProduceRecordsBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Records.ProduceRecordsBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RecordsServiceMethodDescriptorSupplier("ProduceRecordsBatch"))
              .build();
        }
      }
    }
    return getProduceRecordsBatchMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RecordsServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RecordsServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RecordsServiceStub>() {
        @java.lang.Override
        public RecordsServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RecordsServiceStub(channel, callOptions);
        }
      };
    return RecordsServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RecordsServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RecordsServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RecordsServiceBlockingStub>() {
        @java.lang.Override
        public RecordsServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RecordsServiceBlockingStub(channel, callOptions);
        }
      };
    return RecordsServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RecordsServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RecordsServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RecordsServiceFutureStub>() {
        @java.lang.Override
        public RecordsServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RecordsServiceFutureStub(channel, callOptions);
        }
      };
    return RecordsServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Produce with v3 records.
   * </pre>
   */
  public static abstract class RecordsServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/topics/{topic_name}/records`: each
     * record of the request stream is answered, in order, by its result or
     * its error (`error_code` 200 on success). Over REST the body is a
     * sequence of JSON records (one, or many: Confluent's streaming mode)
     * and the answer one JSON result per record, separated by `&#92;r&#92;n`, with
     * HTTP 200. The stream ends at the first record that is not JSON (a
     * last `{"error_code": 400, ...}`).
     * </pre>
     */
    public io.grpc.stub.StreamObserver<gregor.kafka.v1.Records.ProduceRecordsRequest> produceRecords(
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Records.ProduceRecordsResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getProduceRecordsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../records:batch` `{"entries": [{"id", ...record}]}`: every
     * entry produced; `{"successes": [...], "failures": [...]}` with each
     * entry's `id`. HTTP 207 (Multi-Status) as Confluent answers; 422 (42208)
     * for a batch without entries, with more than 10 or with a duplicate id.
     * </pre>
     */
    public void produceRecordsBatch(gregor.kafka.v1.Records.ProduceRecordsBatchRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Records.ProduceRecordsBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProduceRecordsBatchMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getProduceRecordsMethod(),
            io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
              new MethodHandlers<
                gregor.kafka.v1.Records.ProduceRecordsRequest,
                gregor.kafka.v1.Records.ProduceRecordsResponse>(
                  this, METHODID_PRODUCE_RECORDS)))
          .addMethod(
            getProduceRecordsBatchMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Records.ProduceRecordsBatchRequest,
                gregor.kafka.v1.Records.ProduceRecordsBatchResponse>(
                  this, METHODID_PRODUCE_RECORDS_BATCH)))
          .build();
    }
  }

  /**
   * <pre>
   * Produce with v3 records.
   * </pre>
   */
  public static final class RecordsServiceStub extends io.grpc.stub.AbstractAsyncStub<RecordsServiceStub> {
    private RecordsServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RecordsServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RecordsServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/topics/{topic_name}/records`: each
     * record of the request stream is answered, in order, by its result or
     * its error (`error_code` 200 on success). Over REST the body is a
     * sequence of JSON records (one, or many: Confluent's streaming mode)
     * and the answer one JSON result per record, separated by `&#92;r&#92;n`, with
     * HTTP 200. The stream ends at the first record that is not JSON (a
     * last `{"error_code": 400, ...}`).
     * </pre>
     */
    public io.grpc.stub.StreamObserver<gregor.kafka.v1.Records.ProduceRecordsRequest> produceRecords(
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Records.ProduceRecordsResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getProduceRecordsMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * `POST .../records:batch` `{"entries": [{"id", ...record}]}`: every
     * entry produced; `{"successes": [...], "failures": [...]}` with each
     * entry's `id`. HTTP 207 (Multi-Status) as Confluent answers; 422 (42208)
     * for a batch without entries, with more than 10 or with a duplicate id.
     * </pre>
     */
    public void produceRecordsBatch(gregor.kafka.v1.Records.ProduceRecordsBatchRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Records.ProduceRecordsBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProduceRecordsBatchMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Produce with v3 records.
   * </pre>
   */
  public static final class RecordsServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<RecordsServiceBlockingStub> {
    private RecordsServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RecordsServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RecordsServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * `POST .../records:batch` `{"entries": [{"id", ...record}]}`: every
     * entry produced; `{"successes": [...], "failures": [...]}` with each
     * entry's `id`. HTTP 207 (Multi-Status) as Confluent answers; 422 (42208)
     * for a batch without entries, with more than 10 or with a duplicate id.
     * </pre>
     */
    public gregor.kafka.v1.Records.ProduceRecordsBatchResponse produceRecordsBatch(gregor.kafka.v1.Records.ProduceRecordsBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProduceRecordsBatchMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Produce with v3 records.
   * </pre>
   */
  public static final class RecordsServiceFutureStub extends io.grpc.stub.AbstractFutureStub<RecordsServiceFutureStub> {
    private RecordsServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RecordsServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RecordsServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * `POST .../records:batch` `{"entries": [{"id", ...record}]}`: every
     * entry produced; `{"successes": [...], "failures": [...]}` with each
     * entry's `id`. HTTP 207 (Multi-Status) as Confluent answers; 422 (42208)
     * for a batch without entries, with more than 10 or with a duplicate id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Records.ProduceRecordsBatchResponse> produceRecordsBatch(
        gregor.kafka.v1.Records.ProduceRecordsBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProduceRecordsBatchMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_PRODUCE_RECORDS_BATCH = 0;
  private static final int METHODID_PRODUCE_RECORDS = 1;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final RecordsServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(RecordsServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_PRODUCE_RECORDS_BATCH:
          serviceImpl.produceRecordsBatch((gregor.kafka.v1.Records.ProduceRecordsBatchRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Records.ProduceRecordsBatchResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_PRODUCE_RECORDS:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.produceRecords(
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Records.ProduceRecordsResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  private static abstract class RecordsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RecordsServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return gregor.kafka.v1.Records.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RecordsService");
    }
  }

  private static final class RecordsServiceFileDescriptorSupplier
      extends RecordsServiceBaseDescriptorSupplier {
    RecordsServiceFileDescriptorSupplier() {}
  }

  private static final class RecordsServiceMethodDescriptorSupplier
      extends RecordsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    RecordsServiceMethodDescriptorSupplier(String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (RecordsServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RecordsServiceFileDescriptorSupplier())
              .addMethod(getProduceRecordsMethod())
              .addMethod(getProduceRecordsBatchMethod())
              .build();
        }
      }
    }
    return result;
  }
}
