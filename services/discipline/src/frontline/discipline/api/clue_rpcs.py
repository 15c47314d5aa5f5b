"""Clue RPCs: receive, dispose, conclude a verification, reply, recuse, look-ups.

Every date is today or earlier; a reporter is checked field by field, and a
refusal names the field without repeating what was typed in it.
"""

from __future__ import annotations

import re
from typing import Any

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.discipline.api import messages
from frontline.discipline.api.base import RpcBase
from frontline.discipline.domain import clue_commands as cmd
from frontline.discipline.domain.clue_vocabulary import (
    Category,
    ClueSource,
    ClueStatus,
    Disposal,
    VerificationOutcome,
)
from frontline.discipline.use_cases import clues
from frontline.discipline.use_cases.ports import ClueFilter
from frontline.discipline.views import ReporterIdentity
from frontline.kernel import convert as cv
from frontline.kernel.errors import InvalidArgument

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers

_PHONE = re.compile(r"\+?[0-9][0-9 -]{4,19}")
_ID_NUMBER = re.compile(r"[0-9]{17}[0-9Xx]|[0-9]{15}")


def reporter(message: pb.Reporter) -> ReporterIdentity:
    name = cv.text(message.name, "reporter.name", cv.NAME, required=True)
    phone = message.phone.strip()
    if phone and not _PHONE.fullmatch(phone):
        raise InvalidArgument.field(
            "reporter.phone", "digits, spaces or dashes, 5 to 20", "NOT_A_PHONE"
        )
    id_number = message.id_number.strip()
    if id_number and not _ID_NUMBER.fullmatch(id_number):
        raise InvalidArgument.field(
            "reporter.id_number", "a resident ID number of 18 characters", "NOT_AN_ID_NUMBER"
        )
    return ReporterIdentity(name=name, phone=phone, id_number=id_number.upper())


class ClueRpcs(RpcBase):
    def _clue_id(self, request: Any) -> str:
        return cv.identifier(request.clue_id, "clue_id")

    async def _clue_on(self, clue_id: str, command: Any) -> pb.Clue:
        return messages.clue(await clues.act_on_clue(self.ports, clue_id, command))

    async def ReceiveClue(
        self, request: pb.ReceiveClueRequest, context: Ctx
    ) -> pb.ReceiveClueResponse:
        intake = clues.Intake(
            division_code=cv.text(request.division_code, "division_code", 12, required=True),
            source=cv.enum_in(pb.ClueSource, request.source, ClueSource, "source"),
            category=cv.enum_in(pb.Category, request.category, Category, "category"),
            summary=cv.text(request.summary, "summary", cv.TEXT, required=True, lines=True),
            received_on=self._day(request.received_on, "received_on"),
            reporter=reporter(request.reporter) if request.HasField("reporter") else None,
            cadre_id=cv.optional_identifier(request.cadre_id, "cadre_id"),
        )
        read = await clues.receive_clue(self.ports, intake)
        return pb.ReceiveClueResponse(clue=messages.clue(read))

    async def DisposeClue(
        self, request: pb.DisposeClueRequest, context: Ctx
    ) -> pb.DisposeClueResponse:
        command = cmd.DisposeClue(
            disposal=cv.enum_in(pb.Disposal, request.disposal, Disposal, "disposal"),
            disposed_on=self._day(request.disposed_on, "disposed_on"),
            category=cv.optional_enum(pb.Category, request.category, Category, "category"),
        )
        return pb.DisposeClueResponse(clue=await self._clue_on(self._clue_id(request), command))

    async def ConcludeVerification(
        self, request: pb.ConcludeVerificationRequest, context: Ctx
    ) -> pb.ConcludeVerificationResponse:
        command = cmd.ConcludeVerification(
            outcome=cv.enum_in(
                pb.VerificationOutcome, request.outcome, VerificationOutcome, "outcome"
            ),
            concluded_on=self._day(request.concluded_on, "concluded_on"),
        )
        return pb.ConcludeVerificationResponse(
            clue=await self._clue_on(self._clue_id(request), command)
        )

    async def ReplyToReporter(
        self, request: pb.ReplyToReporterRequest, context: Ctx
    ) -> pb.ReplyToReporterResponse:
        command = cmd.ReplyToReporter(
            replied_on=self._day(request.replied_on, "replied_on"), accepted=request.accepted
        )
        return pb.ReplyToReporterResponse(clue=await self._clue_on(self._clue_id(request), command))

    async def RecordRecusal(
        self, request: pb.RecordRecusalRequest, context: Ctx
    ) -> pb.RecordRecusalResponse:
        command = cmd.RecordRecusal(
            staff=cv.text(request.staff, "staff", cv.NAME, required=True),
            recorded_on=self.ports.today(),
            reason=cv.text(request.reason, "reason", cv.TEXT, lines=True),
        )
        return pb.RecordRecusalResponse(clue=await self._clue_on(self._clue_id(request), command))

    async def GetClue(self, request: pb.GetClueRequest, context: Ctx) -> pb.GetClueResponse:
        read = await clues.get_clue(self.ports, self._clue_id(request))
        return pb.GetClueResponse(clue=messages.clue(read))

    async def ListClues(self, request: pb.ListCluesRequest, context: Ctx) -> pb.ListCluesResponse:
        page = cv.page(request.page_size, request.page_token)
        where = ClueFilter(
            prefix=request.division_code_prefix,
            status=cv.optional_enum(pb.ClueStatus, request.status, ClueStatus, "status"),
            source=cv.optional_enum(pb.ClueSource, request.source, ClueSource, "source"),
        )
        found = await clues.list_clues(self.ports, where, page)
        return pb.ListCluesResponse(
            clues=[messages.clue(c) for c in found], next_page_token=page.next_token(found)
        )
