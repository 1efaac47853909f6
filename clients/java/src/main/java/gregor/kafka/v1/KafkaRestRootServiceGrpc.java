package gregor.kafka.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The REST Proxy v2 root resource (`RootResource`), served when the
 * process runs the proxy without the registry; with the registry, the
 * registry's root answers the same `{}`.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: gregor/kafka/v1/rest_proxy.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class KafkaRestRootServiceGrpc {

  private KafkaRestRootServiceGrpc() {}

  public static final String SERVICE_NAME = "gregor.kafka.v1.KafkaRestRootService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetProxyRootRequest,
      gregor.kafka.v1.RestProxy.GetProxyRootResponse> getGetProxyRootMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetProxyRoot",
      requestType = gregor.kafka.v1.RestProxy.GetProxyRootRequest.class,
      responseType = gregor.kafka.v1.RestProxy.GetProxyRootResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetProxyRootRequest,
      gregor.kafka.v1.RestProxy.GetProxyRootResponse> getGetProxyRootMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetProxyRootRequest, gregor.kafka.v1.RestProxy.GetProxyRootResponse> getGetProxyRootMethod;
    if ((getGetProxyRootMethod = KafkaRestRootServiceGrpc.getGetProxyRootMethod) == null) {
      synchronized (KafkaRestRootServiceGrpc.class) {
        if ((getGetProxyRootMethod = KafkaRestRootServiceGrpc.getGetProxyRootMethod) == null) {
          KafkaRestRootServiceGrpc.getGetProxyRootMethod = getGetProxyRootMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.GetProxyRootRequest, gregor.kafka.v1.RestProxy.GetProxyRootResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetProxyRoot"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetProxyRootRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetProxyRootResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestRootServiceMethodDescriptorSupplier("GetProxyRoot"))
              .build();
        }
      }
    }
    return getGetProxyRootMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.PostProxyRootRequest,
      gregor.kafka.v1.RestProxy.PostProxyRootResponse> getPostProxyRootMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PostProxyRoot",
      requestType = gregor.kafka.v1.RestProxy.PostProxyRootRequest.class,
      responseType = gregor.kafka.v1.RestProxy.PostProxyRootResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.PostProxyRootRequest,
      gregor.kafka.v1.RestProxy.PostProxyRootResponse> getPostProxyRootMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.PostProxyRootRequest, gregor.kafka.v1.RestProxy.PostProxyRootResponse> getPostProxyRootMethod;
    if ((getPostProxyRootMethod = KafkaRestRootServiceGrpc.getPostProxyRootMethod) == null) {
      synchronized (KafkaRestRootServiceGrpc.class) {
        if ((getPostProxyRootMethod = KafkaRestRootServiceGrpc.getPostProxyRootMethod) == null) {
          KafkaRestRootServiceGrpc.getPostProxyRootMethod = getPostProxyRootMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.PostProxyRootRequest, gregor.kafka.v1.RestProxy.PostProxyRootResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PostProxyRoot"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.PostProxyRootRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.PostProxyRootResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestRootServiceMethodDescriptorSupplier("PostProxyRoot"))
              .build();
        }
      }
    }
    return getPostProxyRootMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static KafkaRestRootServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaRestRootServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaRestRootServiceStub>() {
        @java.lang.Override
        public KafkaRestRootServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaRestRootServiceStub(channel, callOptions);
        }
      };
    return KafkaRestRootServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static KafkaRestRootServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaRestRootServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaRestRootServiceBlockingStub>() {
        @java.lang.Override
        public KafkaRestRootServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaRestRootServiceBlockingStub(channel, callOptions);
        }
      };
    return KafkaRestRootServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static KafkaRestRootServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaRestRootServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaRestRootServiceFutureStub>() {
        @java.lang.Override
        public KafkaRestRootServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaRestRootServiceFutureStub(channel, callOptions);
        }
      };
    return KafkaRestRootServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The REST Proxy v2 root resource (`RootResource`), served when the
   * process runs the proxy without the registry; with the registry, the
   * registry's root answers the same `{}`.
   * </pre>
   */
  public static abstract class KafkaRestRootServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * `GET /`: `{}`.
     * </pre>
     */
    public void getProxyRoot(gregor.kafka.v1.RestProxy.GetProxyRootRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetProxyRootResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetProxyRootMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /`: `{}`; the body (any JSON object) is ignored.
     * </pre>
     */
    public void postProxyRoot(gregor.kafka.v1.RestProxy.PostProxyRootRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.PostProxyRootResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPostProxyRootMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetProxyRootMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.GetProxyRootRequest,
                gregor.kafka.v1.RestProxy.GetProxyRootResponse>(
                  this, METHODID_GET_PROXY_ROOT)))
          .addMethod(
            getPostProxyRootMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.PostProxyRootRequest,
                gregor.kafka.v1.RestProxy.PostProxyRootResponse>(
                  this, METHODID_POST_PROXY_ROOT)))
          .build();
    }
  }

  /**
   * <pre>
   * The REST Proxy v2 root resource (`RootResource`), served when the
   * process runs the proxy without the registry; with the registry, the
   * registry's root answers the same `{}`.
   * </pre>
   */
  public static final class KafkaRestRootServiceStub extends io.grpc.stub.AbstractAsyncStub<KafkaRestRootServiceStub> {
    private KafkaRestRootServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaRestRootServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaRestRootServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /`: `{}`.
     * </pre>
     */
    public void getProxyRoot(gregor.kafka.v1.RestProxy.GetProxyRootRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetProxyRootResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetProxyRootMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /`: `{}`; the body (any JSON object) is ignored.
     * </pre>
     */
    public void postProxyRoot(gregor.kafka.v1.RestProxy.PostProxyRootRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.PostProxyRootResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPostProxyRootMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The REST Proxy v2 root resource (`RootResource`), served when the
   * process runs the proxy without the registry; with the registry, the
   * registry's root answers the same `{}`.
   * </pre>
   */
  public static final class KafkaRestRootServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<KafkaRestRootServiceBlockingStub> {
    private KafkaRestRootServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaRestRootServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaRestRootServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /`: `{}`.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.GetProxyRootResponse getProxyRoot(gregor.kafka.v1.RestProxy.GetProxyRootRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetProxyRootMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /`: `{}`; the body (any JSON object) is ignored.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.PostProxyRootResponse postProxyRoot(gregor.kafka.v1.RestProxy.PostProxyRootRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPostProxyRootMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The REST Proxy v2 root resource (`RootResource`), served when the
   * process runs the proxy without the registry; with the registry, the
   * registry's root answers the same `{}`.
   * </pre>
   */
  public static final class KafkaRestRootServiceFutureStub extends io.grpc.stub.AbstractFutureStub<KafkaRestRootServiceFutureStub> {
    private KafkaRestRootServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaRestRootServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaRestRootServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /`: `{}`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.GetProxyRootResponse> getProxyRoot(
        gregor.kafka.v1.RestProxy.GetProxyRootRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetProxyRootMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /`: `{}`; the body (any JSON object) is ignored.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.PostProxyRootResponse> postProxyRoot(
        gregor.kafka.v1.RestProxy.PostProxyRootRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPostProxyRootMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_PROXY_ROOT = 0;
  private static final int METHODID_POST_PROXY_ROOT = 1;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final KafkaRestRootServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(KafkaRestRootServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_PROXY_ROOT:
          serviceImpl.getProxyRoot((gregor.kafka.v1.RestProxy.GetProxyRootRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetProxyRootResponse>) responseObserver);
          break;
        case METHODID_POST_PROXY_ROOT:
          serviceImpl.postProxyRoot((gregor.kafka.v1.RestProxy.PostProxyRootRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.PostProxyRootResponse>) responseObserver);
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
        default:
          throw new AssertionError();
      }
    }
  }

  private static abstract class KafkaRestRootServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    KafkaRestRootServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return gregor.kafka.v1.RestProxy.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("KafkaRestRootService");
    }
  }

  private static final class KafkaRestRootServiceFileDescriptorSupplier
      extends KafkaRestRootServiceBaseDescriptorSupplier {
    KafkaRestRootServiceFileDescriptorSupplier() {}
  }

  private static final class KafkaRestRootServiceMethodDescriptorSupplier
      extends KafkaRestRootServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    KafkaRestRootServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (KafkaRestRootServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new KafkaRestRootServiceFileDescriptorSupplier())
              .addMethod(getGetProxyRootMethod())
              .addMethod(getPostProxyRootMethod())
              .build();
        }
      }
    }
    return result;
  }
}
