// ConnectorBot as the load scripts run it: the Release build, Production environment, authentication ON (tokens from
// the loopback test issuer, whose OpenID metadata and JWKS the bot loads as it would Microsoft's), the embedded store in
// a fresh temporary folder, every outbound call to the loopback fake connector. `overrides` adds or replaces settings
// (e.g. Bot__Connector__RateLimiting=false); everything else is the bot's default.
import { join } from 'node:path';

import { startBot } from '../built-bot.mjs';
import { BOT_CONNECTOR_ISSUER, signToken } from '../test-issuer.mjs';

export const APP_ID = '6f1e2d3c-0000-4000-8000-00000000f022';

export function startConnectorBot({ dll, issuer, connectorUrl, overrides = {}, keep = false }) {
  return startBot({
    dll,
    keep,
    prefix: 'connectorbot-load-',
    env: (work) => ({
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Production',
      Bot__AllowUnauthenticatedLoopback: 'false',
      Bot__AppId: APP_ID,
      Bot__AppPassword: 'load-secret',
      Bot__TenantId: '',
      Bot__AppType: 'MultiTenant',
      Bot__OpenIdMetadataUrl: issuer.openIdMetadataUrl,
      Bot__EntraOpenIdMetadataUrl: issuer.entraOpenIdMetadataUrl,
      Bot__BotConnectorIssuer: BOT_CONNECTOR_ISSUER,
      Bot__TokenEndpoint: `${connectorUrl}{0}/oauth2/v2.0/token`,
      Bot__Connector__DefaultServiceUrl: connectorUrl,
      Storage__ConnectionString: '',
      Storage__AccountUrl: '',
      Storage__DataDirectory: join(work, 'data'),
      ...overrides,
    }),
  });
}

/** One token for every request, valid an hour: the Bot Connector caches its token about that long and reuses it. */
export const tokenFor = (issuer, serviceUrl) => signToken(issuer, { appId: APP_ID, serviceUrl });
