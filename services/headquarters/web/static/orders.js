// Supervision orders (督办单) on the dashboard: issue one from an alert (county and
// township operators), and the orders to the operator's own unit, acknowledged and
// reported from here. Every write is a same-origin POST with the session's CSRF token;
// headquarters forwards it to the organization service as the operator
// (dashboard_orders.py). Loaded before app.js, which calls issueButton() per alert.
"use strict";

const orders = (() => {
  let me = null;
  const BELOW = { 6: 9, 9: 12 };
  const STATES = { issued: "待签收", acknowledged: "办理中", reported: "已报告，待验收",
    returned: "已退回，请重新报告", accepted: "已办结" };
  const q = (sel) => document.querySelector(sel);
  const text = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => ({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

  function mayIssueFor(code) {
    return Boolean(me && me.may_issue_orders && code.startsWith(me.scope)
      && code.length >= BELOW[me.scope.length]);
  }

  function button(alert) {
    if (!mayIssueFor(alert.unit.division_code)) return "";
    return `<button type="button" class="issue-order" data-alert-code="${text(alert.unit.division_code)}"
      data-alert-kind="${text(alert.kind)}" data-alert-message="${text(alert.message)}">下发督办单</button>`;
  }

  async function post(path, body) {
    const response = await fetch(path, { method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrf_token },
      body: JSON.stringify(body) });
    if (response.status === 401) location.assign("/login?reason=expired");
    const data = await response.json().catch(() => ({}));
    return { ok: response.ok, data };
  }

  function openDialog(source) {
    const form = q("#order-form");
    form.dataset.code = source.dataset.alertCode;
    form.dataset.kind = source.dataset.alertKind;
    form.elements.title.value = `督办：${source.dataset.alertMessage}`.slice(0, 200);
    form.elements.content.value = "";
    form.elements.working_days.value = "10";
    q("#order-result").textContent = "";
    q("#order-dialog").showModal();
  }

  async function issue(event) {
    event.preventDefault();
    const form = event.target;
    const { ok, data } = await post("/api/orders", {
      division_code: form.dataset.code, alert_kind: form.dataset.kind,
      title: form.elements.title.value, content: form.elements.content.value,
      working_days: Number(form.elements.working_days.value) });
    q("#order-result").textContent = ok
      ? `已下发督办单，应于 ${data.order.due_on} 前报告（单号 ${data.order.order_id}）`
      : `下发失败：${data.error || "请稍后重试"}`;
    q("#order-result").className = ok ? "order-ok" : "order-error";
    if (ok) loadOrders();
  }

  function item(o, mine) {
    const due = `${o.due_on}${o.overdue ? "（已逾期）" : ""}`;
    const actions = !mine ? "" : o.state === "issued"
      ? `<button type="button" class="order-ack" data-order="${text(o.order_id)}">签收</button>`
      : ["acknowledged", "returned"].includes(o.state)
        ? `<textarea class="order-summary" data-order="${text(o.order_id)}" placeholder="办理情况"></textarea>
           <button type="button" class="order-report" data-order="${text(o.order_id)}">报告</button>` : "";
    return `<li data-order="${text(o.order_id)}" data-state="${text(o.state)}" class="${o.overdue ? "overdue" : ""}">
      <b>${text(o.title)}</b><span class="order-state">${STATES[o.state] || text(o.state)}</span>
      <div class="order-meta">${mine ? "来自" : "下发至"} ${text(mine ? o.issuer_division_code : o.division_code)} · 应于 ${text(due)} 前报告</div>
      ${o.returned_reason && o.state === "returned" ? `<div class="order-meta">退回原因：${text(o.returned_reason)}</div>` : ""}
      ${actions}</li>`;
  }

  async function loadOrders() {
    const response = await fetch("/api/orders", { credentials: "same-origin" });
    if (!response.ok) return;
    const data = await response.json();
    const rows = [...data.received.map((o) => item(o, true)), ...data.issued.map((o) => item(o, false))];
    q("#orders").innerHTML = rows.join("") || '<li class="none">暂无在办督办单</li>';
    q("#orders-card").hidden = false;
  }

  async function act(target) {
    const id = target.dataset.order;
    const summary = q(`.order-summary[data-order="${CSS.escape(id)}"]`);
    const path = target.classList.contains("order-ack") ? "acknowledge" : "report";
    target.disabled = true;
    const { ok, data } = await post(`/api/orders/${encodeURIComponent(id)}/${path}`,
      path === "report" ? { summary: summary ? summary.value : "" } : {});
    q("#orders-note").textContent = ok ? (path === "report" ? "已报告" : "已签收") : `操作失败：${data.error || ""}`;
    await loadOrders();
  }

  function briefingLink() {
    const input = q("#briefing-month");
    const end = new Date(); end.setDate(0); // the last day of last month
    input.max = `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, "0")}`;
    if (!input.value) input.value = input.max;
    const link = q("#briefing-link");
    const update = () => { link.href = `/api/briefing?period=${encodeURIComponent(input.value)}`; };
    input.addEventListener("change", update);
    update();
    q("#briefing").hidden = false;
  }

  // Capture: these buttons sit inside rows that navigate on click (app.js).
  document.addEventListener("click", (event) => {
    const target = event.target.closest(".issue-order, .order-ack, .order-report");
    if (!target) return;
    event.stopPropagation();
    if (target.classList.contains("issue-order")) openDialog(target); else act(target);
  }, true);
  document.addEventListener("DOMContentLoaded", () => {
    q("#order-form").addEventListener("submit", issue);
    q("#order-cancel").addEventListener("click", () => q("#order-dialog").close());
  });

  return {
    button,
    start(session) {
      me = session;
      if (me.may_receive_orders || me.may_issue_orders) loadOrders();
      if (me.may_rank) briefingLink();
    },
  };
})();

function issueButton(alert) {
  return orders.button(alert);
}
