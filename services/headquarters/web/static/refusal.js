// A refused request or action shows the server's own Chinese message (issue 19): the
// JSON of a refusal carries it as "error", with its reason code (dashboard_refusals.py).
"use strict";

async function showRefusal(response) {
  const body = await response.json().catch(() => ({}));
  const banner = document.getElementById("refusal");
  banner.textContent = body.error || `请求被拒绝（${response.status}）`;
  banner.dataset.reason = body.reason || "";
  banner.hidden = false;
}

function clearRefusal() {
  const banner = document.getElementById("refusal");
  banner.hidden = true;
  banner.textContent = "";
}
