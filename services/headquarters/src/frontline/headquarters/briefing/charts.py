"""The briefing's trend charts, drawn with matplotlib as SVG with its glyphs as outlines:
vector lines that print sharply on A4 and need no font in the PDF reader.

matplotlib is imported on first use (the process does not pay for it until a briefing
is asked for), and only its object API is used — no pyplot state — so a chart can be
drawn off the event loop's thread.
"""

from __future__ import annotations

import io
import re
import threading
from typing import Any

from frontline.headquarters.briefing.fonts import FontFace
from frontline.headquarters.query.models import TrendSeries

FAMILY = "Frontline CJK"
COLOURS = {"combined": "#c8102e", "fortress": "#8b0000", "service": "#1f5fa8"}
_lock = threading.Lock()
_registered: set[tuple[str, int]] = set()


def _register(face: FontFace) -> None:
    from matplotlib import font_manager

    key = (str(face.path), face.index)
    if key not in _registered:
        entry = font_manager.FontEntry(fname=str(face.path), index=face.index, name=FAMILY)
        font_manager.fontManager.ttflist.append(entry)
        _registered.add(key)


def _svg(figure: Any) -> bytes:
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None})
    # fpdf2 ignores <metadata> with a warning: drop it.
    return re.sub(r"<metadata>.*?</metadata>", "", out.getvalue(), flags=re.DOTALL).encode()


def _figure(face: FontFace) -> Any:
    from matplotlib.figure import Figure

    _register(face)
    return Figure(figsize=(7.2, 2.6), dpi=100, layout="constrained")


def trend_charts(trends: list[TrendSeries], face: FontFace) -> list[bytes]:
    """Two charts: the scores by month, and the month's counts."""
    import matplotlib

    by_key = {t.key: t for t in trends}
    months = [p.month[2:7].replace("-", ".") for p in trends[0].points] if trends else []
    with (
        _lock,
        matplotlib.rc_context({"font.family": FAMILY, "svg.fonttype": "path", "font.size": 9}),
    ):
        scores = _figure(face)
        ax = scores.subplots()
        for key in ("combined", "fortress", "service"):
            if key in by_key:
                values = [p.value for p in by_key[key].points]
                ax.plot(
                    months,
                    [float("nan") if v is None else v for v in values],
                    marker="o",
                    markersize=3,
                    label=by_key[key].label,
                    color=COLOURS[key],
                )
        ax.set_ylim(0, 100)
        ax.set_title("综合与各支柱得分（分）")
        ax.grid(axis="y", alpha=0.3)
        ax.legend(loc="lower right", ncols=3, frameon=False)
        counts = _figure(face)
        bx = counts.subplots()
        width, series = 0.4, [k for k in ("meetings_held", "decisions_public") if k in by_key]
        for n, key in enumerate(series):
            values = [p.value or 0 for p in by_key[key].points]
            x = [i + (n - 0.5) * width for i in range(len(months))]
            bx.bar(x, values, width=width, label=by_key[key].label)
        bx.set_xticks(range(len(months)), months)
        bx.set_title("每月组织生活与决议公开（次/件）")
        bx.grid(axis="y", alpha=0.3)
        bx.legend(loc="upper left", frameon=False)
        return [_svg(scores), _svg(counts)]
