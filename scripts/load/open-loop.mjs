#!/usr/bin/env node
// The open-loop load (issue 17, "defaults on"): turns at a fixed rate, whatever the bot's answers take, spread over
// many tenants and personal chats, with the bot's defaults (Teams rate limits on), against a fake Teams connector that
// enforces Teams' limits as Teams does.
//
//   node scripts/load/open-loop.mjs --dll bot/bin/Release/net10.0/ConnectorBot.dll [--rate 1000] [--duration 30]
//
// Starts ConnectorBot as compare.mjs does (Release, Production, authentication ON with a loopback test issuer, one
// token reused for its hour as the Bot Connector does; every setting at its default unless --set says otherwise), and a
// fake connector (a worker thread) that checks every call against Teams' limits — per chat 7/1 s, 8/2 s, 60/30 s,
// 1800/1 h; per tenant 50 requests/s — and answers 429 with Retry-After: 1 to a call that breaks one. --rate turns/s
// go round-robin over --conversations chats in --tenants tenants (1,000/s over 4,000 chats: a turn per chat every 4 s;
// 25 turns/s per tenant), for --duration seconds, each sent on schedule (not waiting for earlier answers; at most
// --max-in-flight open). A chat alternates `help` and `show` (a member without answers: "nothing stored"), one reply
// each, so the order of its replies can be checked.
//
// Reports: turns sent, answers by status, the server's response time (p50/p95/p99/max, from sending the request to
// its answer), replies expected / delivered / lost (never arrived after --settle s of quiet) / duplicated / chats with
// replies out of order, the connector's 429s, and the delivery lag (a reply's arrival after its turn was sent).
// A benchmark, not a test: it asserts nothing, stops by itself, and stops the bot it started.
//
// Options (defaults in brackets):
//   --dll PATH            the built ConnectorBot.dll (required)
//   --rate N              turns per second [1000]
//   --duration S          seconds of turns [30]
//   --warmup S            seconds of turns at the rate before, unmeasured, in chats of their own [15]; 0 for a cold bot
//   --tenants N           [40]
//   --conversations N     personal chats, round-robin over the tenants [4000]
//   --settle S            stop waiting for replies after this many seconds without a new one [30]
//   --max-in-flight N     requests open at once; a turn due beyond it is counted as not sent [4000]
//   --set NAME=VALUE      a bot setting to override (repeatable), e.g. --set Bot__Connector__RateLimiting=false
//   --json PATH           also write the figures as JSON
//   --keep                keep the bot's temporary folder (log, store) and print where
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { stopBot } from '../built-bot.mjs';
import { startIssuer } from '../test-issuer.mjs';
import { startConnectorBot, tokenFor } from './connectorbot.mjs';
import { compareDeliveries, cpuSecondsOf, loadAverage, memoryOf, percentile, sleep } from './measure.mjs';
import { now, startTeamsConnector } from './teams-connector.mjs';
import { readCommandLine } from './command-line.mjs';
import { activity, member, poster } from './traffic.mjs';

function readOptions() {
  const { values: parsed, fail, whole } = readCommandLine(import.meta.url, {
    dll: { type: 'string' },
    rate: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '15' },
    tenants: { type: 'string', default: '40' },
    conversations: { type: 'string', default: '4000' },
    settle: { type: 'string', default: '30' },
    'max-in-flight': { type: 'string', default: '4000' },
    set: { type: 'string', multiple: true, default: [] },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  });
  if (!parsed.dll) fail('--dll is required.');
  const dll = resolve(parsed.dll);
  if (!existsSync(dll)) fail(`${dll} does not exist: build the bot first (dotnet build bot -c Release).`);
  const overrides = {};
  for (const pair of parsed.set) {
    const at = pair.indexOf('=');
    if (at < 1) fail(`--set takes NAME=VALUE, not ${pair}.`);
    overrides[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return {
    dll,
    rate: whole('rate', 1, 100_000),
    duration: whole('duration', 1, 3600),
    warmup: whole('warmup', 0, 3600),
    tenants: whole('tenants', 1, 10_000),
    conversations: whole('conversations', 1, 1_000_000),
    settle: whole('settle', 1, 600),
    maxInFlight: whole('max-in-flight', 1, 100_000),
    overrides,
    json: parsed.json ? resolve(parsed.json) : null,
    keep: parsed.keep,
  };
}

const ms = (v) => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(1) : v.toFixed(0));

