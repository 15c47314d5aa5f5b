// A real OpenID Connect provider (npm oidc-provider) for the tests: it stands where the
// county's identity provider stands in production, and is never run there.
//
// node provider.mjs CONFIG.json — CONFIG holds:
//   port, issuer               where it listens and the "iss" of its tokens
//   audience, resource         the Frontline services' audience and resource indicator
//   clients                    client metadata (the dashboard's, the CLI's)
//   accounts                   login -> { roles: [...], division: "440781" }
//   keys                       private JWKs; the first signs (a rotation lists the new first)
// Anyone may sign in with any password (the provider's development login page); what an
// account may do comes from `accounts`, as a county's directory would say it. Access
// tokens are JWTs for the Frontline resource with the account's roles and division.
import { readFileSync } from "node:fs";

import Provider from "oidc-provider";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const account = (id) => config.accounts[id] ?? { roles: [], division: "" };

const provider = new Provider(config.issuer, {
  clients: config.clients,
  jwks: { keys: config.keys },
  pkce: { required: () => true },
  scopes: ["openid", "offline_access", "frontline"],
  claims: { openid: ["sub"] },
  ttl: { AccessToken: 3600, IdToken: 3600, DeviceCode: 600, Interaction: 600, Session: 3600,
    Grant: 3600 },
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => config.resource,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: "frontline",
        audience: config.audience,
        accessTokenFormat: "jwt",
        accessTokenTTL: 3600,
        jwt: { sign: { alg: "RS256" } },
      }),
    },
  },
  async findAccount(ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id }) };
  },
  // The county directory's word on what the person may do, in every access token.
  async extraTokenClaims(ctx, token) {
    if (!token.accountId) return undefined;
    const { roles, division } = account(token.accountId);
    return { frontline_roles: roles, division };
  },
});
provider.proxy = true;

provider.listen(config.port, "127.0.0.1", () => {
  console.log(`openid provider ready at ${config.issuer}`);
});
