// Headquarters dashboard: renders /api/overview and refreshes on server-sent events.
"use strict";

const state = { code: "", asOf: "", overview: null, charts: {}, timer: null, fresh: new Set(), me: null,
  lastLoad: 0, drawn: {} };
// Figures are reloaded when an update says they changed, at most this often; the
// activity lines every update carries are shown at once.
const RELOAD_EVERY_MS = 1000;
const ACTIVITY_LINES = 30;
const LEVEL_CHILD = { 6: "乡镇（街道）排名", 9: "村（社区）排名" };
const $ = (sel) => document.querySelector(sel);

function esc(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function fmt(value, digits = 1) {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? String(value) : Number(value).toFixed(digits);
}

function score(value) {
  return value === null || value === undefined ? "—" : Number(value).toFixed(1);
}

function deltaHtml(delta, suffix = "") {
  if (delta === null || delta === undefined) return "";
  const cls = delta > 0 ? "up" : delta < 0 ? "down" : "";
  const arrow = delta > 0 ? "▲" : delta < 0 ? "▼" : "—";
  return `<span class="${cls}">${arrow} ${fmt(Math.abs(delta))}${suffix}</span>`;
}

// Every /api call: a 401 (no session, or the token expired) goes back to sign-in.
async function api(path) {
  const response = await fetch(path, { credentials: "same-origin" });
  if (response.status === 401) {
    location.assign("/login?reason=expired");
    return null;
  }
  return response;
}

function inScope(code) {
  return !state.me || code.startsWith(state.me.scope);
}

async function whoAmI() {
  const response = await api("/api/session");
  if (!response || !response.ok) return false;
  state.me = await response.json();
  const scope = state.me.may_rank ? "全县" : state.me.scope;
  // Signing out is a POST from this page (a link or an image elsewhere cannot do it).
  $("#who").innerHTML = `${esc(state.me.role_names.join("、"))} ${esc(state.me.sub)} · 范围 ${esc(scope)}`
    + '<form method="post" action="/logout" class="logout"><button type="submit" id="logout">退出</button></form>';
  document.body.dataset.scope = state.me.scope;
  orders.start(state.me); // supervision orders and the briefing link (orders.js)
  return true;
}

function readLocation() {
  const params = new URLSearchParams(location.hash.slice(1));
  state.code = params.get("code") || "";
  state.asOf = params.get("as_of") || "";
  $("#as-of").value = state.asOf;
}

function go(code, asOf = state.asOf) {
  const params = new URLSearchParams();
  if (code) params.set("code", code);
  if (asOf) params.set("as_of", asOf);
  location.hash = params.toString();
}

async function load() {
  state.lastLoad = Date.now();
  const params = new URLSearchParams();
  if (state.code) params.set("code", state.code);
  if (state.asOf) params.set("as_of", state.asOf);
  const response = await api(`/api/overview?${params}`);
  if (!response) return;
  if (response.status === 403 && state.code !== state.me?.home) {
    // A link or bookmark to a unit outside the scope: say why, open the operator's own unit.
    await showRefusal(response);
    go(state.me.home);
    return;
  }
  if (!response.ok) {
    await showRefusal(response);
    $("#updated").textContent = "加载失败";
    return;
  }
  state.overview = await response.json();
  render(state.overview);
  $("#updated").textContent = `更新于 ${chinaTime(new Date())}`;
}

// Each part is drawn again only when its data changed: a live update usually moves a
// few figures, and redrawing the charts and tables every second would flicker.
function changed(part, data) {
  const text = JSON.stringify(data);
  if (state.drawn[part] === text) return false;
  state.drawn[part] = text;
  return true;
}

function render(o) {
  if (!state.code) state.code = o.unit.division_code;
  document.body.dataset.code = o.unit.division_code;
  $("#title").textContent = `前线指挥部 · ${o.unit.name || "全县"}`;
  if (changed("path", [o.path, o.unit])) renderPath(o);
  $("#combined-score").textContent = score(o.combined_score);
  $("#combined-delta").innerHTML = o.combined_delta === null || o.combined_delta === undefined
    ? "" : `较 ${esc(o.compared_with)} ${deltaHtml(o.combined_delta, " 分")}`;
  $("#compared").textContent = `截至 ${o.as_of} · 已接入：战斗堡垒、服务（人才、便民服务）、法治`;
  for (const pillar of o.pillars) if (changed(`pillar:${pillar.key}`, pillar)) renderPillar(pillar);
  if (changed("children", [o.unit.division_code, o.children])) renderChildren(o);
  if (changed("alerts", o.alerts)) renderAlerts(o.alerts);
  if (changed("indicators", o.pillars.map((p) => p.indicators))) renderIndicators(o);
  if (changed("service-desk", o.pillars.find((p) => p.key === "service"))) renderServiceDesk(o);
  if (changed("activity", activityShown(o.activity))) renderActivity(o.activity);
  if (changed("trends", o.trends)) renderTrends(o.trends);
  const law = o.pillars.find((p) => p.key === "rule_of_law");
  if (changed("law", [o.unit.division_code, law, o.children])) renderLaw(o, law); // law.js
}

function renderPath(o) {
  const parts = o.path.length ? o.path : [o.unit];
  // Units above the operator's scope are shown for orientation but cannot be opened.
  $("#path").innerHTML = parts.map((u) => inScope(u.division_code)
    ? `<a data-code="${esc(u.division_code)}">${esc(u.name)}</a>`
    : `<span class="locked" title="不在您的权限范围内">${esc(u.name)}</span>`)
    .join('<span class="sep">›</span>');
}

function renderPillar(p) {
  const el = document.querySelector(`.pillar[data-pillar="${p.key}"]`);
  if (!el) return;
  const head = `<div class="pillar-head"><h2>${esc(p.label)}</h2>
    ${p.has_data ? `<span class="pillar-score score">${score(p.score)}</span>`
      : '<span class="pillar-score score nodata-tag">暂无数据</span>'}</div>`;
  if (!p.has_data) {
    el.innerHTML = `${head}<div class="nodata">${esc(p.note || "暂无数据")}</div>`;
    return;
  }
  const rows = p.inputs.map((i) => {
    const pct = i.has_data ? Math.round(100 * i.value) : 0;
    const moved = i.delta_points ? ` ${deltaHtml(i.delta_points)}` : "";
    return `<div class="input ${i.has_data ? "" : "missing"}" title="权重 ${i.weight}">
      <span>${esc(i.label)}</span>
      <span class="bar"><b data-pct="${pct}"></b></span>
      <span class="pts">${i.has_data ? `${pct}%${moved}` : "暂无数据"}</span></div>`;
  }).join("");
  const delta = p.delta !== null && p.delta !== undefined ? `<div class="delta">较上期 ${deltaHtml(p.delta, " 分")}</div>` : "";
  el.innerHTML = `${head}${delta}<div class="inputs">${rows}</div>`;
  // Widths set through the DOM: the Content-Security-Policy refuses style="" in markup.
  for (const b of el.querySelectorAll(".bar b")) b.style.width = `${b.dataset.pct}%`;
}

function renderChildren(o) {
  const title = LEVEL_CHILD[o.unit.division_code.length];
  $("#children-title").textContent = title || "下级单位";
  $("#children").innerHTML = o.children.map((c) => `
    <tr class="child-row" data-code="${esc(c.unit.division_code)}">
      <td><span class="rank">${c.rank}</span></td>
      <td>${esc(c.unit.name)}</td>
      <td class="combined">${score(c.combined_score)}</td>
      <td>${score(c.fortress_score)}</td>
      <td>${score(c.service_score)}</td>
      <td>${score(c.rule_of_law_score)}</td>
      <td><span class="badge ${c.alert_count ? "" : "zero"}">${c.alert_count}</span></td>
    </tr>`).join("");
  $("#children-empty").hidden = o.children.length > 0;
}

function renderAlerts(alerts) {
  $("#alert-count").textContent = alerts.length;
  $("#alerts").innerHTML = alerts.slice(0, 200).map((a) => `
    <li class="${esc(a.severity)}" data-kind="${esc(a.kind)}" data-code="${esc(a.unit.division_code)}">
      <span class="sev">${a.severity === "critical" ? "严重" : "提醒"}</span>${esc(a.message)}${issueButton(a)}</li>`).join("")
    || '<li class="none">暂无预警</li>';
}

function renderIndicators(o) {
  for (const pillar of o.pillars) {
    const box = document.querySelector(`[data-indicators="${pillar.key}"] .tiles`);
    if (!box) continue;
    // The service centres' figures have their own card (service_desk.js).
    box.innerHTML = pillar.indicators.filter((i) => !SERVICE_DESK_KEYS.has(i.key)).map((i) => `
      <div class="tile ${i.has_data ? "" : "missing"}" data-indicator="${esc(i.key)}">
        <div class="v">${i.has_data ? `${fmt(i.value)}<small>${esc(i.unit)}</small>` : i.hidden ? "少于3" : "暂无数据"}</div>
        <div class="k">${esc(i.label)}</div></div>`).join("");
  }
}

function renderActivity(items) {
  $("#activity").innerHTML = items.map((a) => `
    <li data-event="${esc(a.event_id)}" class="${state.fresh.has(a.event_id) ? "fresh" : ""}">
      <time>${esc(chinaDateTime(a.occurred_at))}</time>${a.unit_name ? `<b>${esc(a.unit_name)}</b> · ` : ""}${esc(a.summary)}</li>`).join("")
    || '<li class="none">暂无动态</li>';
}

function chart(id) {
  if (typeof echarts === "undefined") return null;
  if (!state.charts[id]) state.charts[id] = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
  return state.charts[id];
}

// Drawn on the canvas (richText): ECharts' HTML tooltip uses style="" markup, which the
// dashboard's Content-Security-Policy refuses.
const TOOLTIP = { trigger: "axis", renderMode: "richText" };
const AXIS = { axisLine: { lineStyle: { color: "#4a5a78" } }, axisLabel: { color: "#8fa0bb" },
  splitLine: { lineStyle: { color: "#1e2a42" } } };

function renderTrends(trends) {
  const byKey = Object.fromEntries(trends.map((t) => [t.key, t]));
  const months = (trends[0]?.points || []).map((p) => p.month.slice(0, 7));
  const line = (key, color) => byKey[key] && ({ name: byKey[key].label, type: "line", smooth: true,
    symbolSize: 5, data: byKey[key].points.map((p) => p.value), lineStyle: { color }, itemStyle: { color } });
  const scores = chart("chart-scores");
  if (scores) scores.setOption({
    animation: false, backgroundColor: "transparent",
    legend: { textStyle: { color: "#c9d4e5" }, top: 0 },
    tooltip: TOOLTIP, grid: { left: 36, right: 12, top: 30, bottom: 24 },
    xAxis: { type: "category", data: months, ...AXIS },
    yAxis: { type: "value", min: 0, max: 100, ...AXIS },
    series: [line("combined", "#f2c14e"), line("fortress", "#ff6b6b"), line("service", "#4c9aff"),
      line("rule_of_law", "#3ecf8e")].filter(Boolean),
  });
  const counts = chart("chart-counts");
  const bar = (key, color, axis = 0) => byKey[key] && ({ name: byKey[key].label, type: "bar", yAxisIndex: axis,
    data: byKey[key].points.map((p) => p.value), itemStyle: { color } });
  if (counts) counts.setOption({
    animation: false, backgroundColor: "transparent",
    legend: { textStyle: { color: "#c9d4e5" }, top: 0 },
    tooltip: TOOLTIP, grid: { left: 40, right: 44, top: 30, bottom: 24 },
    xAxis: { type: "category", data: months, ...AXIS },
    yAxis: [{ type: "value", ...AXIS }, { type: "value", ...AXIS, splitLine: { show: false } }],
    series: [bar("meetings_held", "#d7263d"), bar("decisions_public", "#f2c14e"),
      bar("disputes_registered", "#8e7cc3"),
      { ...line("training_hours", "#3ecf8e"), yAxisIndex: 1 }].filter(Boolean),
  });
}

function scheduleReload() {
  if (state.timer) return; // a reload is already due: it will show this update too
  const wait = Math.max(100, state.lastLoad + RELOAD_EVERY_MS - Date.now());
  state.timer = setTimeout(() => { state.timer = null; load(); }, wait);
}

// The lines an update carries go on top of the feed at once, before the figures reload.
function showActivity(lines) {
  const o = state.overview;
  if (!o || state.asOf) return;
  const known = new Set(o.activity.map((a) => a.event_id));
  const mine = lines.filter((a) => a.division_code.startsWith(state.code) && !known.has(a.event_id));
  if (!mine.length) return;
  o.activity = [...mine.reverse(), ...o.activity].slice(0, ACTIVITY_LINES);
  if (changed("activity", activityShown(o.activity))) renderActivity(o.activity);
}

function activityShown(items) {
  return items.map((a) => [a.event_id, a.unit_name, state.fresh.has(a.event_id)]);
}

function touches(divisions) {
  if (!divisions.length) return true;
  return divisions.some((d) => d.startsWith(state.code) || state.code.startsWith(d));
}

function listen() {
  const source = new EventSource("/api/events");
  source.addEventListener("hello", () => $("#live").classList.add("on"));
  source.addEventListener("expired", () => {
    source.close();
    location.assign("/login?reason=expired");
  });
  source.addEventListener("update", (message) => {
    const update = JSON.parse(message.data);
    for (const a of update.activity) state.fresh.add(a.event_id);
    showActivity(update.activity);
    // Figures are announced apart from activity, at most once a second (live.py); a
    // past "as of" view does not move with new events.
    if (update.figures && !state.asOf && touches(update.divisions)) scheduleReload();
  });
  source.onerror = () => {
    $("#live").classList.remove("on");
    // EventSource hides the status: ask whether the session is still there (401 → sign-in).
    api("/api/session");
  };
}

document.addEventListener("click", (event) => {
  const target = event.target.closest("[data-code]");
  if (target && target.dataset.code && !target.matches("body")) {
    clearRefusal();
    go(target.dataset.code);
  }
});
$("#as-of").addEventListener("change", (e) => { clearRefusal(); go(state.code, e.target.value); });
$("#today").addEventListener("click", () => { clearRefusal(); go(state.code, ""); });
window.addEventListener("hashchange", () => { readLocation(); state.drawn = {}; load(); });
window.addEventListener("resize", () => Object.values(state.charts).forEach((c) => c.resize()));

whoAmI().then((signedIn) => {
  if (!signedIn) return;
  readLocation();
  load();
  listen();
});
