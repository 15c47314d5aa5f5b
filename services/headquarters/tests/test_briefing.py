"""The monthly briefing of a seeded county: streamed over gRPC, turned into text and page
images by poppler (pdftotext, pdftoppm), its figures equal to the gRPC overview as of
the same day. The pages are kept in test-artifacts/ for a person to look at."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import grpc
import pytest

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.cli.demo import _seed
from frontline.cli.demo_plan import plan_county
from frontline.testkit.county_stack import county_stack

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (deploy/local/install.sh installs it)",
)


def last_month(today: dt.date) -> tuple[str, dt.date]:
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.strftime("%Y-%m"), end


def poppler(*command: str) -> str:
    return subprocess.run(command, capture_output=True, check=True).stdout.decode()


def score(message: Any, field: str) -> str:
    return f"{getattr(message, field):.1f}" if message.HasField(field) else "暂无数据"


def section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


async def test_the_briefing_prints_the_overview_of_its_last_day(
    kafka_bootstrap: str, pg: Any, unique: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = dt.date.today()
    period, last = last_month(today)
    plan = plan_county(11, today, villages=12, cadres_per_village=3)
    async with county_stack(pg, kafka_bootstrap, unique, tmp_path) as stack:
        stack.point_cli_here(monkeypatch)
        assert await _seed(plan, 11, concurrency=16) == 0
        await stack.settled()
        viewer = stack.keys.metadata(["hq_viewer"])
        async with grpc.aio.insecure_channel(f"127.0.0.1:{stack.hq.runtime.grpc_port}") as ch:
            stub = pb_grpc.HeadquartersServiceStub(ch)  # type: ignore[no-untyped-call]
            replies = [
                r
                async for r in stub.GetBriefing(
                    pb.GetBriefingRequest(period=period), metadata=viewer
                )
            ]
            as_of = last.isoformat()
            overview = (
                await stub.GetCountyOverview(
                    pb.GetCountyOverviewRequest(as_of=as_of), metadata=viewer
                )
            ).overview
            towns = {
                c.unit.division_code: (
                    await stub.GetUnitDetail(
                        pb.GetUnitDetailRequest(division_code=c.unit.division_code, as_of=as_of),
                        metadata=viewer,
                    )
                ).overview
                for c in overview.children
            }
            with pytest.raises(grpc.aio.AioRpcError) as not_over:
                await anext(
                    aiter(
                        stub.GetBriefing(
                            pb.GetBriefingRequest(period=today.strftime("%Y-%m")), metadata=viewer
                        )
                    )
                )
            assert not_over.value.code() == grpc.StatusCode.INVALID_ARGUMENT

    assert replies[0].filename == f"briefing-{period}.pdf"
    data = b"".join(r.chunk for r in replies)
    assert len(data) == replies[0].size and data.startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / replies[0].filename
    pdf.write_bytes(data)
    text = poppler("pdftotext", "-layout", str(pdf), "-")

    # The three pillar scores and the combined score, as the overview gives them.
    scores = section(text, "一、总体得分", "二、")
    assert re.search(rf"综合得分\s+{re.escape(score(overview, 'combined_score'))}\s", scores)
    for pillar in overview.pillars:
        shown = score(pillar, "score") if pillar.has_data else "暂无数据"
        assert re.search(rf"{pillar.label}\s+{re.escape(shown)}\s", scores), pillar.label

    # The township ranking: every township, its rank and its scores.
    ranking = section(text, "三、乡镇（街道）排名", "四、")
    for child in overview.children:
        line = next(x for x in ranking.splitlines() if child.unit.division_code in x)
        cells = line.split()
        assert cells[0] == str(child.rank)
        after = cells[cells.index(child.unit.division_code) + 1 :]
        assert after[:3] == [
            score(child, f) for f in ("combined_score", "fortress_score", "service_score")
        ]

    # Alerts and supervision orders by township, as each township's overview counts them.
    command = section(text, "五、预警与督办", "六、")
    for code, town in towns.items():
        line = next(x for x in command.splitlines() if code in x)
        critical, warnings, open_, overdue = (int(c) for c in line.split()[-4:])
        assert critical == sum(a.severity == "critical" for a in town.alerts)
        assert critical + warnings == len(town.alerts)
        fortress = {
            i.key: i.value for p in town.pillars if p.key == "fortress" for i in p.indicators
        }
        assert (open_, overdue) == (fortress["orders_open"], fortress["orders_overdue"])
    assert "本期要事" in text and "暂无数据" in section(text, "六、", "\f\f") + "暂无数据"

    # Every font embedded (a subset), the pages rendered to images for a person to read.
    fonts = poppler("pdffonts", str(pdf))
    rows = fonts.splitlines()[2:]
    assert rows and all(r.split()[-5] == "yes" for r in rows), fonts
    prefix = ARTIFACTS / f"briefing-{period}-page"
    poppler("pdftoppm", "-r", "70", "-png", str(pdf), str(prefix))
    pages = sorted(ARTIFACTS.glob(f"briefing-{period}-page*.png"))
    assert len(pages) >= 2 and all(p.stat().st_size > 10_000 for p in pages)
