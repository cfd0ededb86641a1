#!/usr/bin/env node
// The turn benchmark: the bot's server time per personal-chat turn, as a member in Teams would take them.
//
//   node scripts/turn-bench.mjs --dll bot/bin/Release/net10.0/ConnectorBot.dll [--members 40] [--port 0]
//
// Starts the built bot (Development, unauthenticated loopback, embedded store in a fresh temporary folder) and
// a fake Bot Connector of its own, both on 127.0.0.1 only; drives members through the interview ("hi", the three
// answers, the consent button of the summary card, "show"), a few unmeasured first, then --members one after
// another and --members more 8 at a time; prints per turn kind the count, mean, p50, p95 and max of the time from
// sending the activity to its HTTP response (the bot sends its replies inside the request), the connector calls,
// and the bot's peak RSS. A benchmark, not a test: nothing here asserts a time. It stops by itself (every request
// and wait has a deadline) and stops the bot on any exit, error or Ctrl+C.
//
// Options (defaults in brackets):
//   --dll PATH            the built ConnectorBot.dll (required)
//   --members N           members per measured phase [40]
//   --concurrency LIST    members in flight per measured phase, comma-separated [1,8]
//   --warmup N            unmeasured members first [5]
//   --port N              the bot's port; 0 lets the bot pick a free one [0]
//   --settle S            seconds to wait at the end for messages the bot sends on its own [3]
//   --think MS            pause between one member's turns, as a person reading and typing would [0: back to back]
//   --consent execute|submit  the summary card's button as Teams sends it (Action.Execute invoke) or as its
//                         Action.Submit fallback (a message with a value) [execute]
//   --rate-limits         keep the bot's outbound Teams rate limits on (off by default: they hold replies back
//                         to 7 per second per chat and 50 per second overall, which measures the limiter)
//   --keep                keep the temporary folder (the bot's log and store) and print where it is
//   --throttle P429,P503  the throttling scenario instead of the timed phases: each member of a twin pair runs the same
//                         interview, one while the connector answers normally (what should arrive), the other while it
//                         answers 429 (Retry-After: 1) with probability P429 and 503 with P503 (e.g. 0.5,0.1); then
//                         waits for the bot's reply outbox and reports turns by status, replies lost, duplicated or out
//                         of order, and how long delivery took. Members run --concurrency's first value at a time.
//   --seed N              the throttling's random seed [14]
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { cpuSeconds, procStatus, startBot, stopBot } from './built-bot.mjs';
import { readCommandLine } from './load/command-line.mjs';

const TURN_TIMEOUT_MS = 60_000;
const IDLE_TIMEOUT_MS = 60_000;
const KINDS = ['first message', 'answer 1 (accomplish)', 'answer 2 (connect with)', 'answer 3 (offer)', 'consent', 'show'];

// ---------------------------------------------------------------------------------------------- options

function readOptions() {
  const { values: parsed, fail, whole } = readCommandLine(import.meta.url, {
    dll: { type: 'string' },
    members: { type: 'string', default: '40' },
    concurrency: { type: 'string', default: '1,8' },
    warmup: { type: 'string', default: '5' },
    port: { type: 'string', default: '0' },
    settle: { type: 'string', default: '3' },
    think: { type: 'string', default: '0' },
    consent: { type: 'string', default: 'execute' },
    'rate-limits': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    throttle: { type: 'string', default: '' },
    seed: { type: 'string', default: '14' },
  });
  if (!parsed.dll) fail('--dll is required.');
  const dll = resolve(parsed.dll);
  if (!existsSync(dll)) fail(`${dll} does not exist: build the bot first (dotnet build bot -c Release).`);
  const count = (name, min) => whole(name, min, 1_000_000);
  const concurrency = parsed.concurrency.split(',').map(Number);
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1)) fail('--concurrency takes whole numbers ≥ 1, comma-separated.');
  if (!['execute', 'submit'].includes(parsed.consent)) fail('--consent is execute or submit.');
  const settle = Number(parsed.settle);
  if (!(settle >= 0 && settle <= 120)) fail('--settle is 0 to 120 seconds.');
  const port = whole('port', 0, 65535);
  const think = Number(parsed.think);
  if (!(Number.isInteger(think) && think >= 0 && think <= 10_000)) fail('--think is 0 to 10000 milliseconds.');
  let throttle = null;
  if (parsed.throttle) {
    const [p429, p503] = parsed.throttle.split(',').map(Number);
    if (!(p429 >= 0 && p503 >= 0 && p429 + p503 <= 1)) fail('--throttle takes two probabilities, e.g. 0.5,0.1 (their sum at most 1).');
    throttle = { p429, p503, seed: count('seed', 0) };
  }
  return {
    dll,
    throttle,
    members: count('members', 1),
    warmup: count('warmup', 0),
    port,
    settle,
    think,
    concurrency,
    consent: parsed.consent,
    rateLimits: parsed['rate-limits'],
    keep: parsed.keep,
  };
}

