// The service pillar's centres (便民服务): coverage, the 三率 and on-time rate, overdue
// requests and cards, per service line and per township or village (rows open the place).
"use strict";

// Indicators shown here rather than among the service pillar's cadre tiles.
const SERVICE_DESK_KEYS = new Set(["centre_coverage", "township_centres", "village_centres",
  "requests_submitted", "requests_open", "requests_overdue", "yellow_cards", "red_cards",
  "response_rate", "resolution_rate", "satisfaction_rate", "on_time_rate", "sign_for_late",
  "visit_late", "requests_reopened", "visits_no_answer", "requests_door_to_door"]);
// The centres' breakdowns (the pillar also has the townships' pay and evaluation counts).
const SERVICE_DESK_BREAKDOWNS = new Set(["by_line", "by_place"]);
// Figures that are bad news when above zero.
const SERVICE_DESK_WARN = new Set(["requests_overdue", "yellow_cards", "red_cards", "sign_for_late",
  "visit_late"]);

function deskValue(i) {
  if (!i.has_data) return '<span class="nodata-cell">—</span>';
  const warn = SERVICE_DESK_WARN.has(i.key) && i.value > 0 ? ' class="warn"' : "";
  const text = i.unit === "%" ? Number(i.value).toFixed(1) : String(Math.round(i.value));
  return `<span${warn}>${text}${i.unit === "%" ? "%" : ""}</span>`;
}

function deskTable(breakdown) {
  const columns = breakdown.rows[0]?.values || [];
  const head = columns.map((v) => `<th>${esc(v.label)}</th>`).join("");
  const rows = breakdown.rows.map((r) => {
    const open = r.division_code ? ` class="desk-row" data-code="${esc(r.division_code)}"` : "";
    const cells = r.values.map((v) => `<td data-key="${esc(v.key)}">${deskValue(v)}</td>`).join("");
    return `<tr${open} data-row="${esc(r.key)}"><td>${esc(r.label)}</td>${cells}</tr>`;
  }).join("");
  return `<div class="desk-table" data-breakdown="${esc(breakdown.key)}"><h3>${esc(breakdown.label)}</h3>
    <div class="table-scroll"><table><thead><tr><th></th>${head}</tr></thead>
    <tbody>${rows || '<tr><td class="none">暂无</td></tr>'}</tbody></table></div></div>`;
}

function renderServiceDesk(o) {
  const box = document.querySelector("#service-desk");
  if (!box) return;
  const pillar = o.pillars.find((p) => p.key === "service");
  const tiles = (pillar?.indicators || []).filter((i) => SERVICE_DESK_KEYS.has(i.key));
  const tables = (pillar?.breakdowns || []).filter((b) => SERVICE_DESK_BREAKDOWNS.has(b.key));
  if (!pillar || !tables.length) {
    box.innerHTML = '<div class="nodata">服务中心数据暂未接入（暂无数据）</div>';
    return;
  }
  box.innerHTML = `<div class="tiles desk-tiles">${tiles.map((i) => `
      <div class="tile ${i.has_data ? "" : "missing"}" data-indicator="${esc(i.key)}">
        <div class="v">${i.has_data ? `${fmt(i.value)}<small>${esc(i.unit)}</small>` : "暂无数据"}</div>
        <div class="k">${esc(i.label)}</div></div>`).join("")}</div>
    <div class="desk-tables">${tables.map(deskTable).join("")}</div>`;
}
