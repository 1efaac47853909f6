package gregor.kafka.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Kafka REST Proxy v2: metadata, produce and consumer instances. `GET /`
 * and `POST /` are the registry's root resource when the process runs the
 * registry, `KafkaRestRootService` when it does not.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: gregor/kafka/v1/rest_proxy.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class KafkaRestServiceGrpc {

  private KafkaRestServiceGrpc() {}

  public static final String SERVICE_NAME = "gregor.kafka.v1.KafkaRestService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListBrokersRequest,
      gregor.kafka.v1.RestProxy.ListBrokersResponse> getListBrokersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListBrokers",
      requestType = gregor.kafka.v1.RestProxy.ListBrokersRequest.class,
      responseType = gregor.kafka.v1.RestProxy.ListBrokersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListBrokersRequest,
      gregor.kafka.v1.RestProxy.ListBrokersResponse> getListBrokersMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListBrokersRequest, gregor.kafka.v1.RestProxy.ListBrokersResponse> getListBrokersMethod;
    if ((getListBrokersMethod = KafkaRestServiceGrpc.getListBrokersMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getListBrokersMethod = KafkaRestServiceGrpc.getListBrokersMethod) == null) {
          KafkaRestServiceGrpc.getListBrokersMethod = getListBrokersMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.ListBrokersRequest, gregor.kafka.v1.RestProxy.ListBrokersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListBrokers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ListBrokersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ListBrokersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("ListBrokers"))
              .build();
        }
      }
    }
    return getListBrokersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListTopicsRequest,
      gregor.kafka.v1.RestProxy.ListTopicsResponse> getListTopicsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTopics",
      requestType = gregor.kafka.v1.RestProxy.ListTopicsRequest.class,
      responseType = gregor.kafka.v1.RestProxy.ListTopicsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListTopicsRequest,
      gregor.kafka.v1.RestProxy.ListTopicsResponse> getListTopicsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListTopicsRequest, gregor.kafka.v1.RestProxy.ListTopicsResponse> getListTopicsMethod;
    if ((getListTopicsMethod = KafkaRestServiceGrpc.getListTopicsMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getListTopicsMethod = KafkaRestServiceGrpc.getListTopicsMethod) == null) {
          KafkaRestServiceGrpc.getListTopicsMethod = getListTopicsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.ListTopicsRequest, gregor.kafka.v1.RestProxy.ListTopicsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTopics"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ListTopicsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ListTopicsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("ListTopics"))
              .build();
        }
      }
    }
    return getListTopicsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetTopicRequest,
      gregor.kafka.v1.RestProxy.GetTopicResponse> getGetTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTopic",
      requestType = gregor.kafka.v1.RestProxy.GetTopicRequest.class,
      responseType = gregor.kafka.v1.RestProxy.GetTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetTopicRequest,
      gregor.kafka.v1.RestProxy.GetTopicResponse> getGetTopicMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetTopicRequest, gregor.kafka.v1.RestProxy.GetTopicResponse> getGetTopicMethod;
    if ((getGetTopicMethod = KafkaRestServiceGrpc.getGetTopicMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getGetTopicMethod = KafkaRestServiceGrpc.getGetTopicMethod) == null) {
          KafkaRestServiceGrpc.getGetTopicMethod = getGetTopicMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.GetTopicRequest, gregor.kafka.v1.RestProxy.GetTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("GetTopic"))
              .build();
        }
      }
    }
    return getGetTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ProduceToTopicRequest,
      gregor.kafka.v1.RestProxy.ProduceToTopicResponse> getProduceToTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProduceToTopic",
      requestType = gregor.kafka.v1.RestProxy.ProduceToTopicRequest.class,
      responseType = gregor.kafka.v1.RestProxy.ProduceToTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ProduceToTopicRequest,
      gregor.kafka.v1.RestProxy.ProduceToTopicResponse> getProduceToTopicMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ProduceToTopicRequest, gregor.kafka.v1.RestProxy.ProduceToTopicResponse> getProduceToTopicMethod;
    if ((getProduceToTopicMethod = KafkaRestServiceGrpc.getProduceToTopicMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getProduceToTopicMethod = KafkaRestServiceGrpc.getProduceToTopicMethod) == null) {
          KafkaRestServiceGrpc.getProduceToTopicMethod = getProduceToTopicMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.ProduceToTopicRequest, gregor.kafka.v1.RestProxy.ProduceToTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProduceToTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ProduceToTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ProduceToTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("ProduceToTopic"))
              .build();
        }
      }
    }
    return getProduceToTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListPartitionsRequest,
      gregor.kafka.v1.RestProxy.ListPartitionsResponse> getListPartitionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPartitions",
      requestType = gregor.kafka.v1.RestProxy.ListPartitionsRequest.class,
      responseType = gregor.kafka.v1.RestProxy.ListPartitionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListPartitionsRequest,
      gregor.kafka.v1.RestProxy.ListPartitionsResponse> getListPartitionsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ListPartitionsRequest, gregor.kafka.v1.RestProxy.ListPartitionsResponse> getListPartitionsMethod;
    if ((getListPartitionsMethod = KafkaRestServiceGrpc.getListPartitionsMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getListPartitionsMethod = KafkaRestServiceGrpc.getListPartitionsMethod) == null) {
          KafkaRestServiceGrpc.getListPartitionsMethod = getListPartitionsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.ListPartitionsRequest, gregor.kafka.v1.RestProxy.ListPartitionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPartitions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ListPartitionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ListPartitionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("ListPartitions"))
              .build();
        }
      }
    }
    return getListPartitionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetPartitionRequest,
      gregor.kafka.v1.RestProxy.GetPartitionResponse> getGetPartitionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPartition",
      requestType = gregor.kafka.v1.RestProxy.GetPartitionRequest.class,
      responseType = gregor.kafka.v1.RestProxy.GetPartitionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetPartitionRequest,
      gregor.kafka.v1.RestProxy.GetPartitionResponse> getGetPartitionMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetPartitionRequest, gregor.kafka.v1.RestProxy.GetPartitionResponse> getGetPartitionMethod;
    if ((getGetPartitionMethod = KafkaRestServiceGrpc.getGetPartitionMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getGetPartitionMethod = KafkaRestServiceGrpc.getGetPartitionMethod) == null) {
          KafkaRestServiceGrpc.getGetPartitionMethod = getGetPartitionMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.GetPartitionRequest, gregor.kafka.v1.RestProxy.GetPartitionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPartition"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetPartitionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetPartitionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("GetPartition"))
              .build();
        }
      }
    }
    return getGetPartitionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest,
      gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse> getGetPartitionOffsetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPartitionOffsets",
      requestType = gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest.class,
      responseType = gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest,
      gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse> getGetPartitionOffsetsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest, gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse> getGetPartitionOffsetsMethod;
    if ((getGetPartitionOffsetsMethod = KafkaRestServiceGrpc.getGetPartitionOffsetsMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getGetPartitionOffsetsMethod = KafkaRestServiceGrpc.getGetPartitionOffsetsMethod) == null) {
          KafkaRestServiceGrpc.getGetPartitionOffsetsMethod = getGetPartitionOffsetsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest, gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPartitionOffsets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("GetPartitionOffsets"))
              .build();
        }
      }
    }
    return getGetPartitionOffsetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ProduceToPartitionRequest,
      gregor.kafka.v1.RestProxy.ProduceToPartitionResponse> getProduceToPartitionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProduceToPartition",
      requestType = gregor.kafka.v1.RestProxy.ProduceToPartitionRequest.class,
      responseType = gregor.kafka.v1.RestProxy.ProduceToPartitionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ProduceToPartitionRequest,
      gregor.kafka.v1.RestProxy.ProduceToPartitionResponse> getProduceToPartitionMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ProduceToPartitionRequest, gregor.kafka.v1.RestProxy.ProduceToPartitionResponse> getProduceToPartitionMethod;
    if ((getProduceToPartitionMethod = KafkaRestServiceGrpc.getProduceToPartitionMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getProduceToPartitionMethod = KafkaRestServiceGrpc.getProduceToPartitionMethod) == null) {
          KafkaRestServiceGrpc.getProduceToPartitionMethod = getProduceToPartitionMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.ProduceToPartitionRequest, gregor.kafka.v1.RestProxy.ProduceToPartitionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProduceToPartition"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ProduceToPartitionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ProduceToPartitionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("ProduceToPartition"))
              .build();
        }
      }
    }
    return getProduceToPartitionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.CreateConsumerRequest,
      gregor.kafka.v1.RestProxy.CreateConsumerResponse> getCreateConsumerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateConsumer",
      requestType = gregor.kafka.v1.RestProxy.CreateConsumerRequest.class,
      responseType = gregor.kafka.v1.RestProxy.CreateConsumerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.CreateConsumerRequest,
      gregor.kafka.v1.RestProxy.CreateConsumerResponse> getCreateConsumerMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.CreateConsumerRequest, gregor.kafka.v1.RestProxy.CreateConsumerResponse> getCreateConsumerMethod;
    if ((getCreateConsumerMethod = KafkaRestServiceGrpc.getCreateConsumerMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getCreateConsumerMethod = KafkaRestServiceGrpc.getCreateConsumerMethod) == null) {
          KafkaRestServiceGrpc.getCreateConsumerMethod = getCreateConsumerMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.CreateConsumerRequest, gregor.kafka.v1.RestProxy.CreateConsumerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateConsumer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.CreateConsumerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.CreateConsumerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("CreateConsumer"))
              .build();
        }
      }
    }
    return getCreateConsumerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.DeleteConsumerRequest,
      gregor.kafka.v1.RestProxy.DeleteConsumerResponse> getDeleteConsumerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteConsumer",
      requestType = gregor.kafka.v1.RestProxy.DeleteConsumerRequest.class,
      responseType = gregor.kafka.v1.RestProxy.DeleteConsumerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.DeleteConsumerRequest,
      gregor.kafka.v1.RestProxy.DeleteConsumerResponse> getDeleteConsumerMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.DeleteConsumerRequest, gregor.kafka.v1.RestProxy.DeleteConsumerResponse> getDeleteConsumerMethod;
    if ((getDeleteConsumerMethod = KafkaRestServiceGrpc.getDeleteConsumerMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getDeleteConsumerMethod = KafkaRestServiceGrpc.getDeleteConsumerMethod) == null) {
          KafkaRestServiceGrpc.getDeleteConsumerMethod = getDeleteConsumerMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.DeleteConsumerRequest, gregor.kafka.v1.RestProxy.DeleteConsumerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteConsumer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.DeleteConsumerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.DeleteConsumerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("DeleteConsumer"))
              .build();
        }
      }
    }
    return getDeleteConsumerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SetSubscriptionRequest,
      gregor.kafka.v1.RestProxy.SetSubscriptionResponse> getSetSubscriptionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetSubscription",
      requestType = gregor.kafka.v1.RestProxy.SetSubscriptionRequest.class,
      responseType = gregor.kafka.v1.RestProxy.SetSubscriptionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SetSubscriptionRequest,
      gregor.kafka.v1.RestProxy.SetSubscriptionResponse> getSetSubscriptionMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SetSubscriptionRequest, gregor.kafka.v1.RestProxy.SetSubscriptionResponse> getSetSubscriptionMethod;
    if ((getSetSubscriptionMethod = KafkaRestServiceGrpc.getSetSubscriptionMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getSetSubscriptionMethod = KafkaRestServiceGrpc.getSetSubscriptionMethod) == null) {
          KafkaRestServiceGrpc.getSetSubscriptionMethod = getSetSubscriptionMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.SetSubscriptionRequest, gregor.kafka.v1.RestProxy.SetSubscriptionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetSubscription"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SetSubscriptionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SetSubscriptionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("SetSubscription"))
              .build();
        }
      }
    }
    return getSetSubscriptionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetSubscriptionRequest,
      gregor.kafka.v1.RestProxy.GetSubscriptionResponse> getGetSubscriptionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSubscription",
      requestType = gregor.kafka.v1.RestProxy.GetSubscriptionRequest.class,
      responseType = gregor.kafka.v1.RestProxy.GetSubscriptionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetSubscriptionRequest,
      gregor.kafka.v1.RestProxy.GetSubscriptionResponse> getGetSubscriptionMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetSubscriptionRequest, gregor.kafka.v1.RestProxy.GetSubscriptionResponse> getGetSubscriptionMethod;
    if ((getGetSubscriptionMethod = KafkaRestServiceGrpc.getGetSubscriptionMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getGetSubscriptionMethod = KafkaRestServiceGrpc.getGetSubscriptionMethod) == null) {
          KafkaRestServiceGrpc.getGetSubscriptionMethod = getGetSubscriptionMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.GetSubscriptionRequest, gregor.kafka.v1.RestProxy.GetSubscriptionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSubscription"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetSubscriptionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetSubscriptionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("GetSubscription"))
              .build();
        }
      }
    }
    return getGetSubscriptionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest,
      gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse> getDeleteSubscriptionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSubscription",
      requestType = gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest.class,
      responseType = gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest,
      gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse> getDeleteSubscriptionMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest, gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse> getDeleteSubscriptionMethod;
    if ((getDeleteSubscriptionMethod = KafkaRestServiceGrpc.getDeleteSubscriptionMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getDeleteSubscriptionMethod = KafkaRestServiceGrpc.getDeleteSubscriptionMethod) == null) {
          KafkaRestServiceGrpc.getDeleteSubscriptionMethod = getDeleteSubscriptionMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest, gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSubscription"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("DeleteSubscription"))
              .build();
        }
      }
    }
    return getDeleteSubscriptionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SetAssignmentRequest,
      gregor.kafka.v1.RestProxy.SetAssignmentResponse> getSetAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetAssignment",
      requestType = gregor.kafka.v1.RestProxy.SetAssignmentRequest.class,
      responseType = gregor.kafka.v1.RestProxy.SetAssignmentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SetAssignmentRequest,
      gregor.kafka.v1.RestProxy.SetAssignmentResponse> getSetAssignmentMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SetAssignmentRequest, gregor.kafka.v1.RestProxy.SetAssignmentResponse> getSetAssignmentMethod;
    if ((getSetAssignmentMethod = KafkaRestServiceGrpc.getSetAssignmentMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getSetAssignmentMethod = KafkaRestServiceGrpc.getSetAssignmentMethod) == null) {
          KafkaRestServiceGrpc.getSetAssignmentMethod = getSetAssignmentMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.SetAssignmentRequest, gregor.kafka.v1.RestProxy.SetAssignmentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SetAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SetAssignmentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("SetAssignment"))
              .build();
        }
      }
    }
    return getSetAssignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetAssignmentRequest,
      gregor.kafka.v1.RestProxy.GetAssignmentResponse> getGetAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAssignment",
      requestType = gregor.kafka.v1.RestProxy.GetAssignmentRequest.class,
      responseType = gregor.kafka.v1.RestProxy.GetAssignmentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetAssignmentRequest,
      gregor.kafka.v1.RestProxy.GetAssignmentResponse> getGetAssignmentMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetAssignmentRequest, gregor.kafka.v1.RestProxy.GetAssignmentResponse> getGetAssignmentMethod;
    if ((getGetAssignmentMethod = KafkaRestServiceGrpc.getGetAssignmentMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getGetAssignmentMethod = KafkaRestServiceGrpc.getGetAssignmentMethod) == null) {
          KafkaRestServiceGrpc.getGetAssignmentMethod = getGetAssignmentMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.GetAssignmentRequest, gregor.kafka.v1.RestProxy.GetAssignmentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetAssignmentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("GetAssignment"))
              .build();
        }
      }
    }
    return getGetAssignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekRequest,
      gregor.kafka.v1.RestProxy.SeekResponse> getSeekMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Seek",
      requestType = gregor.kafka.v1.RestProxy.SeekRequest.class,
      responseType = gregor.kafka.v1.RestProxy.SeekResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekRequest,
      gregor.kafka.v1.RestProxy.SeekResponse> getSeekMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekRequest, gregor.kafka.v1.RestProxy.SeekResponse> getSeekMethod;
    if ((getSeekMethod = KafkaRestServiceGrpc.getSeekMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getSeekMethod = KafkaRestServiceGrpc.getSeekMethod) == null) {
          KafkaRestServiceGrpc.getSeekMethod = getSeekMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.SeekRequest, gregor.kafka.v1.RestProxy.SeekResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Seek"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SeekRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SeekResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("Seek"))
              .build();
        }
      }
    }
    return getSeekMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekToBeginningRequest,
      gregor.kafka.v1.RestProxy.SeekToBeginningResponse> getSeekToBeginningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SeekToBeginning",
      requestType = gregor.kafka.v1.RestProxy.SeekToBeginningRequest.class,
      responseType = gregor.kafka.v1.RestProxy.SeekToBeginningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekToBeginningRequest,
      gregor.kafka.v1.RestProxy.SeekToBeginningResponse> getSeekToBeginningMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekToBeginningRequest, gregor.kafka.v1.RestProxy.SeekToBeginningResponse> getSeekToBeginningMethod;
    if ((getSeekToBeginningMethod = KafkaRestServiceGrpc.getSeekToBeginningMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getSeekToBeginningMethod = KafkaRestServiceGrpc.getSeekToBeginningMethod) == null) {
          KafkaRestServiceGrpc.getSeekToBeginningMethod = getSeekToBeginningMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.SeekToBeginningRequest, gregor.kafka.v1.RestProxy.SeekToBeginningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SeekToBeginning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SeekToBeginningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SeekToBeginningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("SeekToBeginning"))
              .build();
        }
      }
    }
    return getSeekToBeginningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekToEndRequest,
      gregor.kafka.v1.RestProxy.SeekToEndResponse> getSeekToEndMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SeekToEnd",
      requestType = gregor.kafka.v1.RestProxy.SeekToEndRequest.class,
      responseType = gregor.kafka.v1.RestProxy.SeekToEndResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekToEndRequest,
      gregor.kafka.v1.RestProxy.SeekToEndResponse> getSeekToEndMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.SeekToEndRequest, gregor.kafka.v1.RestProxy.SeekToEndResponse> getSeekToEndMethod;
    if ((getSeekToEndMethod = KafkaRestServiceGrpc.getSeekToEndMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getSeekToEndMethod = KafkaRestServiceGrpc.getSeekToEndMethod) == null) {
          KafkaRestServiceGrpc.getSeekToEndMethod = getSeekToEndMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.SeekToEndRequest, gregor.kafka.v1.RestProxy.SeekToEndResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SeekToEnd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SeekToEndRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.SeekToEndResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("SeekToEnd"))
              .build();
        }
      }
    }
    return getSeekToEndMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ReadRecordsRequest,
      gregor.kafka.v1.RestProxy.ReadRecordsResponse> getReadRecordsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReadRecords",
      requestType = gregor.kafka.v1.RestProxy.ReadRecordsRequest.class,
      responseType = gregor.kafka.v1.RestProxy.ReadRecordsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ReadRecordsRequest,
      gregor.kafka.v1.RestProxy.ReadRecordsResponse> getReadRecordsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.ReadRecordsRequest, gregor.kafka.v1.RestProxy.ReadRecordsResponse> getReadRecordsMethod;
    if ((getReadRecordsMethod = KafkaRestServiceGrpc.getReadRecordsMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getReadRecordsMethod = KafkaRestServiceGrpc.getReadRecordsMethod) == null) {
          KafkaRestServiceGrpc.getReadRecordsMethod = getReadRecordsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.ReadRecordsRequest, gregor.kafka.v1.RestProxy.ReadRecordsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReadRecords"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ReadRecordsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.ReadRecordsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("ReadRecords"))
              .build();
        }
      }
    }
    return getReadRecordsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.CommitOffsetsRequest,
      gregor.kafka.v1.RestProxy.CommitOffsetsResponse> getCommitOffsetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CommitOffsets",
      requestType = gregor.kafka.v1.RestProxy.CommitOffsetsRequest.class,
      responseType = gregor.kafka.v1.RestProxy.CommitOffsetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.CommitOffsetsRequest,
      gregor.kafka.v1.RestProxy.CommitOffsetsResponse> getCommitOffsetsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.CommitOffsetsRequest, gregor.kafka.v1.RestProxy.CommitOffsetsResponse> getCommitOffsetsMethod;
    if ((getCommitOffsetsMethod = KafkaRestServiceGrpc.getCommitOffsetsMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getCommitOffsetsMethod = KafkaRestServiceGrpc.getCommitOffsetsMethod) == null) {
          KafkaRestServiceGrpc.getCommitOffsetsMethod = getCommitOffsetsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.CommitOffsetsRequest, gregor.kafka.v1.RestProxy.CommitOffsetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CommitOffsets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.CommitOffsetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.CommitOffsetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("CommitOffsets"))
              .build();
        }
      }
    }
    return getCommitOffsetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest,
      gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse> getGetCommittedOffsetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCommittedOffsets",
      requestType = gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest.class,
      responseType = gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest,
      gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse> getGetCommittedOffsetsMethod() {
    io.grpc.MethodDescriptor<gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest, gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse> getGetCommittedOffsetsMethod;
    if ((getGetCommittedOffsetsMethod = KafkaRestServiceGrpc.getGetCommittedOffsetsMethod) == null) {
      synchronized (KafkaRestServiceGrpc.class) {
        if ((getGetCommittedOffsetsMethod = KafkaRestServiceGrpc.getGetCommittedOffsetsMethod) == null) {
          KafkaRestServiceGrpc.getGetCommittedOffsetsMethod = getGetCommittedOffsetsMethod =
              io.grpc.MethodDescriptor.<gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest, gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCommittedOffsets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new KafkaRestServiceMethodDescriptorSupplier("GetCommittedOffsets"))
              .build();
        }
      }
    }
    return getGetCommittedOffsetsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static KafkaRestServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaRestServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaRestServiceStub>() {
        @java.lang.Override
        public KafkaRestServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaRestServiceStub(channel, callOptions);
        }
      };
    return KafkaRestServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static KafkaRestServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaRestServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaRestServiceBlockingStub>() {
        @java.lang.Override
        public KafkaRestServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaRestServiceBlockingStub(channel, callOptions);
        }
      };
    return KafkaRestServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static KafkaRestServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<KafkaRestServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<KafkaRestServiceFutureStub>() {
        @java.lang.Override
        public KafkaRestServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new KafkaRestServiceFutureStub(channel, callOptions);
        }
      };
    return KafkaRestServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Kafka REST Proxy v2: metadata, produce and consumer instances. `GET /`
   * and `POST /` are the registry's root resource when the process runs the
   * registry, `KafkaRestRootService` when it does not.
   * </pre>
   */
  public static abstract class KafkaRestServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * `GET /brokers`: `{"brokers":[id, ...]}`.
     * </pre>
     */
    public void listBrokers(gregor.kafka.v1.RestProxy.ListBrokersRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListBrokersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListBrokersMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /topics`: topic names, sorted.
     * </pre>
     */
    public void listTopics(gregor.kafka.v1.RestProxy.ListTopicsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListTopicsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTopicsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /topics/{topic}`: configs and partitions. 40401 unknown topic.
     * </pre>
     */
    public void getTopic(gregor.kafka.v1.RestProxy.GetTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /topics/{topic}`: produce records; the Content-Type names the
     * embedded format (binary: base64 key/value; json: any JSON).
     * </pre>
     */
    public void produceToTopic(gregor.kafka.v1.RestProxy.ProduceToTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ProduceToTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProduceToTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions`.
     * </pre>
     */
    public void listPartitions(gregor.kafka.v1.RestProxy.ListPartitionsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListPartitionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPartitionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions/{partition}`. 40402 unknown partition.
     * </pre>
     */
    public void getPartition(gregor.kafka.v1.RestProxy.GetPartitionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetPartitionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPartitionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions/{partition}/offsets`.
     * </pre>
     */
    public void getPartitionOffsets(gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPartitionOffsetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /topics/{topic}/partitions/{partition}`: produce to one partition.
     * </pre>
     */
    public void produceToPartition(gregor.kafka.v1.RestProxy.ProduceToPartitionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ProduceToPartitionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProduceToPartitionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST /consumers/{group}`: creates a consumer instance. 40902 when the
     * name is taken, 42204 for bad settings, 42901 when the instance cap
     * (`consumer_max_instances`) is reached.
     * </pre>
     */
    public void createConsumer(gregor.kafka.v1.RestProxy.CreateConsumerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.CreateConsumerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateConsumerMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE /consumers/{group}/instances/{instance}`: closes the instance
     * (it leaves its group). 204; 40403 unknown instance.
     * </pre>
     */
    public void deleteConsumer(gregor.kafka.v1.RestProxy.DeleteConsumerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.DeleteConsumerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteConsumerMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../subscription`: group-managed consumption of `topics` or of
     * the topics matching `topic_pattern`. 204; 40903 when both or neither
     * are given, or the instance has a manual assignment.
     * </pre>
     */
    public void setSubscription(gregor.kafka.v1.RestProxy.SetSubscriptionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SetSubscriptionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetSubscriptionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../subscription`: `{"topics": [...]}`.
     * </pre>
     */
    public void getSubscription(gregor.kafka.v1.RestProxy.GetSubscriptionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetSubscriptionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSubscriptionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `DELETE .../subscription`: unsubscribes. 204.
     * </pre>
     */
    public void deleteSubscription(gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSubscriptionMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../assignments`: manual assignment of partitions. 204; 40903
     * when the instance is subscribed.
     * </pre>
     */
    public void setAssignment(gregor.kafka.v1.RestProxy.SetAssignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SetAssignmentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetAssignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../assignments`: `{"partitions": [{topic, partition}]}`.
     * </pre>
     */
    public void getAssignment(gregor.kafka.v1.RestProxy.GetAssignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetAssignmentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAssignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../positions`: seek partitions to offsets. 204; 40903 for a
     * partition the instance is not assigned.
     * </pre>
     */
    public void seek(gregor.kafka.v1.RestProxy.SeekRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSeekMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../positions/beginning`. 204.
     * </pre>
     */
    public void seekToBeginning(gregor.kafka.v1.RestProxy.SeekToBeginningRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekToBeginningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSeekToBeginningMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../positions/end`. 204.
     * </pre>
     */
    public void seekToEnd(gregor.kafka.v1.RestProxy.SeekToEndRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekToEndResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSeekToEndMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../records`: the next records. The Accept header names the
     * embedded format and must match the instance's (40601). Returns when
     * more than `fetch.min.bytes` (key + value bytes) are gathered and
     * nothing more is buffered, when `max_bytes` would be exceeded, or at the
     * timeout.
     * </pre>
     */
    public void readRecords(gregor.kafka.v1.RestProxy.ReadRecordsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ReadRecordsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReadRecordsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `POST .../offsets`: commits the given offsets (each `offset + 1`, the
     * next record to read, as Confluent and Karapace do), or with no body
     * every record returned so far. Answers the offsets committed.
     * </pre>
     */
    public void commitOffsets(gregor.kafka.v1.RestProxy.CommitOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.CommitOffsetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCommitOffsetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * `GET .../offsets` (with a body): the group's committed offsets of the
     * given partitions; partitions without one are left out.
     * </pre>
     */
    public void getCommittedOffsets(gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCommittedOffsetsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListBrokersMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.ListBrokersRequest,
                gregor.kafka.v1.RestProxy.ListBrokersResponse>(
                  this, METHODID_LIST_BROKERS)))
          .addMethod(
            getListTopicsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.ListTopicsRequest,
                gregor.kafka.v1.RestProxy.ListTopicsResponse>(
                  this, METHODID_LIST_TOPICS)))
          .addMethod(
            getGetTopicMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.GetTopicRequest,
                gregor.kafka.v1.RestProxy.GetTopicResponse>(
                  this, METHODID_GET_TOPIC)))
          .addMethod(
            getProduceToTopicMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.ProduceToTopicRequest,
                gregor.kafka.v1.RestProxy.ProduceToTopicResponse>(
                  this, METHODID_PRODUCE_TO_TOPIC)))
          .addMethod(
            getListPartitionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.ListPartitionsRequest,
                gregor.kafka.v1.RestProxy.ListPartitionsResponse>(
                  this, METHODID_LIST_PARTITIONS)))
          .addMethod(
            getGetPartitionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.GetPartitionRequest,
                gregor.kafka.v1.RestProxy.GetPartitionResponse>(
                  this, METHODID_GET_PARTITION)))
          .addMethod(
            getGetPartitionOffsetsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest,
                gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse>(
                  this, METHODID_GET_PARTITION_OFFSETS)))
          .addMethod(
            getProduceToPartitionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.ProduceToPartitionRequest,
                gregor.kafka.v1.RestProxy.ProduceToPartitionResponse>(
                  this, METHODID_PRODUCE_TO_PARTITION)))
          .addMethod(
            getCreateConsumerMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.CreateConsumerRequest,
                gregor.kafka.v1.RestProxy.CreateConsumerResponse>(
                  this, METHODID_CREATE_CONSUMER)))
          .addMethod(
            getDeleteConsumerMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.DeleteConsumerRequest,
                gregor.kafka.v1.RestProxy.DeleteConsumerResponse>(
                  this, METHODID_DELETE_CONSUMER)))
          .addMethod(
            getSetSubscriptionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.SetSubscriptionRequest,
                gregor.kafka.v1.RestProxy.SetSubscriptionResponse>(
                  this, METHODID_SET_SUBSCRIPTION)))
          .addMethod(
            getGetSubscriptionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.GetSubscriptionRequest,
                gregor.kafka.v1.RestProxy.GetSubscriptionResponse>(
                  this, METHODID_GET_SUBSCRIPTION)))
          .addMethod(
            getDeleteSubscriptionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest,
                gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse>(
                  this, METHODID_DELETE_SUBSCRIPTION)))
          .addMethod(
            getSetAssignmentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.SetAssignmentRequest,
                gregor.kafka.v1.RestProxy.SetAssignmentResponse>(
                  this, METHODID_SET_ASSIGNMENT)))
          .addMethod(
            getGetAssignmentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.GetAssignmentRequest,
                gregor.kafka.v1.RestProxy.GetAssignmentResponse>(
                  this, METHODID_GET_ASSIGNMENT)))
          .addMethod(
            getSeekMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.SeekRequest,
                gregor.kafka.v1.RestProxy.SeekResponse>(
                  this, METHODID_SEEK)))
          .addMethod(
            getSeekToBeginningMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.SeekToBeginningRequest,
                gregor.kafka.v1.RestProxy.SeekToBeginningResponse>(
                  this, METHODID_SEEK_TO_BEGINNING)))
          .addMethod(
            getSeekToEndMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.SeekToEndRequest,
                gregor.kafka.v1.RestProxy.SeekToEndResponse>(
                  this, METHODID_SEEK_TO_END)))
          .addMethod(
            getReadRecordsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.ReadRecordsRequest,
                gregor.kafka.v1.RestProxy.ReadRecordsResponse>(
                  this, METHODID_READ_RECORDS)))
          .addMethod(
            getCommitOffsetsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.CommitOffsetsRequest,
                gregor.kafka.v1.RestProxy.CommitOffsetsResponse>(
                  this, METHODID_COMMIT_OFFSETS)))
          .addMethod(
            getGetCommittedOffsetsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest,
                gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse>(
                  this, METHODID_GET_COMMITTED_OFFSETS)))
          .build();
    }
  }

  /**
   * <pre>
   * Kafka REST Proxy v2: metadata, produce and consumer instances. `GET /`
   * and `POST /` are the registry's root resource when the process runs the
   * registry, `KafkaRestRootService` when it does not.
   * </pre>
   */
  public static final class KafkaRestServiceStub extends io.grpc.stub.AbstractAsyncStub<KafkaRestServiceStub> {
    private KafkaRestServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaRestServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaRestServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /brokers`: `{"brokers":[id, ...]}`.
     * </pre>
     */
    public void listBrokers(gregor.kafka.v1.RestProxy.ListBrokersRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListBrokersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListBrokersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /topics`: topic names, sorted.
     * </pre>
     */
    public void listTopics(gregor.kafka.v1.RestProxy.ListTopicsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListTopicsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTopicsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /topics/{topic}`: configs and partitions. 40401 unknown topic.
     * </pre>
     */
    public void getTopic(gregor.kafka.v1.RestProxy.GetTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /topics/{topic}`: produce records; the Content-Type names the
     * embedded format (binary: base64 key/value; json: any JSON).
     * </pre>
     */
    public void produceToTopic(gregor.kafka.v1.RestProxy.ProduceToTopicRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ProduceToTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProduceToTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions`.
     * </pre>
     */
    public void listPartitions(gregor.kafka.v1.RestProxy.ListPartitionsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListPartitionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPartitionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions/{partition}`. 40402 unknown partition.
     * </pre>
     */
    public void getPartition(gregor.kafka.v1.RestProxy.GetPartitionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetPartitionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPartitionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions/{partition}/offsets`.
     * </pre>
     */
    public void getPartitionOffsets(gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPartitionOffsetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /topics/{topic}/partitions/{partition}`: produce to one partition.
     * </pre>
     */
    public void produceToPartition(gregor.kafka.v1.RestProxy.ProduceToPartitionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ProduceToPartitionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProduceToPartitionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST /consumers/{group}`: creates a consumer instance. 40902 when the
     * name is taken, 42204 for bad settings, 42901 when the instance cap
     * (`consumer_max_instances`) is reached.
     * </pre>
     */
    public void createConsumer(gregor.kafka.v1.RestProxy.CreateConsumerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.CreateConsumerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateConsumerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE /consumers/{group}/instances/{instance}`: closes the instance
     * (it leaves its group). 204; 40403 unknown instance.
     * </pre>
     */
    public void deleteConsumer(gregor.kafka.v1.RestProxy.DeleteConsumerRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.DeleteConsumerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteConsumerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST .../subscription`: group-managed consumption of `topics` or of
     * the topics matching `topic_pattern`. 204; 40903 when both or neither
     * are given, or the instance has a manual assignment.
     * </pre>
     */
    public void setSubscription(gregor.kafka.v1.RestProxy.SetSubscriptionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SetSubscriptionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetSubscriptionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../subscription`: `{"topics": [...]}`.
     * </pre>
     */
    public void getSubscription(gregor.kafka.v1.RestProxy.GetSubscriptionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetSubscriptionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSubscriptionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `DELETE .../subscription`: unsubscribes. 204.
     * </pre>
     */
    public void deleteSubscription(gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSubscriptionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST .../assignments`: manual assignment of partitions. 204; 40903
     * when the instance is subscribed.
     * </pre>
     */
    public void setAssignment(gregor.kafka.v1.RestProxy.SetAssignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SetAssignmentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetAssignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../assignments`: `{"partitions": [{topic, partition}]}`.
     * </pre>
     */
    public void getAssignment(gregor.kafka.v1.RestProxy.GetAssignmentRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetAssignmentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAssignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST .../positions`: seek partitions to offsets. 204; 40903 for a
     * partition the instance is not assigned.
     * </pre>
     */
    public void seek(gregor.kafka.v1.RestProxy.SeekRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSeekMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST .../positions/beginning`. 204.
     * </pre>
     */
    public void seekToBeginning(gregor.kafka.v1.RestProxy.SeekToBeginningRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekToBeginningResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSeekToBeginningMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST .../positions/end`. 204.
     * </pre>
     */
    public void seekToEnd(gregor.kafka.v1.RestProxy.SeekToEndRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekToEndResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSeekToEndMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../records`: the next records. The Accept header names the
     * embedded format and must match the instance's (40601). Returns when
     * more than `fetch.min.bytes` (key + value bytes) are gathered and
     * nothing more is buffered, when `max_bytes` would be exceeded, or at the
     * timeout.
     * </pre>
     */
    public void readRecords(gregor.kafka.v1.RestProxy.ReadRecordsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ReadRecordsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReadRecordsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `POST .../offsets`: commits the given offsets (each `offset + 1`, the
     * next record to read, as Confluent and Karapace do), or with no body
     * every record returned so far. Answers the offsets committed.
     * </pre>
     */
    public void commitOffsets(gregor.kafka.v1.RestProxy.CommitOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.CommitOffsetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCommitOffsetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * `GET .../offsets` (with a body): the group's committed offsets of the
     * given partitions; partitions without one are left out.
     * </pre>
     */
    public void getCommittedOffsets(gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest request,
        io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCommittedOffsetsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Kafka REST Proxy v2: metadata, produce and consumer instances. `GET /`
   * and `POST /` are the registry's root resource when the process runs the
   * registry, `KafkaRestRootService` when it does not.
   * </pre>
   */
  public static final class KafkaRestServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<KafkaRestServiceBlockingStub> {
    private KafkaRestServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaRestServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaRestServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /brokers`: `{"brokers":[id, ...]}`.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.ListBrokersResponse listBrokers(gregor.kafka.v1.RestProxy.ListBrokersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListBrokersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /topics`: topic names, sorted.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.ListTopicsResponse listTopics(gregor.kafka.v1.RestProxy.ListTopicsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTopicsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /topics/{topic}`: configs and partitions. 40401 unknown topic.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.GetTopicResponse getTopic(gregor.kafka.v1.RestProxy.GetTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /topics/{topic}`: produce records; the Content-Type names the
     * embedded format (binary: base64 key/value; json: any JSON).
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.ProduceToTopicResponse produceToTopic(gregor.kafka.v1.RestProxy.ProduceToTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProduceToTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions`.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.ListPartitionsResponse listPartitions(gregor.kafka.v1.RestProxy.ListPartitionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPartitionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions/{partition}`. 40402 unknown partition.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.GetPartitionResponse getPartition(gregor.kafka.v1.RestProxy.GetPartitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPartitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions/{partition}/offsets`.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse getPartitionOffsets(gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPartitionOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /topics/{topic}/partitions/{partition}`: produce to one partition.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.ProduceToPartitionResponse produceToPartition(gregor.kafka.v1.RestProxy.ProduceToPartitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProduceToPartitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST /consumers/{group}`: creates a consumer instance. 40902 when the
     * name is taken, 42204 for bad settings, 42901 when the instance cap
     * (`consumer_max_instances`) is reached.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.CreateConsumerResponse createConsumer(gregor.kafka.v1.RestProxy.CreateConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE /consumers/{group}/instances/{instance}`: closes the instance
     * (it leaves its group). 204; 40403 unknown instance.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.DeleteConsumerResponse deleteConsumer(gregor.kafka.v1.RestProxy.DeleteConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST .../subscription`: group-managed consumption of `topics` or of
     * the topics matching `topic_pattern`. 204; 40903 when both or neither
     * are given, or the instance has a manual assignment.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.SetSubscriptionResponse setSubscription(gregor.kafka.v1.RestProxy.SetSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetSubscriptionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../subscription`: `{"topics": [...]}`.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.GetSubscriptionResponse getSubscription(gregor.kafka.v1.RestProxy.GetSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSubscriptionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `DELETE .../subscription`: unsubscribes. 204.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse deleteSubscription(gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSubscriptionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST .../assignments`: manual assignment of partitions. 204; 40903
     * when the instance is subscribed.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.SetAssignmentResponse setAssignment(gregor.kafka.v1.RestProxy.SetAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../assignments`: `{"partitions": [{topic, partition}]}`.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.GetAssignmentResponse getAssignment(gregor.kafka.v1.RestProxy.GetAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST .../positions`: seek partitions to offsets. 204; 40903 for a
     * partition the instance is not assigned.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.SeekResponse seek(gregor.kafka.v1.RestProxy.SeekRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSeekMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST .../positions/beginning`. 204.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.SeekToBeginningResponse seekToBeginning(gregor.kafka.v1.RestProxy.SeekToBeginningRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSeekToBeginningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST .../positions/end`. 204.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.SeekToEndResponse seekToEnd(gregor.kafka.v1.RestProxy.SeekToEndRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSeekToEndMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../records`: the next records. The Accept header names the
     * embedded format and must match the instance's (40601). Returns when
     * more than `fetch.min.bytes` (key + value bytes) are gathered and
     * nothing more is buffered, when `max_bytes` would be exceeded, or at the
     * timeout.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.ReadRecordsResponse readRecords(gregor.kafka.v1.RestProxy.ReadRecordsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReadRecordsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `POST .../offsets`: commits the given offsets (each `offset + 1`, the
     * next record to read, as Confluent and Karapace do), or with no body
     * every record returned so far. Answers the offsets committed.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.CommitOffsetsResponse commitOffsets(gregor.kafka.v1.RestProxy.CommitOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCommitOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * `GET .../offsets` (with a body): the group's committed offsets of the
     * given partitions; partitions without one are left out.
     * </pre>
     */
    public gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse getCommittedOffsets(gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCommittedOffsetsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Kafka REST Proxy v2: metadata, produce and consumer instances. `GET /`
   * and `POST /` are the registry's root resource when the process runs the
   * registry, `KafkaRestRootService` when it does not.
   * </pre>
   */
  public static final class KafkaRestServiceFutureStub extends io.grpc.stub.AbstractFutureStub<KafkaRestServiceFutureStub> {
    private KafkaRestServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected KafkaRestServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new KafkaRestServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * `GET /brokers`: `{"brokers":[id, ...]}`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.ListBrokersResponse> listBrokers(
        gregor.kafka.v1.RestProxy.ListBrokersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListBrokersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /topics`: topic names, sorted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.ListTopicsResponse> listTopics(
        gregor.kafka.v1.RestProxy.ListTopicsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTopicsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /topics/{topic}`: configs and partitions. 40401 unknown topic.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.GetTopicResponse> getTopic(
        gregor.kafka.v1.RestProxy.GetTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /topics/{topic}`: produce records; the Content-Type names the
     * embedded format (binary: base64 key/value; json: any JSON).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.ProduceToTopicResponse> produceToTopic(
        gregor.kafka.v1.RestProxy.ProduceToTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProduceToTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.ListPartitionsResponse> listPartitions(
        gregor.kafka.v1.RestProxy.ListPartitionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPartitionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions/{partition}`. 40402 unknown partition.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.GetPartitionResponse> getPartition(
        gregor.kafka.v1.RestProxy.GetPartitionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPartitionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET /topics/{topic}/partitions/{partition}/offsets`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse> getPartitionOffsets(
        gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPartitionOffsetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /topics/{topic}/partitions/{partition}`: produce to one partition.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.ProduceToPartitionResponse> produceToPartition(
        gregor.kafka.v1.RestProxy.ProduceToPartitionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProduceToPartitionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST /consumers/{group}`: creates a consumer instance. 40902 when the
     * name is taken, 42204 for bad settings, 42901 when the instance cap
     * (`consumer_max_instances`) is reached.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.CreateConsumerResponse> createConsumer(
        gregor.kafka.v1.RestProxy.CreateConsumerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateConsumerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE /consumers/{group}/instances/{instance}`: closes the instance
     * (it leaves its group). 204; 40403 unknown instance.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.DeleteConsumerResponse> deleteConsumer(
        gregor.kafka.v1.RestProxy.DeleteConsumerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteConsumerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST .../subscription`: group-managed consumption of `topics` or of
     * the topics matching `topic_pattern`. 204; 40903 when both or neither
     * are given, or the instance has a manual assignment.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.SetSubscriptionResponse> setSubscription(
        gregor.kafka.v1.RestProxy.SetSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetSubscriptionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../subscription`: `{"topics": [...]}`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.GetSubscriptionResponse> getSubscription(
        gregor.kafka.v1.RestProxy.GetSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSubscriptionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `DELETE .../subscription`: unsubscribes. 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse> deleteSubscription(
        gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSubscriptionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST .../assignments`: manual assignment of partitions. 204; 40903
     * when the instance is subscribed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.SetAssignmentResponse> setAssignment(
        gregor.kafka.v1.RestProxy.SetAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetAssignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../assignments`: `{"partitions": [{topic, partition}]}`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.GetAssignmentResponse> getAssignment(
        gregor.kafka.v1.RestProxy.GetAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAssignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST .../positions`: seek partitions to offsets. 204; 40903 for a
     * partition the instance is not assigned.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.SeekResponse> seek(
        gregor.kafka.v1.RestProxy.SeekRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSeekMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST .../positions/beginning`. 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.SeekToBeginningResponse> seekToBeginning(
        gregor.kafka.v1.RestProxy.SeekToBeginningRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSeekToBeginningMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST .../positions/end`. 204.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.SeekToEndResponse> seekToEnd(
        gregor.kafka.v1.RestProxy.SeekToEndRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSeekToEndMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../records`: the next records. The Accept header names the
     * embedded format and must match the instance's (40601). Returns when
     * more than `fetch.min.bytes` (key + value bytes) are gathered and
     * nothing more is buffered, when `max_bytes` would be exceeded, or at the
     * timeout.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.ReadRecordsResponse> readRecords(
        gregor.kafka.v1.RestProxy.ReadRecordsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReadRecordsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `POST .../offsets`: commits the given offsets (each `offset + 1`, the
     * next record to read, as Confluent and Karapace do), or with no body
     * every record returned so far. Answers the offsets committed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.CommitOffsetsResponse> commitOffsets(
        gregor.kafka.v1.RestProxy.CommitOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCommitOffsetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * `GET .../offsets` (with a body): the group's committed offsets of the
     * given partitions; partitions without one are left out.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse> getCommittedOffsets(
        gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCommittedOffsetsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_BROKERS = 0;
  private static final int METHODID_LIST_TOPICS = 1;
  private static final int METHODID_GET_TOPIC = 2;
  private static final int METHODID_PRODUCE_TO_TOPIC = 3;
  private static final int METHODID_LIST_PARTITIONS = 4;
  private static final int METHODID_GET_PARTITION = 5;
  private static final int METHODID_GET_PARTITION_OFFSETS = 6;
  private static final int METHODID_PRODUCE_TO_PARTITION = 7;
  private static final int METHODID_CREATE_CONSUMER = 8;
  private static final int METHODID_DELETE_CONSUMER = 9;
  private static final int METHODID_SET_SUBSCRIPTION = 10;
  private static final int METHODID_GET_SUBSCRIPTION = 11;
  private static final int METHODID_DELETE_SUBSCRIPTION = 12;
  private static final int METHODID_SET_ASSIGNMENT = 13;
  private static final int METHODID_GET_ASSIGNMENT = 14;
  private static final int METHODID_SEEK = 15;
  private static final int METHODID_SEEK_TO_BEGINNING = 16;
  private static final int METHODID_SEEK_TO_END = 17;
  private static final int METHODID_READ_RECORDS = 18;
  private static final int METHODID_COMMIT_OFFSETS = 19;
  private static final int METHODID_GET_COMMITTED_OFFSETS = 20;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final KafkaRestServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(KafkaRestServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_BROKERS:
          serviceImpl.listBrokers((gregor.kafka.v1.RestProxy.ListBrokersRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListBrokersResponse>) responseObserver);
          break;
        case METHODID_LIST_TOPICS:
          serviceImpl.listTopics((gregor.kafka.v1.RestProxy.ListTopicsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListTopicsResponse>) responseObserver);
          break;
        case METHODID_GET_TOPIC:
          serviceImpl.getTopic((gregor.kafka.v1.RestProxy.GetTopicRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetTopicResponse>) responseObserver);
          break;
        case METHODID_PRODUCE_TO_TOPIC:
          serviceImpl.produceToTopic((gregor.kafka.v1.RestProxy.ProduceToTopicRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ProduceToTopicResponse>) responseObserver);
          break;
        case METHODID_LIST_PARTITIONS:
          serviceImpl.listPartitions((gregor.kafka.v1.RestProxy.ListPartitionsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ListPartitionsResponse>) responseObserver);
          break;
        case METHODID_GET_PARTITION:
          serviceImpl.getPartition((gregor.kafka.v1.RestProxy.GetPartitionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetPartitionResponse>) responseObserver);
          break;
        case METHODID_GET_PARTITION_OFFSETS:
          serviceImpl.getPartitionOffsets((gregor.kafka.v1.RestProxy.GetPartitionOffsetsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetPartitionOffsetsResponse>) responseObserver);
          break;
        case METHODID_PRODUCE_TO_PARTITION:
          serviceImpl.produceToPartition((gregor.kafka.v1.RestProxy.ProduceToPartitionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ProduceToPartitionResponse>) responseObserver);
          break;
        case METHODID_CREATE_CONSUMER:
          serviceImpl.createConsumer((gregor.kafka.v1.RestProxy.CreateConsumerRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.CreateConsumerResponse>) responseObserver);
          break;
        case METHODID_DELETE_CONSUMER:
          serviceImpl.deleteConsumer((gregor.kafka.v1.RestProxy.DeleteConsumerRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.DeleteConsumerResponse>) responseObserver);
          break;
        case METHODID_SET_SUBSCRIPTION:
          serviceImpl.setSubscription((gregor.kafka.v1.RestProxy.SetSubscriptionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SetSubscriptionResponse>) responseObserver);
          break;
        case METHODID_GET_SUBSCRIPTION:
          serviceImpl.getSubscription((gregor.kafka.v1.RestProxy.GetSubscriptionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetSubscriptionResponse>) responseObserver);
          break;
        case METHODID_DELETE_SUBSCRIPTION:
          serviceImpl.deleteSubscription((gregor.kafka.v1.RestProxy.DeleteSubscriptionRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.DeleteSubscriptionResponse>) responseObserver);
          break;
        case METHODID_SET_ASSIGNMENT:
          serviceImpl.setAssignment((gregor.kafka.v1.RestProxy.SetAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SetAssignmentResponse>) responseObserver);
          break;
        case METHODID_GET_ASSIGNMENT:
          serviceImpl.getAssignment((gregor.kafka.v1.RestProxy.GetAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetAssignmentResponse>) responseObserver);
          break;
        case METHODID_SEEK:
          serviceImpl.seek((gregor.kafka.v1.RestProxy.SeekRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekResponse>) responseObserver);
          break;
        case METHODID_SEEK_TO_BEGINNING:
          serviceImpl.seekToBeginning((gregor.kafka.v1.RestProxy.SeekToBeginningRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekToBeginningResponse>) responseObserver);
          break;
        case METHODID_SEEK_TO_END:
          serviceImpl.seekToEnd((gregor.kafka.v1.RestProxy.SeekToEndRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.SeekToEndResponse>) responseObserver);
          break;
        case METHODID_READ_RECORDS:
          serviceImpl.readRecords((gregor.kafka.v1.RestProxy.ReadRecordsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.ReadRecordsResponse>) responseObserver);
          break;
        case METHODID_COMMIT_OFFSETS:
          serviceImpl.commitOffsets((gregor.kafka.v1.RestProxy.CommitOffsetsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.CommitOffsetsResponse>) responseObserver);
          break;
        case METHODID_GET_COMMITTED_OFFSETS:
          serviceImpl.getCommittedOffsets((gregor.kafka.v1.RestProxy.GetCommittedOffsetsRequest) request,
              (io.grpc.stub.StreamObserver<gregor.kafka.v1.RestProxy.GetCommittedOffsetsResponse>) responseObserver);
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

  private static abstract class KafkaRestServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    KafkaRestServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return gregor.kafka.v1.RestProxy.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("KafkaRestService");
    }
  }

  private static final class KafkaRestServiceFileDescriptorSupplier
      extends KafkaRestServiceBaseDescriptorSupplier {
    KafkaRestServiceFileDescriptorSupplier() {}
  }

  private static final class KafkaRestServiceMethodDescriptorSupplier
      extends KafkaRestServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    KafkaRestServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (KafkaRestServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new KafkaRestServiceFileDescriptorSupplier())
              .addMethod(getListBrokersMethod())
              .addMethod(getListTopicsMethod())
              .addMethod(getGetTopicMethod())
              .addMethod(getProduceToTopicMethod())
              .addMethod(getListPartitionsMethod())
              .addMethod(getGetPartitionMethod())
              .addMethod(getGetPartitionOffsetsMethod())
              .addMethod(getProduceToPartitionMethod())
              .addMethod(getCreateConsumerMethod())
              .addMethod(getDeleteConsumerMethod())
              .addMethod(getSetSubscriptionMethod())
              .addMethod(getGetSubscriptionMethod())
              .addMethod(getDeleteSubscriptionMethod())
              .addMethod(getSetAssignmentMethod())
              .addMethod(getGetAssignmentMethod())
              .addMethod(getSeekMethod())
              .addMethod(getSeekToBeginningMethod())
              .addMethod(getSeekToEndMethod())
              .addMethod(getReadRecordsMethod())
              .addMethod(getCommitOffsetsMethod())
              .addMethod(getGetCommittedOffsetsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
