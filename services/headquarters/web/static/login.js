// Sign-in: posts a pasted token, or one carried in the link's fragment (#token=…),
// which browsers never send to the server, so it stays out of access logs.
"use strict";

const NOTICES = { expired: "登录已过期或令牌已失效，请重新登录。", logout: "已退出登录。" };
const form = document.getElementById("login-form");
const field = document.getElementById("token");
const button = document.getElementById("sign-in");
const error = document.getElementById("login-error");

function showError(text) {
  error.textContent = text;
  error.hidden = !text;
}

async function signIn(token) {
  showError("");
  button.disabled = true;
  try {
    const response = await fetch("/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token }),
      credentials: "same-origin",
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      location.replace(body.next || "/");
      return;
    }
    showError(body.error || `登录失败（${response.status}）`);
  } catch {
    showError("无法连接指挥部服务，请稍后再试。");
  } finally {
    button.disabled = false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const token = field.value.trim();
  if (token) signIn(token);
  else showError("请粘贴访问令牌。");
});

const reason = new URLSearchParams(location.search).get("reason");
if (NOTICES[reason]) {
  const notice = document.getElementById("login-notice");
  notice.textContent = NOTICES[reason];
  notice.hidden = false;
}

function signInFromLink() {
  const linked = new URLSearchParams(location.hash.slice(1)).get("token");
  if (!linked) return;
  // Drop the token from the address bar and history before anything else happens.
  history.replaceState(null, "", location.pathname + location.search);
  signIn(linked);
}

// A link opened in a tab already on this page changes only the fragment: no reload.
window.addEventListener("hashchange", signInFromLink);
signInFromLink();
