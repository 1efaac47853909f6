package gregor.kafka.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Native produce and consume for gRPC clients.
 * Errors carry the REST Proxy v2 error code in a `google.rpc.ErrorInfo`
 * detail (e.g. 40401 for an unknown topic).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: gregor/kafka/v1/kafka.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class KafkaServiceGrpc {

  private KafkaServiceGrpc() {}

  public static final String SERVICE_NAME = "gregor.kafka.v1.KafkaService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ProduceRequest,
      gregor.kafka.v1.Kafka.ProduceResponse> getProduceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Produce",
      requestType = gregor.kafka.v1.Kafka.ProduceRequest.class,
      responseType = gregor.kafka.v1.Kafka.ProduceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ProduceRequest,
      gregor.kafka.v1.Kafka.ProduceResponse> getProduceMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ProduceRequest, gregor.kafka.v1.Kafka.ProduceResponse> getProduceMethod;
    if ((getProduceMethod = KafkaServiceGrpc.getProduceMethod) == null) {
      synchronized (KafkaServiceGrpc.class) {
        if ((getProduceMethod = KafkaServiceGrpc.getProduceMethod) == null) {
          KafkaServiceGrpc.getProduceMethod = getProduceMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Kafka.ProduceRequest, gregor.kafka.v1.Kafka.ProduceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Produce"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.ProduceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.ProduceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaServiceMethodDescriptorSupplier("Produce"))
              .build();
        }
      }
    }
    return getProduceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ProduceStreamRequest,
      gregor.kafka.v1.Kafka.ProduceStreamResponse> getProduceStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProduceStream",
      requestType = gregor.kafka.v1.Kafka.ProduceStreamRequest.class,
      responseType = gregor.kafka.v1.Kafka.ProduceStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ProduceStreamRequest,
      gregor.kafka.v1.Kafka.ProduceStreamResponse> getProduceStreamMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ProduceStreamRequest, gregor.kafka.v1.Kafka.ProduceStreamResponse> getProduceStreamMethod;
    if ((getProduceStreamMethod = KafkaServiceGrpc.getProduceStreamMethod) == null) {
      synchronized (KafkaServiceGrpc.class) {
        if ((getProduceStreamMethod = KafkaServiceGrpc.getProduceStreamMethod) == null) {
          KafkaServiceGrpc.getProduceStreamMethod = getProduceStreamMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Kafka.ProduceStreamRequest, gregor.kafka.v1.Kafka.ProduceStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProduceStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.ProduceStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.ProduceStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaServiceMethodDescriptorSupplier("ProduceStream"))
              .build();
        }
      }
    }
    return getProduceStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.SubscribeRequest,
      gregor.kafka.v1.Kafka.SubscribeResponse> getSubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Subscribe",
      requestType = gregor.kafka.v1.Kafka.SubscribeRequest.class,
      responseType = gregor.kafka.v1.Kafka.SubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.SubscribeRequest,
      gregor.kafka.v1.Kafka.SubscribeResponse> getSubscribeMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.SubscribeRequest, gregor.kafka.v1.Kafka.SubscribeResponse> getSubscribeMethod;
    if ((getSubscribeMethod = KafkaServiceGrpc.getSubscribeMethod) == null) {
      synchronized (KafkaServiceGrpc.class) {
        if ((getSubscribeMethod = KafkaServiceGrpc.getSubscribeMethod) == null) {
          KafkaServiceGrpc.getSubscribeMethod = getSubscribeMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Kafka.SubscribeRequest, gregor.kafka.v1.Kafka.SubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Subscribe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.SubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.SubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaServiceMethodDescriptorSupplier("Subscribe"))
              .build();
        }
      }
    }
    return getSubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ConsumeRequest,
      gregor.kafka.v1.Kafka.ConsumeResponse> getConsumeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Consume",
      requestType = gregor.kafka.v1.Kafka.ConsumeRequest.class,
      responseType = gregor.kafka.v1.Kafka.ConsumeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ConsumeRequest,
      gregor.kafka.v1.Kafka.ConsumeResponse> getConsumeMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ConsumeRequest, gregor.kafka.v1.Kafka.ConsumeResponse> getConsumeMethod;
    if ((getConsumeMethod = KafkaServiceGrpc.getConsumeMethod) == null) {
      synchronized (KafkaServiceGrpc.class) {
        if ((getConsumeMethod = KafkaServiceGrpc.getConsumeMethod) == null) {
          KafkaServiceGrpc.getConsumeMethod = getConsumeMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Kafka.ConsumeRequest, gregor.kafka.v1.Kafka.ConsumeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Consume"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.ConsumeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.ConsumeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaServiceMethodDescriptorSupplier("Consume"))
              .build();
        }
      }
    }
    return getConsumeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ListOffsetsRequest,
      gregor.kafka.v1.Kafka.ListOffsetsResponse> getListOffsetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOffsets",
      requestType = gregor.kafka.v1.Kafka.ListOffsetsRequest.class,
      responseType = gregor.kafka.v1.Kafka.ListOffsetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ListOffsetsRequest,
      gregor.kafka.v1.Kafka.ListOffsetsResponse> getListOffsetsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.ListOffsetsRequest, gregor.kafka.v1.Kafka.ListOffsetsResponse> getListOffsetsMethod;
    if ((getListOffsetsMethod = KafkaServiceGrpc.getListOffsetsMethod) == null) {
      synchronized (KafkaServiceGrpc.class) {
        if ((getListOffsetsMethod = KafkaServiceGrpc.getListOffsetsMethod) == null) {
          KafkaServiceGrpc.getListOffsetsMethod = getListOffsetsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Kafka.ListOffsetsRequest, gregor.kafka.v1.Kafka.ListOffsetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOffsets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.ListOffsetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.ListOffsetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaServiceMethodDescriptorSupplier("ListOffsets"))
              .build();
        }
      }
    }
    return getListOffsetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.FetchRequest,
      gregor.kafka.v1.Kafka.FetchResponse> getFetchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Fetch",
      requestType = gregor.kafka.v1.Kafka.FetchRequest.class,
      responseType = gregor.kafka.v1.Kafka.FetchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.FetchRequest,
      gregor.kafka.v1.Kafka.FetchResponse> getFetchMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Kafka.FetchRequest, gregor.kafka.v1.Kafka.FetchResponse> getFetchMethod;
    if ((getFetchMethod = KafkaServiceGrpc.getFetchMethod) == null) {
      synchronized (KafkaServiceGrpc.class) {
        if ((getFetchMethod = KafkaServiceGrpc.getFetchMethod) == null) {
          KafkaServiceGrpc.getFetchMethod = getFetchMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Kafka.FetchRequest, gregor.kafka.v1.Kafka.FetchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Fetch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.FetchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Kafka.FetchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaServiceMethodDescriptorSupplier("Fetch"))
              .build();
        }
      }
    }
    return getFetchMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static KafkaServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaServiceStub>() {
        @java.lang.Override
        public KafkaServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaServiceStub(channel, callOptions);
        }
      };
    return KafkaServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static KafkaServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaServiceBlockingStub>() {
        @java.lang.Override
        public KafkaServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaServiceBlockingStub(channel, callOptions);
        }
      };
    return KafkaServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static KafkaServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaServiceFutureStub>() {
        @java.lang.Override
        public KafkaServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaServiceFutureStub(channel, callOptions);
        }
      };
    return KafkaServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Native produce and consume for gRPC clients.
   * Errors carry the REST Proxy v2 error code in a `google.rpc.ErrorInfo`
   * detail (e.g. 40401 for an unknown topic).
   * </pre>
   */
  public static abstract class KafkaServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Produces a batch and answers once the broker acknowledged every record
     * (the server's `producer_acks`). Per-record failures are per record.
     * </pre>
     */
    public void produce(gregor.kafka.v1.Kafka.ProduceRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ProduceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProduceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams batches; the server answers each with a `ProduceAck` carrying
     * its sequence number, in the order the batches were sent. The server
     * holds at most a bounded number of unacknowledged batches: a client that
     * stops reading acks stops being read (HTTP/2 flow control). The first
     * batch is sent as `Produce` sends it; later ones wait up to the server's
     * `producer_stream_linger_ms` (20 ms) to share produce requests with
     * the batches after them, so an ack takes that much longer: for one
     * batch at a time at the lowest latency, call `Produce`.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ProduceStreamRequest> produceStream(
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ProduceStreamResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getProduceStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * Joins a consumer group and streams record batches (and rebalances)
     * until the client cancels; the member then leaves the group. Flow
     * control is HTTP/2's: a client that stops reading stops the consumer.
     * Offsets of records sent are committed automatically unless
     * `auto_commit` is false.
     * Over HTTP the stream is NDJSON (`Accept: application/x-ndjson` or
     * `*&#47;&#42;`) or Server-Sent Events (`Accept: text/event-stream`), one
     * `SubscribeResponse` in proto3 JSON per line or event:
     *   curl -N 'http://localhost:8081/gregor/v1/subscribe?subscription.group=tail&amp;subscription.topics=orders'
     * or POST the `GroupSubscription` as the JSON body.
     * </pre>
     */
    public void subscribe(gregor.kafka.v1.Kafka.SubscribeRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.SubscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Like Subscribe, driven by the client: the first message is `start`;
     * `credit` grants records (none are sent without credit: the partitions
     * are paused), `ack` commits up to an offset per partition. Closing the
     * request stream leaves the group.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ConsumeRequest> consume(
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ConsumeResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getConsumeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Offsets of a topic's partitions: earliest, latest, or the first at or
     * after a timestamp.
     * </pre>
     */
    public void listOffsets(gregor.kafka.v1.Kafka.ListOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ListOffsetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOffsetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records of one partition from an offset, without a group (APISIX's
     * `CmdKafkaFetch`).
     * </pre>
     */
    public void fetch(gregor.kafka.v1.Kafka.FetchRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.FetchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFetchMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getProduceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Kafka.ProduceRequest,
                gregor.kafka.v1.Kafka.ProduceResponse>(
                  this, METHODID_PRODUCE)))
          .addMethod(
            getProduceStreamMethod(),
            io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
              new MethodHandlers<
                gregor.kafka.v1.Kafka.ProduceStreamRequest,
                gregor.kafka.v1.Kafka.ProduceStreamResponse>(
                  this, METHODID_PRODUCE_STREAM)))
          .addMethod(
            getSubscribeMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                gregor.kafka.v1.Kafka.SubscribeRequest,
                gregor.kafka.v1.Kafka.SubscribeResponse>(
                  this, METHODID_SUBSCRIBE)))
          .addMethod(
            getConsumeMethod(),
            io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
              new MethodHandlers<
                gregor.kafka.v1.Kafka.ConsumeRequest,
                gregor.kafka.v1.Kafka.ConsumeResponse>(
                  this, METHODID_CONSUME)))
          .addMethod(
            getListOffsetsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Kafka.ListOffsetsRequest,
                gregor.kafka.v1.Kafka.ListOffsetsResponse>(
                  this, METHODID_LIST_OFFSETS)))
          .addMethod(
            getFetchMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Kafka.FetchRequest,
                gregor.kafka.v1.Kafka.FetchResponse>(
                  this, METHODID_FETCH)))
          .build();
    }
  }

  /**
   * <pre>
   * Native produce and consume for gRPC clients.
   * Errors carry the REST Proxy v2 error code in a `google.rpc.ErrorInfo`
   * detail (e.g. 40401 for an unknown topic).
   * </pre>
   */
  public static final class KafkaServiceStub extends io.grpc.stub.AbstractAsyncStub<KafkaServiceStub> {
    private KafkaServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Produces a batch and answers once the broker acknowledged every record
     * (the server's `producer_acks`). Per-record failures are per record.
     * </pre>
     */
    public void produce(gregor.kafka.v1.Kafka.ProduceRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ProduceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProduceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams batches; the server answers each with a `ProduceAck` carrying
     * its sequence number, in the order the batches were sent. The server
     * holds at most a bounded number of unacknowledged batches: a client that
     * stops reading acks stops being read (HTTP/2 flow control). The first
     * batch is sent as `Produce` sends it; later ones wait up to the server's
     * `producer_stream_linger_ms` (20 ms) to share produce requests with
     * the batches after them, so an ack takes that much longer: for one
     * batch at a time at the lowest latency, call `Produce`.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ProduceStreamRequest> produceStream(
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ProduceStreamResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getProduceStreamMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Joins a consumer group and streams record batches (and rebalances)
     * until the client cancels; the member then leaves the group. Flow
     * control is HTTP/2's: a client that stops reading stops the consumer.
     * Offsets of records sent are committed automatically unless
     * `auto_commit` is false.
     * Over HTTP the stream is NDJSON (`Accept: application/x-ndjson` or
     * `*&#47;&#42;`) or Server-Sent Events (`Accept: text/event-stream`), one
     * `SubscribeResponse` in proto3 JSON per line or event:
     *   curl -N 'http://localhost:8081/gregor/v1/subscribe?subscription.group=tail&amp;subscription.topics=orders'
     * or POST the `GroupSubscription` as the JSON body.
     * </pre>
     */
    public void subscribe(gregor.kafka.v1.Kafka.SubscribeRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.SubscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSubscribeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Like Subscribe, driven by the client: the first message is `start`;
     * `credit` grants records (none are sent without credit: the partitions
     * are paused), `ack` commits up to an offset per partition. Closing the
     * request stream leaves the group.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ConsumeRequest> consume(
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ConsumeResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getConsumeMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Offsets of a topic's partitions: earliest, latest, or the first at or
     * after a timestamp.
     * </pre>
     */
    public void listOffsets(gregor.kafka.v1.Kafka.ListOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ListOffsetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOffsetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records of one partition from an offset, without a group (APISIX's
     * `CmdKafkaFetch`).
     * </pre>
     */
    public void fetch(gregor.kafka.v1.Kafka.FetchRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.FetchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFetchMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Native produce and consume for gRPC clients.
   * Errors carry the REST Proxy v2 error code in a `google.rpc.ErrorInfo`
   * detail (e.g. 40401 for an unknown topic).
   * </pre>
   */
  public static final class KafkaServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<KafkaServiceBlockingStub> {
    private KafkaServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Produces a batch and answers once the broker acknowledged every record
     * (the server's `producer_acks`). Per-record failures are per record.
     * </pre>
     */
    public gregor.kafka.v1.Kafka.ProduceResponse produce(gregor.kafka.v1.Kafka.ProduceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProduceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Joins a consumer group and streams record batches (and rebalances)
     * until the client cancels; the member then leaves the group. Flow
     * control is HTTP/2's: a client that stops reading stops the consumer.
     * Offsets of records sent are committed automatically unless
     * `auto_commit` is false.
     * Over HTTP the stream is NDJSON (`Accept: application/x-ndjson` or
     * `*&#47;&#42;`) or Server-Sent Events (`Accept: text/event-stream`), one
     * `SubscribeResponse` in proto3 JSON per line or event:
     *   curl -N 'http://localhost:8081/gregor/v1/subscribe?subscription.group=tail&amp;subscription.topics=orders'
     * or POST the `GroupSubscription` as the JSON body.
     * </pre>
     */
    public java.util.Iterator<gregor.kafka.v1.Kafka.SubscribeResponse> subscribe(
        gregor.kafka.v1.Kafka.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Offsets of a topic's partitions: earliest, latest, or the first at or
     * after a timestamp.
     * </pre>
     */
    public gregor.kafka.v1.Kafka.ListOffsetsResponse listOffsets(gregor.kafka.v1.Kafka.ListOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records of one partition from an offset, without a group (APISIX's
     * `CmdKafkaFetch`).
     * </pre>
     */
    public gregor.kafka.v1.Kafka.FetchResponse fetch(gregor.kafka.v1.Kafka.FetchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFetchMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Native produce and consume for gRPC clients.
   * Errors carry the REST Proxy v2 error code in a `google.rpc.ErrorInfo`
   * detail (e.g. 40401 for an unknown topic).
   * </pre>
   */
  public static final class KafkaServiceFutureStub extends io.grpc.stub.AbstractFutureStub<KafkaServiceFutureStub> {
    private KafkaServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Produces a batch and answers once the broker acknowledged every record
     * (the server's `producer_acks`). Per-record failures are per record.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Kafka.ProduceResponse> produce(
        gregor.kafka.v1.Kafka.ProduceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProduceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Offsets of a topic's partitions: earliest, latest, or the first at or
     * after a timestamp.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Kafka.ListOffsetsResponse> listOffsets(
        gregor.kafka.v1.Kafka.ListOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOffsetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records of one partition from an offset, without a group (APISIX's
     * `CmdKafkaFetch`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Kafka.FetchResponse> fetch(
        gregor.kafka.v1.Kafka.FetchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFetchMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_PRODUCE = 0;
  private static final int METHODID_SUBSCRIBE = 1;
  private static final int METHODID_LIST_OFFSETS = 2;
  private static final int METHODID_FETCH = 3;
  private static final int METHODID_PRODUCE_STREAM = 4;
  private static final int METHODID_CONSUME = 5;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final KafkaServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(KafkaServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_PRODUCE:
          serviceImpl.produce((gregor.kafka.v1.Kafka.ProduceRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ProduceResponse>) responseObserver);
          break;
        case METHODID_SUBSCRIBE:
          serviceImpl.subscribe((gregor.kafka.v1.Kafka.SubscribeRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.SubscribeResponse>) responseObserver);
          break;
        case METHODID_LIST_OFFSETS:
          serviceImpl.listOffsets((gregor.kafka.v1.Kafka.ListOffsetsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ListOffsetsResponse>) responseObserver);
          break;
        case METHODID_FETCH:
          serviceImpl.fetch((gregor.kafka.v1.Kafka.FetchRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.FetchResponse>) responseObserver);
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
        case METHODID_PRODUCE_STREAM:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.produceStream(
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ProduceStreamResponse>) responseObserver);
        case METHODID_CONSUME:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.consume(
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Kafka.ConsumeResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  private static abstract class KafkaServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    KafkaServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return gregor.kafka.v1.Kafka.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("KafkaService");
    }
  }

  private static final class KafkaServiceFileDescriptorSupplier
      extends KafkaServiceBaseDescriptorSupplier {
    KafkaServiceFileDescriptorSupplier() {}
  }

  private static final class KafkaServiceMethodDescriptorSupplier
      extends KafkaServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    KafkaServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (KafkaServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new KafkaServiceFileDescriptorSupplier())
              .addMethod(getProduceMethod())
              .addMethod(getProduceStreamMethod())
              .addMethod(getSubscribeMethod())
              .addMethod(getConsumeMethod())
              .addMethod(getListOffsetsMethod())
              .addMethod(getFetchMethod())
              .build();
        }
      }
    }
    return result;
  }
}
