"""Calling every RPC of a running service with fuzzed requests, and judging each answer.

An answer is acceptable when it is OK, or a refusal that says why: INVALID_ARGUMENT
with field violations, FAILED_PRECONDITION with a precondition failure, NOT_FOUND,
ALREADY_EXISTS or PERMISSION_DENIED (a code outside the county). Anything else —
INTERNAL above all — is a finding (DESIGN.md §4: a client's mistake never yields
INTERNAL). The blocking gRPC client calls the service running as its own process:
Hypothesis refuses to generate while anything else in its process uses ``random``.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf.descriptor import MethodDescriptor, ServiceDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import HypothesisDeprecationWarning

from frontline.kernel.authz import Rule
from frontline.kernel.ids import new_id
from frontline.testkit.fuzz import Seen, messages

# How long a stream is read: one that stays open (live updates) ends with its deadline.
STREAM_SECONDS = 1.5
Token = Callable[[frozenset[str]], str]
Metadata = tuple[tuple[str, str | bytes], ...]
_REFUSALS = {
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.ALREADY_EXISTS,
    grpc.StatusCode.PERMISSION_DENIED,
}


@dataclass(frozen=True)
class Target:
    """One RPC of the running service and who may call it."""

    service: ServiceDescriptor
    method: MethodDescriptor
    rule: Rule

    @property
    def path(self) -> str:
        return f"/{self.service.full_name}/{self.method.name}"


class Finding(AssertionError):
    pass


def _details(error: grpc.RpcError) -> list[Any]:
    status = rpc_status.from_call(error) if isinstance(error, grpc.Call) else None
    return list(status.details) if status else []


def _says_why(code: grpc.StatusCode, details: list[Any]) -> bool:
    if code in _REFUSALS:
        return True
    if code == grpc.StatusCode.INVALID_ARGUMENT:
        bad = error_details_pb2.BadRequest()
        return any(d.Unpack(bad) and bad.field_violations for d in details)
    if code == grpc.StatusCode.FAILED_PRECONDITION:
        pre = error_details_pb2.PreconditionFailure()
        return any(d.Unpack(pre) and pre.violations for d in details)
    return False


class Caller:
    """Calls one service's RPCs on ``channel`` with a token of each rule's roles."""

    def __init__(self, channel: grpc.Channel, token: Token, seen: Seen) -> None:
        self.channel = channel
        self.token = token
        self.seen = seen
        # How each RPC answered: what the fuzzing reached, for the test's report.
        self.answers: Counter[tuple[str, str]] = Counter()

    def call(self, target: Target, request: Message) -> None:
        """Raises Finding for an answer that is neither OK nor a refusal saying why."""
        metadata: Metadata = (
            ("authorization", f"Bearer {self.token(target.rule.roles)}"),
            ("x-request-id", new_id()),
        )
        output = GetMessageClass(target.method.output_type)
        answered = 0
        try:
            for response in self._responses(target, request, output, metadata):
                self.seen.harvest(response)
                answered += 1
            self.answers[(target.method.name, "OK")] += 1
        except grpc.RpcError as error:
            code = error.code()
            self.answers[(target.method.name, code.name)] += 1
            if code == grpc.StatusCode.DEADLINE_EXCEEDED and answered:
                return  # a stream that stays open (live updates) and answered
            if not _says_why(code, _details(error)):
                text = error.details()
                raise Finding(f"{target.path} answered {code.name}: {text}") from None

    def _responses(
        self, target: Target, request: Message, output: Any, metadata: Metadata
    ) -> Iterator[Message]:
        serialize, parse = type(request).SerializeToString, output.FromString
        if not target.method.server_streaming:
            unary = self.channel.unary_unary(
                target.path, request_serializer=serialize, response_deserializer=parse
            )
            yield unary(request, metadata=metadata, timeout=30)
            return
        stream = self.channel.unary_stream(
            target.path, request_serializer=serialize, response_deserializer=parse
        )
        # Some streams never end (live updates): their first answers are what counts.
        call = stream(request, metadata=metadata, timeout=STREAM_SECONDS)
        for count, response in enumerate(call, start=1):
            yield response
            if count >= 20:
                call.cancel()  # type: ignore[no-untyped-call]
                return

    def fuzz(self, target: Target, examples: int) -> None:
        """``examples`` requests of every shape; the first finding, shrunk, is raised."""

        @settings(
            max_examples=examples,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(messages(target.method.input_type, self.seen))
        def answered(request: Message) -> None:
            self.call(target, request)

        with warnings.catch_warnings():
            # A shrunk request can still hold a 20,000-character text: say it anyway.
            warnings.filterwarnings("ignore", "Generating overly large repr")
            # These strategies draw nothing from ``random``; the test's event loop, on
            # another thread, may (a Kafka client's jitter), which Hypothesis notices.
            warnings.filterwarnings(
                "ignore", "Do not use the `random` module", HypothesisDeprecationWarning
            )
            answered()
