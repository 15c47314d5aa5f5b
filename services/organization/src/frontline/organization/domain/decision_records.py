"""Vocabulary of the "four discussions and two openness" (四议两公开) decision.

DOMAIN.md "Decision": every step records date, members due and present, votes
for/against/abstain, the township attendee (steps 4–5) and the village affairs
supervision committee's opinion.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class DecisionMatter(StrEnum):
    VILLAGE_RULES_AND_PLANS = "village_rules_and_plans"
    # Contracting or transfer within the collective (土地承包经营权流转).
    LAND_CONTRACTING = "land_contracting"
    COLLECTIVE_ASSETS = "collective_assets"
    PROJECT = "project"
    PUBLIC_WORKS_FUNDRAISING = "public_works_fundraising"
    OTHER = "other"
    # Contracting collective land to units or people outside the collective (发包给
    # 本集体经济组织以外的单位或者个人) and adjusting contracted land (承包地调整): two
    # thirds of the meeting's members or of the representatives (农村土地承包法).
    LAND_CONTRACTING_TO_OUTSIDERS = "land_contracting_to_outsiders"
    LAND_CONTRACT_ADJUSTMENT = "land_contract_adjustment"
    # Distributing land-acquisition compensation (征地补偿费分配) and using reserved
    # land (留用地), DOMAIN.md "Decision".
    LAND_COMPENSATION_DISTRIBUTION = "land_compensation_distribution"
    RESERVED_LAND_USE = "reserved_land_use"


class DecisionSource(StrEnum):
    MEMBERS_SUGGESTION = "members_suggestion"
    VILLAGERS_SUGGESTION = "villagers_suggestion"
    CADRE_PROPOSAL = "cadre_proposal"
    HIGHER_LEVEL = "higher_level"


class DecisionStatus(StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    DELIBERATED = "deliberated"
    REVIEWED = "reviewed"
    RESOLVED = "resolved"
    RESOLUTION_PUBLIC = "resolution_public"
    IMPLEMENTING = "implementing"
    RESULT_PUBLIC = "result_public"
    CLOSED = "closed"
    REJECTED = "rejected"


class DecisionStep(StrEnum):
    """The four voting steps; each one's meeting may reject the decision."""

    PROPOSAL = "proposal"  # 支委会提议
    DELIBERATION = "deliberation"  # 两委会商议
    REVIEW = "review"  # 党员大会审议
    RESOLUTION = "resolution"  # 村民(代表)会议决议


class ResolvingBody(StrEnum):
    VILLAGERS_MEETING = "villagers_meeting"
    REPRESENTATIVES_MEETING = "representatives_meeting"


class StepRecord(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    held_on: date
    members_due: int = Field(ge=0)
    members_present: int = Field(ge=0)
    votes_for: int = Field(ge=0)
    votes_against: int = Field(ge=0)
    votes_abstain: int = Field(ge=0)
    township_attendee: str | None = None
    supervision_opinion: str | None = None
    # A villagers' meeting may sit with two thirds of households instead of half of
    # the adult villagers (村民委员会组织法): then both household counts are recorded.
    households_due: int | None = Field(default=None, ge=0)
    households_present: int | None = Field(default=None, ge=0)
