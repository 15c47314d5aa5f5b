"""Words of clues and cases (DOMAIN.md "Discipline service": Clue, Case)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class ClueSource(StrEnum):
    LETTERS_VISITS = "letters_visits"  # 信访
    REPORT = "report"  # 举报 (online, phone, in person)
    POLICE_REFERRAL = "police_referral"  # evil-force clues from the police (涉黑涉恶线索移送)
    THREE_CAPITALS_ANOMALY = "three_capitals_anomaly"  # 三资 ledger anomaly
    SERVICE_CENTER_COMPLAINT = "service_center_complaint"  # transferred by a service centre


class Category(StrEnum):
    """Categories of clues and cases (the issue's list)."""

    DISCIPLINE_VIOLATION = "discipline_violation"
    AGRICULTURE_DUTY_CRIME = "agriculture_duty_crime"  # 涉农职务犯罪
    EVIL_FORCES_UMBRELLA = "evil_forces_umbrella"  # 涉黑涉恶 / "protective umbrella"
    THREE_CAPITALS_MISUSE = "three_capitals_misuse"
    OTHER = "other"


class Disposal(StrEnum):
    """The four ways a clue is disposed of (线索处置四类方式)."""

    TALK_INQUIRY = "talk_inquiry"  # 谈话函询
    PRELIMINARY_VERIFICATION = "preliminary_verification"  # 初步核实
    SHELVE = "shelve"  # 暂存待查
    CLOSE = "close"  # 予以了结


class VerificationOutcome(StrEnum):
    """How a preliminary verification ends; a case is filed with its own command."""

    CASE = "case"
    CLOSE = "close"
    REMINDER_TALK = "reminder_talk"  # 提醒谈话
    SHELVE = "shelve"


class ClueStatus(StrEnum):
    RECEIVED = "received"
    IN_TALK_INQUIRY = "in_talk_inquiry"
    VERIFYING = "verifying"
    SHELVED = "shelved"
    CLOSED = "closed"
    CASE_FILED = "case_filed"


class CaseStatus(StrEnum):
    INVESTIGATING = "investigating"
    IN_REVIEW = "in_review"  # 审理
    DECIDED = "decided"
    EXECUTED = "executed"
    ARCHIVED = "archived"


class AppealOutcome(StrEnum):
    UPHELD = "upheld"
    REVOKED = "revoked"


class SealedReporter(BaseModel):
    """A reporter's identity as the service keeps it: sealed under the person's own key
    (frontline.kernel.personal_data). Only the intake role may have it opened."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    subject_id: str
    sealed: str
