package gregor.registry.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The Confluent-compatible Schema Registry.
 * Errors carry a `google.rpc.ErrorInfo` detail whose metadata
 * `error_code` holds the Confluent error code (e.g. 40401, subject not
 * found); the REST façade answers with `{"error_code", "message"}` and the
 * HTTP status `error_code / 100`.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: gregor/registry/v1/registry.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class SchemaRegistryServiceGrpc {

  private SchemaRegistryServiceGrpc() {}

  public static final String SERVICE_NAME = "gregor.registry.v1.SchemaRegistryService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetRootRequest,
      gregor.registry.v1.Registry.GetRootResponse> getGetRootMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRoot",
      requestType = gregor.registry.v1.Registry.GetRootRequest.class,
      responseType = gregor.registry.v1.Registry.GetRootResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetRootRequest,
      gregor.registry.v1.Registry.GetRootResponse> getGetRootMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetRootRequest, gregor.registry.v1.Registry.GetRootResponse> getGetRootMethod;
    if ((getGetRootMethod = SchemaRegistryServiceGrpc.getGetRootMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetRootMethod = SchemaRegistryServiceGrpc.getGetRootMethod) == null) {
          SchemaRegistryServiceGrpc.getGetRootMethod = getGetRootMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetRootRequest, gregor.registry.v1.Registry.GetRootResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRoot"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetRootRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetRootResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetRoot"))
              .build();
        }
      }
    }
    return getGetRootMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.PostRootRequest,
      gregor.registry.v1.Registry.PostRootResponse> getPostRootMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PostRoot",
      requestType = gregor.registry.v1.Registry.PostRootRequest.class,
      responseType = gregor.registry.v1.Registry.PostRootResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.PostRootRequest,
      gregor.registry.v1.Registry.PostRootResponse> getPostRootMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.PostRootRequest, gregor.registry.v1.Registry.PostRootResponse> getPostRootMethod;
    if ((getPostRootMethod = SchemaRegistryServiceGrpc.getPostRootMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getPostRootMethod = SchemaRegistryServiceGrpc.getPostRootMethod) == null) {
          SchemaRegistryServiceGrpc.getPostRootMethod = getPostRootMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.PostRootRequest, gregor.registry.v1.Registry.PostRootResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PostRoot"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.PostRootRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.PostRootResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("PostRoot"))
              .build();
        }
      }
    }
    return getPostRootMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetClusterIdRequest,
      gregor.registry.v1.Registry.GetClusterIdResponse> getGetClusterIdMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetClusterId",
      requestType = gregor.registry.v1.Registry.GetClusterIdRequest.class,
      responseType = gregor.registry.v1.Registry.GetClusterIdResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetClusterIdRequest,
      gregor.registry.v1.Registry.GetClusterIdResponse> getGetClusterIdMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetClusterIdRequest, gregor.registry.v1.Registry.GetClusterIdResponse> getGetClusterIdMethod;
    if ((getGetClusterIdMethod = SchemaRegistryServiceGrpc.getGetClusterIdMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetClusterIdMethod = SchemaRegistryServiceGrpc.getGetClusterIdMethod) == null) {
          SchemaRegistryServiceGrpc.getGetClusterIdMethod = getGetClusterIdMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetClusterIdRequest, gregor.registry.v1.Registry.GetClusterIdResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetClusterId"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetClusterIdRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetClusterIdResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetClusterId"))
              .build();
        }
      }
    }
    return getGetClusterIdMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetServerVersionRequest,
      gregor.registry.v1.Registry.GetServerVersionResponse> getGetServerVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetServerVersion",
      requestType = gregor.registry.v1.Registry.GetServerVersionRequest.class,
      responseType = gregor.registry.v1.Registry.GetServerVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetServerVersionRequest,
      gregor.registry.v1.Registry.GetServerVersionResponse> getGetServerVersionMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetServerVersionRequest, gregor.registry.v1.Registry.GetServerVersionResponse> getGetServerVersionMethod;
    if ((getGetServerVersionMethod = SchemaRegistryServiceGrpc.getGetServerVersionMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetServerVersionMethod = SchemaRegistryServiceGrpc.getGetServerVersionMethod) == null) {
          SchemaRegistryServiceGrpc.getGetServerVersionMethod = getGetServerVersionMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetServerVersionRequest, gregor.registry.v1.Registry.GetServerVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetServerVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetServerVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetServerVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetServerVersion"))
              .build();
        }
      }
    }
    return getGetServerVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetDeploymentRequest,
      gregor.registry.v1.Registry.GetDeploymentResponse> getGetDeploymentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDeployment",
      requestType = gregor.registry.v1.Registry.GetDeploymentRequest.class,
      responseType = gregor.registry.v1.Registry.GetDeploymentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetDeploymentRequest,
      gregor.registry.v1.Registry.GetDeploymentResponse> getGetDeploymentMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetDeploymentRequest, gregor.registry.v1.Registry.GetDeploymentResponse> getGetDeploymentMethod;
    if ((getGetDeploymentMethod = SchemaRegistryServiceGrpc.getGetDeploymentMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetDeploymentMethod = SchemaRegistryServiceGrpc.getGetDeploymentMethod) == null) {
          SchemaRegistryServiceGrpc.getGetDeploymentMethod = getGetDeploymentMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetDeploymentRequest, gregor.registry.v1.Registry.GetDeploymentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDeployment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetDeploymentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetDeploymentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetDeployment"))
              .build();
        }
      }
    }
    return getGetDeploymentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetHealthRequest,
      gregor.registry.v1.Registry.GetHealthResponse> getGetHealthMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetHealth",
      requestType = gregor.registry.v1.Registry.GetHealthRequest.class,
      responseType = gregor.registry.v1.Registry.GetHealthResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetHealthRequest,
      gregor.registry.v1.Registry.GetHealthResponse> getGetHealthMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetHealthRequest, gregor.registry.v1.Registry.GetHealthResponse> getGetHealthMethod;
    if ((getGetHealthMethod = SchemaRegistryServiceGrpc.getGetHealthMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetHealthMethod = SchemaRegistryServiceGrpc.getGetHealthMethod) == null) {
          SchemaRegistryServiceGrpc.getGetHealthMethod = getGetHealthMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetHealthRequest, gregor.registry.v1.Registry.GetHealthResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetHealth"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetHealthRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetHealthResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetHealth"))
              .build();
        }
      }
    }
    return getGetHealthMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetMasterAvailableRequest,
      gregor.registry.v1.Registry.GetMasterAvailableResponse> getGetMasterAvailableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMasterAvailable",
      requestType = gregor.registry.v1.Registry.GetMasterAvailableRequest.class,
      responseType = gregor.registry.v1.Registry.GetMasterAvailableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetMasterAvailableRequest,
      gregor.registry.v1.Registry.GetMasterAvailableResponse> getGetMasterAvailableMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetMasterAvailableRequest, gregor.registry.v1.Registry.GetMasterAvailableResponse> getGetMasterAvailableMethod;
    if ((getGetMasterAvailableMethod = SchemaRegistryServiceGrpc.getGetMasterAvailableMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetMasterAvailableMethod = SchemaRegistryServiceGrpc.getGetMasterAvailableMethod) == null) {
          SchemaRegistryServiceGrpc.getGetMasterAvailableMethod = getGetMasterAvailableMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetMasterAvailableRequest, gregor.registry.v1.Registry.GetMasterAvailableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMasterAvailable"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetMasterAvailableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetMasterAvailableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetMasterAvailable"))
              .build();
        }
      }
    }
    return getGetMasterAvailableMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSubjectsRequest,
      gregor.registry.v1.Registry.ListSubjectsResponse> getListSubjectsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSubjects",
      requestType = gregor.registry.v1.Registry.ListSubjectsRequest.class,
      responseType = gregor.registry.v1.Registry.ListSubjectsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSubjectsRequest,
      gregor.registry.v1.Registry.ListSubjectsResponse> getListSubjectsMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSubjectsRequest, gregor.registry.v1.Registry.ListSubjectsResponse> getListSubjectsMethod;
    if ((getListSubjectsMethod = SchemaRegistryServiceGrpc.getListSubjectsMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListSubjectsMethod = SchemaRegistryServiceGrpc.getListSubjectsMethod) == null) {
          SchemaRegistryServiceGrpc.getListSubjectsMethod = getListSubjectsMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListSubjectsRequest, gregor.registry.v1.Registry.ListSubjectsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSubjects"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSubjectsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSubjectsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListSubjects"))
              .build();
        }
      }
    }
    return getListSubjectsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.LookupSchemaRequest,
      gregor.registry.v1.Registry.LookupSchemaResponse> getLookupSchemaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LookupSchema",
      requestType = gregor.registry.v1.Registry.LookupSchemaRequest.class,
      responseType = gregor.registry.v1.Registry.LookupSchemaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.LookupSchemaRequest,
      gregor.registry.v1.Registry.LookupSchemaResponse> getLookupSchemaMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.LookupSchemaRequest, gregor.registry.v1.Registry.LookupSchemaResponse> getLookupSchemaMethod;
    if ((getLookupSchemaMethod = SchemaRegistryServiceGrpc.getLookupSchemaMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getLookupSchemaMethod = SchemaRegistryServiceGrpc.getLookupSchemaMethod) == null) {
          SchemaRegistryServiceGrpc.getLookupSchemaMethod = getLookupSchemaMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.LookupSchemaRequest, gregor.registry.v1.Registry.LookupSchemaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LookupSchema"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.LookupSchemaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.LookupSchemaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("LookupSchema"))
              .build();
        }
      }
    }
    return getLookupSchemaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectRequest,
      gregor.registry.v1.Registry.DeleteSubjectResponse> getDeleteSubjectMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSubject",
      requestType = gregor.registry.v1.Registry.DeleteSubjectRequest.class,
      responseType = gregor.registry.v1.Registry.DeleteSubjectResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectRequest,
      gregor.registry.v1.Registry.DeleteSubjectResponse> getDeleteSubjectMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectRequest, gregor.registry.v1.Registry.DeleteSubjectResponse> getDeleteSubjectMethod;
    if ((getDeleteSubjectMethod = SchemaRegistryServiceGrpc.getDeleteSubjectMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getDeleteSubjectMethod = SchemaRegistryServiceGrpc.getDeleteSubjectMethod) == null) {
          SchemaRegistryServiceGrpc.getDeleteSubjectMethod = getDeleteSubjectMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.DeleteSubjectRequest, gregor.registry.v1.Registry.DeleteSubjectResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSubject"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteSubjectRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteSubjectResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("DeleteSubject"))
              .build();
        }
      }
    }
    return getDeleteSubjectMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListVersionsRequest,
      gregor.registry.v1.Registry.ListVersionsResponse> getListVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListVersions",
      requestType = gregor.registry.v1.Registry.ListVersionsRequest.class,
      responseType = gregor.registry.v1.Registry.ListVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListVersionsRequest,
      gregor.registry.v1.Registry.ListVersionsResponse> getListVersionsMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListVersionsRequest, gregor.registry.v1.Registry.ListVersionsResponse> getListVersionsMethod;
    if ((getListVersionsMethod = SchemaRegistryServiceGrpc.getListVersionsMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListVersionsMethod = SchemaRegistryServiceGrpc.getListVersionsMethod) == null) {
          SchemaRegistryServiceGrpc.getListVersionsMethod = getListVersionsMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListVersionsRequest, gregor.registry.v1.Registry.ListVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListVersions"))
              .build();
        }
      }
    }
    return getListVersionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.RegisterSchemaRequest,
      gregor.registry.v1.Registry.RegisterSchemaResponse> getRegisterSchemaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegisterSchema",
      requestType = gregor.registry.v1.Registry.RegisterSchemaRequest.class,
      responseType = gregor.registry.v1.Registry.RegisterSchemaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.RegisterSchemaRequest,
      gregor.registry.v1.Registry.RegisterSchemaResponse> getRegisterSchemaMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.RegisterSchemaRequest, gregor.registry.v1.Registry.RegisterSchemaResponse> getRegisterSchemaMethod;
    if ((getRegisterSchemaMethod = SchemaRegistryServiceGrpc.getRegisterSchemaMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getRegisterSchemaMethod = SchemaRegistryServiceGrpc.getRegisterSchemaMethod) == null) {
          SchemaRegistryServiceGrpc.getRegisterSchemaMethod = getRegisterSchemaMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.RegisterSchemaRequest, gregor.registry.v1.Registry.RegisterSchemaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegisterSchema"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.RegisterSchemaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.RegisterSchemaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("RegisterSchema"))
              .build();
        }
      }
    }
    return getRegisterSchemaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetVersionRequest,
      gregor.registry.v1.Registry.GetVersionResponse> getGetVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetVersion",
      requestType = gregor.registry.v1.Registry.GetVersionRequest.class,
      responseType = gregor.registry.v1.Registry.GetVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetVersionRequest,
      gregor.registry.v1.Registry.GetVersionResponse> getGetVersionMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetVersionRequest, gregor.registry.v1.Registry.GetVersionResponse> getGetVersionMethod;
    if ((getGetVersionMethod = SchemaRegistryServiceGrpc.getGetVersionMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetVersionMethod = SchemaRegistryServiceGrpc.getGetVersionMethod) == null) {
          SchemaRegistryServiceGrpc.getGetVersionMethod = getGetVersionMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetVersionRequest, gregor.registry.v1.Registry.GetVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetVersion"))
              .build();
        }
      }
    }
    return getGetVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetLatestWithMetadataRequest,
      gregor.registry.v1.Registry.GetLatestWithMetadataResponse> getGetLatestWithMetadataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLatestWithMetadata",
      requestType = gregor.registry.v1.Registry.GetLatestWithMetadataRequest.class,
      responseType = gregor.registry.v1.Registry.GetLatestWithMetadataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetLatestWithMetadataRequest,
      gregor.registry.v1.Registry.GetLatestWithMetadataResponse> getGetLatestWithMetadataMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetLatestWithMetadataRequest, gregor.registry.v1.Registry.GetLatestWithMetadataResponse> getGetLatestWithMetadataMethod;
    if ((getGetLatestWithMetadataMethod = SchemaRegistryServiceGrpc.getGetLatestWithMetadataMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetLatestWithMetadataMethod = SchemaRegistryServiceGrpc.getGetLatestWithMetadataMethod) == null) {
          SchemaRegistryServiceGrpc.getGetLatestWithMetadataMethod = getGetLatestWithMetadataMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetLatestWithMetadataRequest, gregor.registry.v1.Registry.GetLatestWithMetadataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLatestWithMetadata"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetLatestWithMetadataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetLatestWithMetadataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetLatestWithMetadata"))
              .build();
        }
      }
    }
    return getGetLatestWithMetadataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteVersionRequest,
      gregor.registry.v1.Registry.DeleteVersionResponse> getDeleteVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteVersion",
      requestType = gregor.registry.v1.Registry.DeleteVersionRequest.class,
      responseType = gregor.registry.v1.Registry.DeleteVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteVersionRequest,
      gregor.registry.v1.Registry.DeleteVersionResponse> getDeleteVersionMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteVersionRequest, gregor.registry.v1.Registry.DeleteVersionResponse> getDeleteVersionMethod;
    if ((getDeleteVersionMethod = SchemaRegistryServiceGrpc.getDeleteVersionMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getDeleteVersionMethod = SchemaRegistryServiceGrpc.getDeleteVersionMethod) == null) {
          SchemaRegistryServiceGrpc.getDeleteVersionMethod = getDeleteVersionMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.DeleteVersionRequest, gregor.registry.v1.Registry.DeleteVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("DeleteVersion"))
              .build();
        }
      }
    }
    return getDeleteVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetVersionSchemaRequest,
      gregor.registry.v1.Registry.GetVersionSchemaResponse> getGetVersionSchemaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetVersionSchema",
      requestType = gregor.registry.v1.Registry.GetVersionSchemaRequest.class,
      responseType = gregor.registry.v1.Registry.GetVersionSchemaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetVersionSchemaRequest,
      gregor.registry.v1.Registry.GetVersionSchemaResponse> getGetVersionSchemaMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetVersionSchemaRequest, gregor.registry.v1.Registry.GetVersionSchemaResponse> getGetVersionSchemaMethod;
    if ((getGetVersionSchemaMethod = SchemaRegistryServiceGrpc.getGetVersionSchemaMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetVersionSchemaMethod = SchemaRegistryServiceGrpc.getGetVersionSchemaMethod) == null) {
          SchemaRegistryServiceGrpc.getGetVersionSchemaMethod = getGetVersionSchemaMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetVersionSchemaRequest, gregor.registry.v1.Registry.GetVersionSchemaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetVersionSchema"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetVersionSchemaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetVersionSchemaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetVersionSchema"))
              .build();
        }
      }
    }
    return getGetVersionSchemaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListReferencedByRequest,
      gregor.registry.v1.Registry.ListReferencedByResponse> getListReferencedByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListReferencedBy",
      requestType = gregor.registry.v1.Registry.ListReferencedByRequest.class,
      responseType = gregor.registry.v1.Registry.ListReferencedByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListReferencedByRequest,
      gregor.registry.v1.Registry.ListReferencedByResponse> getListReferencedByMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListReferencedByRequest, gregor.registry.v1.Registry.ListReferencedByResponse> getListReferencedByMethod;
    if ((getListReferencedByMethod = SchemaRegistryServiceGrpc.getListReferencedByMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListReferencedByMethod = SchemaRegistryServiceGrpc.getListReferencedByMethod) == null) {
          SchemaRegistryServiceGrpc.getListReferencedByMethod = getListReferencedByMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListReferencedByRequest, gregor.registry.v1.Registry.ListReferencedByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListReferencedBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListReferencedByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListReferencedByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListReferencedBy"))
              .build();
        }
      }
    }
    return getListReferencedByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemasRequest,
      gregor.registry.v1.Registry.ListSchemasResponse> getListSchemasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSchemas",
      requestType = gregor.registry.v1.Registry.ListSchemasRequest.class,
      responseType = gregor.registry.v1.Registry.ListSchemasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemasRequest,
      gregor.registry.v1.Registry.ListSchemasResponse> getListSchemasMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemasRequest, gregor.registry.v1.Registry.ListSchemasResponse> getListSchemasMethod;
    if ((getListSchemasMethod = SchemaRegistryServiceGrpc.getListSchemasMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListSchemasMethod = SchemaRegistryServiceGrpc.getListSchemasMethod) == null) {
          SchemaRegistryServiceGrpc.getListSchemasMethod = getListSchemasMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListSchemasRequest, gregor.registry.v1.Registry.ListSchemasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSchemas"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSchemasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSchemasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListSchemas"))
              .build();
        }
      }
    }
    return getListSchemasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaByIdRequest,
      gregor.registry.v1.Registry.GetSchemaByIdResponse> getGetSchemaByIdMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSchemaById",
      requestType = gregor.registry.v1.Registry.GetSchemaByIdRequest.class,
      responseType = gregor.registry.v1.Registry.GetSchemaByIdResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaByIdRequest,
      gregor.registry.v1.Registry.GetSchemaByIdResponse> getGetSchemaByIdMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaByIdRequest, gregor.registry.v1.Registry.GetSchemaByIdResponse> getGetSchemaByIdMethod;
    if ((getGetSchemaByIdMethod = SchemaRegistryServiceGrpc.getGetSchemaByIdMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetSchemaByIdMethod = SchemaRegistryServiceGrpc.getGetSchemaByIdMethod) == null) {
          SchemaRegistryServiceGrpc.getGetSchemaByIdMethod = getGetSchemaByIdMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetSchemaByIdRequest, gregor.registry.v1.Registry.GetSchemaByIdResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSchemaById"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSchemaByIdRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSchemaByIdResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetSchemaById"))
              .build();
        }
      }
    }
    return getGetSchemaByIdMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaTextByIdRequest,
      gregor.registry.v1.Registry.GetSchemaTextByIdResponse> getGetSchemaTextByIdMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSchemaTextById",
      requestType = gregor.registry.v1.Registry.GetSchemaTextByIdRequest.class,
      responseType = gregor.registry.v1.Registry.GetSchemaTextByIdResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaTextByIdRequest,
      gregor.registry.v1.Registry.GetSchemaTextByIdResponse> getGetSchemaTextByIdMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaTextByIdRequest, gregor.registry.v1.Registry.GetSchemaTextByIdResponse> getGetSchemaTextByIdMethod;
    if ((getGetSchemaTextByIdMethod = SchemaRegistryServiceGrpc.getGetSchemaTextByIdMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetSchemaTextByIdMethod = SchemaRegistryServiceGrpc.getGetSchemaTextByIdMethod) == null) {
          SchemaRegistryServiceGrpc.getGetSchemaTextByIdMethod = getGetSchemaTextByIdMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetSchemaTextByIdRequest, gregor.registry.v1.Registry.GetSchemaTextByIdResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSchemaTextById"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSchemaTextByIdRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSchemaTextByIdResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetSchemaTextById"))
              .build();
        }
      }
    }
    return getGetSchemaTextByIdMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaByGuidRequest,
      gregor.registry.v1.Registry.GetSchemaByGuidResponse> getGetSchemaByGuidMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSchemaByGuid",
      requestType = gregor.registry.v1.Registry.GetSchemaByGuidRequest.class,
      responseType = gregor.registry.v1.Registry.GetSchemaByGuidResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaByGuidRequest,
      gregor.registry.v1.Registry.GetSchemaByGuidResponse> getGetSchemaByGuidMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSchemaByGuidRequest, gregor.registry.v1.Registry.GetSchemaByGuidResponse> getGetSchemaByGuidMethod;
    if ((getGetSchemaByGuidMethod = SchemaRegistryServiceGrpc.getGetSchemaByGuidMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetSchemaByGuidMethod = SchemaRegistryServiceGrpc.getGetSchemaByGuidMethod) == null) {
          SchemaRegistryServiceGrpc.getGetSchemaByGuidMethod = getGetSchemaByGuidMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetSchemaByGuidRequest, gregor.registry.v1.Registry.GetSchemaByGuidResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSchemaByGuid"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSchemaByGuidRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSchemaByGuidResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetSchemaByGuid"))
              .build();
        }
      }
    }
    return getGetSchemaByGuidMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListIdsByGuidRequest,
      gregor.registry.v1.Registry.ListIdsByGuidResponse> getListIdsByGuidMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListIdsByGuid",
      requestType = gregor.registry.v1.Registry.ListIdsByGuidRequest.class,
      responseType = gregor.registry.v1.Registry.ListIdsByGuidResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListIdsByGuidRequest,
      gregor.registry.v1.Registry.ListIdsByGuidResponse> getListIdsByGuidMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListIdsByGuidRequest, gregor.registry.v1.Registry.ListIdsByGuidResponse> getListIdsByGuidMethod;
    if ((getListIdsByGuidMethod = SchemaRegistryServiceGrpc.getListIdsByGuidMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListIdsByGuidMethod = SchemaRegistryServiceGrpc.getListIdsByGuidMethod) == null) {
          SchemaRegistryServiceGrpc.getListIdsByGuidMethod = getListIdsByGuidMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListIdsByGuidRequest, gregor.registry.v1.Registry.ListIdsByGuidResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListIdsByGuid"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListIdsByGuidRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListIdsByGuidResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListIdsByGuid"))
              .build();
        }
      }
    }
    return getListIdsByGuidMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaSubjectsRequest,
      gregor.registry.v1.Registry.ListSchemaSubjectsResponse> getListSchemaSubjectsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSchemaSubjects",
      requestType = gregor.registry.v1.Registry.ListSchemaSubjectsRequest.class,
      responseType = gregor.registry.v1.Registry.ListSchemaSubjectsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaSubjectsRequest,
      gregor.registry.v1.Registry.ListSchemaSubjectsResponse> getListSchemaSubjectsMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaSubjectsRequest, gregor.registry.v1.Registry.ListSchemaSubjectsResponse> getListSchemaSubjectsMethod;
    if ((getListSchemaSubjectsMethod = SchemaRegistryServiceGrpc.getListSchemaSubjectsMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListSchemaSubjectsMethod = SchemaRegistryServiceGrpc.getListSchemaSubjectsMethod) == null) {
          SchemaRegistryServiceGrpc.getListSchemaSubjectsMethod = getListSchemaSubjectsMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListSchemaSubjectsRequest, gregor.registry.v1.Registry.ListSchemaSubjectsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSchemaSubjects"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSchemaSubjectsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSchemaSubjectsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListSchemaSubjects"))
              .build();
        }
      }
    }
    return getListSchemaSubjectsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaVersionsRequest,
      gregor.registry.v1.Registry.ListSchemaVersionsResponse> getListSchemaVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSchemaVersions",
      requestType = gregor.registry.v1.Registry.ListSchemaVersionsRequest.class,
      responseType = gregor.registry.v1.Registry.ListSchemaVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaVersionsRequest,
      gregor.registry.v1.Registry.ListSchemaVersionsResponse> getListSchemaVersionsMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaVersionsRequest, gregor.registry.v1.Registry.ListSchemaVersionsResponse> getListSchemaVersionsMethod;
    if ((getListSchemaVersionsMethod = SchemaRegistryServiceGrpc.getListSchemaVersionsMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListSchemaVersionsMethod = SchemaRegistryServiceGrpc.getListSchemaVersionsMethod) == null) {
          SchemaRegistryServiceGrpc.getListSchemaVersionsMethod = getListSchemaVersionsMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListSchemaVersionsRequest, gregor.registry.v1.Registry.ListSchemaVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSchemaVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSchemaVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSchemaVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListSchemaVersions"))
              .build();
        }
      }
    }
    return getListSchemaVersionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaTypesRequest,
      gregor.registry.v1.Registry.ListSchemaTypesResponse> getListSchemaTypesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSchemaTypes",
      requestType = gregor.registry.v1.Registry.ListSchemaTypesRequest.class,
      responseType = gregor.registry.v1.Registry.ListSchemaTypesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaTypesRequest,
      gregor.registry.v1.Registry.ListSchemaTypesResponse> getListSchemaTypesMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListSchemaTypesRequest, gregor.registry.v1.Registry.ListSchemaTypesResponse> getListSchemaTypesMethod;
    if ((getListSchemaTypesMethod = SchemaRegistryServiceGrpc.getListSchemaTypesMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListSchemaTypesMethod = SchemaRegistryServiceGrpc.getListSchemaTypesMethod) == null) {
          SchemaRegistryServiceGrpc.getListSchemaTypesMethod = getListSchemaTypesMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListSchemaTypesRequest, gregor.registry.v1.Registry.ListSchemaTypesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSchemaTypes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSchemaTypesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListSchemaTypesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListSchemaTypes"))
              .build();
        }
      }
    }
    return getListSchemaTypesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetGlobalConfigRequest,
      gregor.registry.v1.Registry.GetGlobalConfigResponse> getGetGlobalConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetGlobalConfig",
      requestType = gregor.registry.v1.Registry.GetGlobalConfigRequest.class,
      responseType = gregor.registry.v1.Registry.GetGlobalConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetGlobalConfigRequest,
      gregor.registry.v1.Registry.GetGlobalConfigResponse> getGetGlobalConfigMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetGlobalConfigRequest, gregor.registry.v1.Registry.GetGlobalConfigResponse> getGetGlobalConfigMethod;
    if ((getGetGlobalConfigMethod = SchemaRegistryServiceGrpc.getGetGlobalConfigMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetGlobalConfigMethod = SchemaRegistryServiceGrpc.getGetGlobalConfigMethod) == null) {
          SchemaRegistryServiceGrpc.getGetGlobalConfigMethod = getGetGlobalConfigMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetGlobalConfigRequest, gregor.registry.v1.Registry.GetGlobalConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetGlobalConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetGlobalConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetGlobalConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetGlobalConfig"))
              .build();
        }
      }
    }
    return getGetGlobalConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateGlobalConfigRequest,
      gregor.registry.v1.Registry.UpdateGlobalConfigResponse> getUpdateGlobalConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateGlobalConfig",
      requestType = gregor.registry.v1.Registry.UpdateGlobalConfigRequest.class,
      responseType = gregor.registry.v1.Registry.UpdateGlobalConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateGlobalConfigRequest,
      gregor.registry.v1.Registry.UpdateGlobalConfigResponse> getUpdateGlobalConfigMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateGlobalConfigRequest, gregor.registry.v1.Registry.UpdateGlobalConfigResponse> getUpdateGlobalConfigMethod;
    if ((getUpdateGlobalConfigMethod = SchemaRegistryServiceGrpc.getUpdateGlobalConfigMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getUpdateGlobalConfigMethod = SchemaRegistryServiceGrpc.getUpdateGlobalConfigMethod) == null) {
          SchemaRegistryServiceGrpc.getUpdateGlobalConfigMethod = getUpdateGlobalConfigMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.UpdateGlobalConfigRequest, gregor.registry.v1.Registry.UpdateGlobalConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateGlobalConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.UpdateGlobalConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.UpdateGlobalConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("UpdateGlobalConfig"))
              .build();
        }
      }
    }
    return getUpdateGlobalConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteGlobalConfigRequest,
      gregor.registry.v1.Registry.DeleteGlobalConfigResponse> getDeleteGlobalConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteGlobalConfig",
      requestType = gregor.registry.v1.Registry.DeleteGlobalConfigRequest.class,
      responseType = gregor.registry.v1.Registry.DeleteGlobalConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteGlobalConfigRequest,
      gregor.registry.v1.Registry.DeleteGlobalConfigResponse> getDeleteGlobalConfigMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteGlobalConfigRequest, gregor.registry.v1.Registry.DeleteGlobalConfigResponse> getDeleteGlobalConfigMethod;
    if ((getDeleteGlobalConfigMethod = SchemaRegistryServiceGrpc.getDeleteGlobalConfigMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getDeleteGlobalConfigMethod = SchemaRegistryServiceGrpc.getDeleteGlobalConfigMethod) == null) {
          SchemaRegistryServiceGrpc.getDeleteGlobalConfigMethod = getDeleteGlobalConfigMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.DeleteGlobalConfigRequest, gregor.registry.v1.Registry.DeleteGlobalConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteGlobalConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteGlobalConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteGlobalConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("DeleteGlobalConfig"))
              .build();
        }
      }
    }
    return getDeleteGlobalConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSubjectConfigRequest,
      gregor.registry.v1.Registry.GetSubjectConfigResponse> getGetSubjectConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSubjectConfig",
      requestType = gregor.registry.v1.Registry.GetSubjectConfigRequest.class,
      responseType = gregor.registry.v1.Registry.GetSubjectConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSubjectConfigRequest,
      gregor.registry.v1.Registry.GetSubjectConfigResponse> getGetSubjectConfigMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSubjectConfigRequest, gregor.registry.v1.Registry.GetSubjectConfigResponse> getGetSubjectConfigMethod;
    if ((getGetSubjectConfigMethod = SchemaRegistryServiceGrpc.getGetSubjectConfigMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetSubjectConfigMethod = SchemaRegistryServiceGrpc.getGetSubjectConfigMethod) == null) {
          SchemaRegistryServiceGrpc.getGetSubjectConfigMethod = getGetSubjectConfigMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetSubjectConfigRequest, gregor.registry.v1.Registry.GetSubjectConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSubjectConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSubjectConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSubjectConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetSubjectConfig"))
              .build();
        }
      }
    }
    return getGetSubjectConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateSubjectConfigRequest,
      gregor.registry.v1.Registry.UpdateSubjectConfigResponse> getUpdateSubjectConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSubjectConfig",
      requestType = gregor.registry.v1.Registry.UpdateSubjectConfigRequest.class,
      responseType = gregor.registry.v1.Registry.UpdateSubjectConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateSubjectConfigRequest,
      gregor.registry.v1.Registry.UpdateSubjectConfigResponse> getUpdateSubjectConfigMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateSubjectConfigRequest, gregor.registry.v1.Registry.UpdateSubjectConfigResponse> getUpdateSubjectConfigMethod;
    if ((getUpdateSubjectConfigMethod = SchemaRegistryServiceGrpc.getUpdateSubjectConfigMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getUpdateSubjectConfigMethod = SchemaRegistryServiceGrpc.getUpdateSubjectConfigMethod) == null) {
          SchemaRegistryServiceGrpc.getUpdateSubjectConfigMethod = getUpdateSubjectConfigMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.UpdateSubjectConfigRequest, gregor.registry.v1.Registry.UpdateSubjectConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSubjectConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.UpdateSubjectConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.UpdateSubjectConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("UpdateSubjectConfig"))
              .build();
        }
      }
    }
    return getUpdateSubjectConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectConfigRequest,
      gregor.registry.v1.Registry.DeleteSubjectConfigResponse> getDeleteSubjectConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSubjectConfig",
      requestType = gregor.registry.v1.Registry.DeleteSubjectConfigRequest.class,
      responseType = gregor.registry.v1.Registry.DeleteSubjectConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectConfigRequest,
      gregor.registry.v1.Registry.DeleteSubjectConfigResponse> getDeleteSubjectConfigMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectConfigRequest, gregor.registry.v1.Registry.DeleteSubjectConfigResponse> getDeleteSubjectConfigMethod;
    if ((getDeleteSubjectConfigMethod = SchemaRegistryServiceGrpc.getDeleteSubjectConfigMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getDeleteSubjectConfigMethod = SchemaRegistryServiceGrpc.getDeleteSubjectConfigMethod) == null) {
          SchemaRegistryServiceGrpc.getDeleteSubjectConfigMethod = getDeleteSubjectConfigMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.DeleteSubjectConfigRequest, gregor.registry.v1.Registry.DeleteSubjectConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSubjectConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteSubjectConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteSubjectConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("DeleteSubjectConfig"))
              .build();
        }
      }
    }
    return getDeleteSubjectConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListContextsRequest,
      gregor.registry.v1.Registry.ListContextsResponse> getListContextsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListContexts",
      requestType = gregor.registry.v1.Registry.ListContextsRequest.class,
      responseType = gregor.registry.v1.Registry.ListContextsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListContextsRequest,
      gregor.registry.v1.Registry.ListContextsResponse> getListContextsMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.ListContextsRequest, gregor.registry.v1.Registry.ListContextsResponse> getListContextsMethod;
    if ((getListContextsMethod = SchemaRegistryServiceGrpc.getListContextsMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getListContextsMethod = SchemaRegistryServiceGrpc.getListContextsMethod) == null) {
          SchemaRegistryServiceGrpc.getListContextsMethod = getListContextsMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.ListContextsRequest, gregor.registry.v1.Registry.ListContextsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListContexts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListContextsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.ListContextsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("ListContexts"))
              .build();
        }
      }
    }
    return getListContextsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteContextRequest,
      gregor.registry.v1.Registry.DeleteContextResponse> getDeleteContextMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteContext",
      requestType = gregor.registry.v1.Registry.DeleteContextRequest.class,
      responseType = gregor.registry.v1.Registry.DeleteContextResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteContextRequest,
      gregor.registry.v1.Registry.DeleteContextResponse> getDeleteContextMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteContextRequest, gregor.registry.v1.Registry.DeleteContextResponse> getDeleteContextMethod;
    if ((getDeleteContextMethod = SchemaRegistryServiceGrpc.getDeleteContextMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getDeleteContextMethod = SchemaRegistryServiceGrpc.getDeleteContextMethod) == null) {
          SchemaRegistryServiceGrpc.getDeleteContextMethod = getDeleteContextMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.DeleteContextRequest, gregor.registry.v1.Registry.DeleteContextResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteContext"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteContextRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteContextResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("DeleteContext"))
              .build();
        }
      }
    }
    return getDeleteContextMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetGlobalModeRequest,
      gregor.registry.v1.Registry.GetGlobalModeResponse> getGetGlobalModeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetGlobalMode",
      requestType = gregor.registry.v1.Registry.GetGlobalModeRequest.class,
      responseType = gregor.registry.v1.Registry.GetGlobalModeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetGlobalModeRequest,
      gregor.registry.v1.Registry.GetGlobalModeResponse> getGetGlobalModeMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetGlobalModeRequest, gregor.registry.v1.Registry.GetGlobalModeResponse> getGetGlobalModeMethod;
    if ((getGetGlobalModeMethod = SchemaRegistryServiceGrpc.getGetGlobalModeMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetGlobalModeMethod = SchemaRegistryServiceGrpc.getGetGlobalModeMethod) == null) {
          SchemaRegistryServiceGrpc.getGetGlobalModeMethod = getGetGlobalModeMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetGlobalModeRequest, gregor.registry.v1.Registry.GetGlobalModeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetGlobalMode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetGlobalModeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetGlobalModeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetGlobalMode"))
              .build();
        }
      }
    }
    return getGetGlobalModeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateGlobalModeRequest,
      gregor.registry.v1.Registry.UpdateGlobalModeResponse> getUpdateGlobalModeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateGlobalMode",
      requestType = gregor.registry.v1.Registry.UpdateGlobalModeRequest.class,
      responseType = gregor.registry.v1.Registry.UpdateGlobalModeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateGlobalModeRequest,
      gregor.registry.v1.Registry.UpdateGlobalModeResponse> getUpdateGlobalModeMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateGlobalModeRequest, gregor.registry.v1.Registry.UpdateGlobalModeResponse> getUpdateGlobalModeMethod;
    if ((getUpdateGlobalModeMethod = SchemaRegistryServiceGrpc.getUpdateGlobalModeMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getUpdateGlobalModeMethod = SchemaRegistryServiceGrpc.getUpdateGlobalModeMethod) == null) {
          SchemaRegistryServiceGrpc.getUpdateGlobalModeMethod = getUpdateGlobalModeMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.UpdateGlobalModeRequest, gregor.registry.v1.Registry.UpdateGlobalModeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateGlobalMode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.UpdateGlobalModeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.UpdateGlobalModeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("UpdateGlobalMode"))
              .build();
        }
      }
    }
    return getUpdateGlobalModeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteGlobalModeRequest,
      gregor.registry.v1.Registry.DeleteGlobalModeResponse> getDeleteGlobalModeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteGlobalMode",
      requestType = gregor.registry.v1.Registry.DeleteGlobalModeRequest.class,
      responseType = gregor.registry.v1.Registry.DeleteGlobalModeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteGlobalModeRequest,
      gregor.registry.v1.Registry.DeleteGlobalModeResponse> getDeleteGlobalModeMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteGlobalModeRequest, gregor.registry.v1.Registry.DeleteGlobalModeResponse> getDeleteGlobalModeMethod;
    if ((getDeleteGlobalModeMethod = SchemaRegistryServiceGrpc.getDeleteGlobalModeMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getDeleteGlobalModeMethod = SchemaRegistryServiceGrpc.getDeleteGlobalModeMethod) == null) {
          SchemaRegistryServiceGrpc.getDeleteGlobalModeMethod = getDeleteGlobalModeMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.DeleteGlobalModeRequest, gregor.registry.v1.Registry.DeleteGlobalModeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteGlobalMode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteGlobalModeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteGlobalModeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("DeleteGlobalMode"))
              .build();
        }
      }
    }
    return getDeleteGlobalModeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSubjectModeRequest,
      gregor.registry.v1.Registry.GetSubjectModeResponse> getGetSubjectModeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSubjectMode",
      requestType = gregor.registry.v1.Registry.GetSubjectModeRequest.class,
      responseType = gregor.registry.v1.Registry.GetSubjectModeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSubjectModeRequest,
      gregor.registry.v1.Registry.GetSubjectModeResponse> getGetSubjectModeMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetSubjectModeRequest, gregor.registry.v1.Registry.GetSubjectModeResponse> getGetSubjectModeMethod;
    if ((getGetSubjectModeMethod = SchemaRegistryServiceGrpc.getGetSubjectModeMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetSubjectModeMethod = SchemaRegistryServiceGrpc.getGetSubjectModeMethod) == null) {
          SchemaRegistryServiceGrpc.getGetSubjectModeMethod = getGetSubjectModeMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetSubjectModeRequest, gregor.registry.v1.Registry.GetSubjectModeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSubjectMode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSubjectModeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetSubjectModeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetSubjectMode"))
              .build();
        }
      }
    }
    return getGetSubjectModeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateSubjectModeRequest,
      gregor.registry.v1.Registry.UpdateSubjectModeResponse> getUpdateSubjectModeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSubjectMode",
      requestType = gregor.registry.v1.Registry.UpdateSubjectModeRequest.class,
      responseType = gregor.registry.v1.Registry.UpdateSubjectModeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateSubjectModeRequest,
      gregor.registry.v1.Registry.UpdateSubjectModeResponse> getUpdateSubjectModeMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.UpdateSubjectModeRequest, gregor.registry.v1.Registry.UpdateSubjectModeResponse> getUpdateSubjectModeMethod;
    if ((getUpdateSubjectModeMethod = SchemaRegistryServiceGrpc.getUpdateSubjectModeMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getUpdateSubjectModeMethod = SchemaRegistryServiceGrpc.getUpdateSubjectModeMethod) == null) {
          SchemaRegistryServiceGrpc.getUpdateSubjectModeMethod = getUpdateSubjectModeMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.UpdateSubjectModeRequest, gregor.registry.v1.Registry.UpdateSubjectModeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSubjectMode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.UpdateSubjectModeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.UpdateSubjectModeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("UpdateSubjectMode"))
              .build();
        }
      }
    }
    return getUpdateSubjectModeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectModeRequest,
      gregor.registry.v1.Registry.DeleteSubjectModeResponse> getDeleteSubjectModeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSubjectMode",
      requestType = gregor.registry.v1.Registry.DeleteSubjectModeRequest.class,
      responseType = gregor.registry.v1.Registry.DeleteSubjectModeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectModeRequest,
      gregor.registry.v1.Registry.DeleteSubjectModeResponse> getDeleteSubjectModeMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.DeleteSubjectModeRequest, gregor.registry.v1.Registry.DeleteSubjectModeResponse> getDeleteSubjectModeMethod;
    if ((getDeleteSubjectModeMethod = SchemaRegistryServiceGrpc.getDeleteSubjectModeMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getDeleteSubjectModeMethod = SchemaRegistryServiceGrpc.getDeleteSubjectModeMethod) == null) {
          SchemaRegistryServiceGrpc.getDeleteSubjectModeMethod = getDeleteSubjectModeMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.DeleteSubjectModeRequest, gregor.registry.v1.Registry.DeleteSubjectModeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSubjectMode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteSubjectModeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.DeleteSubjectModeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("DeleteSubjectMode"))
              .build();
        }
      }
    }
    return getDeleteSubjectModeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.CheckCompatibilityRequest,
      gregor.registry.v1.Registry.CheckCompatibilityResponse> getCheckCompatibilityMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CheckCompatibility",
      requestType = gregor.registry.v1.Registry.CheckCompatibilityRequest.class,
      responseType = gregor.registry.v1.Registry.CheckCompatibilityResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.CheckCompatibilityRequest,
      gregor.registry.v1.Registry.CheckCompatibilityResponse> getCheckCompatibilityMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.CheckCompatibilityRequest, gregor.registry.v1.Registry.CheckCompatibilityResponse> getCheckCompatibilityMethod;
    if ((getCheckCompatibilityMethod = SchemaRegistryServiceGrpc.getCheckCompatibilityMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getCheckCompatibilityMethod = SchemaRegistryServiceGrpc.getCheckCompatibilityMethod) == null) {
          SchemaRegistryServiceGrpc.getCheckCompatibilityMethod = getCheckCompatibilityMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.CheckCompatibilityRequest, gregor.registry.v1.Registry.CheckCompatibilityResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CheckCompatibility"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.CheckCompatibilityRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.CheckCompatibilityResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("CheckCompatibility"))
              .build();
        }
      }
    }
    return getCheckCompatibilityMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.CheckCompatibilityAllRequest,
      gregor.registry.v1.Registry.CheckCompatibilityAllResponse> getCheckCompatibilityAllMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CheckCompatibilityAll",
      requestType = gregor.registry.v1.Registry.CheckCompatibilityAllRequest.class,
      responseType = gregor.registry.v1.Registry.CheckCompatibilityAllResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.CheckCompatibilityAllRequest,
      gregor.registry.v1.Registry.CheckCompatibilityAllResponse> getCheckCompatibilityAllMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.CheckCompatibilityAllRequest, gregor.registry.v1.Registry.CheckCompatibilityAllResponse> getCheckCompatibilityAllMethod;
    if ((getCheckCompatibilityAllMethod = SchemaRegistryServiceGrpc.getCheckCompatibilityAllMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getCheckCompatibilityAllMethod = SchemaRegistryServiceGrpc.getCheckCompatibilityAllMethod) == null) {
          SchemaRegistryServiceGrpc.getCheckCompatibilityAllMethod = getCheckCompatibilityAllMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.CheckCompatibilityAllRequest, gregor.registry.v1.Registry.CheckCompatibilityAllResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CheckCompatibilityAll"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.CheckCompatibilityAllRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.CheckCompatibilityAllResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("CheckCompatibilityAll"))
              .build();
        }
      }
    }
    return getCheckCompatibilityAllMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetAssociationsRequest,
      gregor.registry.v1.Registry.GetAssociationsResponse> getGetAssociationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAssociations",
      requestType = gregor.registry.v1.Registry.GetAssociationsRequest.class,
      responseType = gregor.registry.v1.Registry.GetAssociationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetAssociationsRequest,
      gregor.registry.v1.Registry.GetAssociationsResponse> getGetAssociationsMethod() {
    io.grpc.MethodDescriptor<gregor.registry.v1.Registry.GetAssociationsRequest, gregor.registry.v1.Registry.GetAssociationsResponse> getGetAssociationsMethod;
    if ((getGetAssociationsMethod = SchemaRegistryServiceGrpc.getGetAssociationsMethod) == null) {
      synchronized (SchemaRegistryServiceGrpc.class) {
        if ((getGetAssociationsMethod = SchemaRegistryServiceGrpc.getGetAssociationsMethod) == null) {
          SchemaRegistryServiceGrpc.getGetAssociationsMethod = getGetAssociationsMethod =
              io.grpc.MethodDescriptor.<gregor.registry.v1.Registry.GetAssociationsRequest, gregor.registry.v1.Registry.GetAssociationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAssociations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetAssociationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.registry.v1.Registry.GetAssociationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SchemaRegistryServiceMethodDescriptorSupplier("GetAssociations"))
              .build();
        }
      }
    }
    return getGetAssociationsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SchemaRegistryServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SchemaRegistryServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SchemaRegistryServiceStub>() {
        @java.lang.Override
        public SchemaRegistryServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SchemaRegistryServiceStub(channel, callOptions);
        }
      };
    return SchemaRegistryServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SchemaRegistryServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SchemaRegistryServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SchemaRegistryServiceBlockingStub>() {
        @java.lang.Override
        public SchemaRegistryServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SchemaRegistryServiceBlockingStub(channel, callOptions);
        }
      };
    return SchemaRegistryServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SchemaRegistryServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SchemaRegistryServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SchemaRegistryServiceFutureStub>() {
        @java.lang.Override
        public SchemaRegistryServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SchemaRegistryServiceFutureStub(channel, callOptions);
        }
      };
    return SchemaRegistryServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The Confluent-compatible Schema Registry.
   * Errors carry a `google.rpc.ErrorInfo` detail whose metadata
   * `error_code` holds the Confluent error code (e.g. 40401, subject not
   * found); the REST façade answers with `{"error_code", "message"}` and the
   * HTTP status `error_code / 100`.
   * </pre>
   */
  public static abstract class SchemaRegistryServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * `GET /`: the empty root resource, `{}`.
     * </pre>
     */
    public void getRoot(gregor.registry.v1.Registry.GetRootRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetRootResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRootMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /`: `{}`; the body (any JSON object) is ignored.
     * </pre>
     */
    public void postRoot(gregor.registry.v1.Registry.PostRootRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.PostRootResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPostRootMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v1/metadata/id`: the Kafka cluster id and the registry group id.
     * </pre>
     */
    public void getClusterId(gregor.registry.v1.Registry.GetClusterIdRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetClusterIdResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetClusterIdMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v1/metadata/version`: the server version and commit.
     * </pre>
     */
    public void getServerVersion(gregor.registry.v1.Registry.GetServerVersionRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetServerVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetServerVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v1/metadata/deployment`: the deployment's attributes (Confluent
     * `SchemaRegistryDeployment`).
     * </pre>
     */
    public void getDeployment(gregor.registry.v1.Registry.GetDeploymentRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetDeploymentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDeploymentMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /_health` (Karapace): readiness of the `_schemas` reader.
     * </pre>
     */
    public void getHealth(gregor.registry.v1.Registry.GetHealthRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetHealthResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetHealthMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /master_available` (Karapace): whether a primary accepts writes.
     * </pre>
     */
    public void getMasterAvailable(gregor.registry.v1.Registry.GetMasterAvailableRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetMasterAvailableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMasterAvailableMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects`: subject names, sorted.
     * </pre>
     */
    public void listSubjects(gregor.registry.v1.Registry.ListSubjectsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSubjectsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSubjectsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /subjects/{subject}`: find the version of `subject` holding the
     * given schema. 40401 unknown subject, 40403 schema not under it.
     * </pre>
     */
    public void lookupSchema(gregor.registry.v1.Registry.LookupSchemaRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.LookupSchemaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLookupSchemaMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /subjects/{subject}`: soft-delete (or with `permanent`, erase)
     * every version; answers the deleted version numbers.
     * </pre>
     */
    public void deleteSubject(gregor.registry.v1.Registry.DeleteSubjectRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSubjectMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions`: version numbers, ascending.
     * </pre>
     */
    public void listVersions(gregor.registry.v1.Registry.ListVersionsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListVersionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /subjects/{subject}/versions`: register a schema under a subject.
     * </pre>
     */
    public void registerSchema(gregor.registry.v1.Registry.RegisterSchemaRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.RegisterSchemaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegisterSchemaMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}`.
     * </pre>
     */
    public void getVersion(gregor.registry.v1.Registry.GetVersionRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/metadata?key=k&amp;value=v...`: the latest version
     * whose `metadata.properties` hold every given key with its value
     * (Confluent 7.4+ `getLatestWithMetadata`, what its serializers call with
     * `use.latest.with.metadata`). 40401 unknown subject, 40403 none matches.
     * </pre>
     */
    public void getLatestWithMetadata(gregor.registry.v1.Registry.GetLatestWithMetadataRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetLatestWithMetadataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLatestWithMetadataMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /subjects/{subject}/versions/{version}`: answers the version.
     * </pre>
     */
    public void deleteVersion(gregor.registry.v1.Registry.DeleteVersionRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}/schema`: the schema text
     * alone, as the response body.
     * </pre>
     */
    public void getVersionSchema(gregor.registry.v1.Registry.GetVersionSchemaRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetVersionSchemaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetVersionSchemaMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}/referencedby`: ids of the
     * schemas that reference this version.
     * </pre>
     */
    public void listReferencedBy(gregor.registry.v1.Registry.ListReferencedByRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListReferencedByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListReferencedByMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas`: every (subject, version) with its schema.
     * </pre>
     */
    public void listSchemas(gregor.registry.v1.Registry.ListSchemasRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSchemasMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}`. 40403 when no schema has that id.
     * </pre>
     */
    public void getSchemaById(gregor.registry.v1.Registry.GetSchemaByIdRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaByIdResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSchemaByIdMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/schema`: the schema text alone.
     * </pre>
     */
    public void getSchemaTextById(gregor.registry.v1.Registry.GetSchemaTextByIdRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaTextByIdResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSchemaTextByIdMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/guids/{guid}`: the schema with that GUID (Confluent 8.0),
     * from the default context first. 40403 "Schema {guid} not found".
     * </pre>
     */
    public void getSchemaByGuid(gregor.registry.v1.Registry.GetSchemaByGuidRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaByGuidResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSchemaByGuidMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/guids/{guid}/ids`: the id the GUID has in each context,
     * `[{"context": ".", "id": 1}]`; `[]` for an unknown GUID.
     * </pre>
     */
    public void listIdsByGuid(gregor.registry.v1.Registry.ListIdsByGuidRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListIdsByGuidResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListIdsByGuidMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/subjects`: subjects holding the schema.
     * </pre>
     */
    public void listSchemaSubjects(gregor.registry.v1.Registry.ListSchemaSubjectsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaSubjectsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSchemaSubjectsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/versions`: (subject, version) pairs holding it.
     * </pre>
     */
    public void listSchemaVersions(gregor.registry.v1.Registry.ListSchemaVersionsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSchemaVersionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/types`: the schema types this registry accepts.
     * </pre>
     */
    public void listSchemaTypes(gregor.registry.v1.Registry.ListSchemaTypesRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaTypesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSchemaTypesMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /config`: the global compatibility level.
     * </pre>
     */
    public void getGlobalConfig(gregor.registry.v1.Registry.GetGlobalConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetGlobalConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetGlobalConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `PUT /config`: set the global compatibility level; echoes the update.
     * </pre>
     */
    public void updateGlobalConfig(gregor.registry.v1.Registry.UpdateGlobalConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateGlobalConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateGlobalConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /config`: drop the global config (back to the configured
     * default level); answers the old one.
     * </pre>
     */
    public void deleteGlobalConfig(gregor.registry.v1.Registry.DeleteGlobalConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteGlobalConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteGlobalConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /config/{subject}`: 40408 when the subject has no level of its own
     * and `defaultToGlobal` is false.
     * </pre>
     */
    public void getSubjectConfig(gregor.registry.v1.Registry.GetSubjectConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSubjectConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSubjectConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `PUT /config/{subject}`.
     * </pre>
     */
    public void updateSubjectConfig(gregor.registry.v1.Registry.UpdateSubjectConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateSubjectConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSubjectConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /config/{subject}`: drop the subject's level; answers the old one.
     * </pre>
     */
    public void deleteSubjectConfig(gregor.registry.v1.Registry.DeleteSubjectConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSubjectConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /contexts`: the contexts in use, `.` (the default) first.
     * </pre>
     */
    public void listContexts(gregor.registry.v1.Registry.ListContextsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListContextsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListContextsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /contexts/{context}`: forget an empty context (204); 42211
     * while it holds subjects, 40401 when unknown.
     * </pre>
     */
    public void deleteContext(gregor.registry.v1.Registry.DeleteContextRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteContextResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteContextMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /mode`: the global mode (READWRITE unless set).
     * </pre>
     */
    public void getGlobalMode(gregor.registry.v1.Registry.GetGlobalModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetGlobalModeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetGlobalModeMethod(), responseObserver);
    }

    /**
     * <pre>
     * `PUT /mode`: set the global mode. IMPORT while subjects exist needs
     * `force=true` (42205); an unknown mode is 42204.
     * </pre>
     */
    public void updateGlobalMode(gregor.registry.v1.Registry.UpdateGlobalModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateGlobalModeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateGlobalModeMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /mode`: back to READWRITE (with `recursive`, every subject's
     * mode too); answers the old global mode.
     * </pre>
     */
    public void deleteGlobalMode(gregor.registry.v1.Registry.DeleteGlobalModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteGlobalModeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteGlobalModeMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /mode/{subject}`: 40409 when the subject has no mode of its own
     * and `defaultToGlobal` is false.
     * </pre>
     */
    public void getSubjectMode(gregor.registry.v1.Registry.GetSubjectModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSubjectModeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSubjectModeMethod(), responseObserver);
    }

    /**
     * <pre>
     * `PUT /mode/{subject}`: FORWARD is global only (42204).
     * </pre>
     */
    public void updateSubjectMode(gregor.registry.v1.Registry.UpdateSubjectModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateSubjectModeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSubjectModeMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /mode/{subject}`: drop the subject's mode; answers the old one.
     * </pre>
     */
    public void deleteSubjectMode(gregor.registry.v1.Registry.DeleteSubjectModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectModeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSubjectModeMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /compatibility/subjects/{subject}/versions/{version}`.
     * </pre>
     */
    public void checkCompatibility(gregor.registry.v1.Registry.CheckCompatibilityRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.CheckCompatibilityResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCheckCompatibilityMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /compatibility/subjects/{subject}/versions`: against the versions
     * the subject's compatibility level names.
     * </pre>
     */
    public void checkCompatibilityAll(gregor.registry.v1.Registry.CheckCompatibilityAllRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.CheckCompatibilityAllResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCheckCompatibilityAllMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /associations/...`: Gregor keeps no associations, so this answers
     * 404 (40410). Confluent's Python and JS clients call it before anything
     * else and fall back to the topic name strategy on a 404.
     * </pre>
     */
    public void getAssociations(gregor.registry.v1.Registry.GetAssociationsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetAssociationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAssociationsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetRootMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetRootRequest,
                gregor.registry.v1.Registry.GetRootResponse>(
                  this, METHODID_GET_ROOT)))
          .addMethod(
            getPostRootMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.PostRootRequest,
                gregor.registry.v1.Registry.PostRootResponse>(
                  this, METHODID_POST_ROOT)))
          .addMethod(
            getGetClusterIdMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetClusterIdRequest,
                gregor.registry.v1.Registry.GetClusterIdResponse>(
                  this, METHODID_GET_CLUSTER_ID)))
          .addMethod(
            getGetServerVersionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetServerVersionRequest,
                gregor.registry.v1.Registry.GetServerVersionResponse>(
                  this, METHODID_GET_SERVER_VERSION)))
          .addMethod(
            getGetDeploymentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetDeploymentRequest,
                gregor.registry.v1.Registry.GetDeploymentResponse>(
                  this, METHODID_GET_DEPLOYMENT)))
          .addMethod(
            getGetHealthMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetHealthRequest,
                gregor.registry.v1.Registry.GetHealthResponse>(
                  this, METHODID_GET_HEALTH)))
          .addMethod(
            getGetMasterAvailableMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetMasterAvailableRequest,
                gregor.registry.v1.Registry.GetMasterAvailableResponse>(
                  this, METHODID_GET_MASTER_AVAILABLE)))
          .addMethod(
            getListSubjectsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListSubjectsRequest,
                gregor.registry.v1.Registry.ListSubjectsResponse>(
                  this, METHODID_LIST_SUBJECTS)))
          .addMethod(
            getLookupSchemaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.LookupSchemaRequest,
                gregor.registry.v1.Registry.LookupSchemaResponse>(
                  this, METHODID_LOOKUP_SCHEMA)))
          .addMethod(
            getDeleteSubjectMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.DeleteSubjectRequest,
                gregor.registry.v1.Registry.DeleteSubjectResponse>(
                  this, METHODID_DELETE_SUBJECT)))
          .addMethod(
            getListVersionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListVersionsRequest,
                gregor.registry.v1.Registry.ListVersionsResponse>(
                  this, METHODID_LIST_VERSIONS)))
          .addMethod(
            getRegisterSchemaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.RegisterSchemaRequest,
                gregor.registry.v1.Registry.RegisterSchemaResponse>(
                  this, METHODID_REGISTER_SCHEMA)))
          .addMethod(
            getGetVersionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetVersionRequest,
                gregor.registry.v1.Registry.GetVersionResponse>(
                  this, METHODID_GET_VERSION)))
          .addMethod(
            getGetLatestWithMetadataMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetLatestWithMetadataRequest,
                gregor.registry.v1.Registry.GetLatestWithMetadataResponse>(
                  this, METHODID_GET_LATEST_WITH_METADATA)))
          .addMethod(
            getDeleteVersionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.DeleteVersionRequest,
                gregor.registry.v1.Registry.DeleteVersionResponse>(
                  this, METHODID_DELETE_VERSION)))
          .addMethod(
            getGetVersionSchemaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetVersionSchemaRequest,
                gregor.registry.v1.Registry.GetVersionSchemaResponse>(
                  this, METHODID_GET_VERSION_SCHEMA)))
          .addMethod(
            getListReferencedByMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListReferencedByRequest,
                gregor.registry.v1.Registry.ListReferencedByResponse>(
                  this, METHODID_LIST_REFERENCED_BY)))
          .addMethod(
            getListSchemasMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListSchemasRequest,
                gregor.registry.v1.Registry.ListSchemasResponse>(
                  this, METHODID_LIST_SCHEMAS)))
          .addMethod(
            getGetSchemaByIdMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetSchemaByIdRequest,
                gregor.registry.v1.Registry.GetSchemaByIdResponse>(
                  this, METHODID_GET_SCHEMA_BY_ID)))
          .addMethod(
            getGetSchemaTextByIdMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetSchemaTextByIdRequest,
                gregor.registry.v1.Registry.GetSchemaTextByIdResponse>(
                  this, METHODID_GET_SCHEMA_TEXT_BY_ID)))
          .addMethod(
            getGetSchemaByGuidMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetSchemaByGuidRequest,
                gregor.registry.v1.Registry.GetSchemaByGuidResponse>(
                  this, METHODID_GET_SCHEMA_BY_GUID)))
          .addMethod(
            getListIdsByGuidMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListIdsByGuidRequest,
                gregor.registry.v1.Registry.ListIdsByGuidResponse>(
                  this, METHODID_LIST_IDS_BY_GUID)))
          .addMethod(
            getListSchemaSubjectsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListSchemaSubjectsRequest,
                gregor.registry.v1.Registry.ListSchemaSubjectsResponse>(
                  this, METHODID_LIST_SCHEMA_SUBJECTS)))
          .addMethod(
            getListSchemaVersionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListSchemaVersionsRequest,
                gregor.registry.v1.Registry.ListSchemaVersionsResponse>(
                  this, METHODID_LIST_SCHEMA_VERSIONS)))
          .addMethod(
            getListSchemaTypesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListSchemaTypesRequest,
                gregor.registry.v1.Registry.ListSchemaTypesResponse>(
                  this, METHODID_LIST_SCHEMA_TYPES)))
          .addMethod(
            getGetGlobalConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetGlobalConfigRequest,
                gregor.registry.v1.Registry.GetGlobalConfigResponse>(
                  this, METHODID_GET_GLOBAL_CONFIG)))
          .addMethod(
            getUpdateGlobalConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.UpdateGlobalConfigRequest,
                gregor.registry.v1.Registry.UpdateGlobalConfigResponse>(
                  this, METHODID_UPDATE_GLOBAL_CONFIG)))
          .addMethod(
            getDeleteGlobalConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.DeleteGlobalConfigRequest,
                gregor.registry.v1.Registry.DeleteGlobalConfigResponse>(
                  this, METHODID_DELETE_GLOBAL_CONFIG)))
          .addMethod(
            getGetSubjectConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetSubjectConfigRequest,
                gregor.registry.v1.Registry.GetSubjectConfigResponse>(
                  this, METHODID_GET_SUBJECT_CONFIG)))
          .addMethod(
            getUpdateSubjectConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.UpdateSubjectConfigRequest,
                gregor.registry.v1.Registry.UpdateSubjectConfigResponse>(
                  this, METHODID_UPDATE_SUBJECT_CONFIG)))
          .addMethod(
            getDeleteSubjectConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.DeleteSubjectConfigRequest,
                gregor.registry.v1.Registry.DeleteSubjectConfigResponse>(
                  this, METHODID_DELETE_SUBJECT_CONFIG)))
          .addMethod(
            getListContextsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.ListContextsRequest,
                gregor.registry.v1.Registry.ListContextsResponse>(
                  this, METHODID_LIST_CONTEXTS)))
          .addMethod(
            getDeleteContextMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.DeleteContextRequest,
                gregor.registry.v1.Registry.DeleteContextResponse>(
                  this, METHODID_DELETE_CONTEXT)))
          .addMethod(
            getGetGlobalModeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetGlobalModeRequest,
                gregor.registry.v1.Registry.GetGlobalModeResponse>(
                  this, METHODID_GET_GLOBAL_MODE)))
          .addMethod(
            getUpdateGlobalModeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.UpdateGlobalModeRequest,
                gregor.registry.v1.Registry.UpdateGlobalModeResponse>(
                  this, METHODID_UPDATE_GLOBAL_MODE)))
          .addMethod(
            getDeleteGlobalModeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.DeleteGlobalModeRequest,
                gregor.registry.v1.Registry.DeleteGlobalModeResponse>(
                  this, METHODID_DELETE_GLOBAL_MODE)))
          .addMethod(
            getGetSubjectModeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetSubjectModeRequest,
                gregor.registry.v1.Registry.GetSubjectModeResponse>(
                  this, METHODID_GET_SUBJECT_MODE)))
          .addMethod(
            getUpdateSubjectModeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.UpdateSubjectModeRequest,
                gregor.registry.v1.Registry.UpdateSubjectModeResponse>(
                  this, METHODID_UPDATE_SUBJECT_MODE)))
          .addMethod(
            getDeleteSubjectModeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.DeleteSubjectModeRequest,
                gregor.registry.v1.Registry.DeleteSubjectModeResponse>(
                  this, METHODID_DELETE_SUBJECT_MODE)))
          .addMethod(
            getCheckCompatibilityMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.CheckCompatibilityRequest,
                gregor.registry.v1.Registry.CheckCompatibilityResponse>(
                  this, METHODID_CHECK_COMPATIBILITY)))
          .addMethod(
            getCheckCompatibilityAllMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.CheckCompatibilityAllRequest,
                gregor.registry.v1.Registry.CheckCompatibilityAllResponse>(
                  this, METHODID_CHECK_COMPATIBILITY_ALL)))
          .addMethod(
            getGetAssociationsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.registry.v1.Registry.GetAssociationsRequest,
                gregor.registry.v1.Registry.GetAssociationsResponse>(
                  this, METHODID_GET_ASSOCIATIONS)))
          .build();
    }
  }

  /**
   * <pre>
   * The Confluent-compatible Schema Registry.
   * Errors carry a `google.rpc.ErrorInfo` detail whose metadata
   * `error_code` holds the Confluent error code (e.g. 40401, subject not
   * found); the REST façade answers with `{"error_code", "message"}` and the
   * HTTP status `error_code / 100`.
   * </pre>
   */
  public static final class SchemaRegistryServiceStub extends io.grpc.stub.AbstractAsyncStub<SchemaRegistryServiceStub> {
    private SchemaRegistryServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SchemaRegistryServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SchemaRegistryServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /`: the empty root resource, `{}`.
     * </pre>
     */
    public void getRoot(gregor.registry.v1.Registry.GetRootRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetRootResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRootMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /`: `{}`; the body (any JSON object) is ignored.
     * </pre>
     */
    public void postRoot(gregor.registry.v1.Registry.PostRootRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.PostRootResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPostRootMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v1/metadata/id`: the Kafka cluster id and the registry group id.
     * </pre>
     */
    public void getClusterId(gregor.registry.v1.Registry.GetClusterIdRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetClusterIdResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetClusterIdMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v1/metadata/version`: the server version and commit.
     * </pre>
     */
    public void getServerVersion(gregor.registry.v1.Registry.GetServerVersionRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetServerVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetServerVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v1/metadata/deployment`: the deployment's attributes (Confluent
     * `SchemaRegistryDeployment`).
     * </pre>
     */
    public void getDeployment(gregor.registry.v1.Registry.GetDeploymentRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetDeploymentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDeploymentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /_health` (Karapace): readiness of the `_schemas` reader.
     * </pre>
     */
    public void getHealth(gregor.registry.v1.Registry.GetHealthRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetHealthResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetHealthMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /master_available` (Karapace): whether a primary accepts writes.
     * </pre>
     */
    public void getMasterAvailable(gregor.registry.v1.Registry.GetMasterAvailableRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetMasterAvailableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMasterAvailableMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects`: subject names, sorted.
     * </pre>
     */
    public void listSubjects(gregor.registry.v1.Registry.ListSubjectsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSubjectsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSubjectsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /subjects/{subject}`: find the version of `subject` holding the
     * given schema. 40401 unknown subject, 40403 schema not under it.
     * </pre>
     */
    public void lookupSchema(gregor.registry.v1.Registry.LookupSchemaRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.LookupSchemaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLookupSchemaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /subjects/{subject}`: soft-delete (or with `permanent`, erase)
     * every version; answers the deleted version numbers.
     * </pre>
     */
    public void deleteSubject(gregor.registry.v1.Registry.DeleteSubjectRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSubjectMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions`: version numbers, ascending.
     * </pre>
     */
    public void listVersions(gregor.registry.v1.Registry.ListVersionsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListVersionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /subjects/{subject}/versions`: register a schema under a subject.
     * </pre>
     */
    public void registerSchema(gregor.registry.v1.Registry.RegisterSchemaRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.RegisterSchemaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegisterSchemaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}`.
     * </pre>
     */
    public void getVersion(gregor.registry.v1.Registry.GetVersionRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/metadata?key=k&amp;value=v...`: the latest version
     * whose `metadata.properties` hold every given key with its value
     * (Confluent 7.4+ `getLatestWithMetadata`, what its serializers call with
     * `use.latest.with.metadata`). 40401 unknown subject, 40403 none matches.
     * </pre>
     */
    public void getLatestWithMetadata(gregor.registry.v1.Registry.GetLatestWithMetadataRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetLatestWithMetadataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLatestWithMetadataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /subjects/{subject}/versions/{version}`: answers the version.
     * </pre>
     */
    public void deleteVersion(gregor.registry.v1.Registry.DeleteVersionRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}/schema`: the schema text
     * alone, as the response body.
     * </pre>
     */
    public void getVersionSchema(gregor.registry.v1.Registry.GetVersionSchemaRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetVersionSchemaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetVersionSchemaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}/referencedby`: ids of the
     * schemas that reference this version.
     * </pre>
     */
    public void listReferencedBy(gregor.registry.v1.Registry.ListReferencedByRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListReferencedByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListReferencedByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas`: every (subject, version) with its schema.
     * </pre>
     */
    public void listSchemas(gregor.registry.v1.Registry.ListSchemasRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSchemasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}`. 40403 when no schema has that id.
     * </pre>
     */
    public void getSchemaById(gregor.registry.v1.Registry.GetSchemaByIdRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaByIdResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSchemaByIdMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/schema`: the schema text alone.
     * </pre>
     */
    public void getSchemaTextById(gregor.registry.v1.Registry.GetSchemaTextByIdRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaTextByIdResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSchemaTextByIdMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/guids/{guid}`: the schema with that GUID (Confluent 8.0),
     * from the default context first. 40403 "Schema {guid} not found".
     * </pre>
     */
    public void getSchemaByGuid(gregor.registry.v1.Registry.GetSchemaByGuidRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaByGuidResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSchemaByGuidMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/guids/{guid}/ids`: the id the GUID has in each context,
     * `[{"context": ".", "id": 1}]`; `[]` for an unknown GUID.
     * </pre>
     */
    public void listIdsByGuid(gregor.registry.v1.Registry.ListIdsByGuidRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListIdsByGuidResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListIdsByGuidMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/subjects`: subjects holding the schema.
     * </pre>
     */
    public void listSchemaSubjects(gregor.registry.v1.Registry.ListSchemaSubjectsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaSubjectsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSchemaSubjectsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/versions`: (subject, version) pairs holding it.
     * </pre>
     */
    public void listSchemaVersions(gregor.registry.v1.Registry.ListSchemaVersionsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSchemaVersionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /schemas/types`: the schema types this registry accepts.
     * </pre>
     */
    public void listSchemaTypes(gregor.registry.v1.Registry.ListSchemaTypesRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaTypesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSchemaTypesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /config`: the global compatibility level.
     * </pre>
     */
    public void getGlobalConfig(gregor.registry.v1.Registry.GetGlobalConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetGlobalConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetGlobalConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `PUT /config`: set the global compatibility level; echoes the update.
     * </pre>
     */
    public void updateGlobalConfig(gregor.registry.v1.Registry.UpdateGlobalConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateGlobalConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateGlobalConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /config`: drop the global config (back to the configured
     * default level); answers the old one.
     * </pre>
     */
    public void deleteGlobalConfig(gregor.registry.v1.Registry.DeleteGlobalConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteGlobalConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteGlobalConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /config/{subject}`: 40408 when the subject has no level of its own
     * and `defaultToGlobal` is false.
     * </pre>
     */
    public void getSubjectConfig(gregor.registry.v1.Registry.GetSubjectConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSubjectConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSubjectConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `PUT /config/{subject}`.
     * </pre>
     */
    public void updateSubjectConfig(gregor.registry.v1.Registry.UpdateSubjectConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateSubjectConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSubjectConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /config/{subject}`: drop the subject's level; answers the old one.
     * </pre>
     */
    public void deleteSubjectConfig(gregor.registry.v1.Registry.DeleteSubjectConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSubjectConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /contexts`: the contexts in use, `.` (the default) first.
     * </pre>
     */
    public void listContexts(gregor.registry.v1.Registry.ListContextsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListContextsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListContextsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /contexts/{context}`: forget an empty context (204); 42211
     * while it holds subjects, 40401 when unknown.
     * </pre>
     */
    public void deleteContext(gregor.registry.v1.Registry.DeleteContextRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteContextResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteContextMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /mode`: the global mode (READWRITE unless set).
     * </pre>
     */
    public void getGlobalMode(gregor.registry.v1.Registry.GetGlobalModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetGlobalModeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetGlobalModeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `PUT /mode`: set the global mode. IMPORT while subjects exist needs
     * `force=true` (42205); an unknown mode is 42204.
     * </pre>
     */
    public void updateGlobalMode(gregor.registry.v1.Registry.UpdateGlobalModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateGlobalModeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateGlobalModeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /mode`: back to READWRITE (with `recursive`, every subject's
     * mode too); answers the old global mode.
     * </pre>
     */
    public void deleteGlobalMode(gregor.registry.v1.Registry.DeleteGlobalModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteGlobalModeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteGlobalModeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /mode/{subject}`: 40409 when the subject has no mode of its own
     * and `defaultToGlobal` is false.
     * </pre>
     */
    public void getSubjectMode(gregor.registry.v1.Registry.GetSubjectModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSubjectModeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSubjectModeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `PUT /mode/{subject}`: FORWARD is global only (42204).
     * </pre>
     */
    public void updateSubjectMode(gregor.registry.v1.Registry.UpdateSubjectModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateSubjectModeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSubjectModeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /mode/{subject}`: drop the subject's mode; answers the old one.
     * </pre>
     */
    public void deleteSubjectMode(gregor.registry.v1.Registry.DeleteSubjectModeRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectModeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSubjectModeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /compatibility/subjects/{subject}/versions/{version}`.
     * </pre>
     */
    public void checkCompatibility(gregor.registry.v1.Registry.CheckCompatibilityRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.CheckCompatibilityResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCheckCompatibilityMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /compatibility/subjects/{subject}/versions`: against the versions
     * the subject's compatibility level names.
     * </pre>
     */
    public void checkCompatibilityAll(gregor.registry.v1.Registry.CheckCompatibilityAllRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.CheckCompatibilityAllResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCheckCompatibilityAllMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /associations/...`: Gregor keeps no associations, so this answers
     * 404 (40410). Confluent's Python and JS clients call it before anything
     * else and fall back to the topic name strategy on a 404.
     * </pre>
     */
    public void getAssociations(gregor.registry.v1.Registry.GetAssociationsRequest request,
        io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetAssociationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAssociationsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The Confluent-compatible Schema Registry.
   * Errors carry a `google.rpc.ErrorInfo` detail whose metadata
   * `error_code` holds the Confluent error code (e.g. 40401, subject not
   * found); the REST façade answers with `{"error_code", "message"}` and the
   * HTTP status `error_code / 100`.
   * </pre>
   */
  public static final class SchemaRegistryServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<SchemaRegistryServiceBlockingStub> {
    private SchemaRegistryServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SchemaRegistryServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SchemaRegistryServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /`: the empty root resource, `{}`.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetRootResponse getRoot(gregor.registry.v1.Registry.GetRootRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRootMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /`: `{}`; the body (any JSON object) is ignored.
     * </pre>
     */
    public gregor.registry.v1.Registry.PostRootResponse postRoot(gregor.registry.v1.Registry.PostRootRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPostRootMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v1/metadata/id`: the Kafka cluster id and the registry group id.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetClusterIdResponse getClusterId(gregor.registry.v1.Registry.GetClusterIdRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetClusterIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v1/metadata/version`: the server version and commit.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetServerVersionResponse getServerVersion(gregor.registry.v1.Registry.GetServerVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetServerVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v1/metadata/deployment`: the deployment's attributes (Confluent
     * `SchemaRegistryDeployment`).
     * </pre>
     */
    public gregor.registry.v1.Registry.GetDeploymentResponse getDeployment(gregor.registry.v1.Registry.GetDeploymentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDeploymentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /_health` (Karapace): readiness of the `_schemas` reader.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetHealthResponse getHealth(gregor.registry.v1.Registry.GetHealthRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetHealthMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /master_available` (Karapace): whether a primary accepts writes.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetMasterAvailableResponse getMasterAvailable(gregor.registry.v1.Registry.GetMasterAvailableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMasterAvailableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /subjects`: subject names, sorted.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListSubjectsResponse listSubjects(gregor.registry.v1.Registry.ListSubjectsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSubjectsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /subjects/{subject}`: find the version of `subject` holding the
     * given schema. 40401 unknown subject, 40403 schema not under it.
     * </pre>
     */
    public gregor.registry.v1.Registry.LookupSchemaResponse lookupSchema(gregor.registry.v1.Registry.LookupSchemaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLookupSchemaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /subjects/{subject}`: soft-delete (or with `permanent`, erase)
     * every version; answers the deleted version numbers.
     * </pre>
     */
    public gregor.registry.v1.Registry.DeleteSubjectResponse deleteSubject(gregor.registry.v1.Registry.DeleteSubjectRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSubjectMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions`: version numbers, ascending.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListVersionsResponse listVersions(gregor.registry.v1.Registry.ListVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /subjects/{subject}/versions`: register a schema under a subject.
     * </pre>
     */
    public gregor.registry.v1.Registry.RegisterSchemaResponse registerSchema(gregor.registry.v1.Registry.RegisterSchemaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegisterSchemaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}`.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetVersionResponse getVersion(gregor.registry.v1.Registry.GetVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/metadata?key=k&amp;value=v...`: the latest version
     * whose `metadata.properties` hold every given key with its value
     * (Confluent 7.4+ `getLatestWithMetadata`, what its serializers call with
     * `use.latest.with.metadata`). 40401 unknown subject, 40403 none matches.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetLatestWithMetadataResponse getLatestWithMetadata(gregor.registry.v1.Registry.GetLatestWithMetadataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLatestWithMetadataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /subjects/{subject}/versions/{version}`: answers the version.
     * </pre>
     */
    public gregor.registry.v1.Registry.DeleteVersionResponse deleteVersion(gregor.registry.v1.Registry.DeleteVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}/schema`: the schema text
     * alone, as the response body.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetVersionSchemaResponse getVersionSchema(gregor.registry.v1.Registry.GetVersionSchemaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetVersionSchemaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}/referencedby`: ids of the
     * schemas that reference this version.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListReferencedByResponse listReferencedBy(gregor.registry.v1.Registry.ListReferencedByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListReferencedByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /schemas`: every (subject, version) with its schema.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListSchemasResponse listSchemas(gregor.registry.v1.Registry.ListSchemasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSchemasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}`. 40403 when no schema has that id.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetSchemaByIdResponse getSchemaById(gregor.registry.v1.Registry.GetSchemaByIdRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSchemaByIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/schema`: the schema text alone.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetSchemaTextByIdResponse getSchemaTextById(gregor.registry.v1.Registry.GetSchemaTextByIdRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSchemaTextByIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /schemas/guids/{guid}`: the schema with that GUID (Confluent 8.0),
     * from the default context first. 40403 "Schema {guid} not found".
     * </pre>
     */
    public gregor.registry.v1.Registry.GetSchemaByGuidResponse getSchemaByGuid(gregor.registry.v1.Registry.GetSchemaByGuidRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSchemaByGuidMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /schemas/guids/{guid}/ids`: the id the GUID has in each context,
     * `[{"context": ".", "id": 1}]`; `[]` for an unknown GUID.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListIdsByGuidResponse listIdsByGuid(gregor.registry.v1.Registry.ListIdsByGuidRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListIdsByGuidMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/subjects`: subjects holding the schema.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListSchemaSubjectsResponse listSchemaSubjects(gregor.registry.v1.Registry.ListSchemaSubjectsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSchemaSubjectsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/versions`: (subject, version) pairs holding it.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListSchemaVersionsResponse listSchemaVersions(gregor.registry.v1.Registry.ListSchemaVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSchemaVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /schemas/types`: the schema types this registry accepts.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListSchemaTypesResponse listSchemaTypes(gregor.registry.v1.Registry.ListSchemaTypesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSchemaTypesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /config`: the global compatibility level.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetGlobalConfigResponse getGlobalConfig(gregor.registry.v1.Registry.GetGlobalConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetGlobalConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `PUT /config`: set the global compatibility level; echoes the update.
     * </pre>
     */
    public gregor.registry.v1.Registry.UpdateGlobalConfigResponse updateGlobalConfig(gregor.registry.v1.Registry.UpdateGlobalConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateGlobalConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /config`: drop the global config (back to the configured
     * default level); answers the old one.
     * </pre>
     */
    public gregor.registry.v1.Registry.DeleteGlobalConfigResponse deleteGlobalConfig(gregor.registry.v1.Registry.DeleteGlobalConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteGlobalConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /config/{subject}`: 40408 when the subject has no level of its own
     * and `defaultToGlobal` is false.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetSubjectConfigResponse getSubjectConfig(gregor.registry.v1.Registry.GetSubjectConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSubjectConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `PUT /config/{subject}`.
     * </pre>
     */
    public gregor.registry.v1.Registry.UpdateSubjectConfigResponse updateSubjectConfig(gregor.registry.v1.Registry.UpdateSubjectConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSubjectConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /config/{subject}`: drop the subject's level; answers the old one.
     * </pre>
     */
    public gregor.registry.v1.Registry.DeleteSubjectConfigResponse deleteSubjectConfig(gregor.registry.v1.Registry.DeleteSubjectConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSubjectConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /contexts`: the contexts in use, `.` (the default) first.
     * </pre>
     */
    public gregor.registry.v1.Registry.ListContextsResponse listContexts(gregor.registry.v1.Registry.ListContextsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListContextsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /contexts/{context}`: forget an empty context (204); 42211
     * while it holds subjects, 40401 when unknown.
     * </pre>
     */
    public gregor.registry.v1.Registry.DeleteContextResponse deleteContext(gregor.registry.v1.Registry.DeleteContextRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteContextMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /mode`: the global mode (READWRITE unless set).
     * </pre>
     */
    public gregor.registry.v1.Registry.GetGlobalModeResponse getGlobalMode(gregor.registry.v1.Registry.GetGlobalModeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetGlobalModeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `PUT /mode`: set the global mode. IMPORT while subjects exist needs
     * `force=true` (42205); an unknown mode is 42204.
     * </pre>
     */
    public gregor.registry.v1.Registry.UpdateGlobalModeResponse updateGlobalMode(gregor.registry.v1.Registry.UpdateGlobalModeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateGlobalModeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /mode`: back to READWRITE (with `recursive`, every subject's
     * mode too); answers the old global mode.
     * </pre>
     */
    public gregor.registry.v1.Registry.DeleteGlobalModeResponse deleteGlobalMode(gregor.registry.v1.Registry.DeleteGlobalModeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteGlobalModeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /mode/{subject}`: 40409 when the subject has no mode of its own
     * and `defaultToGlobal` is false.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetSubjectModeResponse getSubjectMode(gregor.registry.v1.Registry.GetSubjectModeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSubjectModeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `PUT /mode/{subject}`: FORWARD is global only (42204).
     * </pre>
     */
    public gregor.registry.v1.Registry.UpdateSubjectModeResponse updateSubjectMode(gregor.registry.v1.Registry.UpdateSubjectModeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSubjectModeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /mode/{subject}`: drop the subject's mode; answers the old one.
     * </pre>
     */
    public gregor.registry.v1.Registry.DeleteSubjectModeResponse deleteSubjectMode(gregor.registry.v1.Registry.DeleteSubjectModeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSubjectModeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /compatibility/subjects/{subject}/versions/{version}`.
     * </pre>
     */
    public gregor.registry.v1.Registry.CheckCompatibilityResponse checkCompatibility(gregor.registry.v1.Registry.CheckCompatibilityRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCheckCompatibilityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /compatibility/subjects/{subject}/versions`: against the versions
     * the subject's compatibility level names.
     * </pre>
     */
    public gregor.registry.v1.Registry.CheckCompatibilityAllResponse checkCompatibilityAll(gregor.registry.v1.Registry.CheckCompatibilityAllRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCheckCompatibilityAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /associations/...`: Gregor keeps no associations, so this answers
     * 404 (40410). Confluent's Python and JS clients call it before anything
     * else and fall back to the topic name strategy on a 404.
     * </pre>
     */
    public gregor.registry.v1.Registry.GetAssociationsResponse getAssociations(gregor.registry.v1.Registry.GetAssociationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAssociationsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The Confluent-compatible Schema Registry.
   * Errors carry a `google.rpc.ErrorInfo` detail whose metadata
   * `error_code` holds the Confluent error code (e.g. 40401, subject not
   * found); the REST façade answers with `{"error_code", "message"}` and the
   * HTTP status `error_code / 100`.
   * </pre>
   */
  public static final class SchemaRegistryServiceFutureStub extends io.grpc.stub.AbstractFutureStub<SchemaRegistryServiceFutureStub> {
    private SchemaRegistryServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SchemaRegistryServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SchemaRegistryServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /`: the empty root resource, `{}`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetRootResponse> getRoot(
        gregor.registry.v1.Registry.GetRootRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRootMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /`: `{}`; the body (any JSON object) is ignored.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.PostRootResponse> postRoot(
        gregor.registry.v1.Registry.PostRootRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPostRootMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v1/metadata/id`: the Kafka cluster id and the registry group id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetClusterIdResponse> getClusterId(
        gregor.registry.v1.Registry.GetClusterIdRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetClusterIdMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v1/metadata/version`: the server version and commit.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetServerVersionResponse> getServerVersion(
        gregor.registry.v1.Registry.GetServerVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetServerVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v1/metadata/deployment`: the deployment's attributes (Confluent
     * `SchemaRegistryDeployment`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetDeploymentResponse> getDeployment(
        gregor.registry.v1.Registry.GetDeploymentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDeploymentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /_health` (Karapace): readiness of the `_schemas` reader.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetHealthResponse> getHealth(
        gregor.registry.v1.Registry.GetHealthRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetHealthMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /master_available` (Karapace): whether a primary accepts writes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetMasterAvailableResponse> getMasterAvailable(
        gregor.registry.v1.Registry.GetMasterAvailableRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMasterAvailableMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /subjects`: subject names, sorted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListSubjectsResponse> listSubjects(
        gregor.registry.v1.Registry.ListSubjectsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSubjectsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /subjects/{subject}`: find the version of `subject` holding the
     * given schema. 40401 unknown subject, 40403 schema not under it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.LookupSchemaResponse> lookupSchema(
        gregor.registry.v1.Registry.LookupSchemaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLookupSchemaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /subjects/{subject}`: soft-delete (or with `permanent`, erase)
     * every version; answers the deleted version numbers.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.DeleteSubjectResponse> deleteSubject(
        gregor.registry.v1.Registry.DeleteSubjectRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSubjectMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions`: version numbers, ascending.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListVersionsResponse> listVersions(
        gregor.registry.v1.Registry.ListVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListVersionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /subjects/{subject}/versions`: register a schema under a subject.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.RegisterSchemaResponse> registerSchema(
        gregor.registry.v1.Registry.RegisterSchemaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegisterSchemaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetVersionResponse> getVersion(
        gregor.registry.v1.Registry.GetVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/metadata?key=k&amp;value=v...`: the latest version
     * whose `metadata.properties` hold every given key with its value
     * (Confluent 7.4+ `getLatestWithMetadata`, what its serializers call with
     * `use.latest.with.metadata`). 40401 unknown subject, 40403 none matches.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetLatestWithMetadataResponse> getLatestWithMetadata(
        gregor.registry.v1.Registry.GetLatestWithMetadataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLatestWithMetadataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /subjects/{subject}/versions/{version}`: answers the version.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.DeleteVersionResponse> deleteVersion(
        gregor.registry.v1.Registry.DeleteVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}/schema`: the schema text
     * alone, as the response body.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetVersionSchemaResponse> getVersionSchema(
        gregor.registry.v1.Registry.GetVersionSchemaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetVersionSchemaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /subjects/{subject}/versions/{version}/referencedby`: ids of the
     * schemas that reference this version.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListReferencedByResponse> listReferencedBy(
        gregor.registry.v1.Registry.ListReferencedByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListReferencedByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /schemas`: every (subject, version) with its schema.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListSchemasResponse> listSchemas(
        gregor.registry.v1.Registry.ListSchemasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSchemasMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}`. 40403 when no schema has that id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetSchemaByIdResponse> getSchemaById(
        gregor.registry.v1.Registry.GetSchemaByIdRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSchemaByIdMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/schema`: the schema text alone.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetSchemaTextByIdResponse> getSchemaTextById(
        gregor.registry.v1.Registry.GetSchemaTextByIdRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSchemaTextByIdMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /schemas/guids/{guid}`: the schema with that GUID (Confluent 8.0),
     * from the default context first. 40403 "Schema {guid} not found".
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetSchemaByGuidResponse> getSchemaByGuid(
        gregor.registry.v1.Registry.GetSchemaByGuidRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSchemaByGuidMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /schemas/guids/{guid}/ids`: the id the GUID has in each context,
     * `[{"context": ".", "id": 1}]`; `[]` for an unknown GUID.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListIdsByGuidResponse> listIdsByGuid(
        gregor.registry.v1.Registry.ListIdsByGuidRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListIdsByGuidMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/subjects`: subjects holding the schema.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListSchemaSubjectsResponse> listSchemaSubjects(
        gregor.registry.v1.Registry.ListSchemaSubjectsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSchemaSubjectsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /schemas/ids/{id}/versions`: (subject, version) pairs holding it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListSchemaVersionsResponse> listSchemaVersions(
        gregor.registry.v1.Registry.ListSchemaVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSchemaVersionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /schemas/types`: the schema types this registry accepts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListSchemaTypesResponse> listSchemaTypes(
        gregor.registry.v1.Registry.ListSchemaTypesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSchemaTypesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /config`: the global compatibility level.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetGlobalConfigResponse> getGlobalConfig(
        gregor.registry.v1.Registry.GetGlobalConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetGlobalConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `PUT /config`: set the global compatibility level; echoes the update.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.UpdateGlobalConfigResponse> updateGlobalConfig(
        gregor.registry.v1.Registry.UpdateGlobalConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateGlobalConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /config`: drop the global config (back to the configured
     * default level); answers the old one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.DeleteGlobalConfigResponse> deleteGlobalConfig(
        gregor.registry.v1.Registry.DeleteGlobalConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteGlobalConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /config/{subject}`: 40408 when the subject has no level of its own
     * and `defaultToGlobal` is false.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetSubjectConfigResponse> getSubjectConfig(
        gregor.registry.v1.Registry.GetSubjectConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSubjectConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `PUT /config/{subject}`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.UpdateSubjectConfigResponse> updateSubjectConfig(
        gregor.registry.v1.Registry.UpdateSubjectConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSubjectConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /config/{subject}`: drop the subject's level; answers the old one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.DeleteSubjectConfigResponse> deleteSubjectConfig(
        gregor.registry.v1.Registry.DeleteSubjectConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSubjectConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /contexts`: the contexts in use, `.` (the default) first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.ListContextsResponse> listContexts(
        gregor.registry.v1.Registry.ListContextsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListContextsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /contexts/{context}`: forget an empty context (204); 42211
     * while it holds subjects, 40401 when unknown.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.DeleteContextResponse> deleteContext(
        gregor.registry.v1.Registry.DeleteContextRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteContextMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /mode`: the global mode (READWRITE unless set).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetGlobalModeResponse> getGlobalMode(
        gregor.registry.v1.Registry.GetGlobalModeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetGlobalModeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `PUT /mode`: set the global mode. IMPORT while subjects exist needs
     * `force=true` (42205); an unknown mode is 42204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.UpdateGlobalModeResponse> updateGlobalMode(
        gregor.registry.v1.Registry.UpdateGlobalModeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateGlobalModeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /mode`: back to READWRITE (with `recursive`, every subject's
     * mode too); answers the old global mode.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.DeleteGlobalModeResponse> deleteGlobalMode(
        gregor.registry.v1.Registry.DeleteGlobalModeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteGlobalModeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /mode/{subject}`: 40409 when the subject has no mode of its own
     * and `defaultToGlobal` is false.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetSubjectModeResponse> getSubjectMode(
        gregor.registry.v1.Registry.GetSubjectModeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSubjectModeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `PUT /mode/{subject}`: FORWARD is global only (42204).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.UpdateSubjectModeResponse> updateSubjectMode(
        gregor.registry.v1.Registry.UpdateSubjectModeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSubjectModeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /mode/{subject}`: drop the subject's mode; answers the old one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.DeleteSubjectModeResponse> deleteSubjectMode(
        gregor.registry.v1.Registry.DeleteSubjectModeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSubjectModeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /compatibility/subjects/{subject}/versions/{version}`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.CheckCompatibilityResponse> checkCompatibility(
        gregor.registry.v1.Registry.CheckCompatibilityRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCheckCompatibilityMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /compatibility/subjects/{subject}/versions`: against the versions
     * the subject's compatibility level names.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.CheckCompatibilityAllResponse> checkCompatibilityAll(
        gregor.registry.v1.Registry.CheckCompatibilityAllRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCheckCompatibilityAllMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /associations/...`: Gregor keeps no associations, so this answers
     * 404 (40410). Confluent's Python and JS clients call it before anything
     * else and fall back to the topic name strategy on a 404.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.registry.v1.Registry.GetAssociationsResponse> getAssociations(
        gregor.registry.v1.Registry.GetAssociationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAssociationsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_ROOT = 0;
  private static final int METHODID_POST_ROOT = 1;
  private static final int METHODID_GET_CLUSTER_ID = 2;
  private static final int METHODID_GET_SERVER_VERSION = 3;
  private static final int METHODID_GET_DEPLOYMENT = 4;
  private static final int METHODID_GET_HEALTH = 5;
  private static final int METHODID_GET_MASTER_AVAILABLE = 6;
  private static final int METHODID_LIST_SUBJECTS = 7;
  private static final int METHODID_LOOKUP_SCHEMA = 8;
  private static final int METHODID_DELETE_SUBJECT = 9;
  private static final int METHODID_LIST_VERSIONS = 10;
  private static final int METHODID_REGISTER_SCHEMA = 11;
  private static final int METHODID_GET_VERSION = 12;
  private static final int METHODID_GET_LATEST_WITH_METADATA = 13;
  private static final int METHODID_DELETE_VERSION = 14;
  private static final int METHODID_GET_VERSION_SCHEMA = 15;
  private static final int METHODID_LIST_REFERENCED_BY = 16;
  private static final int METHODID_LIST_SCHEMAS = 17;
  private static final int METHODID_GET_SCHEMA_BY_ID = 18;
  private static final int METHODID_GET_SCHEMA_TEXT_BY_ID = 19;
  private static final int METHODID_GET_SCHEMA_BY_GUID = 20;
  private static final int METHODID_LIST_IDS_BY_GUID = 21;
  private static final int METHODID_LIST_SCHEMA_SUBJECTS = 22;
  private static final int METHODID_LIST_SCHEMA_VERSIONS = 23;
  private static final int METHODID_LIST_SCHEMA_TYPES = 24;
  private static final int METHODID_GET_GLOBAL_CONFIG = 25;
  private static final int METHODID_UPDATE_GLOBAL_CONFIG = 26;
  private static final int METHODID_DELETE_GLOBAL_CONFIG = 27;
  private static final int METHODID_GET_SUBJECT_CONFIG = 28;
  private static final int METHODID_UPDATE_SUBJECT_CONFIG = 29;
  private static final int METHODID_DELETE_SUBJECT_CONFIG = 30;
  private static final int METHODID_LIST_CONTEXTS = 31;
  private static final int METHODID_DELETE_CONTEXT = 32;
  private static final int METHODID_GET_GLOBAL_MODE = 33;
  private static final int METHODID_UPDATE_GLOBAL_MODE = 34;
  private static final int METHODID_DELETE_GLOBAL_MODE = 35;
  private static final int METHODID_GET_SUBJECT_MODE = 36;
  private static final int METHODID_UPDATE_SUBJECT_MODE = 37;
  private static final int METHODID_DELETE_SUBJECT_MODE = 38;
  private static final int METHODID_CHECK_COMPATIBILITY = 39;
  private static final int METHODID_CHECK_COMPATIBILITY_ALL = 40;
  private static final int METHODID_GET_ASSOCIATIONS = 41;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final SchemaRegistryServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(SchemaRegistryServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_ROOT:
          serviceImpl.getRoot((gregor.registry.v1.Registry.GetRootRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetRootResponse>) responseObserver);
          break;
        case METHODID_POST_ROOT:
          serviceImpl.postRoot((gregor.registry.v1.Registry.PostRootRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.PostRootResponse>) responseObserver);
          break;
        case METHODID_GET_CLUSTER_ID:
          serviceImpl.getClusterId((gregor.registry.v1.Registry.GetClusterIdRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetClusterIdResponse>) responseObserver);
          break;
        case METHODID_GET_SERVER_VERSION:
          serviceImpl.getServerVersion((gregor.registry.v1.Registry.GetServerVersionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetServerVersionResponse>) responseObserver);
          break;
        case METHODID_GET_DEPLOYMENT:
          serviceImpl.getDeployment((gregor.registry.v1.Registry.GetDeploymentRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetDeploymentResponse>) responseObserver);
          break;
        case METHODID_GET_HEALTH:
          serviceImpl.getHealth((gregor.registry.v1.Registry.GetHealthRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetHealthResponse>) responseObserver);
          break;
        case METHODID_GET_MASTER_AVAILABLE:
          serviceImpl.getMasterAvailable((gregor.registry.v1.Registry.GetMasterAvailableRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetMasterAvailableResponse>) responseObserver);
          break;
        case METHODID_LIST_SUBJECTS:
          serviceImpl.listSubjects((gregor.registry.v1.Registry.ListSubjectsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSubjectsResponse>) responseObserver);
          break;
        case METHODID_LOOKUP_SCHEMA:
          serviceImpl.lookupSchema((gregor.registry.v1.Registry.LookupSchemaRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.LookupSchemaResponse>) responseObserver);
          break;
        case METHODID_DELETE_SUBJECT:
          serviceImpl.deleteSubject((gregor.registry.v1.Registry.DeleteSubjectRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectResponse>) responseObserver);
          break;
        case METHODID_LIST_VERSIONS:
          serviceImpl.listVersions((gregor.registry.v1.Registry.ListVersionsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListVersionsResponse>) responseObserver);
          break;
        case METHODID_REGISTER_SCHEMA:
          serviceImpl.registerSchema((gregor.registry.v1.Registry.RegisterSchemaRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.RegisterSchemaResponse>) responseObserver);
          break;
        case METHODID_GET_VERSION:
          serviceImpl.getVersion((gregor.registry.v1.Registry.GetVersionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetVersionResponse>) responseObserver);
          break;
        case METHODID_GET_LATEST_WITH_METADATA:
          serviceImpl.getLatestWithMetadata((gregor.registry.v1.Registry.GetLatestWithMetadataRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetLatestWithMetadataResponse>) responseObserver);
          break;
        case METHODID_DELETE_VERSION:
          serviceImpl.deleteVersion((gregor.registry.v1.Registry.DeleteVersionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteVersionResponse>) responseObserver);
          break;
        case METHODID_GET_VERSION_SCHEMA:
          serviceImpl.getVersionSchema((gregor.registry.v1.Registry.GetVersionSchemaRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetVersionSchemaResponse>) responseObserver);
          break;
        case METHODID_LIST_REFERENCED_BY:
          serviceImpl.listReferencedBy((gregor.registry.v1.Registry.ListReferencedByRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListReferencedByResponse>) responseObserver);
          break;
        case METHODID_LIST_SCHEMAS:
          serviceImpl.listSchemas((gregor.registry.v1.Registry.ListSchemasRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemasResponse>) responseObserver);
          break;
        case METHODID_GET_SCHEMA_BY_ID:
          serviceImpl.getSchemaById((gregor.registry.v1.Registry.GetSchemaByIdRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaByIdResponse>) responseObserver);
          break;
        case METHODID_GET_SCHEMA_TEXT_BY_ID:
          serviceImpl.getSchemaTextById((gregor.registry.v1.Registry.GetSchemaTextByIdRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaTextByIdResponse>) responseObserver);
          break;
        case METHODID_GET_SCHEMA_BY_GUID:
          serviceImpl.getSchemaByGuid((gregor.registry.v1.Registry.GetSchemaByGuidRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSchemaByGuidResponse>) responseObserver);
          break;
        case METHODID_LIST_IDS_BY_GUID:
          serviceImpl.listIdsByGuid((gregor.registry.v1.Registry.ListIdsByGuidRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListIdsByGuidResponse>) responseObserver);
          break;
        case METHODID_LIST_SCHEMA_SUBJECTS:
          serviceImpl.listSchemaSubjects((gregor.registry.v1.Registry.ListSchemaSubjectsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaSubjectsResponse>) responseObserver);
          break;
        case METHODID_LIST_SCHEMA_VERSIONS:
          serviceImpl.listSchemaVersions((gregor.registry.v1.Registry.ListSchemaVersionsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaVersionsResponse>) responseObserver);
          break;
        case METHODID_LIST_SCHEMA_TYPES:
          serviceImpl.listSchemaTypes((gregor.registry.v1.Registry.ListSchemaTypesRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListSchemaTypesResponse>) responseObserver);
          break;
        case METHODID_GET_GLOBAL_CONFIG:
          serviceImpl.getGlobalConfig((gregor.registry.v1.Registry.GetGlobalConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetGlobalConfigResponse>) responseObserver);
          break;
        case METHODID_UPDATE_GLOBAL_CONFIG:
          serviceImpl.updateGlobalConfig((gregor.registry.v1.Registry.UpdateGlobalConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateGlobalConfigResponse>) responseObserver);
          break;
        case METHODID_DELETE_GLOBAL_CONFIG:
          serviceImpl.deleteGlobalConfig((gregor.registry.v1.Registry.DeleteGlobalConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteGlobalConfigResponse>) responseObserver);
          break;
        case METHODID_GET_SUBJECT_CONFIG:
          serviceImpl.getSubjectConfig((gregor.registry.v1.Registry.GetSubjectConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSubjectConfigResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SUBJECT_CONFIG:
          serviceImpl.updateSubjectConfig((gregor.registry.v1.Registry.UpdateSubjectConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateSubjectConfigResponse>) responseObserver);
          break;
        case METHODID_DELETE_SUBJECT_CONFIG:
          serviceImpl.deleteSubjectConfig((gregor.registry.v1.Registry.DeleteSubjectConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectConfigResponse>) responseObserver);
          break;
        case METHODID_LIST_CONTEXTS:
          serviceImpl.listContexts((gregor.registry.v1.Registry.ListContextsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.ListContextsResponse>) responseObserver);
          break;
        case METHODID_DELETE_CONTEXT:
          serviceImpl.deleteContext((gregor.registry.v1.Registry.DeleteContextRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteContextResponse>) responseObserver);
          break;
        case METHODID_GET_GLOBAL_MODE:
          serviceImpl.getGlobalMode((gregor.registry.v1.Registry.GetGlobalModeRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetGlobalModeResponse>) responseObserver);
          break;
        case METHODID_UPDATE_GLOBAL_MODE:
          serviceImpl.updateGlobalMode((gregor.registry.v1.Registry.UpdateGlobalModeRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateGlobalModeResponse>) responseObserver);
          break;
        case METHODID_DELETE_GLOBAL_MODE:
          serviceImpl.deleteGlobalMode((gregor.registry.v1.Registry.DeleteGlobalModeRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteGlobalModeResponse>) responseObserver);
          break;
        case METHODID_GET_SUBJECT_MODE:
          serviceImpl.getSubjectMode((gregor.registry.v1.Registry.GetSubjectModeRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetSubjectModeResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SUBJECT_MODE:
          serviceImpl.updateSubjectMode((gregor.registry.v1.Registry.UpdateSubjectModeRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.UpdateSubjectModeResponse>) responseObserver);
          break;
        case METHODID_DELETE_SUBJECT_MODE:
          serviceImpl.deleteSubjectMode((gregor.registry.v1.Registry.DeleteSubjectModeRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.DeleteSubjectModeResponse>) responseObserver);
          break;
        case METHODID_CHECK_COMPATIBILITY:
          serviceImpl.checkCompatibility((gregor.registry.v1.Registry.CheckCompatibilityRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.CheckCompatibilityResponse>) responseObserver);
          break;
        case METHODID_CHECK_COMPATIBILITY_ALL:
          serviceImpl.checkCompatibilityAll((gregor.registry.v1.Registry.CheckCompatibilityAllRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.CheckCompatibilityAllResponse>) responseObserver);
          break;
        case METHODID_GET_ASSOCIATIONS:
          serviceImpl.getAssociations((gregor.registry.v1.Registry.GetAssociationsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.registry.v1.Registry.GetAssociationsResponse>) responseObserver);
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

  private static abstract class SchemaRegistryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SchemaRegistryServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return gregor.registry.v1.Registry.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SchemaRegistryService");
    }
  }

  private static final class SchemaRegistryServiceFileDescriptorSupplier
      extends SchemaRegistryServiceBaseDescriptorSupplier {
    SchemaRegistryServiceFileDescriptorSupplier() {}
  }

  private static final class SchemaRegistryServiceMethodDescriptorSupplier
      extends SchemaRegistryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    SchemaRegistryServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (SchemaRegistryServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SchemaRegistryServiceFileDescriptorSupplier())
              .addMethod(getGetRootMethod())
              .addMethod(getPostRootMethod())
              .addMethod(getGetClusterIdMethod())
              .addMethod(getGetServerVersionMethod())
              .addMethod(getGetDeploymentMethod())
              .addMethod(getGetHealthMethod())
              .addMethod(getGetMasterAvailableMethod())
              .addMethod(getListSubjectsMethod())
              .addMethod(getLookupSchemaMethod())
              .addMethod(getDeleteSubjectMethod())
              .addMethod(getListVersionsMethod())
              .addMethod(getRegisterSchemaMethod())
              .addMethod(getGetVersionMethod())
              .addMethod(getGetLatestWithMetadataMethod())
              .addMethod(getDeleteVersionMethod())
              .addMethod(getGetVersionSchemaMethod())
              .addMethod(getListReferencedByMethod())
              .addMethod(getListSchemasMethod())
              .addMethod(getGetSchemaByIdMethod())
              .addMethod(getGetSchemaTextByIdMethod())
              .addMethod(getGetSchemaByGuidMethod())
              .addMethod(getListIdsByGuidMethod())
              .addMethod(getListSchemaSubjectsMethod())
              .addMethod(getListSchemaVersionsMethod())
              .addMethod(getListSchemaTypesMethod())
              .addMethod(getGetGlobalConfigMethod())
              .addMethod(getUpdateGlobalConfigMethod())
              .addMethod(getDeleteGlobalConfigMethod())
              .addMethod(getGetSubjectConfigMethod())
              .addMethod(getUpdateSubjectConfigMethod())
              .addMethod(getDeleteSubjectConfigMethod())
              .addMethod(getListContextsMethod())
              .addMethod(getDeleteContextMethod())
              .addMethod(getGetGlobalModeMethod())
              .addMethod(getUpdateGlobalModeMethod())
              .addMethod(getDeleteGlobalModeMethod())
              .addMethod(getGetSubjectModeMethod())
              .addMethod(getUpdateSubjectModeMethod())
              .addMethod(getDeleteSubjectModeMethod())
              .addMethod(getCheckCompatibilityMethod())
              .addMethod(getCheckCompatibilityAllMethod())
              .addMethod(getGetAssociationsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
