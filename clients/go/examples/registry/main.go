// Registers a schema, reads it back, shows the Confluent error of a failed
// call, produces a record and reads it back through Subscribe:
//
//	go run ./examples/registry 127.0.0.1:8081 payments
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"google.golang.org/grpc"

	gregor "gregor.dev/clients/go"
	kafkav1 "gregor.dev/clients/go/gen/gregor/kafka/v1"
	registryv1 "gregor.dev/clients/go/gen/gregor/registry/v1"
)

func main() {
	addr, topic := "127.0.0.1:8081", "payments"
	if len(os.Args) > 2 {
		addr, topic = os.Args[1], os.Args[2]
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	client, err := gregor.Dial(ctx, addr, grpc.WithInsecure())
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()

	subject := topic + "-value"
	registered, err := client.Registry.RegisterSchema(ctx, &registryv1.RegisterSchemaRequest{Subject: subject, Schema: &registryv1.SchemaSpec{Schema: `"string"`}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("registered %s as schema id %d\n", subject, registered.GetId())
	if _, err := client.Registry.GetSchemaById(ctx, &registryv1.GetSchemaByIdRequest{Id: 987654321}); err != nil {
		e, _ := gregor.ConfluentErrorOf(err)
		fmt.Printf("no such schema: %d %s\n", e.ErrorCode, e.Reason)
	}
	produced, err := client.Kafka.Produce(ctx, &kafkav1.ProduceRequest{Topic: topic, Records: []*kafkav1.Record{{Value: []byte("hello")}}})
	if err != nil {
		log.Fatal(err)
	}
	offset := produced.GetResults()[0].GetOffset()
	fmt.Printf("produced at offset %d\n", offset)
	stream, err := client.Kafka.Subscribe(ctx, &kafkav1.SubscribeRequest{Subscription: &kafkav1.GroupSubscription{
		Group: topic + "-go-example", Topics: []string{topic}, AutoOffsetReset: kafkav1.OffsetReset_OFFSET_RESET_EARLIEST,
	}})
	if err != nil {
		log.Fatal(err)
	}
	for {
		event, err := stream.Recv()
		if err != nil {
			log.Fatal(err)
		}
		for _, record := range event.GetBatch().GetRecords() {
			if record.GetOffset() == offset {
				fmt.Printf("read back %q at offset %d\n", record.GetValue(), offset)
				return // cancel() ends the call: the member leaves the group
			}
		}
	}
}
