#!/usr/bin/env node
// The load comparison (issue 17): ConnectorBot beside the two SDK echo bots, side by side in one session, closed loop.
//
//   node scripts/load/compare.mjs --dll bot/bin/Release/net10.0/ConnectorBot.dll [--duration 20] [--warmup 15]
//
// Installs (into .load-cache/, which git ignores) and starts an echo bot on botbuilder 4.23.3 and one on
// @microsoft/agents-hosting 1.8.1 with @microsoft/agents-hosting-express (authentication off for both, as their
// samples run locally), then ConnectorBot (Release build, Production environment, authentication ON: every request
// carries an RS256 token from a loopback test issuer whose OpenID metadata and JWKS the bot loads; one token reused for
// its hour, as the real Bot Connector caches its token), and a fake Teams connector (a worker thread) that counts what
// each bot sends. Every server listens on 127.0.0.1 only.
//
// Cells, each at every --concurrency (closed loop: that many requests in flight, the next sent when one is answered),
// --warmup seconds unmeasured, then --duration seconds measured:
//   botbuilder   the botbuilder echo bot, "hello" → "Echo: hello"
//   agents       the Agents SDK echo bot, the same
//   floor        the floor (scripts/load/floor-bot): the cheapest .NET bot, ASP.NET Core's minimal API parsing the
//                activity and posting one reply, no token check, no store; what the harness costs a .NET bot
//   floor3       the same floor posting three replies a turn, as many connector calls as an answer turn makes
//   help         ConnectorBot `help` (one reply), Bot__Connector__RateLimiting=false
//   answer       ConnectorBot answer turns (each request answers the question the member was asked: reads and writes
//                the profile and session, sends 2–3 replies); members are welcomed first, unmeasured, then each
//                answers its three questions and the next member takes over. Rate limiting off.
//   defaults     ConnectorBot `help` with every setting at its default (Teams rate limits on)
// Requests go to --conversations personal chats over --tenants tenants, never two at once in one chat.
//
// Prints per cell: turns/s, p50/p95/p99/max of the HTTP response time (the bots send their replies inside the
// request), errors by status, whether every reply arrived (lost / duplicated, after a settle), the bot's CPU seconds,
// turns per CPU-second of the bot over the measured seconds (a figure the machine's other load moves less), the calls
// Teams' limits would have refused (per conversation, per tenant; counted, not refused), and the load average; then
// the table. A benchmark, not a test: it asserts nothing, stops by itself, and stops every bot it started.
//
// Options (defaults in brackets):
//   --dll PATH            the built ConnectorBot.dll (required unless --cells names only echo bots)
//   --cells LIST          which cells, comma-separated [botbuilder,agents,floor,floor3,help,answer,defaults]
//   --concurrency LIST    requests in flight, comma-separated [16,64]
//   --duration S          measured seconds per cell [20]
//   --warmup S            unmeasured seconds before each cell [15]: a .NET server tiers its hot code up over its first
//                         tens of seconds under load (at 5 s ConnectorBot's first cell still paid for it); the same for every bot
//   --tenants N           tenants the chats are spread over [40]
//   --conversations N     personal chats per cell [4000]
//   --answer-members N    members welcomed for each answer cell (each gives 3 answer turns) [30000]
//   --json PATH           also write the figures as JSON
//   --keep                keep ConnectorBot's temporary folders (log, store) and print where
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { stopBot } from '../built-bot.mjs';
import { startIssuer } from '../test-issuer.mjs';
import { startConnectorBot, tokenFor } from './connectorbot.mjs';
import { ECHO_BOTS, startEchoBot } from './echo-bots.mjs';
import { compareDeliveries, cpuSecondsOf, loadAverage, memoryOf, percentile, sleep, waitUntilIdle } from './measure.mjs';
import { startTeamsConnector } from './teams-connector.mjs';
import { readCommandLine } from './command-line.mjs';
import { activity, member, poster } from './traffic.mjs';

