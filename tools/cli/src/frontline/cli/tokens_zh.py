"""Chinese of `frontline token …`: operator tokens, the county's signing keys and signing
in at the county's identity provider."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "Print a signed token with roles and a scope.": "签发并输出带角色和权限范围的令牌。",
    "Start a rotation: a new key pair, its public key trusted by every service.": (
        "开始轮换密钥：生成新密钥对，并让各服务信任其公钥。"
    ),
    "The kid of every key in the file, in file order (a token's header names one).": (
        "按文件顺序列出每个公钥的 kid（令牌头部会指明用哪一个）。"
    ),
    "Who the token is for": "令牌持有人",
    "A role; repeat for several": "角色，可重复以授予多个",
    "Division-code prefix the holder may act in": "持有人可操作的行政区划代码前缀",
    "County private key (PEM)": "本县私钥（PEM）",
    "Lifetime in seconds": "有效期（秒）",
    "Where the new private key is kept": "新私钥的保存目录",
    "The public key file every service reads; the new key is added": (
        "各服务读取的公钥文件；新公钥将加入其中"
    ),
    "The public key file every service reads": "各服务读取的公钥文件",
    "unknown role(s): {roles}": "未知角色：{roles}",
    "a division code of 6, 9 or 12 digits": "须为 6、9 或 12 位行政区划代码",
    "{key} is not an Ed25519 private key (PEM)": "{key} 不是 Ed25519 私钥（PEM）",
    "new key {kid}: sign tokens with --key {path}": "新密钥 {kid}：签发令牌时使用 --key {path}",
    "services trust it once they re-read {path} (FRONTLINE_JWT_KEY_CHECK_SECONDS)": (
        "各服务重新读取 {path} 后即信任该密钥（间隔见 FRONTLINE_JWT_KEY_CHECK_SECONDS）"
    ),
    "Sign in at the county's identity provider (a code to approve in a browser).": (
        "在全县统一身份认证登录（在浏览器中确认一个验证码）。"
    ),
    "Where to keep the token (default: FRONTLINE_TOKEN_PATH, which the CLI reads)": (
        "令牌的保存位置（默认：命令行读取的 FRONTLINE_TOKEN_PATH）"
    ),
    "no identity provider: set FRONTLINE_OIDC_ISSUER": (
        "未配置统一身份认证：请设置 FRONTLINE_OIDC_ISSUER"
    ),
    "the identity provider refused: {error}": "统一身份认证拒绝了请求：{error}",
    "open {url} in a browser and sign in (or open {base} and enter {code})": (
        "请在浏览器中打开 {url} 并登录（或打开 {base} 后输入 {code}）"
    ),
    "sign-in did not complete: {error}": "登录未完成：{error}",
    "signed in as {sub}; token kept in {path}": "已登录为 {sub}；令牌保存在 {path}",
}
