#!/usr/bin/env node
// The activity fuzzer (issue 14, "odd input must never give a 500"): signed, generated Teams activities at /api/messages.
//
//   node scripts/fuzz-activities.mjs --dll bot/bin/Release/net10.0/ConnectorBot.dll [--seed 1] [--count 20000]
//
// Starts the built bot (Production, normal authentication, embedded store in a fresh temporary folder) with three
// servers of its own, all on 127.0.0.1 only: a test issuer (OpenID metadata and a JWKS whose key is endorsed for
// msteams, emulator, webchat and directline), a fake Bot Connector (token endpoint, the v3 routes, a roster, team
// details and channels), and nothing at all on a closed port, where "unreachable" serviceUrls point. Every activity is
// POSTed with a fresh RS256 Bot Connector token (node:crypto) whose serviceurl claim names the activity's serviceUrl,
// as the real Bot Connector signs them; a few carry a broken token on purpose (expired, wrong audience, wrong
// serviceurl, no serviceurl, unknown key, bad signature, none), to keep the order of the checks honest.
//
// Activities are generated from --seed: activity N depends only on the seed and N (and, for replays and card buttons
// harvested from the bot's own cards, on what was sent and received before it). They start from valid ones of every
// kind the bot handles — personal messages (interview answers and commands), Action.Submit values, Action.Execute
// invokes (adaptiveCard/action), other invokes, conversationUpdate installs / member adds / removes / team events,
// installationUpdate, channel messages with @mentions (admin commands), odd types — and most are mutated: missing,
// null and wrong-typed fields, huge and empty strings, unicode / RTL / emoji / control characters, over-long ids,
// odd serviceUrls (not http, malformed, unreachable), another tenant in channelData, deep nesting, broken JSON,
// duplicates and replays.
//
// Prints counts by HTTP status (and by kind), the time per activity kind (p50, p99, max), throughput, the bot's peak
// RSS and its RSS over the run (a sample every 15 s: start, middle, end), the bot log's warnings and errors,
// /healthz at the end, and every 5xx: each is saved as a JSON line (the exact
// body and the serviceUrl it was signed for) to --out, so it can become a test. Exits 1 when any request got a 5xx
// or no answer, or /healthz is not 200 at the end.
//
// To keep the run fast the bot's connector retries are set low (Bot:Connector:MaxRetries 1, delays of milliseconds;
// --production-retries leaves them alone) and its Teams rate limits off; unreachable serviceUrls name a loopback port
// that refuses connections, so a reply there fails at once. The intro scheduler is off (rounds run only when an admin
// presses Match now). The 501 the protocol gives an invoke the bot does not handle is counted apart, not as a failure.
// It stops by itself (every request and wait has a deadline, and the whole run a budget) and stops the bot on any exit.
//
// Options (defaults in brackets):
//   --dll PATH            the built ConnectorBot.dll (required)
//   --seed N              the generator's seed [1]
//   --count N             activities to send [20000]
//   --concurrency N       requests in flight [8]
//   --port N              the bot's port; 0 lets the bot pick a free one [0]
//   --out PATH            where the 5xx reproductions go, as JSON lines [fuzz-5xx.jsonl in the working folder]
//   --keep                keep the temporary folder (the bot's log and store) and print where it is
//   --production-retries  leave the bot's connector retries at their defaults (replies to an unreachable serviceUrl
//                         are then retried for seconds: measures how long such a request is held)
//   --strict-connector    the fake connector answers 404 ConversationNotFound to a send into a conversation Teams
//                         would not know (a made-up or mutated conversation id), as Teams does; by default it takes any
//   --help                this text
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { healthz, procStatus, startBot, stopBot } from './built-bot.mjs';
import { readCommandLine } from './load/command-line.mjs';
import { BOT_CONNECTOR_ISSUER, signToken as signFor, startIssuer } from './test-issuer.mjs';


const REQUEST_TIMEOUT_MS = 60_000;
const APP_ID = '6f1e2d3c-0000-4000-8000-00000000f022';
const BOT_ID = `28:${APP_ID}`;
const BOT_NAME = 'ConnectorBot';
const MAX_BODY = 1024 * 1024;
const UNHANDLED_INVOKE = '501 (unhandled invoke)';

// ---------------------------------------------------------------------------------------------- options

function readOptions() {
  const { values: parsed, fail, whole } = readCommandLine(import.meta.url, {
    dll: { type: 'string' },
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '8' },
    port: { type: 'string', default: '0' },
    out: { type: 'string', default: 'fuzz-5xx.jsonl' },
    keep: { type: 'boolean', default: false },
    'production-retries': { type: 'boolean', default: false },
    'strict-connector': { type: 'boolean', default: false },
  });
  if (!parsed.dll) fail('--dll is required.');
  const dll = resolve(parsed.dll);
  if (!existsSync(dll)) fail(`${dll} does not exist: build the bot first (dotnet build bot -c Release).`);
  return {
    dll,
    seed: whole('seed', 0, 2 ** 32 - 1),
    count: whole('count', 1, 10_000_000),
    concurrency: whole('concurrency', 1, 256),
    port: whole('port', 0, 65535),
    out: resolve(parsed.out),
    keep: parsed.keep,
    productionRetries: parsed['production-retries'],
    strictConnector: parsed['strict-connector'],
  };
}

// ---------------------------------------------------------------------------------------------- randomness

