package gregor

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	kafkav1 "gregor.dev/clients/go/gen/gregor/kafka/v1"
	registryv1 "gregor.dev/clients/go/gen/gregor/registry/v1"
)

// TestEndToEnd runs against a real Gregor and broker:
// tests/python/test_clients.py starts both and sets GREGOR_ADDR (host:port)
// and GREGOR_TOPIC (an existing topic).
func TestEndToEnd(t *testing.T) {
	addr, topic := os.Getenv("GREGOR_ADDR"), os.Getenv("GREGOR_TOPIC")
	if addr == "" || topic == "" {
		t.Skip("NOTICE: GREGOR_ADDR and GREGOR_TOPIC are not set")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	client, err := Dial(ctx, addr, grpc.WithInsecure(), grpc.WithBlock())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()

	subject := topic + "-go-client"
	registered, err := client.Registry.RegisterSchema(ctx, &registryv1.RegisterSchemaRequest{Subject: subject, Schema: &registryv1.SchemaSpec{Schema: `"long"`}})
	if err != nil {
		t.Fatal(err)
	}
	byID, err := client.Registry.GetSchemaById(ctx, &registryv1.GetSchemaByIdRequest{Id: registered.GetId()})
	if err != nil || byID.GetSchema() != `"long"` {
		t.Fatalf("GetSchemaById: %v %v", byID, err)
	}
	_, err = client.Registry.GetSchemaById(ctx, &registryv1.GetSchemaByIdRequest{Id: 987654321})
	if status.Code(err) != codes.NotFound {
		t.Fatalf("want NotFound, got %v", err)
	}
	if e, ok := ConfluentErrorOf(err); !ok || e != (ConfluentError{ErrorCode: 40403, Reason: "SCHEMA_NOT_FOUND"}) {
		t.Fatalf("ConfluentErrorOf: %+v %v", e, ok)
	}

	value := []byte(fmt.Sprintf("go %d", os.Getpid()))
	produced, err := client.Kafka.Produce(ctx, &kafkav1.ProduceRequest{Topic: topic, Records: []*kafkav1.Record{{Value: value}}})
	if err != nil {
		t.Fatal(err)
	}
	offset := produced.GetResults()[0].GetOffset()
	stream, err := client.Kafka.Subscribe(ctx, &kafkav1.SubscribeRequest{Subscription: &kafkav1.GroupSubscription{
		Group: fmt.Sprintf("go-client-%d", os.Getpid()), Topics: []string{topic}, AutoOffsetReset: kafkav1.OffsetReset_OFFSET_RESET_EARLIEST,
	}})
	if err != nil {
		t.Fatal(err)
	}
	for {
		event, err := stream.Recv()
		if err != nil {
			t.Fatalf("the record produced did not come back: %v", err)
		}
		for _, record := range event.GetBatch().GetRecords() {
			if record.GetOffset() == offset && string(record.GetValue()) == string(value) {
				return
			}
		}
	}
}

func TestCredentialsAreTheAuthorizationMetadata(t *testing.T) {
	basic := authorization{"Basic cmVhZGVyOnB3", false}
	md, _ := basic.GetRequestMetadata(context.Background())
	if md["authorization"] != "Basic cmVhZGVyOnB3" {
		t.Fatal(md)
	}
}
