"""Registry RPCs: register, correct and erase personal data; one cadre, a list."""

from __future__ import annotations

from typing import Any

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre.api import messages
from frontline.cadre.use_cases import registry
from frontline.cadre.use_cases.ports import Ports
from frontline.kernel import convert as cv

Ctx = Any  # grpc.aio.ServicerContext; unused by the mappers
# Room for spaces and a country code; the use case checks the exact form.
_ID_NUMBER = _PHONE = 32
_DIVISION_CODE = 12


class RegistryRpcs:
    ports: Ports

    async def RegisterCadre(
        self, request: pb.RegisterCadreRequest, context: Ctx
    ) -> pb.RegisterCadreResponse:
        registration = registry.Registration(
            name=cv.text(request.name, "name", cv.NAME, required=True),
            gender=messages.word(pb.Gender, request.gender, "gender"),
            birth_date=cv.day(request.birth_date, "birth_date"),
            education_level=messages.word(
                pb.EducationLevel, request.education_level, "education_level"
            ),
            party_member=request.party_member,
            phone=cv.text(request.phone, "phone", _PHONE),
            id_number=cv.text(request.id_number, "id_number", _ID_NUMBER, required=True),
            division_code=cv.text(
                request.division_code, "division_code", _DIVISION_CODE, required=True
            ),
            registered_on=cv.day(request.registered_on, "registered_on", self.ports.today()),
        )
        cadre_id = await registry.register(self.ports, registration)
        return pb.RegisterCadreResponse(cadre_id=cadre_id)

    async def UpdatePersonalData(
        self, request: pb.UpdatePersonalDataRequest, context: Ctx
    ) -> pb.UpdatePersonalDataResponse:
        # An empty field keeps the recorded value.
        correction = registry.Correction(
            name=cv.optional_text(request.name, "name", cv.NAME),
            phone=cv.optional_text(request.phone, "phone", _PHONE),
            birth_date=cv.optional_day(request.birth_date, "birth_date"),
        )
        cadre_id = cv.identifier(request.cadre_id, "cadre_id")
        await registry.update(self.ports, cadre_id, correction)
        return pb.UpdatePersonalDataResponse()

    async def ErasePersonalData(
        self, request: pb.ErasePersonalDataRequest, context: Ctx
    ) -> pb.ErasePersonalDataResponse:
        await registry.erase(self.ports, cv.identifier(request.cadre_id, "cadre_id"))
        return pb.ErasePersonalDataResponse()

    async def GetCadre(self, request: pb.GetCadreRequest, context: Ctx) -> pb.GetCadreResponse:
        found = await registry.get_cadre(self.ports, cv.identifier(request.cadre_id, "cadre_id"))
        return pb.GetCadreResponse(cadre=messages.cadre(found))

    async def ListCadres(
        self, request: pb.ListCadresRequest, context: Ctx
    ) -> pb.ListCadresResponse:
        page = cv.page(request.page_size, request.page_token)
        found = await registry.list_cadres(self.ports, request.division_code, page)
        return pb.ListCadresResponse(
            cadres=[messages.cadre(c) for c in found], next_page_token=page.next_token(found)
        )
