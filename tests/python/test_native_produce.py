"""Native gRPC produce (gregor.kafka.v1.KafkaService): unary batches and a
bidirectional stream with per-batch acks, checked against an independent
read-back with confluent-kafka on the real broker."""
import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

from gregor.kafka.v1 import kafka_pb2 as pb
from gregor.kafka.v1 import kafka_pb2_grpc as rpc

from conftest import unique
from test_rest_proxy import read, topic  # noqa: F401  (fixture)


@pytest.fixture
def stub(gregor):
    channel = grpc.insecure_channel(f"127.0.0.1:{gregor.port}")
    yield rpc.KafkaServiceStub(channel)
    channel.close()


def v2_code(err):
    status = status_pb2.Status.FromString(dict(err.trailing_metadata())["grpc-status-details-bin"])
    info = error_details_pb2.ErrorInfo()
    assert status.details[0].Unpack(info)
    return int(info.metadata["error_code"])


def test_unary_produce(bootstrap, stub, topic):
    reply = stub.Produce(pb.ProduceRequest(topic=topic, records=[
        pb.Record(key=b"k", value=b"v1", partition=0, headers=[pb.Header(key="h", value=b"\x00\x01")]),
        pb.Record(value=b"v2", partition=0),
        pb.Record(key=b"gone", partition=0),
    ]))
    assert [(r.partition, r.offset, r.HasField("error")) for r in reply.results] == [(0, 0, False), (0, 1, False), (0, 2, False)]
    got = read(bootstrap, topic, 0, 3)
    assert [(m.key(), m.value()) for m in got] == [(b"k", b"v1"), (None, b"v2"), (b"gone", None)]
    assert got[0].headers() == [("h", b"\x00\x01")]
    with pytest.raises(grpc.RpcError) as err:
        stub.Produce(pb.ProduceRequest(topic=unique("missing"), records=[pb.Record(value=b"x")]))
    assert err.value.code() == grpc.StatusCode.NOT_FOUND and v2_code(err.value) == 40401
    with pytest.raises(grpc.RpcError) as err:
        stub.Produce(pb.ProduceRequest(topic=topic, records=[pb.Record(value=b"x", partition=5)]))
    assert v2_code(err.value) == 40402


def test_produce_stream_acks_every_batch_in_order(bootstrap, stub, topic):
    batches, per_batch = 20, 10

    def requests():
        for seq in range(1, batches + 1):
            yield pb.ProduceStreamRequest(sequence=seq, topic=topic, records=[
                pb.Record(value=f"{seq}:{i}".encode(), partition=1) for i in range(per_batch)])

    acks = list(stub.ProduceStream(requests()))
    assert [a.sequence for a in acks] == list(range(1, batches + 1))
    offsets = [r.offset for a in acks for r in a.results]
    assert offsets == list(range(batches * per_batch))
    assert all(not r.HasField("error") and r.partition == 1 for a in acks for r in a.results)
    got = read(bootstrap, topic, 1, batches * per_batch)
    assert [m.value().decode() for m in got] == [f"{s}:{i}" for s in range(1, batches + 1) for i in range(per_batch)]


def test_produce_stream_ends_with_the_error_after_earlier_acks(bootstrap, stub, topic):
    def requests():
        yield pb.ProduceStreamRequest(sequence=1, topic=topic, records=[pb.Record(value=b"ok", partition=0)])
        yield pb.ProduceStreamRequest(sequence=2, topic=unique("missing"), records=[pb.Record(value=b"lost")])
        yield pb.ProduceStreamRequest(sequence=3, topic=topic, records=[pb.Record(value=b"after", partition=0)])

    acks = []
    with pytest.raises(grpc.RpcError) as err:
        for ack in stub.ProduceStream(requests()):
            acks.append(ack.sequence)
    assert acks == [1]
    assert err.value.code() == grpc.StatusCode.NOT_FOUND and v2_code(err.value) == 40401
    assert [m.value() for m in read(bootstrap, topic, 0, 1)] == [b"ok"]
