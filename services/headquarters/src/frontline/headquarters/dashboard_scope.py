"""What a signed-in operator may see on the dashboard: the gRPC API's scope rule.

A scope is a division-code prefix (DESIGN.md §6). Viewers whose scope covers the
county (``hq_viewer``, ``county_admin``) open on the county; a township operator
opens on its township and is refused anything outside it, the county included.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontline.headquarters.live import Update
from frontline.headquarters.params import check_code
from frontline.headquarters.query.models import Activity
from frontline.kernel.authz import check_scope
from frontline.kernel.context import Principal


class ViewScope:
    def __init__(self, county_code: str) -> None:
        self.county_code = county_code

    def home(self, principal: Principal) -> str:
        """Where the dashboard opens: the county if the scope covers it, else the scope."""
        return self.county_code if principal.covers(self.county_code) else principal.scope

    def code(self, principal: Principal, requested: str) -> str:
        """The unit to show; PermissionDenied (403) outside the operator's scope."""
        code = check_code(requested or self.home(principal))
        check_scope(principal, code)
        return code

    def may_rank(self, principal: Principal) -> bool:
        return principal.covers(self.county_code)

    def check_ranking(self, principal: Principal) -> None:
        # The township ranking compares every township: like ListTownshipRanking over
        # gRPC it needs the county in scope, so a township operator gets 403, not a
        # one-row "ranking" that would tell it nothing and differ from the API.
        check_scope(principal, self.county_code)

    def sees(self, principal: Principal, update: Update) -> bool:
        return update.touches(principal.scope)

    def visible_part(
        self, principal: Principal, update: Update, activity: Iterable[Activity]
    ) -> dict[str, object]:
        """The SSE payload of an update, cut to the scope as StreamUpdates does over gRPC;
        ``activity`` comes from ``Queries.activity_by_ids`` with the same scope."""
        return {
            "divisions": update.divisions_within(principal.scope),
            "activity": [a.model_dump(mode="json") for a in activity],
        }
