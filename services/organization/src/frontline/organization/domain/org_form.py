"""The form a party organization takes (DOMAIN.md "Places and units", "Meetings").

A village or community organization is a committee (党委), a general branch (党总支)
or a branch (党支部); a branch under it is always a branch; township and county
organizations are committees. The form and the member count decide which
meetings the unit owes (``meeting_duties``).
"""

from __future__ import annotations

from enum import StrEnum

from frontline.organization.domain.divisions import OrgLevel


class OrgForm(StrEnum):
    COMMITTEE = "committee"  # 委员会 (党委)
    GENERAL_BRANCH = "general_branch"  # 总支 (党总支)
    BRANCH = "branch"  # 支部 (党支部)


FORMS_BY_LEVEL: dict[OrgLevel, frozenset[OrgForm]] = {
    OrgLevel.COUNTY: frozenset({OrgForm.COMMITTEE}),
    OrgLevel.TOWNSHIP: frozenset({OrgForm.COMMITTEE}),
    OrgLevel.VILLAGE: frozenset(OrgForm),
    OrgLevel.COMMUNITY: frozenset(OrgForm),
    OrgLevel.BRANCH: frozenset({OrgForm.BRANCH}),
}
