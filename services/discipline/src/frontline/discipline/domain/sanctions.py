"""What a case decides: measures, their kinds, and what each means for the cadre.

DOMAIN.md "Case": party sanction (warning, serious warning, removal from party
post, probation, expulsion), government sanction (warning, demerit, major demerit,
demotion, dismissal, expulsion), organizational handling, or referral to
prosecutors. Some measures remove the cadre from the post (the cadre service
records the dismissal); each has an influence period (影响期) during which the
cadre cannot be nominated. The periods are county settings (DisciplineRules);
expulsions and referrals never end.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from frontline.discipline.domain.dates import add_months


class MeasureType(StrEnum):
    PARTY_SANCTION = "party_sanction"  # 党纪处分
    GOVERNMENT_SANCTION = "government_sanction"  # 政务处分
    ORGANIZATIONAL_HANDLING = "organizational_handling"  # 组织处理
    PROSECUTION_REFERRAL = "prosecution_referral"  # 移送检察机关


class MeasureKind(StrEnum):
    PARTY_WARNING = "party_warning"  # 警告
    PARTY_SERIOUS_WARNING = "party_serious_warning"  # 严重警告
    REMOVAL_FROM_PARTY_POST = "removal_from_party_post"  # 撤销党内职务
    PARTY_PROBATION = "party_probation"  # 留党察看
    PARTY_EXPULSION = "party_expulsion"  # 开除党籍
    GOVERNMENT_WARNING = "government_warning"  # 警告
    DEMERIT = "demerit"  # 记过
    MAJOR_DEMERIT = "major_demerit"  # 记大过
    DEMOTION_IN_GRADE = "demotion_in_grade"  # 降级
    DISMISSAL = "dismissal"  # 撤职
    GOVERNMENT_EXPULSION = "government_expulsion"  # 开除
    ADMONISHMENT = "admonishment"  # 诫勉
    SUSPENSION_FOR_INSPECTION = "suspension_for_inspection"  # 停职检查
    POST_ADJUSTMENT = "post_adjustment"  # 调整职务
    ORDERED_RESIGNATION = "ordered_resignation"  # 责令辞职
    REMOVAL_FROM_POST = "removal_from_post"  # 免职
    DEMOTION = "demotion"  # 降职
    REFERRAL_TO_PROSECUTORS = "referral_to_prosecutors"


K = MeasureKind
KINDS_OF: dict[MeasureType, frozenset[MeasureKind]] = {
    MeasureType.PARTY_SANCTION: frozenset(
        {
            K.PARTY_WARNING,
            K.PARTY_SERIOUS_WARNING,
            K.REMOVAL_FROM_PARTY_POST,
            K.PARTY_PROBATION,
            K.PARTY_EXPULSION,
        }
    ),
    MeasureType.GOVERNMENT_SANCTION: frozenset(
        {
            K.GOVERNMENT_WARNING,
            K.DEMERIT,
            K.MAJOR_DEMERIT,
            K.DEMOTION_IN_GRADE,
            K.DISMISSAL,
            K.GOVERNMENT_EXPULSION,
        }
    ),
    MeasureType.ORGANIZATIONAL_HANDLING: frozenset(
        {
            K.ADMONISHMENT,
            K.SUSPENSION_FOR_INSPECTION,
            K.POST_ADJUSTMENT,
            K.ORDERED_RESIGNATION,
            K.REMOVAL_FROM_POST,
            K.DEMOTION,
        }
    ),
    MeasureType.PROSECUTION_REFERRAL: frozenset({K.REFERRAL_TO_PROSECUTORS}),
}

# Measures after which the cadre no longer holds the post (the cadre service records a
# dismissal; organization vacates a secretary post).
REMOVES_FROM_POST = frozenset(
    {
        K.REMOVAL_FROM_PARTY_POST,
        K.PARTY_PROBATION,
        K.PARTY_EXPULSION,
        K.DISMISSAL,
        K.GOVERNMENT_EXPULSION,
        K.ORDERED_RESIGNATION,
        K.REMOVAL_FROM_POST,
        K.DEMOTION,
    }
)

# No end to the influence: expelled, or handed to prosecutors (a criminal case follows).
PERMANENT = frozenset({K.PARTY_EXPULSION, K.GOVERNMENT_EXPULSION, K.REFERRAL_TO_PROSECUTORS})

# Months of influence (影响期) per kind, after 中国共产党纪律处分条例 and 公职人员政务处分法;
# 0: no influence period. A county may set its own (FRONTLINE_RULES__INFLUENCE_MONTHS).
DEFAULT_INFLUENCE_MONTHS: dict[str, int] = {
    K.PARTY_WARNING: 6,
    K.PARTY_SERIOUS_WARNING: 12,
    K.REMOVAL_FROM_PARTY_POST: 24,
    K.PARTY_PROBATION: 24,
    K.GOVERNMENT_WARNING: 6,
    K.DEMERIT: 12,
    K.MAJOR_DEMERIT: 18,
    K.DEMOTION_IN_GRADE: 24,
    K.DISMISSAL: 24,
    K.ADMONISHMENT: 6,
    K.SUSPENSION_FOR_INSPECTION: 0,
    K.POST_ADJUSTMENT: 0,
    K.ORDERED_RESIGNATION: 12,
    K.REMOVAL_FROM_POST: 12,
    K.DEMOTION: 24,
}


class Measure(BaseModel):
    """One measure a decision imposes, as asked for."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: MeasureType
    kind: MeasureKind


class ImposedMeasure(BaseModel):
    """A measure as decided: what it means for the cadre, fixed on the decision day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: MeasureType
    kind: MeasureKind
    removes_from_post: bool
    influence_ends_on: date | None = None
    permanent: bool = False

    def in_force_on(self, day: date) -> bool:
        """Whether the influence period covers ``day``."""
        return self.permanent or (
            self.influence_ends_on is not None and day < self.influence_ends_on
        )


def imposed(measure: Measure, decided_on: date, influence_months: dict[str, int]) -> ImposedMeasure:
    permanent = measure.kind in PERMANENT
    months = 0 if permanent else influence_months.get(measure.kind, 0)
    return ImposedMeasure(
        type=measure.type,
        kind=measure.kind,
        removes_from_post=measure.kind in REMOVES_FROM_POST,
        influence_ends_on=add_months(decided_on, months) if months > 0 else None,
        permanent=permanent,
    )
