package gregor.kafka.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Kafka REST v3 administration (and `gregor topic|group` in the CLI).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: gregor/kafka/v1/admin.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class AdminServiceGrpc {

  private AdminServiceGrpc() {}

  public static final String SERVICE_NAME = "gregor.kafka.v1.AdminService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaClustersRequest,
      gregor.kafka.v1.Admin.ListKafkaClustersResponse> getListKafkaClustersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaClusters",
      requestType = gregor.kafka.v1.Admin.ListKafkaClustersRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaClustersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaClustersRequest,
      gregor.kafka.v1.Admin.ListKafkaClustersResponse> getListKafkaClustersMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaClustersRequest, gregor.kafka.v1.Admin.ListKafkaClustersResponse> getListKafkaClustersMethod;
    if ((getListKafkaClustersMethod = AdminServiceGrpc.getListKafkaClustersMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaClustersMethod = AdminServiceGrpc.getListKafkaClustersMethod) == null) {
          AdminServiceGrpc.getListKafkaClustersMethod = getListKafkaClustersMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaClustersRequest, gregor.kafka.v1.Admin.ListKafkaClustersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaClusters"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaClustersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaClustersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaClusters"))
              .build();
        }
      }
    }
    return getListKafkaClustersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaClusterRequest,
      gregor.kafka.v1.Admin.GetKafkaClusterResponse> getGetKafkaClusterMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaCluster",
      requestType = gregor.kafka.v1.Admin.GetKafkaClusterRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaClusterResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaClusterRequest,
      gregor.kafka.v1.Admin.GetKafkaClusterResponse> getGetKafkaClusterMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaClusterRequest, gregor.kafka.v1.Admin.GetKafkaClusterResponse> getGetKafkaClusterMethod;
    if ((getGetKafkaClusterMethod = AdminServiceGrpc.getGetKafkaClusterMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaClusterMethod = AdminServiceGrpc.getGetKafkaClusterMethod) == null) {
          AdminServiceGrpc.getGetKafkaClusterMethod = getGetKafkaClusterMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaClusterRequest, gregor.kafka.v1.Admin.GetKafkaClusterResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaCluster"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaClusterRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaClusterResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaCluster"))
              .build();
        }
      }
    }
    return getGetKafkaClusterMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaBrokersRequest,
      gregor.kafka.v1.Admin.ListKafkaBrokersResponse> getListKafkaBrokersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaBrokers",
      requestType = gregor.kafka.v1.Admin.ListKafkaBrokersRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaBrokersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaBrokersRequest,
      gregor.kafka.v1.Admin.ListKafkaBrokersResponse> getListKafkaBrokersMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaBrokersRequest, gregor.kafka.v1.Admin.ListKafkaBrokersResponse> getListKafkaBrokersMethod;
    if ((getListKafkaBrokersMethod = AdminServiceGrpc.getListKafkaBrokersMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaBrokersMethod = AdminServiceGrpc.getListKafkaBrokersMethod) == null) {
          AdminServiceGrpc.getListKafkaBrokersMethod = getListKafkaBrokersMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaBrokersRequest, gregor.kafka.v1.Admin.ListKafkaBrokersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaBrokers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaBrokersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaBrokersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaBrokers"))
              .build();
        }
      }
    }
    return getListKafkaBrokersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaBrokerRequest,
      gregor.kafka.v1.Admin.GetKafkaBrokerResponse> getGetKafkaBrokerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaBroker",
      requestType = gregor.kafka.v1.Admin.GetKafkaBrokerRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaBrokerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaBrokerRequest,
      gregor.kafka.v1.Admin.GetKafkaBrokerResponse> getGetKafkaBrokerMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaBrokerRequest, gregor.kafka.v1.Admin.GetKafkaBrokerResponse> getGetKafkaBrokerMethod;
    if ((getGetKafkaBrokerMethod = AdminServiceGrpc.getGetKafkaBrokerMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaBrokerMethod = AdminServiceGrpc.getGetKafkaBrokerMethod) == null) {
          AdminServiceGrpc.getGetKafkaBrokerMethod = getGetKafkaBrokerMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaBrokerRequest, gregor.kafka.v1.Admin.GetKafkaBrokerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaBroker"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaBrokerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaBrokerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaBroker"))
              .build();
        }
      }
    }
    return getGetKafkaBrokerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaTopicsRequest,
      gregor.kafka.v1.Admin.ListKafkaTopicsResponse> getListKafkaTopicsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaTopics",
      requestType = gregor.kafka.v1.Admin.ListKafkaTopicsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaTopicsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaTopicsRequest,
      gregor.kafka.v1.Admin.ListKafkaTopicsResponse> getListKafkaTopicsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaTopicsRequest, gregor.kafka.v1.Admin.ListKafkaTopicsResponse> getListKafkaTopicsMethod;
    if ((getListKafkaTopicsMethod = AdminServiceGrpc.getListKafkaTopicsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaTopicsMethod = AdminServiceGrpc.getListKafkaTopicsMethod) == null) {
          AdminServiceGrpc.getListKafkaTopicsMethod = getListKafkaTopicsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaTopicsRequest, gregor.kafka.v1.Admin.ListKafkaTopicsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaTopics"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaTopicsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaTopicsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaTopics"))
              .build();
        }
      }
    }
    return getListKafkaTopicsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.CreateKafkaTopicRequest,
      gregor.kafka.v1.Admin.CreateKafkaTopicResponse> getCreateKafkaTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateKafkaTopic",
      requestType = gregor.kafka.v1.Admin.CreateKafkaTopicRequest.class,
      responseType = gregor.kafka.v1.Admin.CreateKafkaTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.CreateKafkaTopicRequest,
      gregor.kafka.v1.Admin.CreateKafkaTopicResponse> getCreateKafkaTopicMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.CreateKafkaTopicRequest, gregor.kafka.v1.Admin.CreateKafkaTopicResponse> getCreateKafkaTopicMethod;
    if ((getCreateKafkaTopicMethod = AdminServiceGrpc.getCreateKafkaTopicMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getCreateKafkaTopicMethod = AdminServiceGrpc.getCreateKafkaTopicMethod) == null) {
          AdminServiceGrpc.getCreateKafkaTopicMethod = getCreateKafkaTopicMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.CreateKafkaTopicRequest, gregor.kafka.v1.Admin.CreateKafkaTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateKafkaTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.CreateKafkaTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.CreateKafkaTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("CreateKafkaTopic"))
              .build();
        }
      }
    }
    return getCreateKafkaTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaTopicRequest,
      gregor.kafka.v1.Admin.GetKafkaTopicResponse> getGetKafkaTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaTopic",
      requestType = gregor.kafka.v1.Admin.GetKafkaTopicRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaTopicRequest,
      gregor.kafka.v1.Admin.GetKafkaTopicResponse> getGetKafkaTopicMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaTopicRequest, gregor.kafka.v1.Admin.GetKafkaTopicResponse> getGetKafkaTopicMethod;
    if ((getGetKafkaTopicMethod = AdminServiceGrpc.getGetKafkaTopicMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaTopicMethod = AdminServiceGrpc.getGetKafkaTopicMethod) == null) {
          AdminServiceGrpc.getGetKafkaTopicMethod = getGetKafkaTopicMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaTopicRequest, gregor.kafka.v1.Admin.GetKafkaTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaTopic"))
              .build();
        }
      }
    }
    return getGetKafkaTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest,
      gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse> getUpdatePartitionCountKafkaTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdatePartitionCountKafkaTopic",
      requestType = gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest.class,
      responseType = gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest,
      gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse> getUpdatePartitionCountKafkaTopicMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest, gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse> getUpdatePartitionCountKafkaTopicMethod;
    if ((getUpdatePartitionCountKafkaTopicMethod = AdminServiceGrpc.getUpdatePartitionCountKafkaTopicMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getUpdatePartitionCountKafkaTopicMethod = AdminServiceGrpc.getUpdatePartitionCountKafkaTopicMethod) == null) {
          AdminServiceGrpc.getUpdatePartitionCountKafkaTopicMethod = getUpdatePartitionCountKafkaTopicMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest, gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdatePartitionCountKafkaTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("UpdatePartitionCountKafkaTopic"))
              .build();
        }
      }
    }
    return getUpdatePartitionCountKafkaTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaTopicRequest,
      gregor.kafka.v1.Admin.DeleteKafkaTopicResponse> getDeleteKafkaTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteKafkaTopic",
      requestType = gregor.kafka.v1.Admin.DeleteKafkaTopicRequest.class,
      responseType = gregor.kafka.v1.Admin.DeleteKafkaTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaTopicRequest,
      gregor.kafka.v1.Admin.DeleteKafkaTopicResponse> getDeleteKafkaTopicMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaTopicRequest, gregor.kafka.v1.Admin.DeleteKafkaTopicResponse> getDeleteKafkaTopicMethod;
    if ((getDeleteKafkaTopicMethod = AdminServiceGrpc.getDeleteKafkaTopicMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getDeleteKafkaTopicMethod = AdminServiceGrpc.getDeleteKafkaTopicMethod) == null) {
          AdminServiceGrpc.getDeleteKafkaTopicMethod = getDeleteKafkaTopicMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.DeleteKafkaTopicRequest, gregor.kafka.v1.Admin.DeleteKafkaTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteKafkaTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("DeleteKafkaTopic"))
              .build();
        }
      }
    }
    return getDeleteKafkaTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse> getListKafkaAllTopicConfigsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaAllTopicConfigs",
      requestType = gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse> getListKafkaAllTopicConfigsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest, gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse> getListKafkaAllTopicConfigsMethod;
    if ((getListKafkaAllTopicConfigsMethod = AdminServiceGrpc.getListKafkaAllTopicConfigsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaAllTopicConfigsMethod = AdminServiceGrpc.getListKafkaAllTopicConfigsMethod) == null) {
          AdminServiceGrpc.getListKafkaAllTopicConfigsMethod = getListKafkaAllTopicConfigsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest, gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaAllTopicConfigs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaAllTopicConfigs"))
              .build();
        }
      }
    }
    return getListKafkaAllTopicConfigsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse> getListKafkaTopicConfigsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaTopicConfigs",
      requestType = gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse> getListKafkaTopicConfigsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest, gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse> getListKafkaTopicConfigsMethod;
    if ((getListKafkaTopicConfigsMethod = AdminServiceGrpc.getListKafkaTopicConfigsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaTopicConfigsMethod = AdminServiceGrpc.getListKafkaTopicConfigsMethod) == null) {
          AdminServiceGrpc.getListKafkaTopicConfigsMethod = getListKafkaTopicConfigsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest, gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaTopicConfigs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaTopicConfigs"))
              .build();
        }
      }
    }
    return getListKafkaTopicConfigsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest,
      gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse> getGetKafkaTopicConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaTopicConfig",
      requestType = gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest,
      gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse> getGetKafkaTopicConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest, gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse> getGetKafkaTopicConfigMethod;
    if ((getGetKafkaTopicConfigMethod = AdminServiceGrpc.getGetKafkaTopicConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaTopicConfigMethod = AdminServiceGrpc.getGetKafkaTopicConfigMethod) == null) {
          AdminServiceGrpc.getGetKafkaTopicConfigMethod = getGetKafkaTopicConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest, gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaTopicConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaTopicConfig"))
              .build();
        }
      }
    }
    return getGetKafkaTopicConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest,
      gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse> getUpdateKafkaTopicConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateKafkaTopicConfig",
      requestType = gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest,
      gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse> getUpdateKafkaTopicConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest, gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse> getUpdateKafkaTopicConfigMethod;
    if ((getUpdateKafkaTopicConfigMethod = AdminServiceGrpc.getUpdateKafkaTopicConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getUpdateKafkaTopicConfigMethod = AdminServiceGrpc.getUpdateKafkaTopicConfigMethod) == null) {
          AdminServiceGrpc.getUpdateKafkaTopicConfigMethod = getUpdateKafkaTopicConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest, gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateKafkaTopicConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("UpdateKafkaTopicConfig"))
              .build();
        }
      }
    }
    return getUpdateKafkaTopicConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest,
      gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse> getDeleteKafkaTopicConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteKafkaTopicConfig",
      requestType = gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest,
      gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse> getDeleteKafkaTopicConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest, gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse> getDeleteKafkaTopicConfigMethod;
    if ((getDeleteKafkaTopicConfigMethod = AdminServiceGrpc.getDeleteKafkaTopicConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getDeleteKafkaTopicConfigMethod = AdminServiceGrpc.getDeleteKafkaTopicConfigMethod) == null) {
          AdminServiceGrpc.getDeleteKafkaTopicConfigMethod = getDeleteKafkaTopicConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest, gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteKafkaTopicConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("DeleteKafkaTopicConfig"))
              .build();
        }
      }
    }
    return getDeleteKafkaTopicConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest,
      gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse> getUpdateKafkaTopicConfigBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateKafkaTopicConfigBatch",
      requestType = gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest.class,
      responseType = gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest,
      gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse> getUpdateKafkaTopicConfigBatchMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest, gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse> getUpdateKafkaTopicConfigBatchMethod;
    if ((getUpdateKafkaTopicConfigBatchMethod = AdminServiceGrpc.getUpdateKafkaTopicConfigBatchMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getUpdateKafkaTopicConfigBatchMethod = AdminServiceGrpc.getUpdateKafkaTopicConfigBatchMethod) == null) {
          AdminServiceGrpc.getUpdateKafkaTopicConfigBatchMethod = getUpdateKafkaTopicConfigBatchMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest, gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateKafkaTopicConfigBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("UpdateKafkaTopicConfigBatch"))
              .build();
        }
      }
    }
    return getUpdateKafkaTopicConfigBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaPartitionsRequest,
      gregor.kafka.v1.Admin.ListKafkaPartitionsResponse> getListKafkaPartitionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaPartitions",
      requestType = gregor.kafka.v1.Admin.ListKafkaPartitionsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaPartitionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaPartitionsRequest,
      gregor.kafka.v1.Admin.ListKafkaPartitionsResponse> getListKafkaPartitionsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaPartitionsRequest, gregor.kafka.v1.Admin.ListKafkaPartitionsResponse> getListKafkaPartitionsMethod;
    if ((getListKafkaPartitionsMethod = AdminServiceGrpc.getListKafkaPartitionsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaPartitionsMethod = AdminServiceGrpc.getListKafkaPartitionsMethod) == null) {
          AdminServiceGrpc.getListKafkaPartitionsMethod = getListKafkaPartitionsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaPartitionsRequest, gregor.kafka.v1.Admin.ListKafkaPartitionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaPartitions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaPartitionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaPartitionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaPartitions"))
              .build();
        }
      }
    }
    return getListKafkaPartitionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaPartitionRequest,
      gregor.kafka.v1.Admin.GetKafkaPartitionResponse> getGetKafkaPartitionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaPartition",
      requestType = gregor.kafka.v1.Admin.GetKafkaPartitionRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaPartitionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaPartitionRequest,
      gregor.kafka.v1.Admin.GetKafkaPartitionResponse> getGetKafkaPartitionMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaPartitionRequest, gregor.kafka.v1.Admin.GetKafkaPartitionResponse> getGetKafkaPartitionMethod;
    if ((getGetKafkaPartitionMethod = AdminServiceGrpc.getGetKafkaPartitionMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaPartitionMethod = AdminServiceGrpc.getGetKafkaPartitionMethod) == null) {
          AdminServiceGrpc.getGetKafkaPartitionMethod = getGetKafkaPartitionMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaPartitionRequest, gregor.kafka.v1.Admin.GetKafkaPartitionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaPartition"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaPartitionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaPartitionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaPartition"))
              .build();
        }
      }
    }
    return getGetKafkaPartitionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest,
      gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse> getListKafkaConsumerGroupsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaConsumerGroups",
      requestType = gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest,
      gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse> getListKafkaConsumerGroupsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest, gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse> getListKafkaConsumerGroupsMethod;
    if ((getListKafkaConsumerGroupsMethod = AdminServiceGrpc.getListKafkaConsumerGroupsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaConsumerGroupsMethod = AdminServiceGrpc.getListKafkaConsumerGroupsMethod) == null) {
          AdminServiceGrpc.getListKafkaConsumerGroupsMethod = getListKafkaConsumerGroupsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest, gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaConsumerGroups"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaConsumerGroups"))
              .build();
        }
      }
    }
    return getListKafkaConsumerGroupsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse> getGetKafkaConsumerGroupMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaConsumerGroup",
      requestType = gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse> getGetKafkaConsumerGroupMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest, gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse> getGetKafkaConsumerGroupMethod;
    if ((getGetKafkaConsumerGroupMethod = AdminServiceGrpc.getGetKafkaConsumerGroupMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaConsumerGroupMethod = AdminServiceGrpc.getGetKafkaConsumerGroupMethod) == null) {
          AdminServiceGrpc.getGetKafkaConsumerGroupMethod = getGetKafkaConsumerGroupMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest, gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaConsumerGroup"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaConsumerGroup"))
              .build();
        }
      }
    }
    return getGetKafkaConsumerGroupMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumersRequest,
      gregor.kafka.v1.Admin.ListKafkaConsumersResponse> getListKafkaConsumersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaConsumers",
      requestType = gregor.kafka.v1.Admin.ListKafkaConsumersRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaConsumersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumersRequest,
      gregor.kafka.v1.Admin.ListKafkaConsumersResponse> getListKafkaConsumersMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumersRequest, gregor.kafka.v1.Admin.ListKafkaConsumersResponse> getListKafkaConsumersMethod;
    if ((getListKafkaConsumersMethod = AdminServiceGrpc.getListKafkaConsumersMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaConsumersMethod = AdminServiceGrpc.getListKafkaConsumersMethod) == null) {
          AdminServiceGrpc.getListKafkaConsumersMethod = getListKafkaConsumersMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaConsumersRequest, gregor.kafka.v1.Admin.ListKafkaConsumersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaConsumers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaConsumersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaConsumersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaConsumers"))
              .build();
        }
      }
    }
    return getListKafkaConsumersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerResponse> getGetKafkaConsumerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaConsumer",
      requestType = gregor.kafka.v1.Admin.GetKafkaConsumerRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaConsumerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerResponse> getGetKafkaConsumerMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerRequest, gregor.kafka.v1.Admin.GetKafkaConsumerResponse> getGetKafkaConsumerMethod;
    if ((getGetKafkaConsumerMethod = AdminServiceGrpc.getGetKafkaConsumerMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaConsumerMethod = AdminServiceGrpc.getGetKafkaConsumerMethod) == null) {
          AdminServiceGrpc.getGetKafkaConsumerMethod = getGetKafkaConsumerMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaConsumerRequest, gregor.kafka.v1.Admin.GetKafkaConsumerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaConsumer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaConsumer"))
              .build();
        }
      }
    }
    return getGetKafkaConsumerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest,
      gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse> getListKafkaConsumerLagsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaConsumerLags",
      requestType = gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest,
      gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse> getListKafkaConsumerLagsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest, gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse> getListKafkaConsumerLagsMethod;
    if ((getListKafkaConsumerLagsMethod = AdminServiceGrpc.getListKafkaConsumerLagsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaConsumerLagsMethod = AdminServiceGrpc.getListKafkaConsumerLagsMethod) == null) {
          AdminServiceGrpc.getListKafkaConsumerLagsMethod = getListKafkaConsumerLagsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest, gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaConsumerLags"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaConsumerLags"))
              .build();
        }
      }
    }
    return getListKafkaConsumerLagsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse> getGetKafkaConsumerLagMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaConsumerLag",
      requestType = gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse> getGetKafkaConsumerLagMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest, gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse> getGetKafkaConsumerLagMethod;
    if ((getGetKafkaConsumerLagMethod = AdminServiceGrpc.getGetKafkaConsumerLagMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaConsumerLagMethod = AdminServiceGrpc.getGetKafkaConsumerLagMethod) == null) {
          AdminServiceGrpc.getGetKafkaConsumerLagMethod = getGetKafkaConsumerLagMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest, gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaConsumerLag"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaConsumerLag"))
              .build();
        }
      }
    }
    return getGetKafkaConsumerLagMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse> getGetKafkaConsumerGroupLagSummaryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaConsumerGroupLagSummary",
      requestType = gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse> getGetKafkaConsumerGroupLagSummaryMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest, gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse> getGetKafkaConsumerGroupLagSummaryMethod;
    if ((getGetKafkaConsumerGroupLagSummaryMethod = AdminServiceGrpc.getGetKafkaConsumerGroupLagSummaryMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaConsumerGroupLagSummaryMethod = AdminServiceGrpc.getGetKafkaConsumerGroupLagSummaryMethod) == null) {
          AdminServiceGrpc.getGetKafkaConsumerGroupLagSummaryMethod = getGetKafkaConsumerGroupLagSummaryMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest, gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaConsumerGroupLagSummary"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaConsumerGroupLagSummary"))
              .build();
        }
      }
    }
    return getGetKafkaConsumerGroupLagSummaryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest,
      gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse> getListKafkaPartitionOffsetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaPartitionOffsets",
      requestType = gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest,
      gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse> getListKafkaPartitionOffsetsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest, gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse> getListKafkaPartitionOffsetsMethod;
    if ((getListKafkaPartitionOffsetsMethod = AdminServiceGrpc.getListKafkaPartitionOffsetsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaPartitionOffsetsMethod = AdminServiceGrpc.getListKafkaPartitionOffsetsMethod) == null) {
          AdminServiceGrpc.getListKafkaPartitionOffsetsMethod = getListKafkaPartitionOffsetsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest, gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaPartitionOffsets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaPartitionOffsets"))
              .build();
        }
      }
    }
    return getListKafkaPartitionOffsetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaReplicasRequest,
      gregor.kafka.v1.Admin.ListKafkaReplicasResponse> getListKafkaReplicasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaReplicas",
      requestType = gregor.kafka.v1.Admin.ListKafkaReplicasRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaReplicasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaReplicasRequest,
      gregor.kafka.v1.Admin.ListKafkaReplicasResponse> getListKafkaReplicasMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaReplicasRequest, gregor.kafka.v1.Admin.ListKafkaReplicasResponse> getListKafkaReplicasMethod;
    if ((getListKafkaReplicasMethod = AdminServiceGrpc.getListKafkaReplicasMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaReplicasMethod = AdminServiceGrpc.getListKafkaReplicasMethod) == null) {
          AdminServiceGrpc.getListKafkaReplicasMethod = getListKafkaReplicasMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaReplicasRequest, gregor.kafka.v1.Admin.ListKafkaReplicasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaReplicas"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaReplicasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaReplicasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaReplicas"))
              .build();
        }
      }
    }
    return getListKafkaReplicasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaReplicaRequest,
      gregor.kafka.v1.Admin.GetKafkaReplicaResponse> getGetKafkaReplicaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaReplica",
      requestType = gregor.kafka.v1.Admin.GetKafkaReplicaRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaReplicaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaReplicaRequest,
      gregor.kafka.v1.Admin.GetKafkaReplicaResponse> getGetKafkaReplicaMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaReplicaRequest, gregor.kafka.v1.Admin.GetKafkaReplicaResponse> getGetKafkaReplicaMethod;
    if ((getGetKafkaReplicaMethod = AdminServiceGrpc.getGetKafkaReplicaMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaReplicaMethod = AdminServiceGrpc.getGetKafkaReplicaMethod) == null) {
          AdminServiceGrpc.getGetKafkaReplicaMethod = getGetKafkaReplicaMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaReplicaRequest, gregor.kafka.v1.Admin.GetKafkaReplicaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaReplica"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaReplicaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaReplicaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaReplica"))
              .build();
        }
      }
    }
    return getGetKafkaReplicaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest,
      gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse> getSearchKafkaReplicasByBrokerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SearchKafkaReplicasByBroker",
      requestType = gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest.class,
      responseType = gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest,
      gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse> getSearchKafkaReplicasByBrokerMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest, gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse> getSearchKafkaReplicasByBrokerMethod;
    if ((getSearchKafkaReplicasByBrokerMethod = AdminServiceGrpc.getSearchKafkaReplicasByBrokerMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getSearchKafkaReplicasByBrokerMethod = AdminServiceGrpc.getSearchKafkaReplicasByBrokerMethod) == null) {
          AdminServiceGrpc.getSearchKafkaReplicasByBrokerMethod = getSearchKafkaReplicasByBrokerMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest, gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SearchKafkaReplicasByBroker"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("SearchKafkaReplicasByBroker"))
              .build();
        }
      }
    }
    return getSearchKafkaReplicasByBrokerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest,
      gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse> getListKafkaConsumerAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaConsumerAssignment",
      requestType = gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest,
      gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse> getListKafkaConsumerAssignmentMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest, gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse> getListKafkaConsumerAssignmentMethod;
    if ((getListKafkaConsumerAssignmentMethod = AdminServiceGrpc.getListKafkaConsumerAssignmentMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaConsumerAssignmentMethod = AdminServiceGrpc.getListKafkaConsumerAssignmentMethod) == null) {
          AdminServiceGrpc.getListKafkaConsumerAssignmentMethod = getListKafkaConsumerAssignmentMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest, gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaConsumerAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaConsumerAssignment"))
              .build();
        }
      }
    }
    return getListKafkaConsumerAssignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse> getGetKafkaConsumerAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaConsumerAssignment",
      requestType = gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest,
      gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse> getGetKafkaConsumerAssignmentMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest, gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse> getGetKafkaConsumerAssignmentMethod;
    if ((getGetKafkaConsumerAssignmentMethod = AdminServiceGrpc.getGetKafkaConsumerAssignmentMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaConsumerAssignmentMethod = AdminServiceGrpc.getGetKafkaConsumerAssignmentMethod) == null) {
          AdminServiceGrpc.getGetKafkaConsumerAssignmentMethod = getGetKafkaConsumerAssignmentMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest, gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaConsumerAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaConsumerAssignment"))
              .build();
        }
      }
    }
    return getGetKafkaConsumerAssignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse> getListKafkaBrokerConfigsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaBrokerConfigs",
      requestType = gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse> getListKafkaBrokerConfigsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest, gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse> getListKafkaBrokerConfigsMethod;
    if ((getListKafkaBrokerConfigsMethod = AdminServiceGrpc.getListKafkaBrokerConfigsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaBrokerConfigsMethod = AdminServiceGrpc.getListKafkaBrokerConfigsMethod) == null) {
          AdminServiceGrpc.getListKafkaBrokerConfigsMethod = getListKafkaBrokerConfigsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest, gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaBrokerConfigs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaBrokerConfigs"))
              .build();
        }
      }
    }
    return getListKafkaBrokerConfigsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse> getListKafkaAllBrokerConfigsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaAllBrokerConfigs",
      requestType = gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse> getListKafkaAllBrokerConfigsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest, gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse> getListKafkaAllBrokerConfigsMethod;
    if ((getListKafkaAllBrokerConfigsMethod = AdminServiceGrpc.getListKafkaAllBrokerConfigsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaAllBrokerConfigsMethod = AdminServiceGrpc.getListKafkaAllBrokerConfigsMethod) == null) {
          AdminServiceGrpc.getListKafkaAllBrokerConfigsMethod = getListKafkaAllBrokerConfigsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest, gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaAllBrokerConfigs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaAllBrokerConfigs"))
              .build();
        }
      }
    }
    return getListKafkaAllBrokerConfigsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest,
      gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse> getGetKafkaBrokerConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaBrokerConfig",
      requestType = gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest,
      gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse> getGetKafkaBrokerConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest, gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse> getGetKafkaBrokerConfigMethod;
    if ((getGetKafkaBrokerConfigMethod = AdminServiceGrpc.getGetKafkaBrokerConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaBrokerConfigMethod = AdminServiceGrpc.getGetKafkaBrokerConfigMethod) == null) {
          AdminServiceGrpc.getGetKafkaBrokerConfigMethod = getGetKafkaBrokerConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest, gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaBrokerConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaBrokerConfig"))
              .build();
        }
      }
    }
    return getGetKafkaBrokerConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest,
      gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse> getUpdateKafkaBrokerConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateKafkaBrokerConfig",
      requestType = gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest,
      gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse> getUpdateKafkaBrokerConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest, gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse> getUpdateKafkaBrokerConfigMethod;
    if ((getUpdateKafkaBrokerConfigMethod = AdminServiceGrpc.getUpdateKafkaBrokerConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getUpdateKafkaBrokerConfigMethod = AdminServiceGrpc.getUpdateKafkaBrokerConfigMethod) == null) {
          AdminServiceGrpc.getUpdateKafkaBrokerConfigMethod = getUpdateKafkaBrokerConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest, gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateKafkaBrokerConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("UpdateKafkaBrokerConfig"))
              .build();
        }
      }
    }
    return getUpdateKafkaBrokerConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest,
      gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse> getDeleteKafkaBrokerConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteKafkaBrokerConfig",
      requestType = gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest,
      gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse> getDeleteKafkaBrokerConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest, gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse> getDeleteKafkaBrokerConfigMethod;
    if ((getDeleteKafkaBrokerConfigMethod = AdminServiceGrpc.getDeleteKafkaBrokerConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getDeleteKafkaBrokerConfigMethod = AdminServiceGrpc.getDeleteKafkaBrokerConfigMethod) == null) {
          AdminServiceGrpc.getDeleteKafkaBrokerConfigMethod = getDeleteKafkaBrokerConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest, gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteKafkaBrokerConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("DeleteKafkaBrokerConfig"))
              .build();
        }
      }
    }
    return getDeleteKafkaBrokerConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest,
      gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse> getUpdateKafkaBrokerConfigBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateKafkaBrokerConfigBatch",
      requestType = gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest.class,
      responseType = gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest,
      gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse> getUpdateKafkaBrokerConfigBatchMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest, gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse> getUpdateKafkaBrokerConfigBatchMethod;
    if ((getUpdateKafkaBrokerConfigBatchMethod = AdminServiceGrpc.getUpdateKafkaBrokerConfigBatchMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getUpdateKafkaBrokerConfigBatchMethod = AdminServiceGrpc.getUpdateKafkaBrokerConfigBatchMethod) == null) {
          AdminServiceGrpc.getUpdateKafkaBrokerConfigBatchMethod = getUpdateKafkaBrokerConfigBatchMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest, gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateKafkaBrokerConfigBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("UpdateKafkaBrokerConfigBatch"))
              .build();
        }
      }
    }
    return getUpdateKafkaBrokerConfigBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse> getListKafkaClusterConfigsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListKafkaClusterConfigs",
      requestType = gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest,
      gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse> getListKafkaClusterConfigsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest, gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse> getListKafkaClusterConfigsMethod;
    if ((getListKafkaClusterConfigsMethod = AdminServiceGrpc.getListKafkaClusterConfigsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListKafkaClusterConfigsMethod = AdminServiceGrpc.getListKafkaClusterConfigsMethod) == null) {
          AdminServiceGrpc.getListKafkaClusterConfigsMethod = getListKafkaClusterConfigsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest, gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListKafkaClusterConfigs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListKafkaClusterConfigs"))
              .build();
        }
      }
    }
    return getListKafkaClusterConfigsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest,
      gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse> getGetKafkaClusterConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaClusterConfig",
      requestType = gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest,
      gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse> getGetKafkaClusterConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest, gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse> getGetKafkaClusterConfigMethod;
    if ((getGetKafkaClusterConfigMethod = AdminServiceGrpc.getGetKafkaClusterConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaClusterConfigMethod = AdminServiceGrpc.getGetKafkaClusterConfigMethod) == null) {
          AdminServiceGrpc.getGetKafkaClusterConfigMethod = getGetKafkaClusterConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest, gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaClusterConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaClusterConfig"))
              .build();
        }
      }
    }
    return getGetKafkaClusterConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest,
      gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse> getUpdateKafkaClusterConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateKafkaClusterConfig",
      requestType = gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest,
      gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse> getUpdateKafkaClusterConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest, gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse> getUpdateKafkaClusterConfigMethod;
    if ((getUpdateKafkaClusterConfigMethod = AdminServiceGrpc.getUpdateKafkaClusterConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getUpdateKafkaClusterConfigMethod = AdminServiceGrpc.getUpdateKafkaClusterConfigMethod) == null) {
          AdminServiceGrpc.getUpdateKafkaClusterConfigMethod = getUpdateKafkaClusterConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest, gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateKafkaClusterConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("UpdateKafkaClusterConfig"))
              .build();
        }
      }
    }
    return getUpdateKafkaClusterConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest,
      gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse> getDeleteKafkaClusterConfigMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteKafkaClusterConfig",
      requestType = gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest.class,
      responseType = gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest,
      gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse> getDeleteKafkaClusterConfigMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest, gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse> getDeleteKafkaClusterConfigMethod;
    if ((getDeleteKafkaClusterConfigMethod = AdminServiceGrpc.getDeleteKafkaClusterConfigMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getDeleteKafkaClusterConfigMethod = AdminServiceGrpc.getDeleteKafkaClusterConfigMethod) == null) {
          AdminServiceGrpc.getDeleteKafkaClusterConfigMethod = getDeleteKafkaClusterConfigMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest, gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteKafkaClusterConfig"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("DeleteKafkaClusterConfig"))
              .build();
        }
      }
    }
    return getDeleteKafkaClusterConfigMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest,
      gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse> getUpdateKafkaClusterConfigsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateKafkaClusterConfigs",
      requestType = gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest.class,
      responseType = gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest,
      gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse> getUpdateKafkaClusterConfigsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest, gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse> getUpdateKafkaClusterConfigsMethod;
    if ((getUpdateKafkaClusterConfigsMethod = AdminServiceGrpc.getUpdateKafkaClusterConfigsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getUpdateKafkaClusterConfigsMethod = AdminServiceGrpc.getUpdateKafkaClusterConfigsMethod) == null) {
          AdminServiceGrpc.getUpdateKafkaClusterConfigsMethod = getUpdateKafkaClusterConfigsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest, gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateKafkaClusterConfigs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("UpdateKafkaClusterConfigs"))
              .build();
        }
      }
    }
    return getUpdateKafkaClusterConfigsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest,
      gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse> getListAllKafkaReassignmentsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAllKafkaReassignments",
      requestType = gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest.class,
      responseType = gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest,
      gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse> getListAllKafkaReassignmentsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest, gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse> getListAllKafkaReassignmentsMethod;
    if ((getListAllKafkaReassignmentsMethod = AdminServiceGrpc.getListAllKafkaReassignmentsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListAllKafkaReassignmentsMethod = AdminServiceGrpc.getListAllKafkaReassignmentsMethod) == null) {
          AdminServiceGrpc.getListAllKafkaReassignmentsMethod = getListAllKafkaReassignmentsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest, gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAllKafkaReassignments"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListAllKafkaReassignments"))
              .build();
        }
      }
    }
    return getListAllKafkaReassignmentsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest,
      gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse> getSearchKafkaReassignmentsByTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SearchKafkaReassignmentsByTopic",
      requestType = gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest.class,
      responseType = gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest,
      gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse> getSearchKafkaReassignmentsByTopicMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest, gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse> getSearchKafkaReassignmentsByTopicMethod;
    if ((getSearchKafkaReassignmentsByTopicMethod = AdminServiceGrpc.getSearchKafkaReassignmentsByTopicMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getSearchKafkaReassignmentsByTopicMethod = AdminServiceGrpc.getSearchKafkaReassignmentsByTopicMethod) == null) {
          AdminServiceGrpc.getSearchKafkaReassignmentsByTopicMethod = getSearchKafkaReassignmentsByTopicMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest, gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SearchKafkaReassignmentsByTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("SearchKafkaReassignmentsByTopic"))
              .build();
        }
      }
    }
    return getSearchKafkaReassignmentsByTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaReassignmentRequest,
      gregor.kafka.v1.Admin.GetKafkaReassignmentResponse> getGetKafkaReassignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetKafkaReassignment",
      requestType = gregor.kafka.v1.Admin.GetKafkaReassignmentRequest.class,
      responseType = gregor.kafka.v1.Admin.GetKafkaReassignmentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaReassignmentRequest,
      gregor.kafka.v1.Admin.GetKafkaReassignmentResponse> getGetKafkaReassignmentMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.GetKafkaReassignmentRequest, gregor.kafka.v1.Admin.GetKafkaReassignmentResponse> getGetKafkaReassignmentMethod;
    if ((getGetKafkaReassignmentMethod = AdminServiceGrpc.getGetKafkaReassignmentMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetKafkaReassignmentMethod = AdminServiceGrpc.getGetKafkaReassignmentMethod) == null) {
          AdminServiceGrpc.getGetKafkaReassignmentMethod = getGetKafkaReassignmentMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.GetKafkaReassignmentRequest, gregor.kafka.v1.Admin.GetKafkaReassignmentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetKafkaReassignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaReassignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.GetKafkaReassignmentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetKafkaReassignment"))
              .build();
        }
      }
    }
    return getGetKafkaReassignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaAclsRequest,
      gregor.kafka.v1.Admin.SearchKafkaAclsResponse> getSearchKafkaAclsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SearchKafkaAcls",
      requestType = gregor.kafka.v1.Admin.SearchKafkaAclsRequest.class,
      responseType = gregor.kafka.v1.Admin.SearchKafkaAclsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaAclsRequest,
      gregor.kafka.v1.Admin.SearchKafkaAclsResponse> getSearchKafkaAclsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.SearchKafkaAclsRequest, gregor.kafka.v1.Admin.SearchKafkaAclsResponse> getSearchKafkaAclsMethod;
    if ((getSearchKafkaAclsMethod = AdminServiceGrpc.getSearchKafkaAclsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getSearchKafkaAclsMethod = AdminServiceGrpc.getSearchKafkaAclsMethod) == null) {
          AdminServiceGrpc.getSearchKafkaAclsMethod = getSearchKafkaAclsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.SearchKafkaAclsRequest, gregor.kafka.v1.Admin.SearchKafkaAclsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SearchKafkaAcls"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.SearchKafkaAclsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.SearchKafkaAclsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("SearchKafkaAcls"))
              .build();
        }
      }
    }
    return getSearchKafkaAclsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.CreateKafkaAclsRequest,
      gregor.kafka.v1.Admin.CreateKafkaAclsResponse> getCreateKafkaAclsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateKafkaAcls",
      requestType = gregor.kafka.v1.Admin.CreateKafkaAclsRequest.class,
      responseType = gregor.kafka.v1.Admin.CreateKafkaAclsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.CreateKafkaAclsRequest,
      gregor.kafka.v1.Admin.CreateKafkaAclsResponse> getCreateKafkaAclsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.CreateKafkaAclsRequest, gregor.kafka.v1.Admin.CreateKafkaAclsResponse> getCreateKafkaAclsMethod;
    if ((getCreateKafkaAclsMethod = AdminServiceGrpc.getCreateKafkaAclsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getCreateKafkaAclsMethod = AdminServiceGrpc.getCreateKafkaAclsMethod) == null) {
          AdminServiceGrpc.getCreateKafkaAclsMethod = getCreateKafkaAclsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.CreateKafkaAclsRequest, gregor.kafka.v1.Admin.CreateKafkaAclsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateKafkaAcls"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.CreateKafkaAclsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.CreateKafkaAclsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("CreateKafkaAcls"))
              .build();
        }
      }
    }
    return getCreateKafkaAclsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest,
      gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse> getBatchCreateKafkaAclsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateKafkaAcls",
      requestType = gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest.class,
      responseType = gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest,
      gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse> getBatchCreateKafkaAclsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest, gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse> getBatchCreateKafkaAclsMethod;
    if ((getBatchCreateKafkaAclsMethod = AdminServiceGrpc.getBatchCreateKafkaAclsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getBatchCreateKafkaAclsMethod = AdminServiceGrpc.getBatchCreateKafkaAclsMethod) == null) {
          AdminServiceGrpc.getBatchCreateKafkaAclsMethod = getBatchCreateKafkaAclsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest, gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateKafkaAcls"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("BatchCreateKafkaAcls"))
              .build();
        }
      }
    }
    return getBatchCreateKafkaAclsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaAclsRequest,
      gregor.kafka.v1.Admin.DeleteKafkaAclsResponse> getDeleteKafkaAclsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteKafkaAcls",
      requestType = gregor.kafka.v1.Admin.DeleteKafkaAclsRequest.class,
      responseType = gregor.kafka.v1.Admin.DeleteKafkaAclsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaAclsRequest,
      gregor.kafka.v1.Admin.DeleteKafkaAclsResponse> getDeleteKafkaAclsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.Admin.DeleteKafkaAclsRequest, gregor.kafka.v1.Admin.DeleteKafkaAclsResponse> getDeleteKafkaAclsMethod;
    if ((getDeleteKafkaAclsMethod = AdminServiceGrpc.getDeleteKafkaAclsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getDeleteKafkaAclsMethod = AdminServiceGrpc.getDeleteKafkaAclsMethod) == null) {
          AdminServiceGrpc.getDeleteKafkaAclsMethod = getDeleteKafkaAclsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.Admin.DeleteKafkaAclsRequest, gregor.kafka.v1.Admin.DeleteKafkaAclsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteKafkaAcls"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaAclsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.Admin.DeleteKafkaAclsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("DeleteKafkaAcls"))
              .build();
        }
      }
    }
    return getDeleteKafkaAclsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AdminServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceStub>() {
        @java.lang.Override
        public AdminServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceStub(channel, callOptions);
        }
      };
    return AdminServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AdminServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingStub>() {
        @java.lang.Override
        public AdminServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceBlockingStub(channel, callOptions);
        }
      };
    return AdminServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AdminServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceFutureStub>() {
        @java.lang.Override
        public AdminServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceFutureStub(channel, callOptions);
        }
      };
    return AdminServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Kafka REST v3 administration (and `gregor topic|group` in the CLI).
   * </pre>
   */
  public static abstract class AdminServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * `GET /v3/clusters`: the one cluster Gregor reaches.
     * </pre>
     */
    public void listKafkaClusters(gregor.kafka.v1.Admin.ListKafkaClustersRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaClustersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaClustersMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}`. 404 for another cluster id.
     * </pre>
     */
    public void getKafkaCluster(gregor.kafka.v1.Admin.GetKafkaClusterRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaClusterResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaClusterMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers`.
     * </pre>
     */
    public void listKafkaBrokers(gregor.kafka.v1.Admin.ListKafkaBrokersRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaBrokersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaBrokersMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}`. 404 unknown broker.
     * </pre>
     */
    public void getKafkaBroker(gregor.kafka.v1.Admin.GetKafkaBrokerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaBrokerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaBrokerMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics`, sorted by name.
     * </pre>
     */
    public void listKafkaTopics(gregor.kafka.v1.Admin.ListKafkaTopicsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaTopicsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaTopicsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/topics`: 201 with `Location` and the
     * topic. 40002 when it exists or Kafka refuses the settings.
     * </pre>
     */
    public void createKafkaTopic(gregor.kafka.v1.Admin.CreateKafkaTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.CreateKafkaTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateKafkaTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}`. 40403 unknown topic.
     * </pre>
     */
    public void getKafkaTopic(gregor.kafka.v1.Admin.GetKafkaTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * `PATCH /v3/clusters/{cluster_id}/topics/{topic_name}`
     * `{"partitions_count": N}`: adds partitions (CreatePartitions); the
     * topic afterwards. 40002 when Kafka refuses (fewer partitions, or a
     * broker without CreatePartitions).
     * </pre>
     */
    public void updatePartitionCountKafkaTopic(gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdatePartitionCountKafkaTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/topics/{topic_name}`: 204. 40403
     * unknown topic.
     * </pre>
     */
    public void deleteKafkaTopic(gregor.kafka.v1.Admin.DeleteKafkaTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteKafkaTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/-/configs`: the configs of every
     * topic.
     * </pre>
     */
    public void listKafkaAllTopicConfigs(gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaAllTopicConfigsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/configs`, sorted by
     * name (what the broker's DescribeConfigs lists).
     * </pre>
     */
    public void listKafkaTopicConfigs(gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaTopicConfigsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/configs/{name}`. 404
     * for a config the broker does not list.
     * </pre>
     */
    public void getKafkaTopicConfig(gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaTopicConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `PUT .../configs/{name}` `{"value": "..."}`: sets one config
     * (IncrementalAlterConfigs SET). 204.
     * </pre>
     */
    public void updateKafkaTopicConfig(gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateKafkaTopicConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE .../configs/{name}`: back to the default (IncrementalAlterConfigs
     * DELETE). 204.
     * </pre>
     */
    public void deleteKafkaTopicConfig(gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteKafkaTopicConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../configs:alter` `{"data": [{"name", "value", "operation":
     * "SET"|"DELETE"}], "validate_only"}`: several configs in one
     * IncrementalAlterConfigs. 204.
     * </pre>
     */
    public void updateKafkaTopicConfigBatch(gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateKafkaTopicConfigBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/partitions`.
     * </pre>
     */
    public void listKafkaPartitions(gregor.kafka.v1.Admin.ListKafkaPartitionsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaPartitionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaPartitionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}`. 40403 unknown topic or partition.
     * </pre>
     */
    public void getKafkaPartition(gregor.kafka.v1.Admin.GetKafkaPartitionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaPartitionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaPartitionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/consumer-groups`, sorted by id.
     * </pre>
     */
    public void listKafkaConsumerGroups(gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaConsumerGroupsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}`.
     * 404 unknown group.
     * </pre>
     */
    public void getKafkaConsumerGroup(gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaConsumerGroupMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/consumers`: the members.
     * </pre>
     */
    public void listKafkaConsumers(gregor.kafka.v1.Admin.ListKafkaConsumersRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaConsumersMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumers/{consumer_id}`. 404 unknown member.
     * </pre>
     */
    public void getKafkaConsumer(gregor.kafka.v1.Admin.GetKafkaConsumerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaConsumerMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/lags`: per partition with
     * a committed offset, sorted by topic and partition; lag is the end
     * offset less the committed offset.
     * </pre>
     */
    public void listKafkaConsumerLags(gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaConsumerLagsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../lags/{topic_name}/partitions/{partition_id}`. 404 when the
     * group has no committed offset there.
     * </pre>
     */
    public void getKafkaConsumerLag(gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaConsumerLagMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/lag-summary`: the total
     * lag and the partition with the most.
     * </pre>
     */
    public void getKafkaConsumerGroupLagSummary(gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaConsumerGroupLagSummaryMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/offset?offset_type=earliest_and_latest`
     * (the only type): the partition's earliest and latest offsets. 400 for
     * another offset_type, 40402 unknown partition.
     * </pre>
     */
    public void listKafkaPartitionOffsets(gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaPartitionOffsetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/replicas`.
     * </pre>
     */
    public void listKafkaReplicas(gregor.kafka.v1.Admin.ListKafkaReplicasRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaReplicasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaReplicasMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/replicas/{broker_id}`. 404 when the
     * broker holds no replica of it.
     * </pre>
     */
    public void getKafkaReplica(gregor.kafka.v1.Admin.GetKafkaReplicaRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaReplicaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaReplicaMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}/partition-replicas`:
     * the replicas a broker holds, by topic and partition.
     * </pre>
     */
    public void searchKafkaReplicasByBroker(gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSearchKafkaReplicasByBrokerMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumers/{consumer_id}/assignments`: the member's partitions.
     * </pre>
     */
    public void listKafkaConsumerAssignment(gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaConsumerAssignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../assignments/{topic_name}/partitions/{partition_id}`. 404 when
     * the member is not assigned it.
     * </pre>
     */
    public void getKafkaConsumerAssignment(gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaConsumerAssignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}/configs`: what
     * DescribeConfigs lists for the broker, by name.
     * </pre>
     */
    public void listKafkaBrokerConfigs(gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaBrokerConfigsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/-/configs`: every broker's.
     * </pre>
     */
    public void listKafkaAllBrokerConfigs(gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaAllBrokerConfigsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../brokers/{broker_id}/configs/{name}`. 404 for a config the
     * broker does not list.
     * </pre>
     */
    public void getKafkaBrokerConfig(gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaBrokerConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `PUT .../brokers/{broker_id}/configs/{name}` `{"value"}`: 204.
     * </pre>
     */
    public void updateKafkaBrokerConfig(gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateKafkaBrokerConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE .../brokers/{broker_id}/configs/{name}`: back to the default. 204.
     * </pre>
     */
    public void deleteKafkaBrokerConfig(gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteKafkaBrokerConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../brokers/{broker_id}/configs:alter`: several at once. 204.
     * </pre>
     */
    public void updateKafkaBrokerConfigBatch(gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateKafkaBrokerConfigBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/broker-configs`: the cluster-wide
     * dynamic broker configs (KIP-226: DescribeConfigs of the BROKER
     * resource with the empty name, as Confluent's
     * `ClusterConfigManagerImpl`), by name. Kafka lists only those set.
     * </pre>
     */
    public void listKafkaClusterConfigs(gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListKafkaClusterConfigsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/broker-configs/{name}`. 404 for a
     * config that is not set cluster-wide.
     * </pre>
     */
    public void getKafkaClusterConfig(gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaClusterConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `PUT /v3/clusters/{cluster_id}/broker-configs/{name}` `{"value"}`:
     * sets it for every broker. 204. As Confluent, the name is not checked
     * first (Kafka lists only configs that are set).
     * </pre>
     */
    public void updateKafkaClusterConfig(gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateKafkaClusterConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/broker-configs/{name}`: removes the
     * cluster-wide value. 204; 404 when it is not set.
     * </pre>
     */
    public void deleteKafkaClusterConfig(gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteKafkaClusterConfigMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/broker-configs:alter`: several at
     * once (`AlterConfigBatchRequestData`). 204.
     * </pre>
     */
    public void updateKafkaClusterConfigs(gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateKafkaClusterConfigsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/-/partitions/-/reassignment`:
     * the ongoing replica reassignments (ListPartitionReassignments, sent by
     * Gregor's own Kafka connection: librdkafka has no call for it), sorted
     * by topic and partition. Named after Confluent's
     * `ListAllReassignmentsAction` (the OpenAPI file gives no operationId).
     * </pre>
     */
    public void listAllKafkaReassignments(gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAllKafkaReassignmentsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/partitions/-/reassignment`:
     * a topic's (`SearchReassignmentsByTopicAction`).
     * </pre>
     */
    public void searchKafkaReassignmentsByTopic(gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSearchKafkaReassignmentsByTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../topics/{topic_name}/partitions/{partition_id}/reassignment`:
     * one partition's; 404 when it is not being reassigned
     * (`GetReassignmentAction`).
     * </pre>
     */
    public void getKafkaReassignment(gregor.kafka.v1.Admin.GetKafkaReassignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaReassignmentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetKafkaReassignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/acls?resource_type=&amp;resource_name=&amp;
     * pattern_type=&amp;principal=&amp;host=&amp;operation=&amp;permission=`: the ACLs the
     * filter matches (unset enums are `ANY`, unset strings match any).
     * Kafka without an authorizer: 400 (40002, SecurityDisabledException).
     * </pre>
     */
    public void searchKafkaAcls(gregor.kafka.v1.Admin.SearchKafkaAclsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaAclsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSearchKafkaAclsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/acls`: creates one ACL; 201 with its
     * search URL as `Location` and no body.
     * </pre>
     */
    public void createKafkaAcls(gregor.kafka.v1.Admin.CreateKafkaAclsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.CreateKafkaAclsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateKafkaAclsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/acls:batch` `{"data": [...]}`: 204.
     * </pre>
     */
    public void batchCreateKafkaAcls(gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateKafkaAclsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/acls?...`: deletes what the filter
     * matches (every enum must be set: `UNKNOWN` or unset is 400, as
     * Confluent's); `{"data": [...]}`, the ACLs deleted.
     * </pre>
     */
    public void deleteKafkaAcls(gregor.kafka.v1.Admin.DeleteKafkaAclsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaAclsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteKafkaAclsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListKafkaClustersMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaClustersRequest,
                gregor.kafka.v1.Admin.ListKafkaClustersResponse>(
                  this, METHODID_LIST_KAFKA_CLUSTERS)))
          .addMethod(
            getGetKafkaClusterMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaClusterRequest,
                gregor.kafka.v1.Admin.GetKafkaClusterResponse>(
                  this, METHODID_GET_KAFKA_CLUSTER)))
          .addMethod(
            getListKafkaBrokersMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaBrokersRequest,
                gregor.kafka.v1.Admin.ListKafkaBrokersResponse>(
                  this, METHODID_LIST_KAFKA_BROKERS)))
          .addMethod(
            getGetKafkaBrokerMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaBrokerRequest,
                gregor.kafka.v1.Admin.GetKafkaBrokerResponse>(
                  this, METHODID_GET_KAFKA_BROKER)))
          .addMethod(
            getListKafkaTopicsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaTopicsRequest,
                gregor.kafka.v1.Admin.ListKafkaTopicsResponse>(
                  this, METHODID_LIST_KAFKA_TOPICS)))
          .addMethod(
            getCreateKafkaTopicMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.CreateKafkaTopicRequest,
                gregor.kafka.v1.Admin.CreateKafkaTopicResponse>(
                  this, METHODID_CREATE_KAFKA_TOPIC)))
          .addMethod(
            getGetKafkaTopicMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaTopicRequest,
                gregor.kafka.v1.Admin.GetKafkaTopicResponse>(
                  this, METHODID_GET_KAFKA_TOPIC)))
          .addMethod(
            getUpdatePartitionCountKafkaTopicMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest,
                gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse>(
                  this, METHODID_UPDATE_PARTITION_COUNT_KAFKA_TOPIC)))
          .addMethod(
            getDeleteKafkaTopicMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.DeleteKafkaTopicRequest,
                gregor.kafka.v1.Admin.DeleteKafkaTopicResponse>(
                  this, METHODID_DELETE_KAFKA_TOPIC)))
          .addMethod(
            getListKafkaAllTopicConfigsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest,
                gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse>(
                  this, METHODID_LIST_KAFKA_ALL_TOPIC_CONFIGS)))
          .addMethod(
            getListKafkaTopicConfigsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest,
                gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse>(
                  this, METHODID_LIST_KAFKA_TOPIC_CONFIGS)))
          .addMethod(
            getGetKafkaTopicConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest,
                gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse>(
                  this, METHODID_GET_KAFKA_TOPIC_CONFIG)))
          .addMethod(
            getUpdateKafkaTopicConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest,
                gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse>(
                  this, METHODID_UPDATE_KAFKA_TOPIC_CONFIG)))
          .addMethod(
            getDeleteKafkaTopicConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest,
                gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse>(
                  this, METHODID_DELETE_KAFKA_TOPIC_CONFIG)))
          .addMethod(
            getUpdateKafkaTopicConfigBatchMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest,
                gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse>(
                  this, METHODID_UPDATE_KAFKA_TOPIC_CONFIG_BATCH)))
          .addMethod(
            getListKafkaPartitionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaPartitionsRequest,
                gregor.kafka.v1.Admin.ListKafkaPartitionsResponse>(
                  this, METHODID_LIST_KAFKA_PARTITIONS)))
          .addMethod(
            getGetKafkaPartitionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaPartitionRequest,
                gregor.kafka.v1.Admin.GetKafkaPartitionResponse>(
                  this, METHODID_GET_KAFKA_PARTITION)))
          .addMethod(
            getListKafkaConsumerGroupsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest,
                gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse>(
                  this, METHODID_LIST_KAFKA_CONSUMER_GROUPS)))
          .addMethod(
            getGetKafkaConsumerGroupMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest,
                gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse>(
                  this, METHODID_GET_KAFKA_CONSUMER_GROUP)))
          .addMethod(
            getListKafkaConsumersMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaConsumersRequest,
                gregor.kafka.v1.Admin.ListKafkaConsumersResponse>(
                  this, METHODID_LIST_KAFKA_CONSUMERS)))
          .addMethod(
            getGetKafkaConsumerMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaConsumerRequest,
                gregor.kafka.v1.Admin.GetKafkaConsumerResponse>(
                  this, METHODID_GET_KAFKA_CONSUMER)))
          .addMethod(
            getListKafkaConsumerLagsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest,
                gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse>(
                  this, METHODID_LIST_KAFKA_CONSUMER_LAGS)))
          .addMethod(
            getGetKafkaConsumerLagMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest,
                gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse>(
                  this, METHODID_GET_KAFKA_CONSUMER_LAG)))
          .addMethod(
            getGetKafkaConsumerGroupLagSummaryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest,
                gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse>(
                  this, METHODID_GET_KAFKA_CONSUMER_GROUP_LAG_SUMMARY)))
          .addMethod(
            getListKafkaPartitionOffsetsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest,
                gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse>(
                  this, METHODID_LIST_KAFKA_PARTITION_OFFSETS)))
          .addMethod(
            getListKafkaReplicasMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaReplicasRequest,
                gregor.kafka.v1.Admin.ListKafkaReplicasResponse>(
                  this, METHODID_LIST_KAFKA_REPLICAS)))
          .addMethod(
            getGetKafkaReplicaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaReplicaRequest,
                gregor.kafka.v1.Admin.GetKafkaReplicaResponse>(
                  this, METHODID_GET_KAFKA_REPLICA)))
          .addMethod(
            getSearchKafkaReplicasByBrokerMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest,
                gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse>(
                  this, METHODID_SEARCH_KAFKA_REPLICAS_BY_BROKER)))
          .addMethod(
            getListKafkaConsumerAssignmentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest,
                gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse>(
                  this, METHODID_LIST_KAFKA_CONSUMER_ASSIGNMENT)))
          .addMethod(
            getGetKafkaConsumerAssignmentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest,
                gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse>(
                  this, METHODID_GET_KAFKA_CONSUMER_ASSIGNMENT)))
          .addMethod(
            getListKafkaBrokerConfigsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest,
                gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse>(
                  this, METHODID_LIST_KAFKA_BROKER_CONFIGS)))
          .addMethod(
            getListKafkaAllBrokerConfigsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest,
                gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse>(
                  this, METHODID_LIST_KAFKA_ALL_BROKER_CONFIGS)))
          .addMethod(
            getGetKafkaBrokerConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest,
                gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse>(
                  this, METHODID_GET_KAFKA_BROKER_CONFIG)))
          .addMethod(
            getUpdateKafkaBrokerConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest,
                gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse>(
                  this, METHODID_UPDATE_KAFKA_BROKER_CONFIG)))
          .addMethod(
            getDeleteKafkaBrokerConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest,
                gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse>(
                  this, METHODID_DELETE_KAFKA_BROKER_CONFIG)))
          .addMethod(
            getUpdateKafkaBrokerConfigBatchMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest,
                gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse>(
                  this, METHODID_UPDATE_KAFKA_BROKER_CONFIG_BATCH)))
          .addMethod(
            getListKafkaClusterConfigsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest,
                gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse>(
                  this, METHODID_LIST_KAFKA_CLUSTER_CONFIGS)))
          .addMethod(
            getGetKafkaClusterConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest,
                gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse>(
                  this, METHODID_GET_KAFKA_CLUSTER_CONFIG)))
          .addMethod(
            getUpdateKafkaClusterConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest,
                gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse>(
                  this, METHODID_UPDATE_KAFKA_CLUSTER_CONFIG)))
          .addMethod(
            getDeleteKafkaClusterConfigMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest,
                gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse>(
                  this, METHODID_DELETE_KAFKA_CLUSTER_CONFIG)))
          .addMethod(
            getUpdateKafkaClusterConfigsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest,
                gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse>(
                  this, METHODID_UPDATE_KAFKA_CLUSTER_CONFIGS)))
          .addMethod(
            getListAllKafkaReassignmentsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest,
                gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse>(
                  this, METHODID_LIST_ALL_KAFKA_REASSIGNMENTS)))
          .addMethod(
            getSearchKafkaReassignmentsByTopicMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest,
                gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse>(
                  this, METHODID_SEARCH_KAFKA_REASSIGNMENTS_BY_TOPIC)))
          .addMethod(
            getGetKafkaReassignmentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.GetKafkaReassignmentRequest,
                gregor.kafka.v1.Admin.GetKafkaReassignmentResponse>(
                  this, METHODID_GET_KAFKA_REASSIGNMENT)))
          .addMethod(
            getSearchKafkaAclsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.SearchKafkaAclsRequest,
                gregor.kafka.v1.Admin.SearchKafkaAclsResponse>(
                  this, METHODID_SEARCH_KAFKA_ACLS)))
          .addMethod(
            getCreateKafkaAclsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.CreateKafkaAclsRequest,
                gregor.kafka.v1.Admin.CreateKafkaAclsResponse>(
                  this, METHODID_CREATE_KAFKA_ACLS)))
          .addMethod(
            getBatchCreateKafkaAclsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest,
                gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse>(
                  this, METHODID_BATCH_CREATE_KAFKA_ACLS)))
          .addMethod(
            getDeleteKafkaAclsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.Admin.DeleteKafkaAclsRequest,
                gregor.kafka.v1.Admin.DeleteKafkaAclsResponse>(
                  this, METHODID_DELETE_KAFKA_ACLS)))
          .build();
    }
  }

  /**
   * <pre>
   * Kafka REST v3 administration (and `gregor topic|group` in the CLI).
   * </pre>
   */
  public static final class AdminServiceStub extends io.grpc.stub.AbstractAsyncStub<AdminServiceStub> {
    private AdminServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /v3/clusters`: the one cluster Gregor reaches.
     * </pre>
     */
    public void listKafkaClusters(gregor.kafka.v1.Admin.ListKafkaClustersRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaClustersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaClustersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}`. 404 for another cluster id.
     * </pre>
     */
    public void getKafkaCluster(gregor.kafka.v1.Admin.GetKafkaClusterRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaClusterResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaClusterMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers`.
     * </pre>
     */
    public void listKafkaBrokers(gregor.kafka.v1.Admin.ListKafkaBrokersRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaBrokersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaBrokersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}`. 404 unknown broker.
     * </pre>
     */
    public void getKafkaBroker(gregor.kafka.v1.Admin.GetKafkaBrokerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaBrokerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaBrokerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics`, sorted by name.
     * </pre>
     */
    public void listKafkaTopics(gregor.kafka.v1.Admin.ListKafkaTopicsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaTopicsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaTopicsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/topics`: 201 with `Location` and the
     * topic. 40002 when it exists or Kafka refuses the settings.
     * </pre>
     */
    public void createKafkaTopic(gregor.kafka.v1.Admin.CreateKafkaTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.CreateKafkaTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateKafkaTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}`. 40403 unknown topic.
     * </pre>
     */
    public void getKafkaTopic(gregor.kafka.v1.Admin.GetKafkaTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `PATCH /v3/clusters/{cluster_id}/topics/{topic_name}`
     * `{"partitions_count": N}`: adds partitions (CreatePartitions); the
     * topic afterwards. 40002 when Kafka refuses (fewer partitions, or a
     * broker without CreatePartitions).
     * </pre>
     */
    public void updatePartitionCountKafkaTopic(gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdatePartitionCountKafkaTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/topics/{topic_name}`: 204. 40403
     * unknown topic.
     * </pre>
     */
    public void deleteKafkaTopic(gregor.kafka.v1.Admin.DeleteKafkaTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteKafkaTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/-/configs`: the configs of every
     * topic.
     * </pre>
     */
    public void listKafkaAllTopicConfigs(gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaAllTopicConfigsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/configs`, sorted by
     * name (what the broker's DescribeConfigs lists).
     * </pre>
     */
    public void listKafkaTopicConfigs(gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaTopicConfigsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/configs/{name}`. 404
     * for a config the broker does not list.
     * </pre>
     */
    public void getKafkaTopicConfig(gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaTopicConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `PUT .../configs/{name}` `{"value": "..."}`: sets one config
     * (IncrementalAlterConfigs SET). 204.
     * </pre>
     */
    public void updateKafkaTopicConfig(gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateKafkaTopicConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE .../configs/{name}`: back to the default (IncrementalAlterConfigs
     * DELETE). 204.
     * </pre>
     */
    public void deleteKafkaTopicConfig(gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteKafkaTopicConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST .../configs:alter` `{"data": [{"name", "value", "operation":
     * "SET"|"DELETE"}], "validate_only"}`: several configs in one
     * IncrementalAlterConfigs. 204.
     * </pre>
     */
    public void updateKafkaTopicConfigBatch(gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateKafkaTopicConfigBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/partitions`.
     * </pre>
     */
    public void listKafkaPartitions(gregor.kafka.v1.Admin.ListKafkaPartitionsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaPartitionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaPartitionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}`. 40403 unknown topic or partition.
     * </pre>
     */
    public void getKafkaPartition(gregor.kafka.v1.Admin.GetKafkaPartitionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaPartitionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaPartitionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/consumer-groups`, sorted by id.
     * </pre>
     */
    public void listKafkaConsumerGroups(gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaConsumerGroupsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}`.
     * 404 unknown group.
     * </pre>
     */
    public void getKafkaConsumerGroup(gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaConsumerGroupMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/consumers`: the members.
     * </pre>
     */
    public void listKafkaConsumers(gregor.kafka.v1.Admin.ListKafkaConsumersRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaConsumersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumers/{consumer_id}`. 404 unknown member.
     * </pre>
     */
    public void getKafkaConsumer(gregor.kafka.v1.Admin.GetKafkaConsumerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaConsumerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/lags`: per partition with
     * a committed offset, sorted by topic and partition; lag is the end
     * offset less the committed offset.
     * </pre>
     */
    public void listKafkaConsumerLags(gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaConsumerLagsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../lags/{topic_name}/partitions/{partition_id}`. 404 when the
     * group has no committed offset there.
     * </pre>
     */
    public void getKafkaConsumerLag(gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaConsumerLagMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/lag-summary`: the total
     * lag and the partition with the most.
     * </pre>
     */
    public void getKafkaConsumerGroupLagSummary(gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaConsumerGroupLagSummaryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/offset?offset_type=earliest_and_latest`
     * (the only type): the partition's earliest and latest offsets. 400 for
     * another offset_type, 40402 unknown partition.
     * </pre>
     */
    public void listKafkaPartitionOffsets(gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaPartitionOffsetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/replicas`.
     * </pre>
     */
    public void listKafkaReplicas(gregor.kafka.v1.Admin.ListKafkaReplicasRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaReplicasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaReplicasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/replicas/{broker_id}`. 404 when the
     * broker holds no replica of it.
     * </pre>
     */
    public void getKafkaReplica(gregor.kafka.v1.Admin.GetKafkaReplicaRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaReplicaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaReplicaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}/partition-replicas`:
     * the replicas a broker holds, by topic and partition.
     * </pre>
     */
    public void searchKafkaReplicasByBroker(gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSearchKafkaReplicasByBrokerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../consumers/{consumer_id}/assignments`: the member's partitions.
     * </pre>
     */
    public void listKafkaConsumerAssignment(gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaConsumerAssignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../assignments/{topic_name}/partitions/{partition_id}`. 404 when
     * the member is not assigned it.
     * </pre>
     */
    public void getKafkaConsumerAssignment(gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaConsumerAssignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}/configs`: what
     * DescribeConfigs lists for the broker, by name.
     * </pre>
     */
    public void listKafkaBrokerConfigs(gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaBrokerConfigsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/-/configs`: every broker's.
     * </pre>
     */
    public void listKafkaAllBrokerConfigs(gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaAllBrokerConfigsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../brokers/{broker_id}/configs/{name}`. 404 for a config the
     * broker does not list.
     * </pre>
     */
    public void getKafkaBrokerConfig(gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaBrokerConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `PUT .../brokers/{broker_id}/configs/{name}` `{"value"}`: 204.
     * </pre>
     */
    public void updateKafkaBrokerConfig(gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateKafkaBrokerConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE .../brokers/{broker_id}/configs/{name}`: back to the default. 204.
     * </pre>
     */
    public void deleteKafkaBrokerConfig(gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteKafkaBrokerConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST .../brokers/{broker_id}/configs:alter`: several at once. 204.
     * </pre>
     */
    public void updateKafkaBrokerConfigBatch(gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateKafkaBrokerConfigBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/broker-configs`: the cluster-wide
     * dynamic broker configs (KIP-226: DescribeConfigs of the BROKER
     * resource with the empty name, as Confluent's
     * `ClusterConfigManagerImpl`), by name. Kafka lists only those set.
     * </pre>
     */
    public void listKafkaClusterConfigs(gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListKafkaClusterConfigsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/broker-configs/{name}`. 404 for a
     * config that is not set cluster-wide.
     * </pre>
     */
    public void getKafkaClusterConfig(gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaClusterConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `PUT /v3/clusters/{cluster_id}/broker-configs/{name}` `{"value"}`:
     * sets it for every broker. 204. As Confluent, the name is not checked
     * first (Kafka lists only configs that are set).
     * </pre>
     */
    public void updateKafkaClusterConfig(gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateKafkaClusterConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/broker-configs/{name}`: removes the
     * cluster-wide value. 204; 404 when it is not set.
     * </pre>
     */
    public void deleteKafkaClusterConfig(gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteKafkaClusterConfigMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/broker-configs:alter`: several at
     * once (`AlterConfigBatchRequestData`). 204.
     * </pre>
     */
    public void updateKafkaClusterConfigs(gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateKafkaClusterConfigsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/-/partitions/-/reassignment`:
     * the ongoing replica reassignments (ListPartitionReassignments, sent by
     * Gregor's own Kafka connection: librdkafka has no call for it), sorted
     * by topic and partition. Named after Confluent's
     * `ListAllReassignmentsAction` (the OpenAPI file gives no operationId).
     * </pre>
     */
    public void listAllKafkaReassignments(gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAllKafkaReassignmentsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/partitions/-/reassignment`:
     * a topic's (`SearchReassignmentsByTopicAction`).
     * </pre>
     */
    public void searchKafkaReassignmentsByTopic(gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSearchKafkaReassignmentsByTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../topics/{topic_name}/partitions/{partition_id}/reassignment`:
     * one partition's; 404 when it is not being reassigned
     * (`GetReassignmentAction`).
     * </pre>
     */
    public void getKafkaReassignment(gregor.kafka.v1.Admin.GetKafkaReassignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaReassignmentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetKafkaReassignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/acls?resource_type=&amp;resource_name=&amp;
     * pattern_type=&amp;principal=&amp;host=&amp;operation=&amp;permission=`: the ACLs the
     * filter matches (unset enums are `ANY`, unset strings match any).
     * Kafka without an authorizer: 400 (40002, SecurityDisabledException).
     * </pre>
     */
    public void searchKafkaAcls(gregor.kafka.v1.Admin.SearchKafkaAclsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaAclsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSearchKafkaAclsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/acls`: creates one ACL; 201 with its
     * search URL as `Location` and no body.
     * </pre>
     */
    public void createKafkaAcls(gregor.kafka.v1.Admin.CreateKafkaAclsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.CreateKafkaAclsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateKafkaAclsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/acls:batch` `{"data": [...]}`: 204.
     * </pre>
     */
    public void batchCreateKafkaAcls(gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateKafkaAclsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/acls?...`: deletes what the filter
     * matches (every enum must be set: `UNKNOWN` or unset is 400, as
     * Confluent's); `{"data": [...]}`, the ACLs deleted.
     * </pre>
     */
    public void deleteKafkaAcls(gregor.kafka.v1.Admin.DeleteKafkaAclsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaAclsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteKafkaAclsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Kafka REST v3 administration (and `gregor topic|group` in the CLI).
   * </pre>
   */
  public static final class AdminServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<AdminServiceBlockingStub> {
    private AdminServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /v3/clusters`: the one cluster Gregor reaches.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaClustersResponse listKafkaClusters(gregor.kafka.v1.Admin.ListKafkaClustersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaClustersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}`. 404 for another cluster id.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaClusterResponse getKafkaCluster(gregor.kafka.v1.Admin.GetKafkaClusterRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaClusterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers`.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaBrokersResponse listKafkaBrokers(gregor.kafka.v1.Admin.ListKafkaBrokersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaBrokersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}`. 404 unknown broker.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaBrokerResponse getKafkaBroker(gregor.kafka.v1.Admin.GetKafkaBrokerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaBrokerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics`, sorted by name.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaTopicsResponse listKafkaTopics(gregor.kafka.v1.Admin.ListKafkaTopicsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaTopicsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/topics`: 201 with `Location` and the
     * topic. 40002 when it exists or Kafka refuses the settings.
     * </pre>
     */
    public gregor.kafka.v1.Admin.CreateKafkaTopicResponse createKafkaTopic(gregor.kafka.v1.Admin.CreateKafkaTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateKafkaTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}`. 40403 unknown topic.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaTopicResponse getKafkaTopic(gregor.kafka.v1.Admin.GetKafkaTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `PATCH /v3/clusters/{cluster_id}/topics/{topic_name}`
     * `{"partitions_count": N}`: adds partitions (CreatePartitions); the
     * topic afterwards. 40002 when Kafka refuses (fewer partitions, or a
     * broker without CreatePartitions).
     * </pre>
     */
    public gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse updatePartitionCountKafkaTopic(gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdatePartitionCountKafkaTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/topics/{topic_name}`: 204. 40403
     * unknown topic.
     * </pre>
     */
    public gregor.kafka.v1.Admin.DeleteKafkaTopicResponse deleteKafkaTopic(gregor.kafka.v1.Admin.DeleteKafkaTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteKafkaTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/-/configs`: the configs of every
     * topic.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse listKafkaAllTopicConfigs(gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaAllTopicConfigsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/configs`, sorted by
     * name (what the broker's DescribeConfigs lists).
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse listKafkaTopicConfigs(gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaTopicConfigsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/configs/{name}`. 404
     * for a config the broker does not list.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse getKafkaTopicConfig(gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaTopicConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `PUT .../configs/{name}` `{"value": "..."}`: sets one config
     * (IncrementalAlterConfigs SET). 204.
     * </pre>
     */
    public gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse updateKafkaTopicConfig(gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateKafkaTopicConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE .../configs/{name}`: back to the default (IncrementalAlterConfigs
     * DELETE). 204.
     * </pre>
     */
    public gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse deleteKafkaTopicConfig(gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteKafkaTopicConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST .../configs:alter` `{"data": [{"name", "value", "operation":
     * "SET"|"DELETE"}], "validate_only"}`: several configs in one
     * IncrementalAlterConfigs. 204.
     * </pre>
     */
    public gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse updateKafkaTopicConfigBatch(gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateKafkaTopicConfigBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/partitions`.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaPartitionsResponse listKafkaPartitions(gregor.kafka.v1.Admin.ListKafkaPartitionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaPartitionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}`. 40403 unknown topic or partition.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaPartitionResponse getKafkaPartition(gregor.kafka.v1.Admin.GetKafkaPartitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaPartitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/consumer-groups`, sorted by id.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse listKafkaConsumerGroups(gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaConsumerGroupsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}`.
     * 404 unknown group.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse getKafkaConsumerGroup(gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaConsumerGroupMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/consumers`: the members.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaConsumersResponse listKafkaConsumers(gregor.kafka.v1.Admin.ListKafkaConsumersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaConsumersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../consumers/{consumer_id}`. 404 unknown member.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaConsumerResponse getKafkaConsumer(gregor.kafka.v1.Admin.GetKafkaConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/lags`: per partition with
     * a committed offset, sorted by topic and partition; lag is the end
     * offset less the committed offset.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse listKafkaConsumerLags(gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaConsumerLagsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../lags/{topic_name}/partitions/{partition_id}`. 404 when the
     * group has no committed offset there.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse getKafkaConsumerLag(gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaConsumerLagMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/lag-summary`: the total
     * lag and the partition with the most.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse getKafkaConsumerGroupLagSummary(gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaConsumerGroupLagSummaryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/offset?offset_type=earliest_and_latest`
     * (the only type): the partition's earliest and latest offsets. 400 for
     * another offset_type, 40402 unknown partition.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse listKafkaPartitionOffsets(gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaPartitionOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/replicas`.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaReplicasResponse listKafkaReplicas(gregor.kafka.v1.Admin.ListKafkaReplicasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaReplicasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/replicas/{broker_id}`. 404 when the
     * broker holds no replica of it.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaReplicaResponse getKafkaReplica(gregor.kafka.v1.Admin.GetKafkaReplicaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaReplicaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}/partition-replicas`:
     * the replicas a broker holds, by topic and partition.
     * </pre>
     */
    public gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse searchKafkaReplicasByBroker(gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSearchKafkaReplicasByBrokerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../consumers/{consumer_id}/assignments`: the member's partitions.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse listKafkaConsumerAssignment(gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaConsumerAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../assignments/{topic_name}/partitions/{partition_id}`. 404 when
     * the member is not assigned it.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse getKafkaConsumerAssignment(gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaConsumerAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}/configs`: what
     * DescribeConfigs lists for the broker, by name.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse listKafkaBrokerConfigs(gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaBrokerConfigsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/-/configs`: every broker's.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse listKafkaAllBrokerConfigs(gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaAllBrokerConfigsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../brokers/{broker_id}/configs/{name}`. 404 for a config the
     * broker does not list.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse getKafkaBrokerConfig(gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaBrokerConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `PUT .../brokers/{broker_id}/configs/{name}` `{"value"}`: 204.
     * </pre>
     */
    public gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse updateKafkaBrokerConfig(gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateKafkaBrokerConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE .../brokers/{broker_id}/configs/{name}`: back to the default. 204.
     * </pre>
     */
    public gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse deleteKafkaBrokerConfig(gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteKafkaBrokerConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST .../brokers/{broker_id}/configs:alter`: several at once. 204.
     * </pre>
     */
    public gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse updateKafkaBrokerConfigBatch(gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateKafkaBrokerConfigBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/broker-configs`: the cluster-wide
     * dynamic broker configs (KIP-226: DescribeConfigs of the BROKER
     * resource with the empty name, as Confluent's
     * `ClusterConfigManagerImpl`), by name. Kafka lists only those set.
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse listKafkaClusterConfigs(gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListKafkaClusterConfigsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/broker-configs/{name}`. 404 for a
     * config that is not set cluster-wide.
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse getKafkaClusterConfig(gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaClusterConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `PUT /v3/clusters/{cluster_id}/broker-configs/{name}` `{"value"}`:
     * sets it for every broker. 204. As Confluent, the name is not checked
     * first (Kafka lists only configs that are set).
     * </pre>
     */
    public gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse updateKafkaClusterConfig(gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateKafkaClusterConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/broker-configs/{name}`: removes the
     * cluster-wide value. 204; 404 when it is not set.
     * </pre>
     */
    public gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse deleteKafkaClusterConfig(gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteKafkaClusterConfigMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/broker-configs:alter`: several at
     * once (`AlterConfigBatchRequestData`). 204.
     * </pre>
     */
    public gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse updateKafkaClusterConfigs(gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateKafkaClusterConfigsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/-/partitions/-/reassignment`:
     * the ongoing replica reassignments (ListPartitionReassignments, sent by
     * Gregor's own Kafka connection: librdkafka has no call for it), sorted
     * by topic and partition. Named after Confluent's
     * `ListAllReassignmentsAction` (the OpenAPI file gives no operationId).
     * </pre>
     */
    public gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse listAllKafkaReassignments(gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAllKafkaReassignmentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/partitions/-/reassignment`:
     * a topic's (`SearchReassignmentsByTopicAction`).
     * </pre>
     */
    public gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse searchKafkaReassignmentsByTopic(gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSearchKafkaReassignmentsByTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../topics/{topic_name}/partitions/{partition_id}/reassignment`:
     * one partition's; 404 when it is not being reassigned
     * (`GetReassignmentAction`).
     * </pre>
     */
    public gregor.kafka.v1.Admin.GetKafkaReassignmentResponse getKafkaReassignment(gregor.kafka.v1.Admin.GetKafkaReassignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetKafkaReassignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/acls?resource_type=&amp;resource_name=&amp;
     * pattern_type=&amp;principal=&amp;host=&amp;operation=&amp;permission=`: the ACLs the
     * filter matches (unset enums are `ANY`, unset strings match any).
     * Kafka without an authorizer: 400 (40002, SecurityDisabledException).
     * </pre>
     */
    public gregor.kafka.v1.Admin.SearchKafkaAclsResponse searchKafkaAcls(gregor.kafka.v1.Admin.SearchKafkaAclsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSearchKafkaAclsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/acls`: creates one ACL; 201 with its
     * search URL as `Location` and no body.
     * </pre>
     */
    public gregor.kafka.v1.Admin.CreateKafkaAclsResponse createKafkaAcls(gregor.kafka.v1.Admin.CreateKafkaAclsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateKafkaAclsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/acls:batch` `{"data": [...]}`: 204.
     * </pre>
     */
    public gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse batchCreateKafkaAcls(gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateKafkaAclsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/acls?...`: deletes what the filter
     * matches (every enum must be set: `UNKNOWN` or unset is 400, as
     * Confluent's); `{"data": [...]}`, the ACLs deleted.
     * </pre>
     */
    public gregor.kafka.v1.Admin.DeleteKafkaAclsResponse deleteKafkaAcls(gregor.kafka.v1.Admin.DeleteKafkaAclsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteKafkaAclsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Kafka REST v3 administration (and `gregor topic|group` in the CLI).
   * </pre>
   */
  public static final class AdminServiceFutureStub extends io.grpc.stub.AbstractFutureStub<AdminServiceFutureStub> {
    private AdminServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /v3/clusters`: the one cluster Gregor reaches.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaClustersResponse> listKafkaClusters(
        gregor.kafka.v1.Admin.ListKafkaClustersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaClustersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}`. 404 for another cluster id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaClusterResponse> getKafkaCluster(
        gregor.kafka.v1.Admin.GetKafkaClusterRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaClusterMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaBrokersResponse> listKafkaBrokers(
        gregor.kafka.v1.Admin.ListKafkaBrokersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaBrokersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}`. 404 unknown broker.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaBrokerResponse> getKafkaBroker(
        gregor.kafka.v1.Admin.GetKafkaBrokerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaBrokerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics`, sorted by name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaTopicsResponse> listKafkaTopics(
        gregor.kafka.v1.Admin.ListKafkaTopicsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaTopicsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/topics`: 201 with `Location` and the
     * topic. 40002 when it exists or Kafka refuses the settings.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.CreateKafkaTopicResponse> createKafkaTopic(
        gregor.kafka.v1.Admin.CreateKafkaTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateKafkaTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}`. 40403 unknown topic.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaTopicResponse> getKafkaTopic(
        gregor.kafka.v1.Admin.GetKafkaTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `PATCH /v3/clusters/{cluster_id}/topics/{topic_name}`
     * `{"partitions_count": N}`: adds partitions (CreatePartitions); the
     * topic afterwards. 40002 when Kafka refuses (fewer partitions, or a
     * broker without CreatePartitions).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse> updatePartitionCountKafkaTopic(
        gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdatePartitionCountKafkaTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/topics/{topic_name}`: 204. 40403
     * unknown topic.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.DeleteKafkaTopicResponse> deleteKafkaTopic(
        gregor.kafka.v1.Admin.DeleteKafkaTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteKafkaTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/-/configs`: the configs of every
     * topic.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse> listKafkaAllTopicConfigs(
        gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaAllTopicConfigsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/configs`, sorted by
     * name (what the broker's DescribeConfigs lists).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse> listKafkaTopicConfigs(
        gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaTopicConfigsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/configs/{name}`. 404
     * for a config the broker does not list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse> getKafkaTopicConfig(
        gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaTopicConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `PUT .../configs/{name}` `{"value": "..."}`: sets one config
     * (IncrementalAlterConfigs SET). 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse> updateKafkaTopicConfig(
        gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateKafkaTopicConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE .../configs/{name}`: back to the default (IncrementalAlterConfigs
     * DELETE). 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse> deleteKafkaTopicConfig(
        gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteKafkaTopicConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST .../configs:alter` `{"data": [{"name", "value", "operation":
     * "SET"|"DELETE"}], "validate_only"}`: several configs in one
     * IncrementalAlterConfigs. 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse> updateKafkaTopicConfigBatch(
        gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateKafkaTopicConfigBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/partitions`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaPartitionsResponse> listKafkaPartitions(
        gregor.kafka.v1.Admin.ListKafkaPartitionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaPartitionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}`. 40403 unknown topic or partition.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaPartitionResponse> getKafkaPartition(
        gregor.kafka.v1.Admin.GetKafkaPartitionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaPartitionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/consumer-groups`, sorted by id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse> listKafkaConsumerGroups(
        gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaConsumerGroupsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}`.
     * 404 unknown group.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse> getKafkaConsumerGroup(
        gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaConsumerGroupMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/consumers`: the members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaConsumersResponse> listKafkaConsumers(
        gregor.kafka.v1.Admin.ListKafkaConsumersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaConsumersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../consumers/{consumer_id}`. 404 unknown member.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaConsumerResponse> getKafkaConsumer(
        gregor.kafka.v1.Admin.GetKafkaConsumerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaConsumerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/lags`: per partition with
     * a committed offset, sorted by topic and partition; lag is the end
     * offset less the committed offset.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse> listKafkaConsumerLags(
        gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaConsumerLagsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../lags/{topic_name}/partitions/{partition_id}`. 404 when the
     * group has no committed offset there.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse> getKafkaConsumerLag(
        gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaConsumerLagMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../consumer-groups/{consumer_group_id}/lag-summary`: the total
     * lag and the partition with the most.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse> getKafkaConsumerGroupLagSummary(
        gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaConsumerGroupLagSummaryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/offset?offset_type=earliest_and_latest`
     * (the only type): the partition's earliest and latest offsets. 400 for
     * another offset_type, 40402 unknown partition.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse> listKafkaPartitionOffsets(
        gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaPartitionOffsetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/replicas`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaReplicasResponse> listKafkaReplicas(
        gregor.kafka.v1.Admin.ListKafkaReplicasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaReplicasMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../partitions/{partition_id}/replicas/{broker_id}`. 404 when the
     * broker holds no replica of it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaReplicaResponse> getKafkaReplica(
        gregor.kafka.v1.Admin.GetKafkaReplicaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaReplicaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}/partition-replicas`:
     * the replicas a broker holds, by topic and partition.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse> searchKafkaReplicasByBroker(
        gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSearchKafkaReplicasByBrokerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../consumers/{consumer_id}/assignments`: the member's partitions.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse> listKafkaConsumerAssignment(
        gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaConsumerAssignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../assignments/{topic_name}/partitions/{partition_id}`. 404 when
     * the member is not assigned it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse> getKafkaConsumerAssignment(
        gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaConsumerAssignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/{broker_id}/configs`: what
     * DescribeConfigs lists for the broker, by name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse> listKafkaBrokerConfigs(
        gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaBrokerConfigsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/brokers/-/configs`: every broker's.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse> listKafkaAllBrokerConfigs(
        gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaAllBrokerConfigsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../brokers/{broker_id}/configs/{name}`. 404 for a config the
     * broker does not list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse> getKafkaBrokerConfig(
        gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaBrokerConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `PUT .../brokers/{broker_id}/configs/{name}` `{"value"}`: 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse> updateKafkaBrokerConfig(
        gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateKafkaBrokerConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE .../brokers/{broker_id}/configs/{name}`: back to the default. 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse> deleteKafkaBrokerConfig(
        gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteKafkaBrokerConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST .../brokers/{broker_id}/configs:alter`: several at once. 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse> updateKafkaBrokerConfigBatch(
        gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateKafkaBrokerConfigBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/broker-configs`: the cluster-wide
     * dynamic broker configs (KIP-226: DescribeConfigs of the BROKER
     * resource with the empty name, as Confluent's
     * `ClusterConfigManagerImpl`), by name. Kafka lists only those set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse> listKafkaClusterConfigs(
        gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListKafkaClusterConfigsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/broker-configs/{name}`. 404 for a
     * config that is not set cluster-wide.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse> getKafkaClusterConfig(
        gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaClusterConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `PUT /v3/clusters/{cluster_id}/broker-configs/{name}` `{"value"}`:
     * sets it for every broker. 204. As Confluent, the name is not checked
     * first (Kafka lists only configs that are set).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse> updateKafkaClusterConfig(
        gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateKafkaClusterConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/broker-configs/{name}`: removes the
     * cluster-wide value. 204; 404 when it is not set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse> deleteKafkaClusterConfig(
        gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteKafkaClusterConfigMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/broker-configs:alter`: several at
     * once (`AlterConfigBatchRequestData`). 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse> updateKafkaClusterConfigs(
        gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateKafkaClusterConfigsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/-/partitions/-/reassignment`:
     * the ongoing replica reassignments (ListPartitionReassignments, sent by
     * Gregor's own Kafka connection: librdkafka has no call for it), sorted
     * by topic and partition. Named after Confluent's
     * `ListAllReassignmentsAction` (the OpenAPI file gives no operationId).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse> listAllKafkaReassignments(
        gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAllKafkaReassignmentsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/topics/{topic_name}/partitions/-/reassignment`:
     * a topic's (`SearchReassignmentsByTopicAction`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse> searchKafkaReassignmentsByTopic(
        gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSearchKafkaReassignmentsByTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../topics/{topic_name}/partitions/{partition_id}/reassignment`:
     * one partition's; 404 when it is not being reassigned
     * (`GetReassignmentAction`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.GetKafkaReassignmentResponse> getKafkaReassignment(
        gregor.kafka.v1.Admin.GetKafkaReassignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetKafkaReassignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /v3/clusters/{cluster_id}/acls?resource_type=&amp;resource_name=&amp;
     * pattern_type=&amp;principal=&amp;host=&amp;operation=&amp;permission=`: the ACLs the
     * filter matches (unset enums are `ANY`, unset strings match any).
     * Kafka without an authorizer: 400 (40002, SecurityDisabledException).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.SearchKafkaAclsResponse> searchKafkaAcls(
        gregor.kafka.v1.Admin.SearchKafkaAclsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSearchKafkaAclsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/acls`: creates one ACL; 201 with its
     * search URL as `Location` and no body.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.CreateKafkaAclsResponse> createKafkaAcls(
        gregor.kafka.v1.Admin.CreateKafkaAclsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateKafkaAclsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /v3/clusters/{cluster_id}/acls:batch` `{"data": [...]}`: 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse> batchCreateKafkaAcls(
        gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateKafkaAclsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /v3/clusters/{cluster_id}/acls?...`: deletes what the filter
     * matches (every enum must be set: `UNKNOWN` or unset is 400, as
     * Confluent's); `{"data": [...]}`, the ACLs deleted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.Admin.DeleteKafkaAclsResponse> deleteKafkaAcls(
        gregor.kafka.v1.Admin.DeleteKafkaAclsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteKafkaAclsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_KAFKA_CLUSTERS = 0;
  private static final int METHODID_GET_KAFKA_CLUSTER = 1;
  private static final int METHODID_LIST_KAFKA_BROKERS = 2;
  private static final int METHODID_GET_KAFKA_BROKER = 3;
  private static final int METHODID_LIST_KAFKA_TOPICS = 4;
  private static final int METHODID_CREATE_KAFKA_TOPIC = 5;
  private static final int METHODID_GET_KAFKA_TOPIC = 6;
  private static final int METHODID_UPDATE_PARTITION_COUNT_KAFKA_TOPIC = 7;
  private static final int METHODID_DELETE_KAFKA_TOPIC = 8;
  private static final int METHODID_LIST_KAFKA_ALL_TOPIC_CONFIGS = 9;
  private static final int METHODID_LIST_KAFKA_TOPIC_CONFIGS = 10;
  private static final int METHODID_GET_KAFKA_TOPIC_CONFIG = 11;
  private static final int METHODID_UPDATE_KAFKA_TOPIC_CONFIG = 12;
  private static final int METHODID_DELETE_KAFKA_TOPIC_CONFIG = 13;
  private static final int METHODID_UPDATE_KAFKA_TOPIC_CONFIG_BATCH = 14;
  private static final int METHODID_LIST_KAFKA_PARTITIONS = 15;
  private static final int METHODID_GET_KAFKA_PARTITION = 16;
  private static final int METHODID_LIST_KAFKA_CONSUMER_GROUPS = 17;
  private static final int METHODID_GET_KAFKA_CONSUMER_GROUP = 18;
  private static final int METHODID_LIST_KAFKA_CONSUMERS = 19;
  private static final int METHODID_GET_KAFKA_CONSUMER = 20;
  private static final int METHODID_LIST_KAFKA_CONSUMER_LAGS = 21;
  private static final int METHODID_GET_KAFKA_CONSUMER_LAG = 22;
  private static final int METHODID_GET_KAFKA_CONSUMER_GROUP_LAG_SUMMARY = 23;
  private static final int METHODID_LIST_KAFKA_PARTITION_OFFSETS = 24;
  private static final int METHODID_LIST_KAFKA_REPLICAS = 25;
  private static final int METHODID_GET_KAFKA_REPLICA = 26;
  private static final int METHODID_SEARCH_KAFKA_REPLICAS_BY_BROKER = 27;
  private static final int METHODID_LIST_KAFKA_CONSUMER_ASSIGNMENT = 28;
  private static final int METHODID_GET_KAFKA_CONSUMER_ASSIGNMENT = 29;
  private static final int METHODID_LIST_KAFKA_BROKER_CONFIGS = 30;
  private static final int METHODID_LIST_KAFKA_ALL_BROKER_CONFIGS = 31;
  private static final int METHODID_GET_KAFKA_BROKER_CONFIG = 32;
  private static final int METHODID_UPDATE_KAFKA_BROKER_CONFIG = 33;
  private static final int METHODID_DELETE_KAFKA_BROKER_CONFIG = 34;
  private static final int METHODID_UPDATE_KAFKA_BROKER_CONFIG_BATCH = 35;
  private static final int METHODID_LIST_KAFKA_CLUSTER_CONFIGS = 36;
  private static final int METHODID_GET_KAFKA_CLUSTER_CONFIG = 37;
  private static final int METHODID_UPDATE_KAFKA_CLUSTER_CONFIG = 38;
  private static final int METHODID_DELETE_KAFKA_CLUSTER_CONFIG = 39;
  private static final int METHODID_UPDATE_KAFKA_CLUSTER_CONFIGS = 40;
  private static final int METHODID_LIST_ALL_KAFKA_REASSIGNMENTS = 41;
  private static final int METHODID_SEARCH_KAFKA_REASSIGNMENTS_BY_TOPIC = 42;
  private static final int METHODID_GET_KAFKA_REASSIGNMENT = 43;
  private static final int METHODID_SEARCH_KAFKA_ACLS = 44;
  private static final int METHODID_CREATE_KAFKA_ACLS = 45;
  private static final int METHODID_BATCH_CREATE_KAFKA_ACLS = 46;
  private static final int METHODID_DELETE_KAFKA_ACLS = 47;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AdminServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(AdminServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_KAFKA_CLUSTERS:
          serviceImpl.listKafkaClusters((gregor.kafka.v1.Admin.ListKafkaClustersRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaClustersResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_CLUSTER:
          serviceImpl.getKafkaCluster((gregor.kafka.v1.Admin.GetKafkaClusterRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaClusterResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_BROKERS:
          serviceImpl.listKafkaBrokers((gregor.kafka.v1.Admin.ListKafkaBrokersRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaBrokersResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_BROKER:
          serviceImpl.getKafkaBroker((gregor.kafka.v1.Admin.GetKafkaBrokerRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaBrokerResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_TOPICS:
          serviceImpl.listKafkaTopics((gregor.kafka.v1.Admin.ListKafkaTopicsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaTopicsResponse>) responseObserver);
          break;
        case METHODID_CREATE_KAFKA_TOPIC:
          serviceImpl.createKafkaTopic((gregor.kafka.v1.Admin.CreateKafkaTopicRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.CreateKafkaTopicResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_TOPIC:
          serviceImpl.getKafkaTopic((gregor.kafka.v1.Admin.GetKafkaTopicRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaTopicResponse>) responseObserver);
          break;
        case METHODID_UPDATE_PARTITION_COUNT_KAFKA_TOPIC:
          serviceImpl.updatePartitionCountKafkaTopic((gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdatePartitionCountKafkaTopicResponse>) responseObserver);
          break;
        case METHODID_DELETE_KAFKA_TOPIC:
          serviceImpl.deleteKafkaTopic((gregor.kafka.v1.Admin.DeleteKafkaTopicRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaTopicResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_ALL_TOPIC_CONFIGS:
          serviceImpl.listKafkaAllTopicConfigs((gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaAllTopicConfigsResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_TOPIC_CONFIGS:
          serviceImpl.listKafkaTopicConfigs((gregor.kafka.v1.Admin.ListKafkaTopicConfigsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaTopicConfigsResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_TOPIC_CONFIG:
          serviceImpl.getKafkaTopicConfig((gregor.kafka.v1.Admin.GetKafkaTopicConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaTopicConfigResponse>) responseObserver);
          break;
        case METHODID_UPDATE_KAFKA_TOPIC_CONFIG:
          serviceImpl.updateKafkaTopicConfig((gregor.kafka.v1.Admin.UpdateKafkaTopicConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigResponse>) responseObserver);
          break;
        case METHODID_DELETE_KAFKA_TOPIC_CONFIG:
          serviceImpl.deleteKafkaTopicConfig((gregor.kafka.v1.Admin.DeleteKafkaTopicConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaTopicConfigResponse>) responseObserver);
          break;
        case METHODID_UPDATE_KAFKA_TOPIC_CONFIG_BATCH:
          serviceImpl.updateKafkaTopicConfigBatch((gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaTopicConfigBatchResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_PARTITIONS:
          serviceImpl.listKafkaPartitions((gregor.kafka.v1.Admin.ListKafkaPartitionsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaPartitionsResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_PARTITION:
          serviceImpl.getKafkaPartition((gregor.kafka.v1.Admin.GetKafkaPartitionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaPartitionResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_CONSUMER_GROUPS:
          serviceImpl.listKafkaConsumerGroups((gregor.kafka.v1.Admin.ListKafkaConsumerGroupsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerGroupsResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_CONSUMER_GROUP:
          serviceImpl.getKafkaConsumerGroup((gregor.kafka.v1.Admin.GetKafkaConsumerGroupRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerGroupResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_CONSUMERS:
          serviceImpl.listKafkaConsumers((gregor.kafka.v1.Admin.ListKafkaConsumersRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumersResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_CONSUMER:
          serviceImpl.getKafkaConsumer((gregor.kafka.v1.Admin.GetKafkaConsumerRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_CONSUMER_LAGS:
          serviceImpl.listKafkaConsumerLags((gregor.kafka.v1.Admin.ListKafkaConsumerLagsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerLagsResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_CONSUMER_LAG:
          serviceImpl.getKafkaConsumerLag((gregor.kafka.v1.Admin.GetKafkaConsumerLagRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerLagResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_CONSUMER_GROUP_LAG_SUMMARY:
          serviceImpl.getKafkaConsumerGroupLagSummary((gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerGroupLagSummaryResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_PARTITION_OFFSETS:
          serviceImpl.listKafkaPartitionOffsets((gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaPartitionOffsetsResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_REPLICAS:
          serviceImpl.listKafkaReplicas((gregor.kafka.v1.Admin.ListKafkaReplicasRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaReplicasResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_REPLICA:
          serviceImpl.getKafkaReplica((gregor.kafka.v1.Admin.GetKafkaReplicaRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaReplicaResponse>) responseObserver);
          break;
        case METHODID_SEARCH_KAFKA_REPLICAS_BY_BROKER:
          serviceImpl.searchKafkaReplicasByBroker((gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaReplicasByBrokerResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_CONSUMER_ASSIGNMENT:
          serviceImpl.listKafkaConsumerAssignment((gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaConsumerAssignmentResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_CONSUMER_ASSIGNMENT:
          serviceImpl.getKafkaConsumerAssignment((gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaConsumerAssignmentResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_BROKER_CONFIGS:
          serviceImpl.listKafkaBrokerConfigs((gregor.kafka.v1.Admin.ListKafkaBrokerConfigsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaBrokerConfigsResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_ALL_BROKER_CONFIGS:
          serviceImpl.listKafkaAllBrokerConfigs((gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaAllBrokerConfigsResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_BROKER_CONFIG:
          serviceImpl.getKafkaBrokerConfig((gregor.kafka.v1.Admin.GetKafkaBrokerConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaBrokerConfigResponse>) responseObserver);
          break;
        case METHODID_UPDATE_KAFKA_BROKER_CONFIG:
          serviceImpl.updateKafkaBrokerConfig((gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigResponse>) responseObserver);
          break;
        case METHODID_DELETE_KAFKA_BROKER_CONFIG:
          serviceImpl.deleteKafkaBrokerConfig((gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaBrokerConfigResponse>) responseObserver);
          break;
        case METHODID_UPDATE_KAFKA_BROKER_CONFIG_BATCH:
          serviceImpl.updateKafkaBrokerConfigBatch((gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaBrokerConfigBatchResponse>) responseObserver);
          break;
        case METHODID_LIST_KAFKA_CLUSTER_CONFIGS:
          serviceImpl.listKafkaClusterConfigs((gregor.kafka.v1.Admin.ListKafkaClusterConfigsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListKafkaClusterConfigsResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_CLUSTER_CONFIG:
          serviceImpl.getKafkaClusterConfig((gregor.kafka.v1.Admin.GetKafkaClusterConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaClusterConfigResponse>) responseObserver);
          break;
        case METHODID_UPDATE_KAFKA_CLUSTER_CONFIG:
          serviceImpl.updateKafkaClusterConfig((gregor.kafka.v1.Admin.UpdateKafkaClusterConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigResponse>) responseObserver);
          break;
        case METHODID_DELETE_KAFKA_CLUSTER_CONFIG:
          serviceImpl.deleteKafkaClusterConfig((gregor.kafka.v1.Admin.DeleteKafkaClusterConfigRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaClusterConfigResponse>) responseObserver);
          break;
        case METHODID_UPDATE_KAFKA_CLUSTER_CONFIGS:
          serviceImpl.updateKafkaClusterConfigs((gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.UpdateKafkaClusterConfigsResponse>) responseObserver);
          break;
        case METHODID_LIST_ALL_KAFKA_REASSIGNMENTS:
          serviceImpl.listAllKafkaReassignments((gregor.kafka.v1.Admin.ListAllKafkaReassignmentsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.ListAllKafkaReassignmentsResponse>) responseObserver);
          break;
        case METHODID_SEARCH_KAFKA_REASSIGNMENTS_BY_TOPIC:
          serviceImpl.searchKafkaReassignmentsByTopic((gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaReassignmentsByTopicResponse>) responseObserver);
          break;
        case METHODID_GET_KAFKA_REASSIGNMENT:
          serviceImpl.getKafkaReassignment((gregor.kafka.v1.Admin.GetKafkaReassignmentRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.GetKafkaReassignmentResponse>) responseObserver);
          break;
        case METHODID_SEARCH_KAFKA_ACLS:
          serviceImpl.searchKafkaAcls((gregor.kafka.v1.Admin.SearchKafkaAclsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.SearchKafkaAclsResponse>) responseObserver);
          break;
        case METHODID_CREATE_KAFKA_ACLS:
          serviceImpl.createKafkaAcls((gregor.kafka.v1.Admin.CreateKafkaAclsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.CreateKafkaAclsResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_KAFKA_ACLS:
          serviceImpl.batchCreateKafkaAcls((gregor.kafka.v1.Admin.BatchCreateKafkaAclsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.BatchCreateKafkaAclsResponse>) responseObserver);
          break;
        case METHODID_DELETE_KAFKA_ACLS:
          serviceImpl.deleteKafkaAcls((gregor.kafka.v1.Admin.DeleteKafkaAclsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.Admin.DeleteKafkaAclsResponse>) responseObserver);
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

  private static abstract class AdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AdminServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return gregor.kafka.v1.Admin.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AdminService");
    }
  }

  private static final class AdminServiceFileDescriptorSupplier
      extends AdminServiceBaseDescriptorSupplier {
    AdminServiceFileDescriptorSupplier() {}
  }

  private static final class AdminServiceMethodDescriptorSupplier
      extends AdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    AdminServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (AdminServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AdminServiceFileDescriptorSupplier())
              .addMethod(getListKafkaClustersMethod())
              .addMethod(getGetKafkaClusterMethod())
              .addMethod(getListKafkaBrokersMethod())
              .addMethod(getGetKafkaBrokerMethod())
              .addMethod(getListKafkaTopicsMethod())
              .addMethod(getCreateKafkaTopicMethod())
              .addMethod(getGetKafkaTopicMethod())
              .addMethod(getUpdatePartitionCountKafkaTopicMethod())
              .addMethod(getDeleteKafkaTopicMethod())
              .addMethod(getListKafkaAllTopicConfigsMethod())
              .addMethod(getListKafkaTopicConfigsMethod())
              .addMethod(getGetKafkaTopicConfigMethod())
              .addMethod(getUpdateKafkaTopicConfigMethod())
              .addMethod(getDeleteKafkaTopicConfigMethod())
              .addMethod(getUpdateKafkaTopicConfigBatchMethod())
              .addMethod(getListKafkaPartitionsMethod())
              .addMethod(getGetKafkaPartitionMethod())
              .addMethod(getListKafkaConsumerGroupsMethod())
              .addMethod(getGetKafkaConsumerGroupMethod())
              .addMethod(getListKafkaConsumersMethod())
              .addMethod(getGetKafkaConsumerMethod())
              .addMethod(getListKafkaConsumerLagsMethod())
              .addMethod(getGetKafkaConsumerLagMethod())
              .addMethod(getGetKafkaConsumerGroupLagSummaryMethod())
              .addMethod(getListKafkaPartitionOffsetsMethod())
              .addMethod(getListKafkaReplicasMethod())
              .addMethod(getGetKafkaReplicaMethod())
              .addMethod(getSearchKafkaReplicasByBrokerMethod())
              .addMethod(getListKafkaConsumerAssignmentMethod())
              .addMethod(getGetKafkaConsumerAssignmentMethod())
              .addMethod(getListKafkaBrokerConfigsMethod())
              .addMethod(getListKafkaAllBrokerConfigsMethod())
              .addMethod(getGetKafkaBrokerConfigMethod())
              .addMethod(getUpdateKafkaBrokerConfigMethod())
              .addMethod(getDeleteKafkaBrokerConfigMethod())
              .addMethod(getUpdateKafkaBrokerConfigBatchMethod())
              .addMethod(getListKafkaClusterConfigsMethod())
              .addMethod(getGetKafkaClusterConfigMethod())
              .addMethod(getUpdateKafkaClusterConfigMethod())
              .addMethod(getDeleteKafkaClusterConfigMethod())
              .addMethod(getUpdateKafkaClusterConfigsMethod())
              .addMethod(getListAllKafkaReassignmentsMethod())
              .addMethod(getSearchKafkaReassignmentsByTopicMethod())
              .addMethod(getGetKafkaReassignmentMethod())
              .addMethod(getSearchKafkaAclsMethod())
              .addMethod(getCreateKafkaAclsMethod())
              .addMethod(getBatchCreateKafkaAclsMethod())
              .addMethod(getDeleteKafkaAclsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
