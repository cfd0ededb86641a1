// A test issuer on loopback for the scripts that drive the built bot with authentication on (fuzz-activities, load):
// OpenID metadata and a JWKS whose key is endorsed for msteams, emulator, webchat and directline (the Bot Connector's),
// plus an Entra one, and RS256 tokens shaped as login.botframework.com issues them (node:crypto only).
import { generateKeyPairSync, sign as rsaSign } from 'node:crypto';
import http from 'node:http';

export const BOT_CONNECTOR_ISSUER = 'https://api.botframework.com';
const ENDORSED = ['msteams', 'emulator', 'webchat', 'directline'];

/** Starts the issuer: resolves { server, privateKey, kid, openIdMetadataUrl, entraOpenIdMetadataUrl }. */
export function startIssuer() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'fuzz-key-1';
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256', endorsements: ENDORSED };
  const entra = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const entraJwk = { ...entra.publicKey.export({ format: 'jwk' }), kid: 'fuzz-entra-1', use: 'sig' };
  const server = http.createServer((request, response) => {
    const base = `http://127.0.0.1:${server.address().port}/`;
    const path = request.url.split('?')[0];
    const body = {
      '/botframework/.well-known/openidconfiguration': { issuer: BOT_CONNECTOR_ISSUER, jwks_uri: `${base}botframework/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] },
      '/botframework/.well-known/keys': { keys: [jwk] },
      '/entra/v2.0/.well-known/openid-configuration': { issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0', jwks_uri: `${base}entra/discovery/v2.0/keys` },
      '/entra/discovery/v2.0/keys': { keys: [entraJwk] },
    }[path];
    request.resume();
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}/`;
      resolveStart({
        server,
        privateKey,
        kid,
        openIdMetadataUrl: `${base}botframework/.well-known/openidconfiguration`,
        entraOpenIdMetadataUrl: `${base}entra/v2.0/.well-known/openid-configuration`,
      });
    });
  });
}

const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/**
 * A Bot Connector token for the bot `appId`, valid an hour, whose serviceurl claim names `serviceUrl`; `flaw` breaks
 * one thing on purpose: 'expired', 'wrong audience', 'wrong serviceurl', 'no serviceurl', 'unknown kid', 'bad signature'.
 */
export function signToken(issuer, { appId, serviceUrl, flaw = null }) {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: flaw === 'unknown kid' ? 'fuzz-key-nobody-published' : issuer.kid };
  const payload = {
    iss: BOT_CONNECTOR_ISSUER,
    aud: flaw === 'wrong audience' ? '00000000-0000-0000-0000-000000000000' : appId,
    iat: now,
    nbf: now,
    exp: flaw === 'expired' ? now - 3600 : now + 3600,
    appid: 'd6d49420-0000-0000-0000-botconnector',
  };
  if (flaw !== 'no serviceurl') payload.serviceurl = flaw === 'wrong serviceurl' ? 'https://smba.trafficmanager.net/elsewhere/' : serviceUrl;
  const signingInput = `${b64url(header)}.${b64url(payload)}`;
  const signature = rsaSign('sha256', Buffer.from(signingInput), issuer.privateKey).toString('base64url');
  return `${signingInput}.${flaw === 'bad signature' ? signature.split('').reverse().join('') : signature}`;
}
