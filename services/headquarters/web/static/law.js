// The rule-of-law section (法治): the pillar's figures by category, and the places below
// ranked by their rule-of-law score, each opening on click (app.js's [data-code] handler).
// Loaded before app.js; uses its esc, fmt and score when drawing.
"use strict";

// Which breakdowns the section shows, in this order (the gRPC answer has them all).
const LAW_BREAKDOWNS = ["dispute_type", "open_level", "resolved_level", "case_category",
  "measure_type", "clue_disposal"];
const LAW_CHILD = { 6: "乡镇（街道）法治得分", 9: "村（社区）法治得分" };

function lawItem(item, max) {
  // A village's count below 3 is not shown (the server sends it hidden, without a value).
  const width = item.hidden ? 0 : Math.round((100 * item.value) / max);
  const value = item.hidden ? "少于3" : fmt(item.value, 0);
  return `<li data-item="${esc(item.key)}"><span class="k">${esc(item.label)}</span>
    <span class="bar"><b data-pct="${width}"></b></span><span class="n">${value}</span></li>`;
}

function lawBreakdown(b) {
  const items = b.items.filter((i) => i.hidden || i.value);
  const max = Math.max(1, ...items.map((i) => i.value || 0));
  const rows = items.map((i) => lawItem(i, max)).join("") || '<li class="none">暂无</li>';
  return `<div class="breakdown" data-breakdown="${esc(b.key)}">
    <h3>${esc(b.label)}<small>${esc(b.unit)}</small></h3><ul>${rows}</ul></div>`;
}

function renderLaw(o, pillar) {
  if (!pillar || !document.getElementById("law")) return;
  const byKey = Object.fromEntries((pillar.breakdowns || []).map((b) => [b.key, b]));
  document.getElementById("law-breakdowns").innerHTML =
    LAW_BREAKDOWNS.filter((k) => byKey[k]).map((k) => lawBreakdown(byKey[k])).join("");
  // Widths set through the DOM: the Content-Security-Policy refuses style="" in markup.
  for (const b of document.querySelectorAll("#law-breakdowns .bar b")) {
    b.style.width = `${b.dataset.pct}%`;
  }
  document.getElementById("law-children-title").textContent =
    LAW_CHILD[o.unit.division_code.length] || "下级单位法治得分";
  const ranked = [...o.children].sort((a, b) =>
    (b.rule_of_law_score ?? -1) - (a.rule_of_law_score ?? -1)
    || a.unit.division_code.localeCompare(b.unit.division_code));
  document.getElementById("law-children").innerHTML = ranked.map((c, n) => `
    <tr class="law-child" data-code="${esc(c.unit.division_code)}">
      <td>${n + 1}</td><td>${esc(c.unit.name)}</td>
      <td class="law-score">${score(c.rule_of_law_score)}</td></tr>`).join("")
    || '<tr><td colspan="3" class="empty">暂无下级单位</td></tr>';
}
