// Sign-in: posts a pasted token, or the one-time ticket of a sign-in link
// (/login#ticket=…, made by a county administrator; dashboard_sign_in.py). The fragment
// is never sent to the server, so the ticket stays out of access and proxy logs.
"use strict";

const NOTICES = {
  expired: "登录已过期或令牌已失效，请重新登录。",
  logout: "已退出登录。",
  "oidc-failed": "统一身份认证登录未完成或已过期，请重试。",
  "oidc-not-a-reader": "统一身份认证已通过，但您的角色不能查看指挥部大屏。",
  "old-link": "此登录链接为旧格式（链接中直接携带令牌），已停用：请粘贴令牌，或向县级管理员索取新的登录链接。",
};
const form = document.getElementById("login-form");
const field = document.getElementById("token");
const button = document.getElementById("sign-in");
const error = document.getElementById("login-error");

function showError(text) {
  error.textContent = text;
  error.hidden = !text;
}

function showNotice(key) {
  const notice = document.getElementById("login-notice");
  notice.textContent = NOTICES[key];
  notice.hidden = false;
}

async function signIn(body) {
  showError("");
  button.disabled = true;
  try {
    const response = await fetch("/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    const answer = await response.json().catch(() => ({}));
    if (response.ok) {
      location.replace(answer.next || "/");
      return;
    }
    showError(answer.error || `登录失败（${response.status}）`);
  } catch {
    showError("无法连接指挥部服务，请稍后再试。");
  } finally {
    button.disabled = false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const token = field.value.trim();
  if (token) signIn({ token });
  else showError("请粘贴访问令牌。");
});

const reason = new URLSearchParams(location.search).get("reason");
if (NOTICES[reason]) showNotice(reason);
// Back from the identity provider, signed in: open the dashboard from this site, so the
// browser sends the new session cookie (SameSite=Strict; dashboard_oidc.py).
if (reason === "signed-in") location.replace("/");

// Offer the county's identity provider when the dashboard is set up for it.
fetch("/login/methods").then((r) => r.json()).then((methods) => {
  document.getElementById("oidc-sign-in").hidden = !methods.oidc;
}).catch(() => {});

function signInFromLink() {
  const linked = new URLSearchParams(location.hash.slice(1));
  if (!linked.has("ticket") && !linked.has("token")) return;
  // Drop the fragment from the address bar and history before anything else happens.
  history.replaceState(null, "", location.pathname + location.search);
  // A token in a link would sign this browser in as whoever made the link (login CSRF):
  // only the server's one-time tickets are followed.
  if (linked.has("token")) showNotice("old-link");
  else signIn({ ticket: linked.get("ticket") });
}

// A link opened in a tab already on this page changes only the fragment: no reload.
window.addEventListener("hashchange", signInFromLink);
signInFromLink();