// ---------------------------------------------------------------------------------------------- members

// Answers as people write them: jargon, acronyms, and other languages mixed in.
const ACCOMPLISH = [
  'Quero melhorar o nosso processo de CAPA so that deviations get closed in 30 days instead of 90.',
  'Get our SOC 2 Type II audit done without drowning the platform team in evidence requests.',
  'Migrate the monolith to k8s this half, with blue/green deploys and proper SLOs.',
  'Reduzir o lead time do nosso pipeline de CI/CD — hoje um build leva 40 minutos.',
  'Ship the FHIR integration with the EHR vendor before the Q3 go-live.',
  'Quiero lanzar el piloto de mantenimiento predictivo (OEE, vibration sensors) en la planta de Monterrey.',
  'Cut our AWS bill by a third: rightsizing, savings plans, maybe Graviton.',
  'Wir wollen die DSGVO-Löschkonzepte endlich automatisieren, incl. our Salesforce org.',
  'Build a proper MLOps setup: feature store, model registry, drift monitoring.',
  'Run my first OKR cycle as a new eng manager without it turning into a spreadsheet ritual.',
  'Get the ISO 13485 recertification through with zero major non-conformities.',
  'Améliorer notre onboarding des nouveaux devs — today it takes 6 weeks to first PR.',
];
const CONNECT = [
  'Alguém que já implementou CAPA e root cause analysis (5 Whys, Ishikawa) num ambiente regulado pela FDA.',
  'Someone who has been through a SOC 2 audit with Vanta or Drata and knows what auditors actually ask for.',
  'A platform engineer who has run Kubernetes in prod — Helm, ArgoCD, the works.',
  'Quem entende de Bazel ou de cache remoto de builds, ou pelo menos de GitHub Actions em escala.',
  'Anyone who knows HL7 v2 and FHIR R4, ideally with Epic or Cerner interfaces.',
  'Alguien con experiencia en IIoT y análisis de vibraciones, or a reliability engineer (RCM, FMEA).',
  'A FinOps person who has negotiated an EDP and knows Cost Explorer inside out.',
  'Jemand aus Legal/Datenschutz, who knows retention policies and Salesforce data deletion.',
  'A data scientist who has put models in production with MLflow or SageMaker and watched them drift.',
  'An experienced manager who has made OKRs work for a team of 8–10 engineers.',
  'A QA/RA lead who has done an ISO 13485 or MDR audit recently.',
  'Quelqu\'un qui a conçu un programme d\'onboarding technique, buddy system, docs-as-code.',
];
const OFFER = [
  'I can help with Power BI dashboards and DAX, e posso ajudar em português também.',
  'Terraform modules and AWS IAM policies — I have written far too many of them.',
  'Lean Six Sigma (Green Belt): SPC, control charts, value stream mapping.',
  'Posso ajudar com testes automatizados: Playwright, contract testing, pirâmide de testes.',
  'Clinical workflows — I was a nurse for 8 years before moving into health informatics.',
  'Puedo ayudar con SAP PM y planificación de mantenimiento, y con Excel avanzado.',
  'Kafka and event-driven architecture; I run the internal guild on it.',
  'Ich kann bei GDPR/DSGVO-Fragen helfen, DPIAs, records of processing.',
  'Python, pandas, and explaining statistics to people who hate statistics.',
  'Coaching new managers: 1:1s, feedback, hiring loops.',
  'Risk management per ISO 14971, design controls, DHF/DMR paperwork.',
  'Technical writing et documentation: style guides, ADRs, docs-as-code with MkDocs.',
];
const NAMES = ['Ana Souza', 'Ben Carter', 'Chloé Martin', 'Diego Ramírez', 'Eva Müller', 'Farah Khan', 'Gustavo Lima',
  'Hannah Lee', 'Ivan Petrov', 'Julia Rossi', 'Kenji Sato', 'Lena Schmidt', 'Marta Costa', 'Nadia Haddad'];
