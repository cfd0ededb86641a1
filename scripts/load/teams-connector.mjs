// The Teams side of the Bot Connector for the load scripts, in a worker thread of its own (so the load generator's
// event loop never delays a bot's outbound call): the token endpoint, the v3 conversation routes, and, optionally,
// Teams' published rate limits checked per conversation and per tenant.
//
// Limits (bot-framework-protocol.md, TeamsRateLimits.cs): writes per conversation 7/1 s, 8/2 s, 60/30 s, 1800/1 h;
// every request of the app per tenant 50/1 s. Mode 'off' only counts what arrives; 'count' also counts the calls
// Teams would have refused; 'enforce' answers those 429 with Retry-After: 1, as Teams does (a refused call does not
// use up the window). The tenant of a conversation is read from its id (…-t<N>-…), as the load scripts name them.
//
// Each accepted send is recorded per conversation (arrival time on the shared clock performance.timeOrigin + now, and
// a short key: the text's start or the card's summary), so the caller can tell replies lost, duplicated or reordered.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** A clock both threads share (ms since the epoch, sub-millisecond). */
export const now = () => performance.timeOrigin + performance.now();

export const CONVERSATION_WINDOWS = [[7, 1_000], [8, 2_000], [60, 30_000], [1800, 3_600_000]];
export const TENANT_PER_SECOND = 50;

/**
 * Starts the connector in a worker: resolves { url, snapshot(), reset(), setMode(mode), stop() } once it listens.
 * snapshot() resolves { calls, byRoute, byStatus, wouldRefuse, refused, conversations: { id: [[t, key], …] }, tokens }.
 */
