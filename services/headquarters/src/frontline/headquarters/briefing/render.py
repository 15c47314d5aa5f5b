"""The briefing as a PDF for A4 paper, in Chinese, with the CJK font's glyphs embedded.

fpdf2 lays it out: it embeds a subset of an OpenType (CFF) or TrueType face, even one
face of a .ttc collection, with a ToUnicode map, so the text prints anywhere and can be
searched and copied. The charts come in as vector SVG (charts.py).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf import FPDF
from fpdf.fonts import FontFace as Style

from frontline.headquarters.briefing.charts import trend_charts
from frontline.headquarters.briefing.content import Briefing
from frontline.headquarters.briefing.fonts import CjkFonts
from frontline.headquarters.query.models import Pillar

FONT = "cjk"
RED = (200, 16, 46)
GREY = (110, 110, 110)
HEAD = Style(emphasis="BOLD", fill_color=(245, 226, 226))
MOVERS = 5  # inputs shown per pillar under "what moved it"


def score(value: float | None) -> str:
    return "暂无数据" if value is None else f"{value:.1f}"


def change(value: float | None) -> str:
    if value is None:
        return "—"
    return "持平" if value == 0 else f"{'+' if value > 0 else ''}{value:.1f}"


class _Document(FPDF):
    title_text = ""

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 6, f"{self.title_text}　第 {self.page_no()} 页，共 {{nb}} 页", align="C")


def _document(fonts: CjkFonts, title: str) -> _Document:
    pdf = _Document(format="A4", unit="mm")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font(FONT, "", str(fonts.regular.path), collection_font_number=fonts.regular.index)
    pdf.add_font(FONT, "B", str(fonts.bold.path), collection_font_number=fonts.bold.index)
    pdf.title_text = title
    pdf.set_title(title)
    pdf.set_lang("zh-CN")
    pdf.set_creator("Frontline headquarters")
    return pdf


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font(FONT, "B", 13)
    pdf.set_text_color(*RED)
    pdf.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(FONT, "", 9.5)


def _table(pdf: FPDF, rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
    pdf.set_font(FONT, "", 9)
    with pdf.table(col_widths=tuple(widths), headings_style=HEAD, line_height=6) as table:
        for row in rows:
            line = table.row()
            for value in row:
                line.cell(value)


def _cover(pdf: FPDF, b: Briefing) -> None:
    pdf.set_font(FONT, "B", 20)
    pdf.set_text_color(*RED)
    pdf.cell(0, 14, f"{b.county_name}党建工作简报", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 11)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(
        0,
        7,
        f"{b.period.label}　截至 {b.period.last.isoformat()}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font(FONT, "", 8.5)
    pdf.set_text_color(*GREY)
    made = b.generated_on.isoformat() if b.generated_on else ""
    note = f"前线指挥部生成于 {made}；比较基准：{b.period.before.isoformat()}（上期末）"
    pdf.cell(0, 6, note, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*RED)
    pdf.set_line_width(0.6)
    pdf.line(18, pdf.get_y() + 1, 192, pdf.get_y() + 1)
    pdf.ln(3)
    pdf.set_text_color(0, 0, 0)


def _scores(pdf: FPDF, b: Briefing) -> None:
    _heading(pdf, "一、总体得分")
    o = b.overview
    combined_change = (
        None
        if o.combined_score is None or b.combined_before is None
        else round(o.combined_score - b.combined_before, 1)
    )
    rows = [
        ["项目", "得分", "较上期末"],
        ["综合得分", score(o.combined_score), change(combined_change)],
    ]
    rows += [[f"{p.label}", score(p.score), change(p.delta)] for p in b.pillars]
    _table(pdf, rows, (60, 50, 64))


def _movers(pdf: FPDF, pillars: Sequence[Pillar]) -> None:
    _heading(pdf, "二、得分变动原因（各项指标得分变化）")
    rows = [["支柱", "指标", "达成", "得分", "变化"]]
    for p in pillars:
        moved = sorted(
            (i for i in p.inputs if i.has_data),
            key=lambda i: -abs(i.delta_points or 0.0),
        )[:MOVERS]
        for i in moved:
            achieved = f"{100 * (i.value or 0):.0f}%"
            rows.append([p.label, i.label, achieved, score(i.points), change(i.delta_points)])
        if not moved:
            rows.append([p.label, p.note or "暂无数据", "—", "—", "—"])
    _table(pdf, rows, (22, 72, 24, 26, 30))


def _ranking(pdf: FPDF, b: Briefing) -> None:
    _heading(pdf, "三、乡镇（街道）排名")
    rows = [["名次", "乡镇（街道）", "区划代码", "综合", "堡垒", "服务", "名次变化"]]
    for t in b.townships:
        c = t.summary
        moved = "新" if t.rank_before is None else change(float(t.rank_before - c.rank))
        moved = moved.replace(".0", "").replace("持平", "—")
        rows.append(
            [
                str(c.rank),
                c.unit.name,
                c.unit.division_code,
                score(c.combined_score),
                score(c.fortress_score),
                score(c.service_score),
                moved,
            ]
        )
    _table(pdf, rows, (14, 50, 28, 20, 20, 20, 22))


def _command(pdf: FPDF, b: Briefing) -> None:
    _heading(pdf, "五、预警与督办（按乡镇）")
    rows = [["乡镇（街道）", "区划代码", "严重预警", "提醒", "在办督办单", "逾期督办单"]]
    for t in b.townships:
        s = t.summary
        rows.append(
            [
                s.unit.name,
                s.unit.division_code,
                str(t.critical),
                str(t.warnings),
                str(t.orders_open),
                str(t.orders_overdue),
            ]
        )
    _table(pdf, rows, (46, 28, 22, 22, 28, 28))
    critical = [a for a in b.alerts if a.severity == "critical"][:12]
    if critical:
        pdf.ln(2)
        pdf.set_font(FONT, "B", 9.5)
        pdf.cell(
            0,
            6,
            f"严重预警（共 {sum(a.severity == 'critical' for a in b.alerts)} 条，列前 {len(critical)} 条）",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_font(FONT, "", 9)
        for a in critical:
            pdf.multi_cell(0, 5.5, f"· {a.message}", new_x="LMARGIN", new_y="NEXT")


def _trends(pdf: FPDF, b: Briefing, fonts: CjkFonts) -> None:
    _heading(pdf, "四、月度趋势")
    for chart in trend_charts(b.overview.trends, fonts.regular):
        pdf.image(io.BytesIO(chart), w=170)
        pdf.ln(2)


def _notable(pdf: FPDF, b: Briefing) -> None:
    _heading(pdf, f"六、本期要事（{b.period.first.isoformat()} 至 {b.period.last.isoformat()}）")
    rows = [["事项", "数量"]]
    rows += [[n.label, "暂无数据" if n.count is None else str(n.count)] for n in b.notable]
    _table(pdf, rows, (110, 64))


def render_pdf(b: Briefing, fonts: CjkFonts) -> bytes:
    pdf = _document(fonts, f"{b.county_name}党建工作简报 {b.period.label}")
    pdf.add_page()
    _cover(pdf, b)
    _scores(pdf, b)
    _movers(pdf, b.pillars)
    _ranking(pdf, b)
    pdf.add_page()
    _trends(pdf, b, fonts)
    _command(pdf, b)
    _notable(pdf, b)
    return bytes(pdf.output())