// mulberry32 over a hash of (seed, index): activity N is the same whatever ran before it.
function rngFor(seed, index) {
  let a = createHash('sha256').update(`${seed}:${index}`).digest().readUInt32LE(0);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    // Weighted: [[weight, value], ...]
    weighted: (pairs) => {
      let r = next() * pairs.reduce((s, [w]) => s + w, 0);
      for (const [w, v] of pairs) {
        r -= w;
        if (r < 0) return v;
      }
      return pairs.at(-1)[1];
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------- the world

const ANSWERS = [
  'Quero melhorar o nosso processo de CAPA so that deviations get closed in 30 days instead of 90.',
  'Get our SOC 2 Type II audit done without drowning the platform team in evidence requests.',
  'Migrate the monolith to k8s this half, with blue/green deploys and proper SLOs.',
  'Someone who has been through a SOC 2 audit with Vanta or Drata.',
  'A platform engineer who has run Kubernetes in prod — Helm, ArgoCD, the works.',
  'I can help with Power BI dashboards and DAX, e posso ajudar em português também.',
  'Terraform modules and AWS IAM policies — I have written far too many of them.',
  'Kafka and event-driven architecture; I run the internal guild on it.',
  'Ich kann bei GDPR/DSGVO-Fragen helfen, DPIAs, records of processing.',
  'أريد أن أتعلم إدارة المشاريع', // Arabic (RTL)
  'אני רוצה ללמוד ניהול מוצר', // Hebrew (RTL)
  '我想提高团队的交付速度',
  '🚀🚀🚀 ship it',
  'skip',
];
const COMMANDS = ['help', 'show', 'edit', 'edit 1', 'edit 2', 'edit 3', 'edit all', 'edit 99', 'pause', 'pause 3 weeks',
  'pause 0 weeks', 'pause 99999999999 weeks', 'pause -1 weeks', 'resume', 'export', 'forget me', 'yes', 'no', 'cancel',
  'skip', 'draft', 'hi', 'hello', 'Help!', 'please edit 2', '@ConnectorBot show', 'stats', 'settings', 'admins', 'invite'];
const CHANNEL_COMMANDS = ['settings', 'stats', 'admins', 'admins add', 'admins remove', 'invite', 'help', 'hello', '',
  'settings now please', 'SETTINGS', 'stats!!!', 'admins + ', 'admins rm', 'invite everyone'];
const ODD_TEXTS = [
  '', ' ', '\t\n', '\u0000', '\u0000\u0001\u0002\u001f\u007f', '\u202e\u202dRTL override\u202c', '\u200b\u200b\u200b',
  '\ufeff', '👍', '👨‍👩‍👧‍👦🏳️‍🌈', '🙂'.repeat(3000), 'A\u0301\u0302\u0303\u0304\u0305', '${jndi:ldap://x}', '${env:PATH}',
  '<at>ConnectorBot</at>', '<at></at>', '<script>alert(1)</script>', '**bold** _it_ [x](javascript:alert(1))',
  '{"verb":"interview.consent"}', '\\u0000', '%00%ff', '../../etc/passwd', 'NaN', 'null', 'undefined', '-1',
  '\r\n\r\n', 'forget me\u0000', 'FORGET ME', 'ｆｏｒｇｅｔ ｍｅ', 'İstanbul', 'ß', '𝕳𝖊𝖑𝖕', '\ud83d', '\udc00abc',
];
const VERBS = ['interview.edit', 'interview.consent', 'interview.forget.confirm', 'interview.forget.cancel',
  'interview.stale.keep', 'interview.stale.update', 'interview.resume', 'interview.', 'interview.nope',
  'admin.settings.open', 'admin.settings.save', 'admin.matchnow.preview', 'admin.matchnow.post', 'admin.invite.start',
  'admin.stats.show', 'admin.admins.show', 'admin.admins.remove', 'admin.', 'admin.nope',
  'intro.accept', 'intro.pass', 'intro.followup', 'intro.', 'understanding.words', 'understanding.reject',
  'understanding.', 'unknown.verb', '', ' ', 'INTERVIEW.EDIT'];
const OTHER_INVOKES = ['composeExtension/query', 'task/fetch', 'task/submit', 'signin/verifyState', 'fileConsent/invoke',
  'actionableMessage/executeAction', 'config/fetch', 'healthCheck', '', 'adaptiveCard/ACTION'];
const ODD_TYPES = ['typing', 'messageReaction', 'event', 'endOfConversation', 'messageUpdate', 'messageDelete',
  'deleteUserData', 'trace', 'handoff', 'contactRelationUpdate', 'suggestion', 'Message', 'MESSAGE', 'foo', ' message', ''];
const TEAM_EVENTS = ['teamMemberAdded', 'teamMemberRemoved', 'teamRenamed', 'teamDeleted', 'teamHardDeleted',
  'teamRestored', 'teamArchived', 'teamUnarchived', 'channelCreated', 'channelDeleted', 'channelRenamed', 'channelRestored'];
const LOCALES = ['en-US', 'pt-BR', 'de-DE', 'ar-SA', 'he-IL', 'zh-CN', 'tr-TR', 'xx-YY', '', 'en-US-u-ca-buddhist', 'C', 'en_US.UTF-8', 'i-klingon'];
const TIMEZONES = ['America/Sao_Paulo', 'Europe/Berlin', 'UTC', 'Not/AZone', '', 'Etc/GMT+14', '+05:30'];

const TENANTS = [
  '72f988bf-0000-4000-8000-00000000f001',
  '72f988bf-0000-4000-8000-00000000f002',
  '72f988bf-0000-4000-8000-00000000f003',
];
const MEMBERS_PER_TENANT = 24;
const TEAMS_PER_TENANT = 2;

function makeWorld(seed) {
  const tenants = TENANTS.map((tenantId, t) => {
    const members = Array.from({ length: MEMBERS_PER_TENANT }, (_, m) => {
      const aad = `${(0x10000000 + t * 1000 + m).toString(16)}-0000-4000-8000-${String(seed).padStart(12, '0').slice(-12)}`;
      const userId = `29:1fuzz-${t}-${m}-${seed}`;
      return {
        tenantId,
        userId,
        aadObjectId: aad,
        name: ['Ana Souza', 'Ben Carter', 'Chloé Martin', 'محمد علي', 'דנה לוי', '李雷', 'Zoë 🙂', '<b>Eve</b>'][m % 8] + ` ${t}-${m}`,
        conversationId: `a:1fuzz-personal-${t}-${m}-${seed}`,
      };
    });
    const teams = Array.from({ length: TEAMS_PER_TENANT }, (_, k) => {
      const teamId = `19:fuzzteam-${t}-${k}-${seed}@thread.tacv2`;
      return {
        tenantId,
        teamId,
        name: `Fuzz team ${t}-${k}`,
        aadGroupId: `0000aaaa-0000-4000-8000-${String(t * 10 + k).padStart(12, '0')}`,
        channels: [{ id: teamId, name: 'General' }, { id: `19:intros-${t}-${k}-${seed}@thread.tacv2`, name: 'Intros' }],
        members,
      };
    });
    return { tenantId, members, teams };
  });
  const byConversation = new Map();
  for (const tenant of tenants) {
    for (const member of tenant.members) byConversation.set(member.conversationId, { tenant, member });
  }
  const teamsById = new Map(tenants.flatMap((t) => t.teams.map((team) => [team.teamId, team])));
  return { tenants, byConversation, teamsById };
}

// ---------------------------------------------------------------------------------------------- tokens

// A Bot Connector token for this bot; `flaw` breaks one thing on purpose.
const signToken = (issuer, serviceUrl, flaw = null) => signFor(issuer, { appId: APP_ID, serviceUrl, flaw });

// Tokens are valid an hour: one per serviceUrl (as the Bot Connector reuses them), a few thousand at most.
const tokenCache = new Map();
function tokenFor(issuer, serviceUrl) {
  const key = String(serviceUrl);
  let token = tokenCache.get(key);
  if (!token) {
    token = signToken(issuer, key);
    if (tokenCache.size > 5000) tokenCache.clear();
    tokenCache.set(key, token);
  }
  return token;
}

// ---------------------------------------------------------------------------------------------- fake connector

// The Teams side on loopback: sends and replies 201, updates 200, the roster, team details and channels from the
// world; remembers card buttons the bot sent so later activities can press them.
function startConnector(world) {
  const state = { calls: 0, byRoute: new Map(), ids: 0, buttons: [], bytes: 0 };
  const server = http.createServer((request, response) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size < 4 * MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => {
      state.calls += 1;
      state.bytes += size;
      const url = new URL(request.url, 'http://127.0.0.1');
      const path = url.pathname;
      const json = (status, body) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const count = (route) => state.byRoute.set(route, (state.byRoute.get(route) ?? 0) + 1);
      let body = null;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
      } catch {
        // Not JSON (a token request is a form): still answered.
      }
      if (request.method === 'POST' && /\/oauth2\/v2\.0\/token$/.test(path)) {
        count('POST token');
        json(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: `fuzz-token-${++state.ids}` });
        return;
      }
      const decoded = path.split('/').filter(Boolean).map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
      // Real serviceUrls have a base path (/teams/, /amer/, /emea/…): the v3 routes are served under any.
      const segments = decoded.includes('v3') ? decoded.slice(decoded.indexOf('v3')) : decoded;
      if (body && (request.method === 'POST' || request.method === 'PUT')) harvest(state, body, segments[2] ?? null);
      if (segments[0] === 'v3' && segments[1] === 'conversations') {
        if (segments.length === 2 && request.method === 'POST') {
          count('POST /v3/conversations');
          const channel = body?.channelData?.channel?.id;
          const member = body?.members?.[0]?.id ?? 'unknown';
          json(201, channel ? { id: `${channel};messageid=${++state.ids}`, activityId: String(state.ids) } : { id: `a:created-${member}` });
          return;
        }
        if (segments[3] === 'activities') {
          count(`${request.method} /v3/conversations/{id}/activities${segments.length > 4 ? '/{id}' : ''}`);
          if (world.strict && !knownConversation(world, segments[2])) {
            count('404 ConversationNotFound (--strict-connector)');
            json(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
            return;
          }
          if (request.method === 'POST') json(201, { id: `fuzz-sent-${++state.ids}` });
          else if (request.method === 'PUT') json(200, { id: segments[4] ?? 'x' });
          else if (request.method === 'DELETE') response.writeHead(200).end();
          else json(405, { error: { code: 'MethodNotAllowed', message: 'no' } });
          return;
        }
        const team = world.teamsById.get(segments[2]);
        if (segments[3] === 'members' && segments.length === 5 && request.method === 'GET') {
          count('GET /v3/conversations/{id}/members/{id}');
          const member = team?.members.find((m) => m.userId === segments[4] || m.aadObjectId === segments[4]);
          if (member) json(200, { id: member.userId, name: member.name, aadObjectId: member.aadObjectId, tenantId: member.tenantId });
          else json(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
          return;
        }
        if (segments[3] === 'pagedmembers' && request.method === 'GET') {
          count('GET /v3/conversations/{id}/pagedmembers');
          if (!team) {
            json(404, { error: { code: 'ConversationNotFound', message: 'not found' } });
            return;
          }
          const start = Number(url.searchParams.get('continuationToken') ?? 0) || 0;
          const size = Math.max(1, Math.min(500, Number(url.searchParams.get('pageSize') ?? 50) || 50));
          const page = team.members.slice(start, start + size);
          json(200, {
            members: page.map((m) => ({ id: m.userId, name: m.name, aadObjectId: m.aadObjectId, tenantId: m.tenantId })),
            continuationToken: start + size < team.members.length ? String(start + size) : null,
          });
          return;
        }
      }
      if (segments[0] === 'v3' && segments[1] === 'teams' && request.method === 'GET') {
        const team = world.teamsById.get(segments[2]);
        count(segments[3] === 'conversations' ? 'GET /v3/teams/{id}/conversations' : 'GET /v3/teams/{id}');
        if (!team) json(404, { error: { code: 'TeamNotFound', message: 'not found' } });
        else if (segments[3] === 'conversations') json(200, { conversations: team.channels });
        else json(200, { id: team.teamId, name: team.name, aadGroupId: team.aadGroupId });
        return;
      }
      count(`${request.method} (no such route)`);
      json(404, { error: { code: 'NotFound', message: 'The fuzz connector has no such route.' } });
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(0, '127.0.0.1', () => resolveStart({ server, state, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

// What Teams would know: the members' chats, the teams' channels and their threads, conversations the bot created.
function knownConversation(world, id) {
  if (typeof id !== 'string') return false;
  if (world.byConversation.has(id) || id.startsWith('a:created-')) return true;
  const channel = id.split(';messageid=')[0];
  return [...world.teamsById.values()].some((team) => team.channels.some((c) => c.id === channel));
}

// Card buttons (Action.Execute and Action.Submit data) the bot sent, so later activities press real ones.
function harvest(state, body, conversationId) {
  const visit = (node, depth) => {
    if (depth > 40 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if ((node.type === 'Action.Execute' && typeof node.verb === 'string') || (node.type === 'Action.Submit' && node.data?.verb)) {
      state.buttons.push({ verb: node.verb ?? node.data.verb, data: node.data ?? {}, conversationId });
      if (state.buttons.length > 400) state.buttons.splice(0, 100);
    }
    for (const value of Object.values(node)) visit(value, depth + 1);
  };
  visit(body, 0);
}

// A loopback port nothing listens on: connections are refused at once.
function closedPort() {
  return new Promise((resolvePort, rejectPort) => {
    const probe = net.createServer();
    probe.once('error', rejectPort);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------- the bot

let bot = null; // { url, pid, work, logFile } once started

function startFuzzBot(options, issuer, connector) {
  return startBot({
    dll: options.dll,
    port: options.port,
    keep: options.keep,
    prefix: 'connectorbot-fuzz-',
    env: (work) => {
      const env = {
        ...process.env,
        ASPNETCORE_ENVIRONMENT: 'Production',
        Bot__AllowUnauthenticatedLoopback: 'false',
        Bot__AppId: APP_ID,
        Bot__AppPassword: 'fuzz-secret',
        Bot__TenantId: '',
        Bot__AppType: 'MultiTenant',
        Bot__OpenIdMetadataUrl: issuer.openIdMetadataUrl,
        Bot__EntraOpenIdMetadataUrl: issuer.entraOpenIdMetadataUrl,
        Bot__BotConnectorIssuer: BOT_CONNECTOR_ISSUER,
        Bot__TokenEndpoint: `${connector.url}{0}/oauth2/v2.0/token`,
        Bot__Connector__DefaultServiceUrl: connector.url,
        Bot__Connector__RateLimiting: 'false',
        Intros__SchedulerEnabled: 'false',
        Admin__Invitations__Pace: '00:00:00.010',
        Logging__LogLevel__Default: 'Information',
        Logging__LogLevel__Microsoft: 'Warning',
        'Logging__LogLevel__Microsoft.Hosting.Lifetime': 'Information',
        Logging__Console__FormatterName: 'simple',
        // The embedded store (SQLite) in this run's own folder; no connection string, so no Azurite or Azure.
        Storage__ConnectionString: '',
        Storage__AccountUrl: '',
        Storage__DataDirectory: join(work, 'data'),
      };
      if (!options.productionRetries) {
        Object.assign(env, {
          Bot__Connector__MaxRetries: '1',
          Bot__Connector__RetryBaseDelay: '00:00:00.010',
          Bot__Connector__RetryMaxDelay: '00:00:00.050',
          Bot__Connector__AttemptTimeout: '00:00:10',
        });
      }
      return env;
    },
  });
}

// ---------------------------------------------------------------------------------------------- valid activities

function base(rng, ctx, type, conversation, from, extra = {}) {
  const now = new Date();
  return {
    type,
    id: `1:fuzz-${ctx.seed}-${ctx.index}`,
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString(),
    localTimezone: rng.pick(TIMEZONES.slice(0, 3)),
    serviceUrl: ctx.connectorUrl,
    channelId: 'msteams',
    from: from ? { id: from.userId, name: from.name, aadObjectId: from.aadObjectId } : undefined,
    recipient: { id: BOT_ID, name: BOT_NAME },
    conversation,
    channelData: { tenant: { id: conversation.tenantId } },
    locale: rng.pick(LOCALES.slice(0, 3)),
    ...extra,
  };
}

const personalConversation = (member) => ({ id: member.conversationId, conversationType: 'personal', tenantId: member.tenantId });

function personalMessage(rng, ctx, member, text) {
  return base(rng, ctx, 'message', personalConversation(member), member, { text, textFormat: 'plain' });
}

function teamContext(rng, ctx) {
  const tenant = rng.pick(ctx.world.tenants);
  const team = rng.pick(tenant.teams);
  const channel = rng.pick(team.channels);
  // The installer (member 0) is the admin, mostly; anyone else is refused.
  const member = rng.chance(0.6) ? tenant.members[0] : rng.pick(tenant.members);
  return { tenant, team, channel, member };
}

function teamChannelData(team, channel, extra = {}) {
  return { tenant: { id: team.tenantId }, team: { id: team.teamId, name: team.name, aadGroupId: team.aadGroupId }, channel: { id: channel.id, name: channel.name }, ...extra };
}

function channelMessage(rng, ctx, text) {
  const { team, channel, member, tenant } = teamContext(rng, ctx);
  const mentions = [{ type: 'mention', mentioned: { id: BOT_ID, name: BOT_NAME }, text: `<at>${BOT_NAME}</at>` }];
  let body = text;
  if (/^admins (add|remove|rm|\+)/.test(text)) {
    const other = rng.pick(tenant.members);
    mentions.push({ type: 'mention', mentioned: { id: other.userId, name: other.name }, text: `<at>${other.name}</at>` });
    body = `${text} <at>${other.name}</at>`;
  }
  return base(rng, ctx, 'message', { id: `${channel.id};messageid=${1700000000000 + ctx.index}`, conversationType: 'channel', isGroup: true, tenantId: team.tenantId }, member, {
    text: `<at>${BOT_NAME}</at> ${body}`,
    textFormat: 'plain',
    entities: mentions,
    channelData: teamChannelData(team, channel),
  });
}

function cardData(rng, ctx, verb, member) {
  const tenant = ctx.world.tenants.find((t) => t.tenantId === member.tenantId);
  const team = rng.pick(tenant.teams);
  const data = {};
  if (verb.startsWith('interview.')) {
    if (rng.chance(0.7)) data.field = rng.pick(['accomplish', 'connectWith', 'offer', 'title', 'nope']);
    if (rng.chance(0.7)) data.consent = rng.pick([true, false, 'true', 1, null]);
  } else if (verb.startsWith('admin.')) {
    data.teamId = team.teamId;
    if (verb === 'admin.settings.save') {
      Object.assign(data, {
        channel: rng.pick(team.channels).id,
        cadence: rng.pick(['Weekly', 'Fortnightly', 'Monthly', 'weekly', '0', 'Never']),
        day: rng.pick(['Monday', 'Friday', 'Someday', '7']),
        hour: rng.pick(['9', '23', '24', '-1', '9.5', '']),
        timeZone: rng.pick(['Europe/Berlin', 'UTC', 'Mars/Olympus', 'E. South America Standard Time', '']),
        introsPerMember: rng.pick(['1', '2', '3', '0', '100000']),
        cooldownDays: rng.pick(['0', '30', '365', '-5', 'many']),
        oddHeadcount: rng.pick(['Triple', 'SitOut', 'triple', 'x']),
        paused: rng.pick(['true', 'false', 'maybe']),
      });
    }
    if (verb === 'admin.matchnow.post') data.roundId = rng.pick(['round-1', `r-${ctx.index}`, '']);
    if (verb === 'admin.admins.remove') data.memberId = rng.pick(tenant.members).aadObjectId;
  } else if (verb.startsWith('intro.')) {
    data.teamId = team.teamId;
    data.introId = rng.pick(['intro-1', `i-${ctx.index}`, '']);
    if (verb === 'intro.followup') data.outcome = rng.pick(['met', 'notYet', 'no', 'yes', '']);
  } else if (verb.startsWith('understanding.')) {
    data.tenant = rng.chance(0.8) ? member.tenantId : rng.pick(TENANTS);
    data.card = rng.pick(['summary', 'playback', 'other']);
    data.answer = rng.pick(['accomplish', 'connectWith', 'offer', 'title', 'x']);
    data.answerHash = rng.pick(['', 'abc', '0'.repeat(64)]);
    for (const kind of ['accomplish', 'connectWith', 'offer']) {
      if (rng.chance(0.5)) data[`words-${kind}`] = rng.pick(['k8s, helm', 'a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p', '', 'x'.repeat(500)]);
    }
  }
  return data;
}

// A button the bot really sent, when there is one for this kind of verb; otherwise a made-up one.
function pressButton(rng, ctx, member, prefix) {
  const pool = ctx.connector.state.buttons.filter((b) => !prefix || b.verb.startsWith(prefix));
  if (pool.length && rng.chance(0.6)) {
    const button = pool[rng.int(pool.length)];
    const known = ctx.world.byConversation.get(button.conversationId);
    return { verb: button.verb, data: structuredClone(button.data), member: known?.member ?? member, channel: known ? null : button.conversationId };
  }
  const verb = prefix ? rng.pick(VERBS.filter((v) => v.startsWith(prefix))) : rng.pick(VERBS);
  return { verb, data: cardData(rng, ctx, verb, member), member, channel: null };
}

function cardActivity(rng, ctx, execute, prefix) {
  const member = rng.pick(rng.pick(ctx.world.tenants).members);
  const press = pressButton(rng, ctx, member, prefix);
  let conversation = personalConversation(press.member);
  let channelData = { tenant: { id: press.member.tenantId } };
  // Admin and intro buttons are pressed in the team channel where their card was.
  if (press.channel || (/^(admin|intro)\./.test(press.verb) && rng.chance(0.7))) {
    const team = ctx.world.teamsById.get(press.data.teamId) ?? rng.pick(ctx.world.tenants.find((t) => t.tenantId === press.member.tenantId).teams);
    const channel = rng.pick(team.channels);
    conversation = { id: press.channel ?? `${channel.id};messageid=${1700000000000 + ctx.index}`, conversationType: 'channel', isGroup: true, tenantId: team.tenantId };
    channelData = teamChannelData(team, channel);
  }
  const who = /^admin\./.test(press.verb) && rng.chance(0.6) ? ctx.world.tenants.find((t) => t.tenantId === press.member.tenantId).members[0] : press.member;
  if (execute) {
    return base(rng, ctx, 'invoke', conversation, who, {
      name: 'adaptiveCard/action',
      replyToId: `fuzz-sent-${rng.int(1000)}`,
      value: { action: { type: 'Action.Execute', verb: press.verb, data: press.data }, trigger: 'manual' },
      channelData,
    });
  }
  return base(rng, ctx, 'message', conversation, who, { replyToId: `fuzz-sent-${rng.int(1000)}`, value: { verb: press.verb, ...press.data }, channelData });
}

function conversationUpdate(rng, ctx) {
  const { team, channel, member, tenant } = teamContext(rng, ctx);
  const installer = rng.chance(0.8) ? tenant.members[0] : member;
  const shape = rng.weighted([[4, 'install'], [3, 'members added'], [2, 'members removed'], [1, 'bot removed'], [2, 'team event'], [2, 'personal install']]);
  if (shape === 'personal install') {
    return base(rng, ctx, 'conversationUpdate', personalConversation(member), member, { membersAdded: [{ id: BOT_ID }, { id: member.userId, aadObjectId: member.aadObjectId }] });
  }
  const conversation = { id: team.teamId, conversationType: 'channel', isGroup: true, tenantId: team.tenantId };
  const people = () => Array.from({ length: 1 + rng.int(3) }, () => {
    const m = rng.pick(tenant.members);
    return { id: m.userId, aadObjectId: m.aadObjectId };
  });
  switch (shape) {
    case 'install':
      return base(rng, ctx, 'conversationUpdate', conversation, installer, { membersAdded: [{ id: BOT_ID }], channelData: teamChannelData(team, team.channels[0], { eventType: 'teamMemberAdded' }) });
    case 'members added':
      return base(rng, ctx, 'conversationUpdate', conversation, installer, { membersAdded: people(), channelData: teamChannelData(team, team.channels[0], { eventType: 'teamMemberAdded' }) });
    case 'members removed':
      return base(rng, ctx, 'conversationUpdate', conversation, installer, { membersRemoved: people(), channelData: teamChannelData(team, team.channels[0], { eventType: 'teamMemberRemoved' }) });
    case 'bot removed':
      return base(rng, ctx, 'conversationUpdate', conversation, installer, { membersRemoved: [{ id: BOT_ID }], channelData: teamChannelData(team, team.channels[0], { eventType: 'teamMemberRemoved' }) });
    default:
      return base(rng, ctx, 'conversationUpdate', conversation, installer, { channelData: teamChannelData(team, channel, { eventType: rng.pick(TEAM_EVENTS) }) });
  }
}

function installationUpdate(rng, ctx) {
  const { team, member, tenant } = teamContext(rng, ctx);
  const action = rng.pick(['add', 'add', 'remove', 'add-upgrade', 'remove-upgrade', 'weird']);
  if (rng.chance(0.5)) return base(rng, ctx, 'installationUpdate', personalConversation(member), member, { action });
  return base(rng, ctx, 'installationUpdate', { id: team.teamId, conversationType: 'channel', isGroup: true, tenantId: team.tenantId }, tenant.members[0], {
    action,
    channelData: teamChannelData(team, team.channels[0]),
  });
}

const KINDS = [
  [22, 'personal answer'],
  [14, 'personal command'],
  [8, 'Action.Submit'],
  [12, 'Action.Execute'],
  [3, 'other invoke'],
  [9, 'conversationUpdate'],
  [4, 'installationUpdate'],
  [12, 'channel @mention'],
  [3, 'odd type'],
  [4, 'replay'],
  [4, 'raw body'],
  [2, 'bad token'],
];

function validActivity(rng, ctx, kind) {
  const member = () => rng.pick(rng.pick(ctx.world.tenants).members);
  switch (kind) {
    case 'personal answer':
      return personalMessage(rng, ctx, member(), rng.chance(0.85) ? rng.pick(ANSWERS) : rng.pick(ODD_TEXTS));
    case 'personal command':
      return personalMessage(rng, ctx, member(), rng.pick(COMMANDS));
    case 'Action.Submit':
      return cardActivity(rng, ctx, false, rng.pick([null, 'interview.', 'admin.', 'intro.', 'understanding.']));
    case 'Action.Execute':
      return cardActivity(rng, ctx, true, rng.pick([null, 'interview.', 'admin.', 'intro.', 'understanding.']));
    case 'other invoke': {
      const m = member();
      return base(rng, ctx, 'invoke', personalConversation(m), m, { name: rng.pick(OTHER_INVOKES), value: rng.pick([{}, { commandId: 'x' }, null, 'x', [1]]) });
    }
    case 'conversationUpdate':
      return conversationUpdate(rng, ctx);
    case 'installationUpdate':
      return installationUpdate(rng, ctx);
    case 'channel @mention':
      return channelMessage(rng, ctx, rng.pick(CHANNEL_COMMANDS));
    case 'odd type': {
      const m = member();
      return base(rng, ctx, rng.pick(ODD_TYPES), personalConversation(m), m, { text: rng.pick(ODD_TEXTS), value: rng.pick([undefined, { x: 1 }, 'y']), name: rng.pick([undefined, 'x']) });
    }
    default:
      return personalMessage(rng, ctx, member(), 'help');
  }
}

// ---------------------------------------------------------------------------------------------- mutations

const PATHS = ['type', 'id', 'serviceUrl', 'channelId', 'from', 'from.id', 'from.name', 'from.aadObjectId', 'recipient',
  'recipient.id', 'conversation', 'conversation.id', 'conversation.tenantId', 'conversation.conversationType',
  'conversation.isGroup', 'channelData', 'channelData.tenant', 'channelData.tenant.id', 'channelData.team',
  'channelData.team.id', 'channelData.team.aadGroupId', 'channelData.team.name', 'channelData.channel',
  'channelData.channel.id', 'channelData.eventType', 'text', 'textFormat', 'value', 'value.verb', 'value.action',
  'value.action.verb', 'value.action.data', 'value.action.type', 'value.action.data.teamId', 'value.teamId',
  'value.introId', 'value.field', 'value.consent', 'entities', 'entities.0', 'entities.0.mentioned',
  'entities.0.mentioned.id', 'entities.0.text', 'membersAdded', 'membersAdded.0', 'membersAdded.0.id',
  'membersRemoved', 'membersRemoved.0', 'timestamp', 'localTimestamp', 'localTimezone', 'locale', 'name', 'action',
  'replyToId', 'attachments', 'summary'];

function getParent(obj, path, create) {
  const parts = path.split('.');
  let node = obj;
  for (const part of parts.slice(0, -1)) {
    if (node[part] === undefined || node[part] === null || typeof node[part] !== 'object') {
      if (!create) return null;
      node[part] = /^\d+$/.test(parts[parts.indexOf(part) + 1] ?? '') ? [] : {};
    }
    node = node[part];
  }
  return [node, parts.at(-1)];
}

function setPath(obj, path, value) {
  const found = getParent(obj, path, true);
  if (found) found[0][found[1]] = value;
}

function deletePath(obj, path) {
  const found = getParent(obj, path, false);
  if (found) delete found[0][found[1]];
}

function randomString(rng, length) {
  const alphabets = [
    'abcdefghijklmnopqrstuvwxyz0123456789 ',
    'مرحبا بالعالم שלום עולם',
    '😀🎉🚀👍🏽🏳️‍🌈',
    '\u0000\u0001\u0007\b\t\n\r\u001b\u007f\u0085\u2028\u2029\u200e\u200f\u202a\u202b\u202e\ufeff',
    '/\\#?%~:;@&=+$,<>"\'`{}[]|^',
    'ÀÉÎÕÜßçñ漢字かなカナ한글',
  ];
  const alphabet = [...rng.pick(alphabets)];
  let out = '';
  // Long strings repeat a random chunk: building 200 k characters one by one is slow in a tight loop.
  const chunk = Array.from({ length: Math.min(length, 64) }, () => alphabet[rng.int(alphabet.length)]).join('');
  while (out.length < length) out += chunk;
  return out.slice(0, length);
}

function oddValue(rng) {
  return rng.weighted([
    [3, () => null],
    [2, () => ''],
    [2, () => rng.int(2) ? 0 : -1],
    [1, () => 1e308],
    [2, () => true],
    [2, () => []],
    [2, () => ({})],
    [1, () => [null]],
    [1, () => ({ id: null })],
    [3, () => randomString(rng, 1 + rng.int(40))],
    [2, () => randomString(rng, 513 + rng.int(3000))],
    [1, () => randomString(rng, 33_000 + rng.int(40_000))],
    [1, () => randomString(rng, 200_000 + rng.int(400_000))],
    [2, () => rng.pick(ODD_TEXTS)],
  ])();
}

function nested(depth) {
  let node = { x: 1 };
  for (let i = 0; i < depth; i += 1) node = { a: [node] };
  return node;
}

// Each mutation changes the activity in place and returns its name (for the report).
const MUTATIONS = [
  [10, 'delete field', (rng, a) => { const p = rng.pick(PATHS); deletePath(a, p); return `delete ${p}`; }],
  [10, 'null field', (rng, a) => { const p = rng.pick(PATHS); setPath(a, p, null); return `null ${p}`; }],
  [12, 'odd value', (rng, a) => { const p = rng.pick(PATHS); setPath(a, p, oddValue(rng)); return `odd ${p}`; }],
  [4, 'empty string', (rng, a) => { const p = rng.pick(PATHS); setPath(a, p, ''); return `empty ${p}`; }],
  [4, 'long id', (rng, a) => {
    const p = rng.pick(['id', 'conversation.id', 'from.id', 'from.aadObjectId', 'recipient.id', 'conversation.tenantId',
      'channelData.tenant.id', 'channelData.team.id', 'channelData.channel.id', 'replyToId', 'value.teamId', 'value.introId',
      'value.action.data.teamId', 'value.action.data.introId', 'value.action.data.memberId', 'membersAdded.0.id',
      'membersAdded.0.aadObjectId', 'value.action.data.roundId']);
    setPath(a, p, rng.pick(['x', '/', '#', '?', '\u0001', 'é', '😀']).repeat(100 + rng.int(2000)));
    return `long ${p}`;
  }],
  [8, 'odd text', (rng, a) => { a.text = rng.chance(0.5) ? rng.pick(ODD_TEXTS) : oddValue(rng); return 'odd text'; }],
  [3, 'huge text', (rng, a) => { a.text = randomString(rng, rng.pick([1001, 32_768, 32_769, 100_000, 400_000])); return 'huge text'; }],
  [8, 'odd serviceUrl', (rng, a, ctx) => {
    a.serviceUrl = rng.pick([
      ctx.deadUrl, ctx.deadUrl, ctx.deadUrl, `${ctx.deadUrl}teams/`, 'ftp://127.0.0.1/teams/', 'file:///etc/passwd',
      'not a url', 'http://', 'https://[::1', 'javascript:alert(1)', `${ctx.connectorUrl}?x=1#frag`,
      `${ctx.connectorUrl}${'a/'.repeat(2000)}`, 'HTTP://127.0.0.1:1/', 'http://127.0.0.1:0/', 'http://256.256.256.256/',
      ` ${ctx.connectorUrl}`, `${ctx.connectorUrl.replace('http', 'https')}`, 'http://user:pass@127.0.0.1:1/', '//127.0.0.1/',
      'http://[::1]:1/', `${ctx.connectorUrl}%00/`, `${ctx.connectorUrl}..%2f..%2f`,
    ]);
    return a.serviceUrl.startsWith(ctx.deadUrl) ? 'unreachable serviceUrl' : 'odd serviceUrl';
  }],
  [5, 'other tenant', (rng, a) => {
    const other = rng.pick(TENANTS);
    const where = rng.pick(['channelData', 'conversation', 'both', 'garbage']);
    if (where === 'channelData' || where === 'both') setPath(a, 'channelData.tenant.id', other);
    if (where === 'conversation' || where === 'both') setPath(a, 'conversation.tenantId', other);
    if (where === 'garbage') setPath(a, 'channelData.tenant', rng.pick(['x', 1, [], { id: 42 }, { id: '' }]));
    return `other tenant (${where})`;
  }],
  [3, 'other team', (rng, a, ctx) => {
    const team = rng.pick([...ctx.world.teamsById.values()]);
    setPath(a, rng.pick(['channelData.team.id', 'value.teamId', 'value.action.data.teamId']), rng.chance(0.8) ? team.teamId : '19:nobody@thread.tacv2');
    return 'other team';
  }],
  [3, 'odd mention', (rng, a) => {
    a.entities = rng.pick([[null], [{ type: 'mention' }], [{ type: 'mention', mentioned: null, text: '' }],
      [{ type: 'mention', mentioned: { id: BOT_ID }, text: a.text ?? 'x' }], 'x', [{ type: 'mention', mentioned: { id: 42 }, text: 7 }],
      Array.from({ length: 500 }, (_, i) => ({ type: 'mention', mentioned: { id: `29:m${i}`, name: `M${i}` }, text: `<at>M${i}</at>` }))]);
    return 'odd mention';
  }],
  [3, 'odd members', (rng, a) => {
    a[rng.pick(['membersAdded', 'membersRemoved'])] = rng.pick([[null], [{}], [{ id: null }], [{ id: BOT_ID }, null], 'x', {},
      Array.from({ length: 2000 }, (_, i) => ({ id: `29:many-${i}`, aadObjectId: `aad-many-${i}` }))]);
    return 'odd members';
  }],
  [4, 'odd card data', (rng, a) => {
    const where = a.type === 'invoke' ? 'value.action.data' : 'value';
    setPath(a, where, rng.pick([null, [], 'x', 1, nested(10), nested(80), { verb: 42 }, { teamId: 7, introId: [] },
      { field: {}, consent: 'yes' }, { tenant: null }, { 'words-accomplish': randomString(rng, 5000) }]));
    return 'odd card data';
  }],
  [6, 'odd card field', (rng, a) => {
    // One field of the button's data (a real card's, when harvested) changed, the rest left as the card sent it.
    const data = a.type === 'invoke' ? a.value?.action?.data : a.value;
    const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data).filter((k) => k !== 'verb') : [];
    const key = keys.length ? rng.pick(keys) : rng.pick(['teamId', 'introId', 'field', 'consent', 'tenant', 'channel', 'hour', 'memberId', 'roundId']);
    const value = rng.chance(0.3) ? rng.pick(['', ' ', '0', '-1', '99999999999999999999', 'true', 'null', '[]', '{}', 'NaN', '1e400', '\u0000', 'ｔｒｕｅ']) : oddValue(rng);
    setPath(a, `${a.type === 'invoke' ? 'value.action.data' : 'value'}.${key}`, value);
    return `odd card field ${key}`;
  }],
  [3, 'odd verb', (rng, a) => {
    setPath(a, a.type === 'invoke' ? 'value.action.verb' : 'value.verb', rng.pick([...VERBS, null, 42, [], {}, 'x'.repeat(100_000)]));
    return 'odd verb';
  }],
  [3, 'odd type', (rng, a) => { a.type = rng.pick([...ODD_TYPES, 'invoke', 'message', 'conversationUpdate', 'installationUpdate', 42, null]); return 'odd type'; }],
  [2, 'odd channel', (rng, a) => { a.channelId = rng.pick(['emulator', 'webchat', 'MSTEAMS', 'slack', ' msteams', 42]); return 'odd channel'; }],
  [2, 'odd time', (rng, a) => {
    setPath(a, rng.pick(['timestamp', 'localTimestamp']), rng.pick(['not a date', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.9999999+14:00', '', 0, '2026-13-45T99:99:99Z']));
    return 'odd time';
  }],
  [2, 'odd locale', (rng, a) => { a.locale = rng.pick([...LOCALES, randomString(rng, 300), 42]); a.localTimezone = rng.pick([...TIMEZONES, 42]); return 'odd locale'; }],
  [2, 'deep nesting', (rng, a) => { setPath(a, rng.pick(['channelData.deep', 'value', 'entities.0.deep', 'extra']), nested(20 + rng.int(200))); return 'deep nesting'; }],
  [2, 'odd attachments', (rng, a) => {
    a.attachments = rng.pick([[null], 'x', [{ contentType: 'application/vnd.microsoft.card.adaptive', content: null }],
      [{ contentType: 'text/html', content: '<p>x</p>' }], [{ contentType: 42 }]]);
    return 'odd attachments';
  }],
  [2, 'extra fields', (rng, a) => { a[randomString(rng, 10)] = oddValue(rng); a.channelData = { ...(typeof a.channelData === 'object' ? a.channelData : {}), [randomString(rng, 8)]: oddValue(rng) }; return 'extra fields'; }],
  [2, 'unknown conversation', (rng, a) => {
    // Well-formed, but no conversation Teams knows: with --strict-connector, replies into it get 404.
    setPath(a, 'conversation.id', rng.pick([`a:1fuzz-unknown-${rng.int(1e6)}`, `19:unknown-${rng.int(1e6)}@thread.tacv2`]));
    return 'unknown conversation';
  }],
  [2, 'wrong personal', (rng, a) => { setPath(a, 'conversation.conversationType', rng.pick(['personal', 'groupChat', 'channel', '', 42])); return 'odd conversationType'; }],
];

function mutate(rng, ctx, activity) {
  const names = [];
  const n = rng.weighted([[3, 0], [4, 1], [2, 2], [1, 3]]);
  for (let i = 0; i < n; i += 1) {
    const [, , apply] = rng.weighted(MUTATIONS.map((m) => [m[0], m]));
    names.push(apply(rng, activity, ctx));
  }
  return names;
}

// Bodies that are not one well-formed activity at all.
function rawBody(rng, ctx) {
  const activity = personalMessage(rng, ctx, rng.pick(rng.pick(ctx.world.tenants).members), 'help');
  const json = JSON.stringify(activity);
  const shape = rng.pick(['truncated', 'trailing garbage', 'bom', 'invalid utf-8', 'null', 'array', 'string', 'number',
    'empty', 'comments', 'duplicate keys', 'over 1 MiB', 'just under 1 MiB', 'lone surrogate', 'nan', 'xml']);
  const serviceUrl = activity.serviceUrl;
  switch (shape) {
    case 'truncated': return { shape, serviceUrl, body: Buffer.from(json.slice(0, rng.int(json.length))) };
    case 'trailing garbage': return { shape, serviceUrl, body: Buffer.from(`${json}}}garbage`) };
    case 'bom': return { shape, serviceUrl, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]) };
    case 'invalid utf-8': {
      const body = Buffer.from(json.replace('"help"', '"hXlp"'));
      body[body.indexOf('hXlp') + 1] = 0xff;
      return { shape, serviceUrl, body };
    }
    case 'null': return { shape, serviceUrl, body: Buffer.from('null') };
    case 'array': return { shape, serviceUrl, body: Buffer.from(`[${json}]`) };
    case 'string': return { shape, serviceUrl, body: Buffer.from(JSON.stringify(json)) };
    case 'number': return { shape, serviceUrl, body: Buffer.from('42') };
    case 'empty': return { shape, serviceUrl, body: Buffer.alloc(0) };
    case 'comments': return { shape, serviceUrl, body: Buffer.from(`/* hi */${json.replace(',', ',// c\n')}`) };
    case 'duplicate keys': return { shape, serviceUrl, body: Buffer.from(json.replace('{', '{"type":"invoke","conversation":null,')) };
    case 'over 1 MiB': return { shape, serviceUrl, body: Buffer.from(JSON.stringify({ ...activity, text: 'x'.repeat(MAX_BODY) })) };
    case 'just under 1 MiB': return { shape, serviceUrl, body: Buffer.from(JSON.stringify({ ...activity, text: 'x'.repeat(MAX_BODY - json.length - 100) })) };
    case 'lone surrogate': return { shape, serviceUrl, body: Buffer.from(json.replace('"help"', '"\\ud800help"')) };
    case 'nan': return { shape, serviceUrl, body: Buffer.from(json.replace('"help"', 'NaN')) };
    default: return { shape, serviceUrl, body: Buffer.from('<activity type="message"/>') };
  }
}

// What an activity asks for, in a few words: its type, and its verb, command word or event.
function describe(body) {
  let a;
  try {
    a = JSON.parse(body.toString('utf8'));
  } catch {
    return 'not JSON';
  }
  if (!a || typeof a !== 'object') return `JSON ${a === null ? 'null' : typeof a}`;
  const verb = a.value?.action?.verb ?? a.value?.verb;
  const word = typeof a.text === 'string' ? a.text.replace(/<at>[^<]*<\/at>/g, '').trim().split(/\s+/).slice(0, 2).join(' ').slice(0, 24) : null;
  const what = [a.type, a.type === 'invoke' ? a.name : null, typeof verb === 'string' ? verb : null,
    a.channelData?.eventType, a.action, !verb && word ? `"${word}"` : null].filter((x) => typeof x === 'string' && x);
  return what.join(' ').slice(0, 80) || 'no type';
}

// ---------------------------------------------------------------------------------------------- one request

// Recently sent bodies, so some activities are delivered again (Teams redelivers on timeouts).
const recent = [];

function generate(seed, index, ctx) {
  const rng = rngFor(seed, index);
  const local = { ...ctx, seed, index };
  const kind = rng.weighted(KINDS.map(([w, k]) => [w, k]));
  if (kind === 'replay' && recent.length) {
    const earlier = recent[rng.int(recent.length)];
    return { kind, mutations: [`replay of #${earlier.index}`], body: earlier.body, serviceUrl: earlier.serviceUrl, token: tokenFor(ctx.issuer, earlier.serviceUrl) };
  }
  if (kind === 'raw body') {
    const raw = rawBody(rng, local);
    return { kind, mutations: [raw.shape], body: raw.body, serviceUrl: raw.serviceUrl, token: tokenFor(ctx.issuer, raw.serviceUrl) };
  }
  if (kind === 'bad token') {
    const activity = personalMessage(rng, local, rng.pick(rng.pick(ctx.world.tenants).members), 'hello');
    const flaw = rng.pick(['expired', 'wrong audience', 'wrong serviceurl', 'no serviceurl', 'unknown kid', 'bad signature', 'none']);
    const token = flaw === 'none' ? null : signToken(ctx.issuer, activity.serviceUrl, flaw);
    return { kind, mutations: [flaw], body: Buffer.from(JSON.stringify(activity)), serviceUrl: activity.serviceUrl, token };
  }
  const validKind = kind === 'replay' ? 'personal command' : kind;
  const activity = validActivity(rng, local, validKind);
  const mutations = rng.chance(0.3) ? [] : mutate(rng, local, activity);
  const serviceUrl = typeof activity.serviceUrl === 'string' ? activity.serviceUrl : ctx.connectorUrl;
  return { kind: validKind, mutations, body: Buffer.from(JSON.stringify(activity)), serviceUrl, token: tokenFor(ctx.issuer, serviceUrl) };
}

async function send(botUrl, item) {
  const started = performance.now();
  let status;
  let answer = '';
  try {
    const headers = { 'content-type': 'application/json' };
    if (item.token) headers.authorization = `Bearer ${item.token}`;
    const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers, body: item.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    answer = Buffer.from(await response.arrayBuffer()).toString('utf8').slice(0, 2000);
    status = response.status;
  } catch (error) {
    status = error.name === 'TimeoutError' ? 'timeout' : `network error (${error.cause?.code ?? error.message})`;
  }
  return { status, ms: performance.now() - started, answer };
}

// An invoke other than adaptiveCard/action, which the protocol answers with 501 (bot-framework-protocol.md).
function isUnhandledInvoke(body) {
  try {
    const activity = JSON.parse(body.toString('utf8'));
    return activity?.type === 'invoke' && activity.name !== 'adaptiveCard/action';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------- report

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const mb = (bytes) => (bytes === null ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MB`);

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// The bot's warn/fail entries, grouped: "level: Category[event]" plus the first line of the message.
function logSummary(logText) {
  const lines = logText.split('\n');
  const groups = new Map();
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^(warn|fail|crit): ([^[]+)/.exec(lines[i]);
    if (!m) continue;
    // Ids, numbers, URLs and quoted values vary from line to line: replaced, so like entries group together.
    const message = (lines[i + 1] ?? '').trim()
      .replace(/https?:\/\/\S+|\b(19|29|28|a):\S+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f-]{14,}|1:fuzz-\S+|'[^']*'|"[^"]*"|v3\/\S+/g, '…')
      .replace(/\d+/g, 'N').slice(0, 140);
    let exception = '';
    for (let j = i + 2; j < Math.min(lines.length, i + 8); j += 1) {
      const e = /^\s+([A-Za-z.]+(Exception|Error)):/.exec(lines[j]);
      if (e) {
        exception = ` [${e[1]}]`;
        break;
      }
    }
    const key = `${m[1]}: ${m[2].trim()}: ${message}${exception}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const options = readOptions();
  // A last resort: whatever hangs, the run ends (and the exit handler kills the bot).
  const budgetMs = 5 * 60_000 + options.count * 200;
  setTimeout(() => {
    console.error(`The fuzz run went past its ${Math.round(budgetMs / 60_000)} min budget; stopping.`);
    process.exit(1);
  }, budgetMs).unref();

  const world = { ...makeWorld(options.seed), strict: options.strictConnector };
  const issuer = await startIssuer();
  const connector = await startConnector(world);
  const deadUrl = `http://127.0.0.1:${await closedPort()}/`;
  const reproductions = [];
  let exitCode = 0;
  try {
    console.log(`fuzz-activities: ${options.dll}`);
    console.log(`seed ${options.seed}, ${options.count} activities, ${options.concurrency} in flight; issuer ${issuer.openIdMetadataUrl}, connector ${connector.url}, unreachable ${deadUrl}`);
    const t0 = performance.now();
    bot = await startFuzzBot(options, issuer, connector);
    const botUrl = bot.url;
    console.log(`bot ${botUrl} healthy after ${((performance.now() - t0) / 1000).toFixed(1)} s (pid ${bot.pid}, store ${join(bot.work, 'data')})`);

    const ctx = { world, issuer, connector, connectorUrl: connector.url, deadUrl };
    const byStatus = new Map();
    const byKind = new Map(); // kind -> { times: [], statuses: Map, slowest }
    const slowest = []; // the ten slowest requests overall (kept loosely, sorted at the end)
    let next = 0;
    let done = 0;
    const startedAt = performance.now();
    let lastProgress = startedAt;
    // The bot's RSS over the run, to tell a leak from a plateau: a sample at the start, every 15 s, and at the end.
    const rss = [{ seconds: 0, done: 0, mb: procStatus('VmRSS') }];
    const worker = async () => {
      while (next < options.count) {
        const index = next;
        next += 1;
        const item = generate(options.seed, index, ctx);
        const result = await send(botUrl, item);
        done += 1;
        // The protocol answers an invoke the bot does not handle with 501: counted apart, not a failure.
        if (result.status === 501 && isUnhandledInvoke(item.body)) result.status = UNHANDLED_INVOKE;
        byStatus.set(result.status, (byStatus.get(result.status) ?? 0) + 1);
        const entry = byKind.get(item.kind) ?? { times: [], statuses: new Map(), slowest: null };
        entry.times.push(result.ms);
        if (item.mutations.includes('unreachable serviceUrl')) (entry.unreachable ??= []).push(result.ms);
        entry.statuses.set(result.status, (entry.statuses.get(result.status) ?? 0) + 1);
        if (!entry.slowest || result.ms > entry.slowest.ms) entry.slowest = { ms: result.ms, index, mutations: item.mutations, what: describe(item.body), status: result.status };
        if (slowest.length < 10 || result.ms > slowest[9].ms) {
          slowest.push({ ms: result.ms, index, kind: item.kind, mutations: item.mutations, what: describe(item.body), status: result.status });
          slowest.sort((x, y) => y.ms - x.ms);
          slowest.length = Math.min(slowest.length, 10);
        }
        byKind.set(item.kind, entry);
        if (item.body.length < 64 * 1024 && item.kind !== 'raw body') {
          recent.push({ index, body: item.body, serviceUrl: item.serviceUrl });
          if (recent.length > 200) recent.shift();
        }
        if (result.status !== UNHANDLED_INVOKE && (typeof result.status !== 'number' || result.status >= 500)) {
          const text = item.body.toString('utf8');
          const valid = Buffer.from(text, 'utf8').equals(item.body);
          reproductions.push({
            seed: options.seed,
            index,
            kind: item.kind,
            mutations: item.mutations,
            status: result.status,
            ms: Math.round(result.ms),
            serviceUrl: item.serviceUrl,
            token: item.token ? 'valid for serviceUrl' : 'none',
            answer: result.answer,
            ...(valid ? { body: text } : { bodyBase64: item.body.toString('base64') }),
          });
        }
        const now = performance.now();
        if (now - lastProgress > 15_000) {
          lastProgress = now;
          const fives = reproductions.length;
          rss.push({ seconds: (now - startedAt) / 1000, done, mb: procStatus('VmRSS') });
          console.log(`  … ${done}/${options.count} sent, ${(done / ((now - startedAt) / 1000)).toFixed(0)}/s, ${fives} × 5xx or no answer so far, bot RSS ${mb(procStatus('VmRSS'))}`);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const seconds = (performance.now() - startedAt) / 1000;

    console.log(`\nsent ${done} activities in ${seconds.toFixed(1)} s: ${(done / seconds).toFixed(0)} activities/s`);
    console.log('\nby HTTP status:');
    for (const [status, n] of [...byStatus].sort((a, b) => String(a[0]).localeCompare(String(b[0])))) console.log(`  ${String(status).padEnd(24)}${String(n).padStart(7)}`);

    console.log(`\nby kind (ms):\n  ${'kind'.padEnd(20)}${'count'.padStart(7)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}   statuses`);
    for (const [, kind] of [...KINDS, [0, 'unmatched']]) {
      const entry = byKind.get(kind);
      if (!entry) continue;
      const sorted = [...entry.times].sort((a, b) => a - b);
      const f = (v) => (Number.isNaN(v) ? '-' : v.toFixed(0)).padStart(9);
      const statuses = [...entry.statuses].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([s, n]) => `${s}×${n}`).join(' ');
      console.log(`  ${kind.padEnd(20)}${String(sorted.length).padStart(7)}${f(percentile(sorted, 50))}${f(percentile(sorted, 99))}${f(sorted.at(-1))}   ${statuses}`);
    }
    const unreachable = [...byKind.values()].flatMap((e) => e.unreachable ?? []).sort((a, b) => a - b);
    if (unreachable.length) {
      console.log(`\nunreachable serviceUrl (replies to a port that refuses connections): ${unreachable.length} requests, `
        + `p50 ${percentile(unreachable, 50).toFixed(0)} ms, p99 ${percentile(unreachable, 99).toFixed(0)} ms, max ${unreachable.at(-1).toFixed(0)} ms`
        + ` (connector retries ${options.productionRetries ? "at the bot's defaults" : 'set low'})`);
    }
    console.log('\nslowest request per kind:');
    for (const [kind, entry] of byKind) {
      const s = entry.slowest;
      console.log(`  ${kind.padEnd(20)}${s.ms.toFixed(0).padStart(7)} ms  #${s.index} ${s.status}: ${s.what} (${s.mutations.join(', ') || 'unmutated'})`);
    }
    console.log('\nslowest 10 requests:');
    for (const s of slowest) console.log(`  ${s.ms.toFixed(0).padStart(7)} ms  #${s.index} ${s.status} ${s.kind}: ${s.what} (${s.mutations.join(', ') || 'unmutated'})`);

    console.log(`\nconnector calls: ${connector.state.calls} (${[...connector.state.byRoute].map(([r, n]) => `${r} ${n}`).join(', ')})`);
    console.log(`card buttons harvested from the bot's cards: ${connector.state.buttons.length} kept`);
    console.log(`bot peak RSS (VmHWM): ${mb(procStatus('VmHWM'))}, RSS now ${mb(procStatus('VmRSS'))}`);
    rss.push({ seconds, done, mb: procStatus('VmRSS') });
    const middle = rss[Math.floor((rss.length - 1) / 2)];
    const at = (sample) => `${mb(sample.mb)} at ${sample.seconds.toFixed(0)} s (${sample.done} sent)`;
    console.log(`bot RSS over the run: start ${at(rss[0])}, middle ${at(middle)}, end ${at(rss.at(-1))}; `
      + `after the first quarter min ${mb(Math.min(...rss.slice(Math.floor(rss.length / 4)).map((r) => r.mb)))}, max ${mb(Math.max(...rss.slice(Math.floor(rss.length / 4)).map((r) => r.mb)))}`);
    console.log(`  samples (s: MB): ${rss.map((r) => `${r.seconds.toFixed(0)}: ${Math.round(r.mb / 1024 / 1024)}`).join(', ')}`);

    const health = await healthz(botUrl);
    console.log(`/healthz at the end: ${health}`);

    await sleep(500);
    const groups = logSummary(readFileSync(bot.logFile, 'utf8'));
    console.log(`\nbot log: ${groups.reduce((s, [, n]) => s + n, 0)} warn/fail/crit entries in ${groups.length} groups`);
    for (const [key, n] of groups.slice(0, 40)) console.log(`  ${String(n).padStart(6)} × ${key.slice(0, 220)}`);

    if (reproductions.length) {
      writeFileSync(options.out, reproductions.map((r) => JSON.stringify(r)).join('\n') + '\n');
      console.log(`\n${reproductions.length} × 5xx or no answer; reproductions in ${options.out}. By kind and mutations:`);
      const classes = new Map();
      for (const r of reproductions) {
        const key = `${r.status} ${r.kind}: ${r.mutations.join(', ') || 'unmutated'}`;
        classes.set(key, (classes.get(key) ?? 0) + 1);
      }
      for (const [key, n] of [...classes].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${String(n).padStart(5)} × ${key}`);
      exitCode = 1;
    } else {
      console.log('\nno 5xx and no request without an answer.');
    }
    if (health !== 200) exitCode = 1;
  } catch (error) {
    if (bot?.logFile && existsSync(bot.logFile)) {
      console.error(`The bot's log ends:\n${readFileSync(bot.logFile, 'utf8').slice(-3000)}`);
    }
    throw error;
  } finally {
    await stopBot();
    for (const server of [connector.server, issuer.server]) {
      server.closeAllConnections();
      server.close();
    }
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`fuzz-activities failed: ${error.stack ?? error}`);
    process.exit(1);
  },
);
