// Package gregor is Gregor's gRPC API for Go: the generated messages and
// gRPC clients (gen/, from buf.gen.yaml), one connection with a client per
// service, credentials sent on every call, and the Confluent error of a
// failed call.
package gregor

import (
	"context"
	"encoding/base64"
	"strconv"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/status"

	kafkav1 "gregor.dev/clients/go/gen/gregor/kafka/v1"
	registryv1 "gregor.dev/clients/go/gen/gregor/registry/v1"
)

// Client holds one connection to a Gregor node and a client per service.
type Client struct {
	conn *grpc.ClientConn
	// Registry is the Schema Registry.
	Registry registryv1.SchemaRegistryServiceClient
	// Kafka is the native Kafka API (Produce, ProduceStream, Subscribe,
	// Consume, Fetch, ListOffsets).
	Kafka kafkav1.KafkaServiceClient
	// Admin is Kafka REST v3's admin API.
	Admin kafkav1.AdminServiceClient
	// Records is Kafka REST v3's records API.
	Records kafkav1.RecordsServiceClient
	// RestProxy is Kafka REST Proxy v2.
	RestProxy kafkav1.KafkaRestServiceClient
}

// Dial connects to target (host:port) with opts (e.g.
// grpc.WithInsecure() for h2c, or transport credentials, and BasicAuth).
func Dial(ctx context.Context, target string, opts ...grpc.DialOption) (*Client, error) {
	conn, err := grpc.DialContext(ctx, target, opts...)
	if err != nil {
		return nil, err
	}
	return &Client{
		conn:      conn,
		Registry:  registryv1.NewSchemaRegistryServiceClient(conn),
		Kafka:     kafkav1.NewKafkaServiceClient(conn),
		Admin:     kafkav1.NewAdminServiceClient(conn),
		Records:   kafkav1.NewRecordsServiceClient(conn),
		RestProxy: kafkav1.NewKafkaRestServiceClient(conn),
	}, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

type authorization struct {
	value  string
	secure bool
}

func (a authorization) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": a.value}, nil
}

func (a authorization) RequireTransportSecurity() bool { return a.secure }

// BasicAuth sends HTTP Basic credentials (a Karapace auth file's user) on
// every call. requireTLS refuses to send them over a plaintext connection.
func BasicAuth(username, password string, requireTLS bool) grpc.DialOption {
	token := base64.StdEncoding.EncodeToString([]byte(username + ":" + password))
	return grpc.WithPerRPCCredentials(authorization{"Basic " + token, requireTLS})
}

// BearerToken sends a bearer token (OIDC/JWT) on every call.
func BearerToken(token string, requireTLS bool) grpc.DialOption {
	return grpc.WithPerRPCCredentials(authorization{"Bearer " + token, requireTLS})
}

// ConfluentError is what Gregor says went wrong with a call.
type ConfluentError struct {
	// ErrorCode is Confluent's error_code (Errors.java), e.g. 40401: the
	// number the REST API answers for the same error.
	ErrorCode int
	// Reason is the UPPER_SNAKE_CASE name of the error.
	Reason string
}

// ConfluentErrorOf returns the Confluent error of a failed call (its
// google.rpc.ErrorInfo detail, metadata key error_code); ok is false for
// an error without one (a transport failure).
func ConfluentErrorOf(err error) (e ConfluentError, ok bool) {
	st, isStatus := status.FromError(err)
	if !isStatus {
		return e, false
	}
	for _, detail := range st.Details() {
		if info, isInfo := detail.(*errdetails.ErrorInfo); isInfo {
			if code, convErr := strconv.Atoi(info.GetMetadata()["error_code"]); convErr == nil {
				return ConfluentError{ErrorCode: code, Reason: info.GetReason()}, true
			}
		}
	}
	return e, false
}