/** Calls send(i) for i = 0 … total − 1, each when it is due at `rate` per second from now (a tick every few ms: timers are not finer). */
function sendAtRate(rate, total, send) {
  const started = performance.now();
  let next = 0;
  return new Promise((resolveSending) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
      while (next < due) send(next++);
      if (next >= total) resolveSending();
      else setTimeout(tick, 2);
    };
    tick();
  });
}

async function main() {
  const options = readOptions();
  const budgetMs = 10 * 60_000 + (options.duration + options.warmup + options.settle) * 2_000;
  setTimeout(() => {
    console.error(`open-loop ran past its ${Math.round(budgetMs / 60_000)} min budget; stopping.`);
    process.exit(1);
  }, budgetMs).unref();

  const connector = await startTeamsConnector({ mode: 'enforce' });
  const issuer = await startIssuer();
  const token = tokenFor(issuer, connector.url);
  let figures;
  try {
    const bot = await startConnectorBot({ dll: options.dll, issuer, connectorUrl: connector.url, keep: options.keep, overrides: options.overrides });
    console.log(`open loop: ${options.rate} turns/s for ${options.duration} s (after ${options.warmup} s of warm-up) over ${options.conversations} chats in ${options.tenants} tenants; `
      + `bot ${bot.url} (pid ${bot.pid}), settings ${Object.keys(options.overrides).length ? JSON.stringify(options.overrides) : 'all defaults'}`);

    // Warm-up (unmeasured): a few hundred turns, 8 at a time, in chats of their own; they also tell the reply keys.
    const { post, close } = poster(bot.url, options.maxInFlight, token);
    const warm = Array.from({ length: 40 }, (_, i) => member('warm', i, options.tenants));
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(warm.map((who, i) => post(JSON.stringify(activity(who, connector.url, (i + round) % 2 ? 'show' : 'help')))));
    }
    await sleep(1_000);
    const warmSnapshot = await connector.snapshot();
    const keys = { help: warmSnapshot.conversations[warm[0].conversationId]?.[0]?.[1], show: warmSnapshot.conversations[warm[0].conversationId]?.[1]?.[1] };
    if (!keys.help || !keys.show || keys.help === keys.show) throw new Error(`the warm-up did not tell help's and show's replies apart: ${JSON.stringify(keys)}`);
    // Warm-up at the rate (unmeasured; chats of their own): a .NET server tiers its hot code up over its first tens of
    // seconds under load, and the figures are for a bot that has been running, as one in production has.
    if (options.warmup > 0) {
      const warmChats = Array.from({ length: options.conversations }, (_, i) => member('warmrate', i, options.tenants));
      const warmTurns = [];
      await sendAtRate(options.rate, options.rate * options.warmup, (i) => {
        const who = warmChats[i % warmChats.length];
        warmTurns.push(post(JSON.stringify(activity(who, connector.url, Math.floor(i / warmChats.length) % 2 === 0 ? 'help' : 'show'))));
      });
      await Promise.all(warmTurns);
    }
    await sleep(3_000);
    await connector.reset();

    const chats = Array.from({ length: options.conversations }, (_, i) => member('open', i, options.tenants));
    const sentTimes = new Map(); // conversation -> [send time…] (shared clock)
    const expected = new Map(); // conversation -> [reply key…] in order
    const times = [];
    const byStatus = new Map();
    let inFlight = 0;
    let notSent = 0;
    let sent = 0;
    const load = loadAverage();
    const cpuBefore = cpuSecondsOf(bot.pid);
    const open = [];
    const started = performance.now();
    const total = options.rate * options.duration;
    await sendAtRate(options.rate, total, (i) => {
      sent += 1;
      const who = chats[i % chats.length];
      const turn = Math.floor(i / chats.length);
      const kind = turn % 2 === 0 ? 'help' : 'show';
      if (inFlight >= options.maxInFlight) {
        notSent += 1;
        return;
      }
      (sentTimes.get(who.conversationId) ?? sentTimes.set(who.conversationId, []).get(who.conversationId)).push(now());
      (expected.get(who.conversationId) ?? expected.set(who.conversationId, []).get(who.conversationId)).push(keys[kind]);
      inFlight += 1;
      open.push(post(JSON.stringify(activity(who, connector.url, kind))).then((result) => {
        inFlight -= 1;
        times.push(result.ms);
        byStatus.set(result.status, (byStatus.get(result.status) ?? 0) + 1);
      }));
    });
    const sendingSeconds = (performance.now() - started) / 1000;
    await Promise.all(open);
    const answeredSeconds = (performance.now() - started) / 1000;
    close();

    // Replies may still be on their way (an outbox, a limiter's queue): wait until --settle s pass without a new one.
    const wanted = [...expected.values()].reduce((s, list) => s + list.length, 0);
    let snapshot = await connector.snapshot();
    const count = (snap) => Object.values(snap.conversations).reduce((s, list) => s + list.length, 0);
    let delivered = count(snapshot);
    let lastArrivalWait = 0;
    for (let quiet = 0; delivered < wanted && quiet < options.settle;) {
      await sleep(1_000);
      snapshot = await connector.snapshot();
      const nowCount = count(snapshot);
      quiet = nowCount === delivered ? quiet + 1 : 0;
      if (nowCount !== delivered) lastArrivalWait = (performance.now() - started) / 1000 - answeredSeconds;
      delivered = nowCount;
    }
    const cpu = cpuSecondsOf(bot.pid) - cpuBefore;
    const delivery = compareDeliveries(expected, snapshot.conversations);

    // Delivery lag: the k-th reply of a chat against its k-th turn (where the chat got exactly what it expected).
    const lags = [];
    for (const [conversationId, sentAt] of sentTimes) {
      const got = snapshot.conversations[conversationId] ?? [];
      if (got.length !== sentAt.length) continue;
      got.forEach(([t], k) => lags.push(t - sentAt[k]));
    }
    lags.sort((a, b) => a - b);
    const sorted = [...times].sort((a, b) => a - b);
    const statuses = Object.fromEntries(byStatus);
    figures = {
      when: new Date().toISOString(),
      options: { ...options },
      turnsDue: total,
      turnsSent: total - notSent,
      notSent,
      sendingSeconds,
      achievedRate: (total - notSent) / sendingSeconds,
      answeredAfterSeconds: answeredSeconds,
      statuses,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? NaN,
      delivery,
      lastReplyAfterLastAnswerSeconds: lastArrivalWait,
      refused429: snapshot.refused,
      wouldRefuse: snapshot.wouldRefuse,
      connectorCalls: snapshot.calls,
      lagP50: percentile(lags, 50),
      lagP99: percentile(lags, 99),
      lagMax: lags.at(-1) ?? NaN,
      botCpuSeconds: cpu,
      botRssMb: memoryOf(bot.pid),
      botPeakRssMb: memoryOf(bot.pid, 'VmHWM'),
      loadAverageBefore: load,
      loadAverageAfter: loadAverage(),
    };
    const logLines = readFileSync(bot.logFile, 'utf8').split('\n');
    figures.botLog = { failOrCrit: logLines.filter((l) => /^(fail|crit): /.test(l)).length, warn: logLines.filter((l) => /^warn: /.test(l)).length };
  } finally {
    await stopBot();
    await connector.stop();
    issuer.server.closeAllConnections();
    issuer.server.close();
  }

  const f = figures;
  const d = f.delivery;
  console.log(`\nturns: ${f.turnsSent} sent of ${f.turnsDue} due (${f.notSent} not sent: ${options.maxInFlight} already open) in ${f.sendingSeconds.toFixed(1)} s`
    + ` = ${f.achievedRate.toFixed(0)}/s; the last answer came ${f.answeredAfterSeconds.toFixed(1)} s after the start`);
  console.log(`answers: ${Object.entries(f.statuses).map(([s, n]) => `${n} × ${s}`).join(', ')}`);
  console.log(`server response ms: p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, p99 ${ms(f.p99)}, max ${ms(f.max)}`);
  console.log(`replies: ${d.expected} expected, ${d.delivered} delivered; lost ${d.lost}, duplicated ${d.duplicated}, chats out of order ${d.outOfOrder}`
    + `; the last arrived ${f.lastReplyAfterLastAnswerSeconds.toFixed(1)} s after the last answer`);
  console.log(`Teams' limits: the connector answered ${f.refused429} × 429 (${f.wouldRefuse.conversation} per chat, ${f.wouldRefuse.tenant} per tenant) of ${f.connectorCalls} calls`);
  console.log(`delivery lag (reply arrival − turn sent): p50 ${ms(f.lagP50)} ms, p99 ${ms(f.lagP99)} ms, max ${ms(f.lagMax)} ms`);
  console.log(`bot: CPU ${f.botCpuSeconds.toFixed(1)} s, RSS ${f.botRssMb} MB (peak ${f.botPeakRssMb} MB); log ${f.botLog.failOrCrit} fail/crit, ${f.botLog.warn} warn`);
  console.log(`load average before ${f.loadAverageBefore}, after ${f.loadAverageAfter}`);
  if (options.json) {
    writeFileSync(options.json, JSON.stringify(f, null, 2));
    console.log(`figures written to ${options.json}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`open-loop failed: ${error.stack ?? error}`);
    process.exit(1);
  },
);
