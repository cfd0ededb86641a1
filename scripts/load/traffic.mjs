// What the load scripts send: personal-chat activities of members spread over tenants (ids that name the tenant, so the
// fake connector can apply Teams' per-tenant limit), POSTed over kept-alive connections with node:http (cheaper per
// request than fetch, which matters when the generator shares the cores with the bot).
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export const REQUEST_TIMEOUT_MS = 30_000;

/** Member `index` of a world of `tenants` tenants: tenant index % tenants; ids carry a run tag so runs never collide. */
export function member(tag, index, tenants) {
  const t = index % tenants;
  const tenantId = `72f988bf-0000-4000-8000-${String(t).padStart(12, '0')}`;
  return {
    index,
    tenant: t,
    tenantId,
    userId: `29:1load-${tag}-${index}`,
    aadObjectId: `${(0x10000000 + index).toString(16)}-0000-4000-8000-${tag.replace(/[^0-9a-f]/g, '').padStart(12, '0').slice(-12)}`,
    name: `Load Member ${index}`,
    conversationId: `a:1load-${tag}-t${t}-c${index}`,
  };
}

let sequence = 0;

/** A personal-chat message (or `fields` over it) from `who` to the bot, as Teams sends it. */
export function activity(who, serviceUrl, text, fields = {}) {
  const now = new Date().toISOString();
  return {
    type: 'message',
    id: `1load${process.pid}-${++sequence}`,
    timestamp: now,
    localTimestamp: now,
    localTimezone: 'Europe/Berlin',
    serviceUrl,
    channelId: 'msteams',
    from: { id: who.userId, name: who.name, aadObjectId: who.aadObjectId },
    recipient: { id: '28:6f1e2d3c-0000-4000-8000-00000000f022', name: 'ConnectorBot' },
    conversation: { id: who.conversationId, conversationType: 'personal', tenantId: who.tenantId },
    channelData: { tenant: { id: who.tenantId } },
    locale: 'en-US',
    text,
    textFormat: 'plain',
    ...fields,
  };
}

/** A poster for `botUrl`/api/messages over at most `sockets` kept-alive connections, with the bearer `token` (or none). */
export function poster(botUrl, sockets, token = null) {
  const url = new URL('/api/messages', botUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  /** POSTs the activity; resolves { status, ms } (status 'timeout' or 'network error' when there was no answer). */
  const post = (body) => new Promise((resolvePost) => {
    const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const started = performance.now();
    let settled = false;
    const done = (status) => {
      if (settled) return;
      settled = true;
      resolvePost({ status, ms: performance.now() - started });
    };
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': payload.length } }, (response) => {
      response.on('data', () => {});
      response.on('end', () => done(response.statusCode));
      response.on('error', () => done('network error'));
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => {
      done('timeout');
      request.destroy();
    });
    request.on('error', () => done('network error'));
    request.end(payload);
  });
  return { post, close: () => agent.destroy() };
}