const LOCALES = [['pt-BR', 'America/Sao_Paulo'], ['en-US', 'America/New_York'], ['es-MX', 'America/Mexico_City'],
  ['de-DE', 'Europe/Berlin'], ['fr-FR', 'Europe/Paris'], ['en-GB', 'Europe/London']];

function makeMember(tenantId, tag, index) {
  const [locale, timezone] = LOCALES[index % LOCALES.length];
  return {
    label: `${tag}-${index}`,
    name: `${NAMES[index % NAMES.length]} ${tag}${index}`,
    aadObjectId: randomUUID(),
    userId: `29:1bench-${tag}-${index}-${randomUUID().slice(0, 8)}`,
    conversationId: `a:1bench-personal-${tag}-${index}-${randomUUID()}`,
    tenantId,
    locale,
    timezone,
    // Different strides, so members combine the answers differently.
    answers: [ACCOMPLISH[index % ACCOMPLISH.length], CONNECT[(index * 5 + 1) % CONNECT.length], OFFER[(index * 7 + 2) % OFFER.length]],
  };
}

// ---------------------------------------------------------------------------------------------- fake connector

// The Teams side of the Bot Connector on loopback: every POST/PUT gets 201/200 with an id, every read 404
// (the interview makes none). Remembers, per conversation, what the bot sent and whether a turn was in flight.
function startConnector() {
  const state = {
    calls: 0,
    outsideTurns: 0,
    byRoute: new Map(),
    inFlight: new Map(), // conversation id -> turns in flight
    sent: new Map(), // conversation id -> activities the bot sent during the current turn
    lastCard: new Map(), // conversation id -> { id, card }
    delivered: new Map(), // conversation id -> every activity the connector accepted there, in order
    byStatus: new Map(), // HTTP status -> calls answered with it
    weather: null, // { p429, p503, random } while the throttling scenario runs
    ids: 0,
  };
  const answer = (response, status, headers, body) => {
    state.byStatus.set(status, (state.byStatus.get(status) ?? 0) + 1);
    response.writeHead(status, headers).end(body);
  };
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      state.calls += 1;
      const path = request.url.split('?')[0];
      const match = /^\/v3\/conversations\/([^/]+)(\/activities(\/[^/]+)?)?$/.exec(path);
      const route = `${request.method} ${match ? `/v3/conversations/{id}${match[2] ? (match[3] ? '/activities/{id}' : '/activities') : ''}` : path}`;
      state.byRoute.set(route, (state.byRoute.get(route) ?? 0) + 1);
      const conversationId = match ? decodeURIComponent(match[1]) : null;
      if (!conversationId || !(state.inFlight.get(conversationId) > 0)) state.outsideTurns += 1;
      if (state.weather && path.startsWith('/v3/')) {
        const roll = state.weather.random();
        if (roll < state.weather.p429) {
          answer(response, 429, { 'content-type': 'application/json', 'retry-after': '1' }, JSON.stringify({ error: { code: 'Throttled', message: 'bench' } }));
          return;
        }
        if (roll < state.weather.p429 + state.weather.p503) {
          answer(response, 503, { 'content-type': 'application/json' }, JSON.stringify({ error: { code: 'ServiceUnavailable', message: 'bench' } }));
          return;
        }
      }
      const id = `bench-${++state.ids}`;
      let body = null;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
      } catch {
        // Not JSON: still counted.
      }
      if (conversationId && body && request.method === 'POST') {
        state.sent.get(conversationId)?.push(body);
        if (!state.delivered.has(conversationId)) state.delivered.set(conversationId, []);
        state.delivered.get(conversationId).push(body);
        const card = body.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
        if (card) state.lastCard.set(conversationId, { id, card });
      }
      if (request.method === 'POST' || request.method === 'PUT') {
        const status = request.method === 'POST' ? 201 : 200;
        answer(response, status, { 'content-type': 'application/json' }, JSON.stringify({ id }));
      } else if (request.method === 'DELETE') {
        answer(response, 200, {}, '');
      } else {
        answer(response, 404, { 'content-type': 'application/json' },
          JSON.stringify({ error: { code: 'NotFound', message: 'The benchmark connector serves no reads.' } }));
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(0, '127.0.0.1', () => resolveStart({ server, state, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

// ---------------------------------------------------------------------------------------------- the bot

let bot = null; // { url, pid, work, logFile } once started

function startBenchBot(options, connector) {
  return startBot({
    dll: options.dll,
    port: options.port,
    keep: options.keep,
    prefix: 'connectorbot-turn-bench-',
    env: (work) => ({
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      Bot__AllowUnauthenticatedLoopback: 'true',
      // The embedded store (SQLite) in this run's own folder; no connection string, so no Azurite or Azure.
      Storage__ConnectionString: '',
      Storage__AccountUrl: '',
      Storage__DataDirectory: join(work, 'data'),
      // Proactive calls without a stored serviceUrl would go to Teams: keep them on loopback.
      Bot__Connector__DefaultServiceUrl: connector.url,
      ...(options.rateLimits ? {} : { Bot__Connector__RateLimiting: 'false' }),
    }),
  });
}

// Waits until the bot has used under 5 % of a core for half a second (background embedding done), at most a minute.
async function waitUntilIdle() {
  const started = Date.now();
  let before = cpuSeconds();
  if (before === null) {
    await sleep(2_000);
    return null;
  }
  while (Date.now() - started < IDLE_TIMEOUT_MS) {
    await sleep(500);
    const now = cpuSeconds();
    if (now - before < 0.025) return (Date.now() - started) / 1000;
    before = now;
  }
  return (Date.now() - started) / 1000;
}

// ---------------------------------------------------------------------------------------------- turns

let activitySeq = 0;

function activityFrom(member, connectorUrl, fields) {
  const now = new Date();
  return {
    type: 'message',
    id: `1bench${process.pid}-${++activitySeq}`,
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString(),
    localTimezone: member.timezone,
    serviceUrl: connectorUrl,
    channelId: 'msteams',
    from: { id: member.userId, name: member.name, aadObjectId: member.aadObjectId },
    recipient: { id: '28:connectorbot-bench', name: 'ConnectorBot' },
    conversation: { id: member.conversationId, conversationType: 'personal', tenantId: member.tenantId },
    channelData: { tenant: { id: member.tenantId } },
    locale: member.locale,
    ...fields,
  };
}

// The summary card's button whose data says consent: true (Action.Execute, with its Action.Submit fallback).
function findConsentButton(node) {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findConsentButton(item);
      if (found) return found;
    }
    return null;
  }
  if (node && typeof node === 'object') {
    if (node.type === 'Action.Execute' && node.data?.consent === true) return node;
    for (const value of Object.values(node)) {
      const found = findConsentButton(value);
      if (found) return found;
    }
  }
  return null;
}

/** One turn: POST the activity, time until the response has been read. Returns { ms, status, sent }. */
async function takeTurn(botUrl, connector, member, activity) {
  const { state } = connector;
  const conversation = member.conversationId;
  state.inFlight.set(conversation, (state.inFlight.get(conversation) ?? 0) + 1);
  state.sent.set(conversation, []);
  const started = performance.now();
  let status;
  try {
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(TURN_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    status = response.status;
  } catch (error) {
    status = error.name === 'TimeoutError' ? 'timeout' : 'network error';
  }
  const ms = performance.now() - started;
  state.inFlight.set(conversation, state.inFlight.get(conversation) - 1);
  return { ms, status, sent: state.sent.get(conversation) ?? [] };
}

const texts = (sent) => sent.map((a) => a.text ?? '').join('\n');
const hasCard = (sent) => sent.some((a) => a.attachments?.some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive'));

/** A member's whole interview; records each turn in `record(kind, result, expected)`. */
async function interview(botUrl, connector, member, consentAs, record, thinkMs = 0) {
  const say = (text) => activityFrom(member, connector.url, { text, textFormat: 'plain' });
  const steps = [
    [KINDS[0], () => say('hi'), (sent) => /hoping to accomplish/i.test(texts(sent))],
    [KINDS[1], () => say(member.answers[0]), (sent) => /connect you with/i.test(texts(sent))],
    [KINDS[2], () => say(member.answers[1]), (sent) => /help others with/i.test(texts(sent))],
    [KINDS[3], () => say(member.answers[2]), (sent) => hasCard(sent)],
    [KINDS[4], () => consentActivity(member, connector, consentAs), (sent, response) => sent.length > 0 || response.status === 200],
    [KINDS[5], () => say('show'), (sent) => hasCard(sent)],
  ];
  for (const [index, [kind, make, check]] of steps.entries()) {
    if (index > 0 && thinkMs > 0) await sleep(thinkMs);
    const activity = make();
    const result = await takeTurn(botUrl, connector, member, activity);
    record(kind, result, check(result.sent, result));
  }
}

function consentActivity(member, connector, consentAs) {
  const last = connector.state.lastCard.get(member.conversationId);
  const button = last && findConsentButton(last.card);
  // Without the card's button (an older card shape), the verb and data the interview's cards use.
  const verb = button?.verb ?? 'interview.consent';
  const data = button?.data ?? { consent: true };
  const submitData = button?.fallback?.data ?? { verb, ...data };
  if (consentAs === 'submit') {
    return activityFrom(member, connector.url, { replyToId: last?.id, value: submitData });
  }
  return activityFrom(member, connector.url, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: last?.id,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
}

// ---------------------------------------------------------------------------------------------- phases

function newTally() {
  return { byKind: new Map(KINDS.map((k) => [k, []])), errors: new Map(), unexpected: new Map() };
}

async function runPhase(botUrl, connector, members, concurrency, consentAs, tally, thinkMs = 0) {
  const queue = [...members];
  const record = (kind, result, expected) => {
    tally?.byKind.get(kind).push(result.ms);
    if (typeof result.status !== 'number' || result.status >= 400) {
      const key = `${kind}: ${result.status}`;
      (tally ?? phaseErrors).errors.set(key, ((tally ?? phaseErrors).errors.get(key) ?? 0) + 1);
    } else if (!expected) {
      (tally ?? phaseErrors).unexpected.set(kind, ((tally ?? phaseErrors).unexpected.get(kind) ?? 0) + 1);
    }
  };
  const worker = async () => {
    while (queue.length) await interview(botUrl, connector, queue.shift(), consentAs, record, thinkMs);
  };
  const callsBefore = connector.state.calls;
  const cpuBefore = cpuSeconds();
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, members.length) }, worker));
  return {
    seconds: (performance.now() - started) / 1000,
    calls: connector.state.calls - callsBefore,
    cpu: cpuBefore === null ? null : cpuSeconds() - cpuBefore,
  };
}

const phaseErrors = { errors: new Map(), unexpected: new Map() }; // the warm-up's

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function row(label, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  const f = (v) => (Number.isNaN(v) ? '-' : v.toFixed(1)).padStart(8);
  return `  ${label.padEnd(26)}${String(sorted.length).padStart(6)}${f(mean)}${f(percentile(sorted, 50))}${f(percentile(sorted, 95))}${f(sorted.at(-1) ?? NaN)}`;
}

function printPhase(title, tally, info) {
  console.log(`\n${title}: ${info.members} members, ${info.seconds.toFixed(1)} s, ${info.calls} connector calls`
    + (info.cpu === null ? '' : `, bot CPU ${info.cpu.toFixed(1)} s`));
  console.log(`  ${'turn kind'.padEnd(26)}${'count'.padStart(6)}${'mean'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}   (ms)`);
  for (const kind of KINDS) console.log(row(kind, tally.byKind.get(kind)));
  console.log(row('all turns', [...tally.byKind.values()].flat()));
  for (const [key, n] of tally.errors) console.log(`  ! ${n} × ${key}`);
  for (const [kind, n] of tally.unexpected) console.log(`  ? ${n} × ${kind}: the bot's replies were not the expected ones`);
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

const mb = (bytes) => (bytes === null ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MB`);

// ---------------------------------------------------------------------------------------------- throttling scenario

// A small seeded generator (mulberry32), so a scenario repeats.
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What a member saw, comparable across twins: a text as written (the member's ids replaced), a card by its summary
// (a card's details, such as the understanding on the summary card, depend on background timing, not on delivery).
function normalise(member, activity) {
  const card = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (card) return `card: ${activity.summary ?? ''}`;
  let text = activity.text ?? '';
  for (const [value, name] of [[member.conversationId, '{conversation}'], [member.userId, '{user}'], [member.aadObjectId, '{aad}']]) {
    text = text.split(value).join(name);
  }
  return text;
}

// The playback card is sent on its own once the answers are understood (in the background), not in answer to a turn:
// when it arrives depends on that work's timing, so it is counted apart from the turns' replies.
const PLAYBACK = "card: Here's how I understood you";

function compare(expected, got) {
  const left = new Map();
  for (const item of expected) left.set(item, (left.get(item) ?? 0) + 1);
  let duplicated = 0;
  for (const item of got) {
    if (left.get(item) > 0) left.set(item, left.get(item) - 1);
    else duplicated += 1;
  }
  const lost = [...left.values()].reduce((sum, n) => sum + n, 0);
  const inOrder = lost === 0 && duplicated === 0 && expected.every((item, i) => got[i] === item);
  return { lost, duplicated, inOrder };
}

async function throttlingScenario(options, botUrl, connector, tenantId) {
  const { state } = connector;
  const concurrency = options.concurrency[0];
  const pairs = Array.from({ length: options.members }, (_, i) => {
    const control = makeMember(tenantId, 'twin', i);
    const throttled = { ...control, label: `${control.label}-throttled`, aadObjectId: randomUUID(), userId: `${control.userId}-t`, conversationId: `${control.conversationId}-t` };
    return { control, throttled };
  });

  // What should arrive: the same interviews while Teams answers normally.
  await runPhase(botUrl, connector, pairs.map((p) => p.control), concurrency, options.consent, null);
  await waitUntilIdle();
  const seen = (member) => (state.delivered.get(member.conversationId) ?? []).map((a) => normalise(member, a));
  const expected = new Map(pairs.map((p) => [p, seen(p.control).filter((item) => item !== PLAYBACK)]));
  const expectedPlaybacks = pairs.reduce((sum, p) => sum + seen(p.control).filter((item) => item === PLAYBACK).length, 0);

  const statusBefore = new Map(state.byStatus);
  state.weather = { ...options.throttle, random: seeded(options.throttle.seed) };
  const turns = { byStatus: new Map(), ms: [] };
  const record = (kind, result) => {
    turns.byStatus.set(result.status, (turns.byStatus.get(result.status) ?? 0) + 1);
    turns.ms.push(result.ms);
  };
  const queue = pairs.map((p) => p.throttled);
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    while (queue.length) await interview(botUrl, connector, queue.shift(), options.consent, record, options.think);
  }));
  const turnsDone = performance.now();

  // The outbox delivers with Retry-After waits: give it up to three minutes, then a few seconds for any duplicate.
  const arrived = () => pairs.every((p) => seen(p.throttled).filter((item) => item !== PLAYBACK).length >= expected.get(p).length);
  const deadline = Date.now() + 180_000;
  while (!arrived() && Date.now() < deadline) await sleep(200);
  const allArrived = performance.now();
  await sleep(Math.max(options.settle, 3) * 1000);
  state.weather = null;

  const totals = { expected: 0, delivered: 0, lost: 0, duplicated: 0, outOfOrder: 0, welcomeMissing: 0, playbacks: 0 };
  const examples = [];
  for (const p of pairs) {
    const all = seen(p.throttled);
    totals.playbacks += all.filter((item) => item === PLAYBACK).length;
    const got = all.filter((item) => item !== PLAYBACK);
    const want = expected.get(p);
    const result = compare(want, got);
    if ((result.lost || result.duplicated || !result.inOrder) && examples.length < 2) {
      const at = want.findIndex((item, i) => got[i] !== item);
      examples.push(`${p.throttled.label}, reply ${at + 1}:\n    expected ${String(want[at]).slice(0, 400)}\n    got      ${String(got[at]).slice(0, 400)}`);
    }
    totals.expected += want.length;
    totals.delivered += got.length;
    totals.lost += result.lost;
    totals.duplicated += result.duplicated;
    totals.outOfOrder += result.inOrder || result.lost || result.duplicated ? 0 : 1;
    totals.welcomeMissing += want.length && !got.includes(want[0]) ? 1 : 0;
  }

  const answered = new Map([...state.byStatus].map(([status, n]) => [status, n - (statusBefore.get(status) ?? 0)]));
  const sorted = [...turns.ms].sort((a, b) => a - b);
  console.log(`\nthrottling scenario: ${pairs.length} members, ${concurrency} at a time, connector answering 429 (Retry-After: 1) `
    + `${Math.round(options.throttle.p429 * 100)} % and 503 ${Math.round(options.throttle.p503 * 100)} % of calls (seed ${options.throttle.seed})`);
  console.log(`  turns: ${turns.ms.length} (${[...turns.byStatus].map(([status, n]) => `${n} × ${status}`).join(', ')}); `
    + `ms p50 ${percentile(sorted, 50).toFixed(0)}, p95 ${percentile(sorted, 95).toFixed(0)}, max ${sorted.at(-1).toFixed(0)}; all turns took ${((turnsDone - started) / 1000).toFixed(1)} s`);
  console.log(`  replies: ${totals.expected} expected, ${totals.delivered} delivered; lost ${totals.lost}, duplicated ${totals.duplicated}, `
    + `members with replies out of order ${totals.outOfOrder}, members without their welcome ${totals.welcomeMissing}; `
    + `playback cards ${totals.playbacks} (${expectedPlaybacks} without throttling)`);
  for (const example of examples) console.log(`  first difference for ${example}`);
  console.log(`  the last reply arrived ${((allArrived - turnsDone) / 1000).toFixed(1)} s after the last turn${arrived() ? '' : ' (deadline reached: some never arrived)'}`);
  console.log(`  connector answers during the scenario: ${[...answered].filter(([, n]) => n > 0).map(([status, n]) => `${n} × ${status}`).join(', ')}`);
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const options = readOptions();
  // A last resort: whatever hangs, the run ends (and the exit handler kills the bot).
  const budgetMs = 10 * 60_000 + options.members * options.concurrency.length * 6 * (2_000 + options.think);
  setTimeout(() => {
    console.error(`The benchmark ran past its ${Math.round(budgetMs / 60_000)} min budget; stopping.`);
    process.exit(1);
  }, budgetMs).unref();

  const connector = await startConnector();
  try {
    const tenantId = randomUUID();
    console.log(`turn-bench: ${options.dll}`);
    console.log(`connector ${connector.url}, members ${options.members} per phase, warm-up ${options.warmup}, `
      + `consent as ${options.consent === 'execute' ? 'Action.Execute invoke' : 'Action.Submit message'}, `
      + `Teams rate limits ${options.rateLimits ? 'on' : 'off'}, ${options.think} ms between a member's turns`);
    const t0 = performance.now();
    bot = await startBenchBot(options, connector);
    const botUrl = bot.url;
    console.log(`bot ${botUrl} healthy after ${((performance.now() - t0) / 1000).toFixed(1)} s (pid ${bot.pid}, store ${join(bot.work, 'data')})`);

    if (options.warmup > 0) {
      const warm = Array.from({ length: options.warmup }, (_, i) => makeMember(tenantId, 'warm', i));
      const info = await runPhase(botUrl, connector, warm, 1, options.consent, null);
      const idle = await waitUntilIdle();
      console.log(`warm-up: ${options.warmup} members in ${info.seconds.toFixed(1)} s, ${info.calls} connector calls`
        + (idle === null ? '' : `; the bot was idle again ${idle.toFixed(1)} s later`));
      for (const [key, n] of phaseErrors.errors) console.log(`  ! ${n} × ${key}`);
      for (const [kind, n] of phaseErrors.unexpected) console.log(`  ? ${n} × ${kind}: the bot's replies were not the expected ones`);
    }

    if (options.throttle) await throttlingScenario(options, botUrl, connector, tenantId);
    for (const concurrency of options.throttle ? [] : options.concurrency) {
      const members = Array.from({ length: options.members }, (_, i) => makeMember(tenantId, `c${concurrency}`, i));
      const tally = newTally();
      const info = await runPhase(botUrl, connector, members, concurrency, options.consent, tally, options.think);
      printPhase(`concurrency ${concurrency}`, tally, { ...info, members: members.length });
      const idle = await waitUntilIdle();
      if (idle !== null) console.log(`  (the bot was idle again ${idle.toFixed(1)} s after the last turn)`);
    }

    const outsideBefore = connector.state.outsideTurns;
    if (options.settle > 0) await sleep(options.settle * 1000);
    console.log(`\nconnector calls: ${connector.state.calls} in all (${[...connector.state.byRoute].map(([r, n]) => `${r} ${n}`).join(', ')})`);
    console.log(`messages the bot sent outside any turn: ${outsideBefore} during the run, ${connector.state.outsideTurns - outsideBefore} more in the ${options.settle} s after it`);
    console.log(`bot peak RSS (VmHWM): ${mb(procStatus('VmHWM'))}, RSS now ${mb(procStatus('VmRSS'))}`);

    const logText = readFileSync(bot.logFile, 'utf8');
    const failures = logText.split('\n').filter((l) => /^(fail|crit): /.test(l));
    const warnings = logText.split('\n').filter((l) => /^warn: /.test(l)).length;
    console.log(`bot log: ${failures.length} fail/crit, ${warnings} warn entries`);
    for (const line of failures.slice(0, 5)) console.log(`  ${line}`);
  } catch (error) {
    if (bot?.logFile && existsSync(bot.logFile)) {
      console.error(`The bot's log ends:\n${readFileSync(bot.logFile, 'utf8').slice(-3000)}`);
    }
    throw error;
  } finally {
    await stopBot();
    connector.server.closeAllConnections();
    connector.server.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`turn-bench failed: ${error.stack ?? error}`);
    process.exit(1);
  },
);