const CELLS = ['botbuilder', 'agents', 'floor', 'floor3', 'help', 'answer', 'defaults'];
const LABELS = {
  botbuilder: ECHO_BOTS.botbuilder.label,
  agents: ECHO_BOTS.agents.label,
  floor: ECHO_BOTS.floor.label,
  floor3: ECHO_BOTS.floor3.label,
  help: 'ConnectorBot `help`, auth on, rate limiting off',
  answer: 'ConnectorBot answer turn, auth on, rate limiting off',
  defaults: 'ConnectorBot `help`, auth on, defaults',
};
const ANSWERS = [
  'Migrate the monolith to k8s this half, with blue/green deploys and proper SLOs',
  'A platform engineer who has run Kubernetes in prod, Helm and ArgoCD',
  'Terraform modules and AWS IAM policies, I have written far too many of them',
];
// The card that plays back the bot's understanding is sent later, off the turn: not one of the turn's replies.
const PLAYBACK = /^card: Here's how I understood you/;

function readOptions() {
  const { values: parsed, fail, whole } = readCommandLine(import.meta.url, {
    dll: { type: 'string' },
    cells: { type: 'string', default: CELLS.join(',') },
    concurrency: { type: 'string', default: '16,64' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '15' },
    tenants: { type: 'string', default: '40' },
    conversations: { type: 'string', default: '4000' },
    'answer-members': { type: 'string', default: '30000' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  });
  const cells = parsed.cells.split(',').map((c) => c.trim()).filter(Boolean);
  if (!cells.length || cells.some((c) => !CELLS.includes(c))) fail(`--cells takes some of ${CELLS.join(', ')}.`);
  const needsDll = cells.some((c) => !(c in ECHO_BOTS));
  const dll = parsed.dll ? resolve(parsed.dll) : null;
  if (needsDll && !dll) fail('--dll is required for the ConnectorBot cells.');
  if (dll && !existsSync(dll)) fail(`${dll} does not exist: build the bot first (dotnet build bot -c Release).`);
  const concurrency = parsed.concurrency.split(',').map(Number);
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1 || c > 1024)) fail('--concurrency takes whole numbers from 1 to 1024.');
  return {
    dll,
    cells,
    concurrency,
    duration: whole('duration', 1, 600),
    warmup: whole('warmup', 0, 600),
    tenants: whole('tenants', 1, 10_000),
    conversations: whole('conversations', 1, 1_000_000),
    answerMembers: whole('answer-members', 1, 1_000_000),
    json: parsed.json ? resolve(parsed.json) : null,
    keep: parsed.keep,
  };
}

// ---------------------------------------------------------------------------------------------- the closed loop

/**
 * Runs `concurrency` workers for warmup + duration seconds; worker w asks `next(w)` for its next request
 * ({ body, conversationId, replies }) or null when it has none left. Returns the measured turns and what to expect.
 */