export function startTeamsConnector({ mode = 'off', team = null } = {}) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { mode, team } });
  let seq = 0;
  const pending = new Map();
  worker.on('message', (message) => {
    if (message.type === 'listening') return;
    pending.get(message.seq)?.(message.body);
    pending.delete(message.seq);
  });
  const ask = (type, body) => new Promise((resolveAsk, rejectAsk) => {
    const id = ++seq;
    const timer = setTimeout(() => {
      pending.delete(id);
      rejectAsk(new Error(`the fake connector did not answer ${type} within 60 s`));
    }, 60_000);
    pending.set(id, (value) => {
      clearTimeout(timer);
      resolveAsk(value);
    });
    worker.postMessage({ type, seq: id, body });
  });
  return new Promise((resolveStart, rejectStart) => {
    worker.once('error', rejectStart);
    worker.once('message', (message) => {
      if (message.type !== 'listening') return;
      resolveStart({
        url: `http://127.0.0.1:${message.port}/`,
        snapshot: () => ask('snapshot'),
        reset: () => ask('reset'),
        setMode: (value) => ask('mode', value),
        stop: () => worker.terminate(),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------- the worker

if (!isMainThread && workerData?.mode !== undefined) serve(workerData.mode, workerData.team);

// The load scripts' tenant ids end in the tenant's number, as their chat ids name it (-t<N>-): one key for both.
const tenantKey = (tenantId) => {
  const found = /^72f988bf-0000-4000-8000-(\d{12})$/.exec(String(tenantId ?? ''));
  return found ? String(Number(found[1])) : String(tenantId ?? 'other');
};

function serve(initialMode, team) {
  let mode = initialMode;
  let state = freshState();
  const windows = new Map(); // conversation id -> [accepted times…] (the last hour)
  const tenantSecond = new Map(); // tenant -> [accepted times…] (the last second)

  function freshState() {
    return { calls: 0, byRoute: {}, byStatus: {}, wouldRefuse: { conversation: 0, tenant: 0 }, refused: 0, conversations: new Map(), tokens: 0, ids: 0 };
  }
  const bump = (map, key) => {
    map[key] = (map[key] ?? 0) + 1;
  };

  // Whether a call now would break a limit (which one), given the calls accepted before it.
  function limitBroken(conversationId, tenant, t, isWrite) {
    const perTenant = tenantSecond.get(tenant) ?? [];
    while (perTenant.length && perTenant[0] <= t - 1_000) perTenant.shift();
    tenantSecond.set(tenant, perTenant);
    if (perTenant.length >= TENANT_PER_SECOND) return 'tenant';
    if (!isWrite || !conversationId) return null;
    const log = windows.get(conversationId) ?? [];
    while (log.length && log[0] <= t - 3_600_000) log.shift();
    windows.set(conversationId, log);
    for (const [limit, span] of CONVERSATION_WINDOWS) {
      let inWindow = 0;
      for (let i = log.length - 1; i >= 0 && log[i] > t - span; i -= 1) inWindow += 1;
      if (inWindow >= limit) return 'conversation';
    }
    return null;
  }

  function accept(conversationId, tenant, t, isWrite) {
    (tenantSecond.get(tenant) ?? tenantSecond.set(tenant, []).get(tenant)).push(t);
    if (isWrite && conversationId) (windows.get(conversationId) ?? windows.set(conversationId, []).get(conversationId)).push(t);
  }

  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const t = now();
      state.calls += 1;
      const path = request.url.split('?')[0];
      const send = (status, body, headers = {}) => {
        bump(state.byStatus, status);
        response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body === undefined ? '' : JSON.stringify(body));
      };
      if (request.method === 'POST' && /\/oauth2\/v2\.0\/token$/.test(path)) {
        bump(state.byRoute, 'POST token');
        state.tokens += 1;
        send(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: `load-token-${state.tokens}` });
        return;
      }
      const match = /\/v3\/conversations\/([^/]+)(\/activities(\/[^/]+)?)?$/.exec(path);
      const route = `${request.method} ${match ? `/v3/conversations/{id}${match[2] ? (match[3] ? '/activities/{id}' : '/activities') : ''}` : path.replace(/\/v3\/(conversations|teams)\/[^/]+/, '/v3/$1/{id}')}`;
      bump(state.byRoute, route);
      let body = null;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
      } catch {
        // Not JSON: still answered.
      }
      const creating = request.method === 'POST' && /\/v3\/conversations$/.test(path);
      const newThreadIn = creating ? body?.channelData?.channel?.id ?? null : null;
      // A new thread counts against its channel (a conversation); a new 1:1 chat against the tenant only.
      const conversationId = match ? decodeURIComponent(match[1]) : newThreadIn;
      const tenant = creating
        ? tenantKey(body?.tenantId ?? body?.channelData?.tenant?.id)
        : /-t(\d+)-/.exec(conversationId ?? '')?.[1] ?? tenantKey(team?.tenantId);
      const isWrite = request.method !== 'GET';
      if (mode !== 'off') {
        const broken = limitBroken(conversationId, tenant, t, isWrite);
        if (broken) {
          state.wouldRefuse[broken] += 1;
          if (mode === 'enforce') {
            state.refused += 1;
            send(429, { error: { code: 'Throttled', message: `Teams' ${broken} limit (load connector)` } }, { 'retry-after': '1' });
            return;
          }
        }
        accept(conversationId, tenant, t, isWrite);
      }
      const id = `load-${++state.ids}`;
      const posted = creating && newThreadIn ? body?.activity : body;
      if (conversationId && ((match && match[2]) || newThreadIn) && request.method === 'POST' && posted?.type !== 'typing') {
        const card = posted?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
        const key = card ? `card: ${posted.summary ?? card.content?.fallbackText ?? ''}`.slice(0, 60) : String(posted?.text ?? '').slice(0, 48);
        (state.conversations.get(conversationId) ?? state.conversations.set(conversationId, []).get(conversationId)).push([t, key]);
      }
      if (team && request.method === 'GET' && serveTeam(team, path, new URL(request.url, 'http://127.0.0.1'), send)) return;
      if (creating && newThreadIn) {
        send(201, { id: `${newThreadIn};messageid=${state.ids}`, activityId: String(state.ids) });
      } else if (creating) {
        // A 1:1 chat created for a proactive message.
        send(201, { id: `a:created-${body?.members?.[0]?.id ?? 'x'}-t${tenant}-` });
      } else if (request.method === 'POST') send(201, { id });
      else if (request.method === 'PUT') send(200, { id });
      else if (request.method === 'DELETE') send(200);
      else send(404, { error: { code: 'NotFound', message: 'The load connector serves no reads.' } });
    });
  });
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  server.maxRequestsPerSocket = 0;
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ type: 'listening', port: server.address().port }));

  parentPort.on('message', ({ type, seq, body }) => {
    if (type === 'snapshot') {
      parentPort.postMessage({ seq, body: { ...state, conversations: Object.fromEntries(state.conversations) } });
    } else if (type === 'reset') {
      state = freshState();
      windows.clear();
      tenantSecond.clear();
      parentPort.postMessage({ seq, body: true });
    } else if (type === 'mode') {
      mode = body;
      parentPort.postMessage({ seq, body: true });
    }
  });
}

// The team's reads: its details, its channels, its roster (paged) and one member. True when the path was one of them.
function serveTeam(team, path, url, send) {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const at = segments.indexOf('v3');
  const [, kind, id, what, memberId] = segments.slice(at);
  const account = (m) => ({ id: m.userId, name: m.name, aadObjectId: m.aadObjectId, tenantId: team.tenantId, userRole: 'user' });
  if (kind === 'teams' && id === team.teamId) {
    if (what === 'conversations') send(200, { conversations: team.channels });
    else send(200, { id: team.teamId, name: team.name, aadGroupId: team.aadGroupId, tenantId: team.tenantId });
    return true;
  }
  if (kind === 'conversations' && id === team.teamId && what === 'pagedmembers') {
    const start = Number(url.searchParams.get('continuationToken') ?? 0) || 0;
    const size = Math.max(1, Math.min(500, Number(url.searchParams.get('pageSize') ?? 200) || 200));
    send(200, {
      members: team.members.slice(start, start + size).map(account),
      continuationToken: start + size < team.members.length ? String(start + size) : null,
    });
    return true;
  }
  if (kind === 'conversations' && id === team.teamId && what === 'members') {
    const found = memberId ? team.members.find((m) => m.userId === memberId || m.aadObjectId === memberId) : null;
    if (memberId && !found) send(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
    else send(200, memberId ? account(found) : team.members.map(account));
    return true;
  }
  return false;
}
