# mypy: disable-error-code="arg-type, unused-ignore"
"""Test support: public events of a small county, put on Kafka like the services do.

Used by the headquarters tests, the browser test and the benchmark. Events are the
real contract models (``frontline.contracts``) with CloudEvents binary headers.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer

from frontline.contracts import cadre as c
from frontline.contracts import organization as o
from frontline.contracts import organization_command as oc
from frontline.contracts.base import PublicEvent
from frontline.headquarters.settings import HeadquartersSettings
from frontline.kernel.kafka_client import kafka_options
from frontline.kernel.topics import ensure_topics

COUNTY = "440781"


@dataclass(frozen=True)
class Published:
    event: PublicEvent
    key: str
    event_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    time: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def headers(p: Published) -> list[tuple[str, bytes]]:
    service = p.event.topic.split(".")[0]
    return [
        ("ce_specversion", b"1.0"),
        ("ce_id", p.event_id.encode()),
        ("ce_type", p.event.ce_type.encode()),
        ("ce_source", f"/counties/{COUNTY}/{service}".encode()),
        ("ce_time", p.time.isoformat().encode()),
        ("ce_subject", p.key.encode()),
        ("content-type", b"application/json"),
    ]


async def produce(bootstrap: str, prefix: str, events: Iterable[Published]) -> None:
    events = list(events)
    # The services create their topics at start; a test without them creates them here.
    await ensure_topics(bootstrap, sorted({prefix + p.event.topic for p in events}), 3)
    producer = AIOKafkaProducer(
        **kafka_options(bootstrap), acks="all", enable_idempotence=True, linger_ms=5
    )
    await producer.start()
    try:
        futures = [
            await producer.send(
                prefix + p.event.topic,
                key=p.key.encode(),
                value=p.event.model_dump_json().encode(),
                headers=headers(p),
            )
            for p in events
        ]
        for future in futures:
            await future
    finally:
        await producer.stop()


def unit(
    unit_id: str,
    level: str,
    code: str,
    name: str,
    parent: str | None,
    established: dt.date,
    due: dt.date,
    term_years: int = 5,
) -> Published:
    return Published(
        o.OrgUnitEstablished(
            org_unit_id=unit_id,
            division_code=code,
            level=level,
            name=name,  # type: ignore[arg-type]
            parent_unit_id=parent,
            established_on=established,
            term_years=term_years,
            term_started_on=established,
            term_ends_on=due,
            election_due_on=due,
        ),
        unit_id,
    )


def secretary(unit_id: str, level: str, code: str, cadre: str, on: dt.date) -> Published:
    return Published(
        o.SecretaryPostFilled(
            org_unit_id=unit_id,
            division_code=code,
            level=level,  # type: ignore[arg-type]
            cadre_id=cadre,
            filled_on=on,
            one_shoulder=False,
        ),
        unit_id,
    )


def meeting(unit_id: str, code: str, kind: str, on: dt.date) -> Published:
    return Published(
        o.MeetingHeld(
            org_unit_id=unit_id,
            division_code=code,
            meeting_id=str(uuid.uuid4()),
            meeting_type=kind,
            held_on=on,
            members_due=20,
            members_present=18,
        ),  # type: ignore[arg-type]
        unit_id,
    )


def appointed(
    cadre: str,
    unit_id: str,
    code: str,
    post: str,
    on: dt.date,
    education: str,
    age_band: str,
    gender: str = "female",
) -> Published:
    return Published(
        c.CadreAppointed(
            cadre_id=cadre,
            org_unit_id=unit_id,
            division_code=code,
            post=post,  # type: ignore[arg-type]
            age_band=age_band,
            education_level=education,
            gender=gender,  # type: ignore[arg-type]
            appointed_on=on,
            via="procedure",
        ),
        cadre,
    )


def months_ago(today: dt.date, n: int) -> dt.date:
    total = today.year * 12 + today.month - 1 - n
    return dt.date(total // 12, total % 12 + 1, min(today.day, 28))


@dataclass
class SmallCounty:
    """Two townships, three villages: one vacant secretary post, one stuck decision."""

    today: dt.date
    events: list[Published] = field(default_factory=list)

    def build(self) -> list[Published]:
        t, start = self.today, dt.date(self.today.year - 2, 1, 1)
        later = dt.date(t.year + 3, 1, 1)
        self.events += [
            unit("u-county", "county", COUNTY, "示范县委", None, start, later),
            unit("u-t1", "township", "440781101", "城关镇党委", "u-county", start, later),
            unit("u-t2", "township", "440781102", "河口镇党委", "u-county", start, later),
            unit("u-v1", "village", "440781101001", "东村党支部", "u-t1", start, later),
            unit(
                "u-v2",
                "village",
                "440781101002",
                "西村党支部",
                "u-t1",
                start,
                t + dt.timedelta(days=60),
            ),
            unit("u-v3", "village", "440781102001", "南村党支部", "u-t2", start, later),
        ]
        for uid, level, code, cadre in [
            ("u-t1", "township", "440781101", "k-t1"),
            ("u-t2", "township", "440781102", "k-t2"),
            ("u-v1", "village", "440781101001", "k-v1"),
            ("u-v2", "village", "440781101002", "k-v2"),
        ]:
            self.events.append(secretary(uid, level, code, cadre, start + dt.timedelta(days=10)))
        self._meetings()
        self._decisions()
        self._cadres(start)
        self._command()
        return self.events

    def _command(self) -> None:
        """Supervision orders: one overdue, one accepted on time, one returned; and a
        village's responsibility list with an item completed and one not."""
        t = self.today
        county, town = ("u-county", COUNTY), ("u-t1", "440781101")
        self._order("o-1", ("u-t1", "440781101"), county, 40, 33, [])
        self._order(
            "o-2", ("u-t2", "440781102"), county, 60, 50, [("reported", 52), ("accepted", 51)]
        )
        self._order(
            "o-3", ("u-v1", "440781101001"), town, 30, 20, [("reported", 25), ("returned", 22)]
        )
        listed: dict[str, Any] = {
            "org_unit_id": "u-v1",
            "division_code": "440781101001",
            "list_id": "l-1",
            "year": t.year,
            "set_by_unit_id": "u-t1",
            "set_by_division_code": "440781101",
        }
        items = [
            oc.DutyItem(item_id=f"i-{n}", category="service", due_on=t - dt.timedelta(days=n))
            for n in (10, 5)
        ]
        set_on, checked_on = t - dt.timedelta(days=90), t - dt.timedelta(days=8)
        self.events.append(
            Published(oc.ResponsibilityListSet(**listed, items=items, set_on=set_on), "l-1")
        )
        checked = oc.DutyItemChecked(
            **listed,
            item_id="i-10",
            outcome="completed",
            checked_on=checked_on,
            due_on=t - dt.timedelta(days=10),
            on_time=False,
        )
        self.events.append(Published(checked, "l-1"))

    def _order(
        self,
        order_id: str,
        to: tuple[str, str],
        issuer: tuple[str, str],
        issued_ago: int,
        due_ago: int,
        steps: list[tuple[str, int]],
    ) -> None:
        t = self.today
        base: dict[str, Any] = {
            "org_unit_id": to[0],
            "division_code": to[1],
            "order_id": order_id,
            "issuer_unit_id": issuer[0],
            "issuer_division_code": issuer[1],
        }
        due = t - dt.timedelta(days=due_ago)
        issued = oc.SupervisionOrderIssued(
            **base,
            source="free",
            issued_on=t - dt.timedelta(days=issued_ago),
            working_days=5,
            due_on=due,
        )
        self.events.append(Published(issued, order_id))
        for kind, ago in steps:
            on = t - dt.timedelta(days=ago)
            event: PublicEvent
            if kind == "reported":
                event = oc.SupervisionOrderReported(
                    **base, reported_on=on, due_on=due, on_time=on <= due, round=1
                )
            elif kind == "accepted":
                event = oc.SupervisionOrderAccepted(
                    **base, accepted_on=on, reported_on=on, due_on=due, on_time=True
                )
            else:
                event = oc.SupervisionOrderReturned(**base, returned_on=on, round=1, due_on=due)
            self.events.append(Published(event, order_id))

    def _meetings(self) -> None:
        for n in range(1, 13):
            on = months_ago(self.today, n)
            for kind in (
                "branch_committee_meeting",
                "party_group_meeting",
                "theme_party_day",
                "branch_member_meeting",
                "party_lesson",
            ):
                self.events.append(meeting("u-v1", "440781101001", kind, on))
            self.events.append(meeting("u-v3", "440781102001", "theme_party_day", on))

    def _decisions(self) -> None:
        old = self.today - dt.timedelta(days=60)
        base = dict(org_unit_id="u-v1", division_code="440781101001", matter="project", round=1)
        self.events += [
            Published(
                o.DecisionDrafted(decision_id="d-1", state="draft", drafted_on=old, **base), "d-1"
            ),
            Published(
                o.DecisionProposed(
                    decision_id="d-1",
                    state="proposed",
                    step="proposal",
                    held_on=old,
                    members_due=7,
                    members_present=7,
                    votes_for=7,
                    votes_against=0,
                    votes_abstain=0,
                    township_attended=False,
                    supervision_opinion_recorded=True,
                    **base,
                ),
                "d-1",
            ),
            Published(
                o.DecisionDrafted(decision_id="d-2", state="draft", drafted_on=old, **base), "d-2"
            ),
            Published(
                o.DecisionPublished(
                    decision_id="d-2",
                    state="resolution_public",
                    published_on=old,
                    notice_days=7,
                    notice_ends_on=old + dt.timedelta(days=7),
                    **base,
                ),
                "d-2",
            ),
        ]

    def _cadres(self, start: dt.date) -> None:
        rows = [
            ("k-v1", "u-v1", "440781101001", "secretary", "bachelor", "30_39"),
            ("k-v2", "u-v2", "440781101002", "secretary", "senior_secondary", "50_59"),
            ("k-v4", "u-v1", "440781101001", "committee_member", "college", "under_30"),
            ("k-v5", "u-v3", "440781102001", "committee_member", "junior_secondary", "40_49"),
        ]
        for cadre, uid, code, post, edu, band in rows:
            self.events.append(
                appointed(cadre, uid, code, post, start + dt.timedelta(days=10), edu, band)
            )
        self.events.append(
            Published(
                c.TrainingCompleted(
                    cadre_id="k-v1",
                    training_id="tr-1",
                    topic_category="party_building",
                    hours=32.0,
                    completed_on=self.today - dt.timedelta(days=20),
                    division_code="440781101001",
                ),
                "k-v1",
            )
        )


def hq_settings(
    database_url: str, bootstrap: str, prefix: str, public_key: Path, schema: str = "hq"
) -> HeadquartersSettings:
    """Settings for a headquarters process on throwaway ports, topics and database."""
    return HeadquartersSettings(
        database_url=database_url,
        kafka_bootstrap=bootstrap,
        topic_prefix=prefix,
        grpc_port=0,
        http_port=0,
        dashboard_port=0,
        jwt_public_key_path=public_key,
        read_model_schema=schema,
        relay_poll_seconds=0.2,
        timer_poll_seconds=0.5,
        db_pool_size=6,
        update_coalesce_seconds=0.1,
    )