async function closedLoop({ post, concurrency, warmupS, durationS, next }) {
  const started = performance.now();
  const measureFrom = started + warmupS * 1000;
  const stopAt = measureFrom + durationS * 1000;
  const times = [];
  const errors = new Map();
  const expected = new Map(); // conversation id -> replies expected (every turn, warm-up included)
  let ranOut = null;
  const worker = async (w) => {
    while (performance.now() < stopAt) {
      const request = next(w);
      if (!request) {
        ranOut ??= (performance.now() - measureFrom) / 1000;
        return;
      }
      const sentAt = performance.now();
      const result = await post(request.body);
      const ok = typeof result.status === 'number' && result.status < 300;
      if (ok) expected.set(request.conversationId, (expected.get(request.conversationId) ?? 0) + request.replies);
      // A turn that failed may have sent some of its replies: its conversation is left out of the delivery check.
      else expected.set(request.conversationId, NaN);
      if (sentAt >= measureFrom && performance.now() <= stopAt) {
        times.push(result.ms);
        if (!ok) errors.set(result.status, (errors.get(result.status) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const measuredS = ranOut !== null ? Math.max(0.001, Math.min(durationS, ranOut)) : durationS;
  return { times, errors, expected, measuredS, ranOut, wallS: (performance.now() - started) / 1000 };
}

/** Workers share the chats: worker w takes chats w, w + c, w + 2c, … in turn, so no chat has two turns at once. */
function chatCycler(chats, concurrency) {
  const position = Array.from({ length: concurrency }, (_, w) => w);
  const usable = Math.max(concurrency, chats.length - (chats.length % concurrency));
  return (w) => {
    const chat = chats[position[w] % usable];
    position[w] += concurrency;
    return chat;
  };
}

// ---------------------------------------------------------------------------------------------- cells

async function runCell({ name, concurrency, options, botUrl, pid, token, connector, makeNext, ignore = () => false }) {
  await connector.reset();
  const idle = await waitUntilIdle(pid, 30_000);
  const load = loadAverage();
  const { post, close } = poster(botUrl, concurrency, token);
  const cpuBefore = cpuSecondsOf(pid);
  const ownBefore = process.cpuUsage();
  // The bot's CPU over the measured seconds alone, for turns per CPU-second: a figure the machine's other load moves less.
  let cpuAtMeasure = cpuBefore;
  const mark = setTimeout(() => {
    cpuAtMeasure = cpuSecondsOf(pid);
  }, options.warmup * 1000);
  const result = await closedLoop({ post, concurrency, warmupS: options.warmup, durationS: options.duration, next: makeNext(concurrency) });
  clearTimeout(mark);
  const cpuEnd = cpuSecondsOf(pid);
  const cpu = cpuEnd - cpuBefore;
  const measuredCpu = cpuEnd - cpuAtMeasure;
  const own = process.cpuUsage(ownBefore);
  close();
  // Replies still on their way (or held by a rate limiter): wait until all have come or 10 s pass with none new.
  const wanted = [...result.expected.values()].filter((n) => !Number.isNaN(n)).reduce((s, n) => s + n, 0);
  let snapshot = await connector.snapshot();
  let delivered = countDelivered(snapshot, ignore);
  for (let quiet = 0; delivered < wanted && quiet < 10;) {
    await sleep(1_000);
    snapshot = await connector.snapshot();
    const now = countDelivered(snapshot, ignore);
    quiet = now === delivered ? quiet + 1 : 0;
    delivered = now;
  }
  const checked = new Map([...result.expected].filter(([, n]) => !Number.isNaN(n)));
  const delivery = compareDeliveries(checked, snapshot.conversations, ignore);
  const sorted = [...result.times].sort((a, b) => a - b);
  const figures = {
    cell: name,
    label: LABELS[name],
    concurrency,
    turns: sorted.length,
    seconds: result.measuredS,
    turnsPerSecond: sorted.length / result.measuredS,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    errors: Object.fromEntries(result.errors),
    delivery: { ...delivery, chatsLeftOut: result.expected.size - checked.size },
    wouldRefuse: snapshot.wouldRefuse,
    botCpuSeconds: cpu,
    turnsPerBotCpuSecond: measuredCpu > 0 ? sorted.length / measuredCpu : NaN,
    wallSeconds: result.wallS,
    generatorCpuSeconds: (own.user + own.system) / 1e6,
    botRssMb: memoryOf(pid),
    loadAverage: load,
    idleWaitS: idle,
    ranOutAt: result.ranOut,
  };
  printCell(figures);
  return figures;
}

function countDelivered(snapshot, ignore) {
  let n = 0;
  for (const list of Object.values(snapshot.conversations)) for (const [, key] of list) if (!ignore(key)) n += 1;
  return n;
}

const ms = (v) => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(1) : v.toFixed(0));

function printCell(f) {
  const errors = Object.entries(f.errors).map(([s, n]) => `${n} × ${s}`).join(', ') || 'none';
  const d = f.delivery;
  console.log(`\n${f.label}, c=${f.concurrency}: ${f.turns} turns in ${f.seconds.toFixed(1)} s = ${f.turnsPerSecond.toFixed(0)} turns/s`
    + `${f.ranOutAt !== null ? ` (ran out of prepared members at ${f.ranOutAt.toFixed(1)} s)` : ''}`);
  console.log(`  response ms: p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, p99 ${ms(f.p99)}, max ${ms(f.max)}; errors: ${errors}`);
  console.log(`  replies: ${d.expected} expected, ${d.delivered} delivered, lost ${d.lost}, duplicated ${d.duplicated}`
    + `${d.chatsLeftOut ? ` (${d.chatsLeftOut} chats with a failed turn left out)` : ''}${d.ignored ? `, ${d.ignored} playback cards apart` : ''}`
    + ` — ${d.lost === 0 && d.duplicated === 0 ? 'every reply arrived once' : 'NOT every reply arrived exactly once'}`);
  console.log(`  bot CPU ${f.botCpuSeconds.toFixed(1)} s (${(f.botCpuSeconds / f.wallSeconds).toFixed(2)} cores, warm-up included; `
    + `${f.turnsPerBotCpuSecond.toFixed(0)} turns per CPU-second measured), `
    + `generator CPU ${f.generatorCpuSeconds.toFixed(1)} s, bot RSS ${f.botRssMb} MB; Teams' limits would have refused `
    + `${f.wouldRefuse.conversation} (per chat) + ${f.wouldRefuse.tenant} (per tenant) calls; load average before ${f.loadAverage}`);
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const options = readOptions();
  const cellCount = options.cells.length * options.concurrency.length;
  const budgetMs = 15 * 60_000 + cellCount * (options.warmup + options.duration + 90) * 1000;
  setTimeout(() => {
    console.error(`compare ran past its ${Math.round(budgetMs / 60_000)} min budget; stopping.`);
    process.exit(1);
  }, budgetMs).unref();

  console.log(`load comparison: cells ${options.cells.join(', ')}; concurrency ${options.concurrency.join(', ')}; `
    + `${options.warmup} s warm-up + ${options.duration} s per cell; ${options.conversations} chats over ${options.tenants} tenants`);
  console.log(`machine: load average ${loadAverage()}`);
  const connector = await startTeamsConnector({ mode: 'count' });
  const issuer = await startIssuer();
  const results = [];
  const chats = (tag) => Array.from({ length: options.conversations }, (_, i) => member(tag, i, options.tenants));
  const simpleNext = (tag, text, replies, serviceUrl) => (concurrency) => {
    const nextChat = chatCycler(chats(`${tag}c${concurrency}`), concurrency);
    return (w) => {
      const who = nextChat(w);
      return { body: JSON.stringify(activity(who, serviceUrl, text)), conversationId: who.conversationId, replies };
    };
  };
  try {
    for (const name of options.cells.filter((c) => c in ECHO_BOTS)) {
      const bot = await startEchoBot(name);
      console.log(`\n${LABELS[name]}: ${bot.url} (pid ${bot.pid})`);
      try {
        for (const concurrency of options.concurrency) {
          results.push(await runCell({ name, concurrency, options, botUrl: bot.url, pid: bot.pid, token: null, connector, makeNext: simpleNext(name, 'hello', ECHO_BOTS[name].replies ?? 1, connector.url) }));
        }
      } finally {
        await bot.stop();
      }
    }

    const token = tokenFor(issuer, connector.url);
    const unlimited = options.cells.filter((c) => c === 'help' || c === 'answer');
    if (unlimited.length) {
      const bot = await startConnectorBot({ dll: options.dll, issuer, connectorUrl: connector.url, keep: options.keep, overrides: { Bot__Connector__RateLimiting: 'false' } });
      console.log(`\nConnectorBot (rate limiting off): ${bot.url} (pid ${bot.pid})`);
      try {
        for (const name of unlimited) {
          for (const concurrency of options.concurrency) {
            if (name === 'help') {
              results.push(await runCell({ name, concurrency, options, botUrl: bot.url, pid: bot.pid, token, connector, makeNext: simpleNext('help', 'help', 1, connector.url) }));
              continue;
            }
            const members = await welcome({ botUrl: bot.url, token, connector, options, tag: `ans${concurrency}` });
            results.push(await runCell({ name, concurrency, options, botUrl: bot.url, pid: bot.pid, token, connector, ignore: (key) => PLAYBACK.test(key), makeNext: () => answering(members, connector.url) }));
          }
        }
        reportLog(bot.logFile);
      } finally {
        await stopBot();
      }
    }

    if (options.cells.includes('defaults')) {
      const bot = await startConnectorBot({ dll: options.dll, issuer, connectorUrl: connector.url, keep: options.keep });
      console.log(`\nConnectorBot (defaults): ${bot.url} (pid ${bot.pid})`);
      try {
        for (const concurrency of options.concurrency) {
          results.push(await runCell({ name: 'defaults', concurrency, options, botUrl: bot.url, pid: bot.pid, token, connector, makeNext: simpleNext('defaults', 'help', 1, connector.url) }));
        }
        reportLog(bot.logFile);
      } finally {
        await stopBot();
      }
    }
  } finally {
    await connector.stop();
    issuer.server.closeAllConnections();
    issuer.server.close();
  }

  console.log(`\n| | ${options.concurrency.map((c) => `c=${c} turns/s`).join(' | ')} |`);
  console.log(`| --- | ${options.concurrency.map(() => '---').join(' | ')} |`);
  for (const name of options.cells) {
    const cells = options.concurrency.map((c) => results.find((r) => r.cell === name && r.concurrency === c));
    console.log(`| ${LABELS[name]} | ${cells.map((r) => (r ? `${r.turnsPerSecond.toFixed(0)} (p50 ${ms(r.p50)} / p95 ${ms(r.p95)} / p99 ${ms(r.p99)} ms; ${r.turnsPerBotCpuSecond.toFixed(0)}/CPU-s)` : '-')).join(' | ')} |`);
  }
  console.log(`\nload average at the end: ${loadAverage()}`);
  if (options.json) {
    writeFileSync(options.json, JSON.stringify({ when: new Date().toISOString(), options: { ...options, dll: options.dll }, results }, null, 2));
    console.log(`figures written to ${options.json}`);
  }
}

// Members in the interview: each welcomed first (unmeasured, 64 at a time), so each later request answers a question.
async function welcome({ botUrl, token, connector, options, tag }) {
  const members = Array.from({ length: options.answerMembers }, (_, i) => member(tag, i, options.tenants));
  const { post, close } = poster(botUrl, 64, token);
  const started = performance.now();
  let nextIndex = 0;
  let failed = 0;
  await Promise.all(Array.from({ length: 64 }, async () => {
    while (nextIndex < members.length) {
      const who = members[nextIndex++];
      const result = await post(JSON.stringify(activity(who, connector.url, 'hi')));
      if (result.status !== 200) failed += 1;
    }
  }));
  close();
  console.log(`\n(welcomed ${members.length} members for the answer cell in ${((performance.now() - started) / 1000).toFixed(1)} s, ${failed} failed; not measured)`);
  return members;
}

// Each worker takes the next welcomed member and gives its three answers, one request each; then the next member.
function answering(members, serviceUrl) {
  let nextMember = 0;
  const current = new Map(); // worker -> { who, step }
  return (w) => {
    let slot = current.get(w);
    if (!slot || slot.step === 3) {
      if (nextMember >= members.length) return null;
      slot = { who: members[nextMember++], step: 0 };
      current.set(w, slot);
    }
    const text = `${ANSWERS[slot.step]} (${slot.who.index})`;
    slot.step += 1;
    // Answers 1 and 2: the acknowledgement and the next question; answer 3: the acknowledgement, the consent question
    // and the summary card.
    return { body: JSON.stringify(activity(slot.who, serviceUrl, text)), conversationId: slot.who.conversationId, replies: slot.step === 3 ? 3 : 2 };
  };
}

function reportLog(logFile) {
  const lines = readFileSync(logFile, 'utf8').split('\n');
  const fails = lines.filter((l) => /^(fail|crit): /.test(l));
  const warns = lines.filter((l) => /^warn: /.test(l)).length;
  console.log(`  bot log: ${fails.length} fail/crit, ${warns} warn entries`);
  for (const line of fails.slice(0, 3)) console.log(`    ${line}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`compare failed: ${error.stack ?? error}`);
    process.exit(1);
  },
);
