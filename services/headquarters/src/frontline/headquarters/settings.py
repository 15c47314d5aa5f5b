"""Headquarters settings: process settings plus the county's scoring and compliance rules.

Everything DOMAIN.md marks *(configurable)* that headquarters uses lives here, read
from ``FRONTLINE_*`` environment variables (nested with ``__``), so a county can
change weights or meeting frequencies without a code change. SCORING.md documents
the formula these weights feed.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from frontline.headquarters.service_settings import ServiceCentreRules
from frontline.kernel.settings import ServiceSettings


class FortressWeights(BaseModel):
    secretary_filled: float = 25
    elections_on_time: float = 20
    meeting_compliance: float = 25
    decisions_flowing: float = 15
    not_weak_lax: float = 15
    # The command tools (SCORING.md): left out where a place has no orders or items due.
    orders_on_time: float = 10
    duties_completed: float = 10


class ServiceWeights(BaseModel):
    college_educated: float = 15
    young_cadres: float = 5
    trained: float = 15
    upgrades_graduated: float = 5
    student_officials_converted: float = 5
    remuneration_growth: float = 5
    # Excellent or competent in the townships' annual evaluation counts (实绩考核).
    evaluated_competent: float = 5
    # Service centres and their requests (三率 and on time): left out while without data.
    centre_coverage: float = 10
    response_rate: float = 10
    resolution_rate: float = 10
    satisfaction_rate: float = 10
    requests_on_time: float = 10


class RuleOfLawWeights(BaseModel):
    # SCORING.md "Rule of law": the discipline topic's inputs.
    clue_replies_on_time: float = 15
    investigations_on_time: float = 10
    disputes_resolved: float = 25
    resolved_in_village: float = 10
    sweep_compliance: float = 15
    arrears_paid: float = 10
    reserved_land_fulfilled: float = 5
    pension_coverage: float = 5
    three_capitals_corrected: float = 5


class PillarWeights(BaseModel):
    fortress: float = 40
    service: float = 35
    rule_of_law: float = 25


class ScoringSettings(BaseModel):
    pillars: PillarWeights = PillarWeights()
    fortress: FortressWeights = FortressWeights()
    service: ServiceWeights = ServiceWeights()
    rule_of_law: RuleOfLawWeights = RuleOfLawWeights()
    # Targets at which an input reaches full marks.
    college_share_target: float = 0.6
    young_share_target: float = 0.3
    training_hours_target: float = 24.0
    remuneration_growth_target: float = 0.05
    # Compare each figure with this many days earlier to show what moved the score.
    comparison_days: int = 30


class ComplianceSettings(BaseModel):
    # Months between required meetings (DOMAIN.md "Meetings": 三会一课 and theme party day)
    # for a unit with no recorded form; a recorded form lists its own (OrgFormRecorded).
    meeting_period_months: dict[str, int] = Field(
        default_factory=lambda: {
            "branch_member_meeting": 3,
            "branch_committee_meeting": 1,
            "party_group_meeting": 1,
            "party_lesson": 3,
            "theme_party_day": 1,
        }
    )
    # Trailing window over which compliance is measured.
    meeting_window_months: int = 12
    # Below this share of required meetings held, an alert and a weak-and-lax rule fire.
    meeting_compliance_floor: float = 0.6
    election_warning_months: int = 6
    secretary_vacant_alert_days: int = 30
    secretary_vacant_weak_days: int = 90
    decision_stuck_days: int = 30
    # Rule of law: rates count the trailing window; alerts and the "disputes
    # concentrated" weak-and-lax rule look at the recent days.
    rule_of_law_window_days: int = 365
    recent_days: int = 90
    disputes_concentrated_count: int = 5


class BriefingSettings(BaseModel):
    # The CJK font embedded in the monthly briefing; unset: the one fontconfig finds for
    # zh-cn (Debian's fonts-noto-cjk). ``font_index`` picks a face of a .ttc collection.
    font_path: Path | None = None
    font_index: int = 0
    bold_font_path: Path | None = None


class HeadquartersSettings(ServiceSettings):
    service_name: str = "headquarters"
    dashboard_port: int = 8080
    dashboard_host: str = "127.0.0.1"
    # Mark the sign-in cookie Secure even over plain HTTP: set it when a proxy in
    # front of the dashboard terminates TLS (headquarters then sees only HTTP).
    dashboard_secure_cookie: bool = False
    # How long a sign-in link (a one-time ticket, dashboard_sign_in.py) may wait to be opened.
    dashboard_ticket_seconds: int = Field(default=900, gt=0)
    # The dashboard's address as browsers reach it (e.g. https://hq.county.example), for
    # the sign-in redirect registered at the identity provider; empty: as asked.
    dashboard_public_url: str = ""
    read_model_schema: str = "hq"
    # Live updates are coalesced: at most one push per this many seconds.
    update_coalesce_seconds: float = 0.25
    scoring: ScoringSettings = ScoringSettings()
    compliance: ComplianceSettings = ComplianceSettings()
    service_centres: ServiceCentreRules = ServiceCentreRules()
    briefing: BriefingSettings = BriefingSettings()
    # The organization service's gRPC address: the dashboard forwards an operator's
    # supervision-order actions there with the operator's own token (dashboard_orders.py).
    organization_grpc: str = "127.0.0.1:50051"
