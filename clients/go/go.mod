module gregor.dev/clients/go

go 1.19

// The versions Debian 12 packages (what this repository's CI builds with,
// in GOPATH mode); any newer ones work too.
require (
	google.golang.org/genproto v0.0.0-20200413115906-b5235f65be36
	google.golang.org/grpc v1.33.3
	google.golang.org/protobuf v1.28.1
)
