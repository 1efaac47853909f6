package gregor.docs.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The OpenAPI and AsyncAPI documents of the REST bindings this server
 * runs (a registry-only or proxy-only server documents only its own).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: gregor/docs/v1/docs.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ApiDocsServiceGrpc {

  private ApiDocsServiceGrpc() {}

  public static final String SERVICE_NAME = "gregor.docs.v1.ApiDocsService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<gregor.docs.v1.Docs.GetOpenApiDocumentRequest,
      gregor.docs.v1.Docs.GetOpenApiDocumentResponse> getGetOpenApiDocumentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOpenApiDocument",
      requestType = gregor.docs.v1.Docs.GetOpenApiDocumentRequest.class,
      responseType = gregor.docs.v1.Docs.GetOpenApiDocumentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.docs.v1.Docs.GetOpenApiDocumentRequest,
      gregor.docs.v1.Docs.GetOpenApiDocumentResponse> getGetOpenApiDocumentMethod() {
    io.grpc.MethodDescriptor<gregor.docs.v1.Docs.GetOpenApiDocumentRequest, gregor.docs.v1.Docs.GetOpenApiDocumentResponse> getGetOpenApiDocumentMethod;
    if ((getGetOpenApiDocumentMethod = ApiDocsServiceGrpc.getGetOpenApiDocumentMethod) == null) {
      synchronized (ApiDocsServiceGrpc.class) {
        if ((getGetOpenApiDocumentMethod = ApiDocsServiceGrpc.getGetOpenApiDocumentMethod) == null) {
          ApiDocsServiceGrpc.getGetOpenApiDocumentMethod = getGetOpenApiDocumentMethod =
              io.grpc.MethodDescriptor.<gregor.docs.v1.Docs.GetOpenApiDocumentRequest, gregor.docs.v1.Docs.GetOpenApiDocumentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOpenApiDocument"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.docs.v1.Docs.GetOpenApiDocumentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.docs.v1.Docs.GetOpenApiDocumentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ApiDocsServiceMethodDescriptorSupplier("GetOpenApiDocument"))
              .build();
        }
      }
    }
    return getGetOpenApiDocumentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.docs.v1.Docs.GetAsyncApiDocumentRequest,
      gregor.docs.v1.Docs.GetAsyncApiDocumentResponse> getGetAsyncApiDocumentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAsyncApiDocument",
      requestType = gregor.docs.v1.Docs.GetAsyncApiDocumentRequest.class,
      responseType = gregor.docs.v1.Docs.GetAsyncApiDocumentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.docs.v1.Docs.GetAsyncApiDocumentRequest,
      gregor.docs.v1.Docs.GetAsyncApiDocumentResponse> getGetAsyncApiDocumentMethod() {
    io.grpc.MethodDescriptor<gregor.docs.v1.Docs.GetAsyncApiDocumentRequest, gregor.docs.v1.Docs.GetAsyncApiDocumentResponse> getGetAsyncApiDocumentMethod;
    if ((getGetAsyncApiDocumentMethod = ApiDocsServiceGrpc.getGetAsyncApiDocumentMethod) == null) {
      synchronized (ApiDocsServiceGrpc.class) {
        if ((getGetAsyncApiDocumentMethod = ApiDocsServiceGrpc.getGetAsyncApiDocumentMethod) == null) {
          ApiDocsServiceGrpc.getGetAsyncApiDocumentMethod = getGetAsyncApiDocumentMethod =
              io.grpc.MethodDescriptor.<gregor.docs.v1.Docs.GetAsyncApiDocumentRequest, gregor.docs.v1.Docs.GetAsyncApiDocumentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAsyncApiDocument"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.docs.v1.Docs.GetAsyncApiDocumentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.docs.v1.Docs.GetAsyncApiDocumentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ApiDocsServiceMethodDescriptorSupplier("GetAsyncApiDocument"))
              .build();
        }
      }
    }
    return getGetAsyncApiDocumentMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ApiDocsServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiDocsServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiDocsServiceStub>() {
        @java.lang.Override
        public ApiDocsServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiDocsServiceStub(channel, callOptions);
        }
      };
    return ApiDocsServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ApiDocsServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiDocsServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiDocsServiceBlockingStub>() {
        @java.lang.Override
        public ApiDocsServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiDocsServiceBlockingStub(channel, callOptions);
        }
      };
    return ApiDocsServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ApiDocsServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiDocsServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiDocsServiceFutureStub>() {
        @java.lang.Override
        public ApiDocsServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiDocsServiceFutureStub(channel, callOptions);
        }
      };
    return ApiDocsServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The OpenAPI and AsyncAPI documents of the REST bindings this server
   * runs (a registry-only or proxy-only server documents only its own).
   * </pre>
   */
  public static abstract class ApiDocsServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * `GET /openapi.json`: OpenAPI 3.1 for every REST binding served: paths,
     * parameters, request and response schemas (proto3 JSON, 64-bit integers
     * as numbers), the Confluent media types and the `{"error_code",
     * "message"}` error body. Each operation names its gRPC method in
     * `x-grpc-method`.
     * </pre>
     */
    public void getOpenApiDocument(gregor.docs.v1.Docs.GetOpenApiDocumentRequest request,
        io.grpc.stub.StreamObserver<gregor.docs.v1.Docs.GetOpenApiDocumentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOpenApiDocumentMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /asyncapi.json`: AsyncAPI 3.0 for the streaming bindings served
     * (NDJSON and Server-Sent Events subscriptions, streamed produce).
     * </pre>
     */
    public void getAsyncApiDocument(gregor.docs.v1.Docs.GetAsyncApiDocumentRequest request,
        io.grpc.stub.StreamObserver<gregor.docs.v1.Docs.GetAsyncApiDocumentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAsyncApiDocumentMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetOpenApiDocumentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.docs.v1.Docs.GetOpenApiDocumentRequest,
                gregor.docs.v1.Docs.GetOpenApiDocumentResponse>(
                  this, METHODID_GET_OPEN_API_DOCUMENT)))
          .addMethod(
            getGetAsyncApiDocumentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.docs.v1.Docs.GetAsyncApiDocumentRequest,
                gregor.docs.v1.Docs.GetAsyncApiDocumentResponse>(
                  this, METHODID_GET_ASYNC_API_DOCUMENT)))
          .build();
    }
  }

  /**
   * <pre>
   * The OpenAPI and AsyncAPI documents of the REST bindings this server
   * runs (a registry-only or proxy-only server documents only its own).
   * </pre>
   */
  public static final class ApiDocsServiceStub extends io.grpc.stub.AbstractAsyncStub<ApiDocsServiceStub> {
    private ApiDocsServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiDocsServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiDocsServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /openapi.json`: OpenAPI 3.1 for every REST binding served: paths,
     * parameters, request and response schemas (proto3 JSON, 64-bit integers
     * as numbers), the Confluent media types and the `{"error_code",
     * "message"}` error body. Each operation names its gRPC method in
     * `x-grpc-method`.
     * </pre>
     */
    public void getOpenApiDocument(gregor.docs.v1.Docs.GetOpenApiDocumentRequest request,
        io.grpc.stub.StreamObserver<gregor.docs.v1.Docs.GetOpenApiDocumentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOpenApiDocumentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /asyncapi.json`: AsyncAPI 3.0 for the streaming bindings served
     * (NDJSON and Server-Sent Events subscriptions, streamed produce).
     * </pre>
     */
    public void getAsyncApiDocument(gregor.docs.v1.Docs.GetAsyncApiDocumentRequest request,
        io.grpc.stub.StreamObserver<gregor.docs.v1.Docs.GetAsyncApiDocumentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAsyncApiDocumentMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The OpenAPI and AsyncAPI documents of the REST bindings this server
   * runs (a registry-only or proxy-only server documents only its own).
   * </pre>
   */
  public static final class ApiDocsServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ApiDocsServiceBlockingStub> {
    private ApiDocsServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiDocsServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiDocsServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /openapi.json`: OpenAPI 3.1 for every REST binding served: paths,
     * parameters, request and response schemas (proto3 JSON, 64-bit integers
     * as numbers), the Confluent media types and the `{"error_code",
     * "message"}` error body. Each operation names its gRPC method in
     * `x-grpc-method`.
     * </pre>
     */
    public gregor.docs.v1.Docs.GetOpenApiDocumentResponse getOpenApiDocument(gregor.docs.v1.Docs.GetOpenApiDocumentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOpenApiDocumentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /asyncapi.json`: AsyncAPI 3.0 for the streaming bindings served
     * (NDJSON and Server-Sent Events subscriptions, streamed produce).
     * </pre>
     */
    public gregor.docs.v1.Docs.GetAsyncApiDocumentResponse getAsyncApiDocument(gregor.docs.v1.Docs.GetAsyncApiDocumentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAsyncApiDocumentMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The OpenAPI and AsyncAPI documents of the REST bindings this server
   * runs (a registry-only or proxy-only server documents only its own).
   * </pre>
   */
  public static final class ApiDocsServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ApiDocsServiceFutureStub> {
    private ApiDocsServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiDocsServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiDocsServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /openapi.json`: OpenAPI 3.1 for every REST binding served: paths,
     * parameters, request and response schemas (proto3 JSON, 64-bit integers
     * as numbers), the Confluent media types and the `{"error_code",
     * "message"}` error body. Each operation names its gRPC method in
     * `x-grpc-method`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.docs.v1.Docs.GetOpenApiDocumentResponse> getOpenApiDocument(
        gregor.docs.v1.Docs.GetOpenApiDocumentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOpenApiDocumentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /asyncapi.json`: AsyncAPI 3.0 for the streaming bindings served
     * (NDJSON and Server-Sent Events subscriptions, streamed produce).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.docs.v1.Docs.GetAsyncApiDocumentResponse> getAsyncApiDocument(
        gregor.docs.v1.Docs.GetAsyncApiDocumentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAsyncApiDocumentMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_OPEN_API_DOCUMENT = 0;
  private static final int METHODID_GET_ASYNC_API_DOCUMENT = 1;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ApiDocsServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ApiDocsServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_OPEN_API_DOCUMENT:
          serviceImpl.getOpenApiDocument((gregor.docs.v1.Docs.GetOpenApiDocumentRequest) request,
              (io.grpc.stub.StreamObserver<gregor.docs.v1.Docs.GetOpenApiDocumentResponse>) responseObserver);
          break;
        case METHODID_GET_ASYNC_API_DOCUMENT:
          serviceImpl.getAsyncApiDocument((gregor.docs.v1.Docs.GetAsyncApiDocumentRequest) request,
              (io.grpc.stub.StreamObserver<gregor.docs.v1.Docs.GetAsyncApiDocumentResponse>) responseObserver);
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

  private static abstract class ApiDocsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ApiDocsServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return gregor.docs.v1.Docs.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ApiDocsService");
    }
  }

  private static final class ApiDocsServiceFileDescriptorSupplier
      extends ApiDocsServiceBaseDescriptorSupplier {
    ApiDocsServiceFileDescriptorSupplier() {}
  }

  private static final class ApiDocsServiceMethodDescriptorSupplier
      extends ApiDocsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ApiDocsServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ApiDocsServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ApiDocsServiceFileDescriptorSupplier())
              .addMethod(getGetOpenApiDocumentMethod())
              .addMethod(getGetAsyncApiDocumentMethod())
              .build();
        }
      }
    }
    return result;
  }
}
