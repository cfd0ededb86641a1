#!/usr/bin/env node
// A big intro round posted under Teams' limits (issue 17): how long until every intro card is out, against the
// theoretical minimum those limits allow.
//
//   node scripts/load/intro-round.mjs --dll bot/bin/Release/net10.0/ConnectorBot.dll [--members 2000]
//
// 1. Seeds a team of --members members in one tenant through ordinary turns, with authentication on and the bot's rate
//    limiting off (seeding is not what is measured): the bot is installed in the team (the installer, member 0, becomes
//    its admin; intros go to General), then every member says hi, answers the three questions and presses the summary
//    card's consent button. The bot then understands and embeds the answers in the background: waited for.
// 2. Restarts the bot on the same store with every setting at its default (Teams rate limits on); the fake connector
//    now enforces Teams' limits (per chat 7/1 s, 8/2 s, 60/30 s, 1800/1 h; per tenant 50 requests/s; 429 with
//    Retry-After: 1 beyond them) and serves the team's roster, details and channels.
// 3. The admin presses "Post these intros" of Match now. Measures from that press until the last intro card is in the
//    channel (the best up to the team's channel limit, ChannelIntrosPerRound, 25 by default), until the last private
//    card (the rest go 1:1 to the people named) and until the last note to a member left first in line (sent after
//    the cards), with the connector's 429s and calls.
// 4. Prints the theoretical minimum: the channel's cards one conversation can take under its windows, and every call of
//    the round at the tenant's 50/s; and the same minimum if all intros went to the one channel.
// A benchmark, not a test: it asserts nothing, stops by itself (every wait has a deadline) and stops the bot.
//
// Options (defaults in brackets):
//   --dll PATH            the built ConnectorBot.dll (required)
//   --members N           the team's members, all of whom answer and consent [2000]
//   --concurrency N       turns in flight while seeding [32]
//   --timeout S           the longest wait for the round's cards [900]
//   --json PATH           also write the figures as JSON
//   --keep                keep the store and the bot's folder and print where
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { stopBot } from '../built-bot.mjs';
import { startIssuer } from '../test-issuer.mjs';
import { APP_ID, startConnectorBot, tokenFor } from './connectorbot.mjs';
import { cpuSecondsOf, loadAverage, sleep, waitUntilIdle } from './measure.mjs';
import { CONVERSATION_WINDOWS, TENANT_PER_SECOND, now, startTeamsConnector } from './teams-connector.mjs';
import { readCommandLine } from './command-line.mjs';
import { activity, member, poster } from './traffic.mjs';

const NEEDS = ['get our SOC 2 audit done', 'migrate the monolith to Kubernetes', 'cut our cloud bill by a third',
  'ship the FHIR integration with the EHR vendor', 'automate GDPR deletion in Salesforce', 'set up MLOps with drift monitoring',
  'run a first OKR cycle as a new manager', 'pass the ISO 13485 recertification', 'speed up our CI pipeline',
  'launch predictive maintenance in the plant', 'improve onboarding for new developers', 'build Power BI dashboards for finance'];
const PEOPLE = ['someone who has been through a SOC 2 audit', 'a platform engineer who runs Kubernetes in production',
  'a FinOps person who knows savings plans', 'someone who knows HL7 and FHIR', 'a privacy lawyer who knows retention policies',
  'a data scientist who has put models in production', 'an experienced engineering manager', 'a QA/RA lead who did an ISO audit',
  'a build engineer who knows Bazel and remote caching', 'a reliability engineer who knows vibration analysis',
  'someone who designed a technical onboarding programme', 'a BI developer who knows DAX'];
const OFFERS = ['SOC 2 evidence collection and audits', 'Kubernetes, Helm and ArgoCD', 'AWS cost optimisation and savings plans',
  'HL7 v2 and FHIR R4 interfaces', 'GDPR, DPIAs and retention policies', 'MLflow, SageMaker and model monitoring',
  'coaching new managers and OKRs', 'ISO 13485 and ISO 14971 paperwork', 'GitHub Actions and build caching',
  'SAP PM and maintenance planning', 'docs-as-code and onboarding guides', 'Power BI, DAX and data modelling'];

const PLACES = ['this quarter', 'in the Lisbon office', 'for the plant in Monterrey', 'before the summer', 'for our EU customers',
  'with a small team', 'this year', 'for the new product line'];

function readOptions() {
  const { values: parsed, fail, whole } = readCommandLine(import.meta.url, {
    dll: { type: 'string' },
    members: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '32' },
    timeout: { type: 'string', default: '900' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  });
  if (!parsed.dll) fail('--dll is required.');
  const dll = resolve(parsed.dll);
  if (!existsSync(dll)) fail(`${dll} does not exist: build the bot first (dotnet build bot -c Release).`);
  return {
    dll,
    members: whole('members', 2, 100_000),
    concurrency: whole('concurrency', 1, 512),
    timeout: whole('timeout', 10, 7200),
    json: parsed.json ? resolve(parsed.json) : null,
    keep: parsed.keep,
  };
}

/** The earliest time (s) the n-th of n sends in one conversation can go, sending greedily under the windows. */
function channelMinimumSeconds(n, windows = CONVERSATION_WINDOWS) {
  const sent = [];
  let t = 0;
  for (let i = 0; i < n; i += 1) {
    for (;;) {
      // The earliest t at which every window has room.
      let wait = t;
      for (const [limit, span] of windows) {
        const inWindow = sent.filter((s) => s > t - span);
        if (inWindow.length >= limit) wait = Math.max(wait, inWindow[inWindow.length - limit] + span);
      }
      if (wait === t) break;
      t = wait;
    }
    sent.push(t);
  }
  return (sent.at(-1) ?? 0) / 1000;
}

function teamOf(members) {
  const teamId = '19:load-team-t0-general@thread.tacv2';
  return {
    tenantId: members[0].tenantId,
    teamId,
    name: 'Load team',
    aadGroupId: '0000aaaa-0000-4000-8000-000000000001',
    channels: [{ id: teamId, name: 'General' }],
    members: members.map((m) => ({ userId: m.userId, name: m.name, aadObjectId: m.aadObjectId })),
  };
}

function channelActivity(team, from, serviceUrl, fields) {
  return {
    ...activity(from, serviceUrl, undefined, fields),
    conversation: { id: team.teamId, conversationType: 'channel', isGroup: true, tenantId: team.tenantId },
    channelData: { tenant: { id: team.tenantId }, team: { id: team.teamId, name: team.name, aadGroupId: team.aadGroupId }, channel: { id: team.teamId, name: 'General' }, ...(fields.channelData ?? {}) },
  };
}

async function seed({ options, post, connectorUrl, members, team }) {
  const install = channelActivity(team, members[0], connectorUrl, { type: 'conversationUpdate', membersAdded: [{ id: `28:${APP_ID}` }], channelData: { eventType: 'teamMemberAdded' } });
  const installed = await post(JSON.stringify(install));
  if (installed.status !== 200) throw new Error(`installing the bot in the team answered ${installed.status}`);
  let next = 0;
  const failures = new Map();
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (next < members.length) {
      const who = members[next++];
      const i = who.index;
      const turns = [
        activity(who, connectorUrl, 'hi'),
        // Member i asks about topic i % 12 and offers topic (5i + 1) % 12: each topic has a twelfth of the team to help.
        activity(who, connectorUrl, `I want to ${NEEDS[i % NEEDS.length]} ${PLACES[Math.floor(i / 12) % PLACES.length]}`),
        activity(who, connectorUrl, PEOPLE[i % PEOPLE.length]),
        activity(who, connectorUrl, `I can help with ${OFFERS[(i * 5 + 1) % OFFERS.length]}${(i >> 2) % 3 === 0 ? ', happy to pair on it' : ''}`),
        activity(who, connectorUrl, undefined, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'interview.consent', data: { consent: true } }, trigger: 'manual' } }),
      ];
      for (const [step, turn] of turns.entries()) {
        const result = await post(JSON.stringify(turn));
        if (result.status !== 200) failures.set(`step ${step}: ${result.status}`, (failures.get(`step ${step}: ${result.status}`) ?? 0) + 1);
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  console.log(`seeded ${members.length} members (5 turns each) in ${seconds.toFixed(1)} s; failures: ${[...failures].map(([k, n]) => `${n} × ${k}`).join(', ') || 'none'}`);
}

async function main() {
  const options = readOptions();
  const budgetMs = 20 * 60_000 + options.members * 200 + options.timeout * 1000;
  setTimeout(() => {
    console.error(`intro-round ran past its ${Math.round(budgetMs / 60_000)} min budget; stopping.`);
    process.exit(1);
  }, budgetMs).unref();

  const members = Array.from({ length: options.members }, (_, i) => member('team', i, 1));
  const team = teamOf(members);
  const connector = await startTeamsConnector({ mode: 'off', team });
  const issuer = await startIssuer();
  const token = tokenFor(issuer, connector.url);
  const store = mkdtempSync(join(tmpdir(), 'connectorbot-round-store-'));
  let figures;
  try {
    // 1. Seeding, rate limiting off.
    let bot = await startConnectorBot({ dll: options.dll, issuer, connectorUrl: connector.url, keep: options.keep, overrides: { Bot__Connector__RateLimiting: 'false', Storage__DataDirectory: store } });
    console.log(`intro round: ${options.members} members; seeding bot ${bot.url} (pid ${bot.pid}), store ${store}; load average ${loadAverage()}`);
    let client = poster(bot.url, options.concurrency, token);
    await seed({ options, post: client.post, connectorUrl: connector.url, members, team });
    client.close();
    const idle = await waitUntilIdle(bot.pid, 15 * 60_000);
    console.log(`the bot finished understanding and embedding the answers ${idle?.toFixed(0)} s later`);
    await stopBot();

    // 2. The bot at its defaults, Teams' limits enforced.
    await connector.setMode('enforce');
    await connector.reset();
    bot = await startConnectorBot({ dll: options.dll, issuer, connectorUrl: connector.url, keep: options.keep, overrides: { Storage__DataDirectory: store } });
    console.log(`round bot ${bot.url} (pid ${bot.pid}) with its defaults; load average ${loadAverage()}`);
    client = poster(bot.url, 4, token);
    await sleep(2_000);
    await connector.reset();

    // 3. Match now → Post these intros, as the admin (member 0, the installer).
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 13); // yyyyMMddTHHmm
    const press = channelActivity(team, members[0], connector.url, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'admin.matchnow.post', data: { teamId: team.teamId, roundId: `${stamp}-now` } }, trigger: 'manual' },
    });
    const cpuBefore = cpuSecondsOf(bot.pid);
    const pressedAt = now();
    const pressed = await client.post(JSON.stringify(press));
    const answeredAt = now();
    console.log(`Post these intros: ${pressed.status} after ${(pressed.ms / 1000).toFixed(1)} s (a round still running after Intros:MatchNowAnswerWithin, 3 s by default, finishes in the background)`);
    // The round's own log line, once it is written: within the press, or after it when the answer did not wait.
    const roundLine = () => readFileSync(bot.logFile, 'utf8').split('\n').map((l, i, all) => `${l} ${all[i + 1] ?? ''}`).find((l) => /Round .* intros \(\d+ in the channel, \d+ sent privately\)/.test(l));
    const writtenBy = Date.now() + options.timeout * 1000;
    let logLine = roundLine();
    while (!logLine && Date.now() < writtenBy) {
      await sleep(100);
      logLine = roundLine();
    }
    const writtenAt = now();
    console.log(`the round was written ${((writtenAt - pressedAt) / 1000).toFixed(1)} s after the press`);
    const counts = /(\d+) intros \((\d+) in the channel, (\d+) sent privately\)/.exec(logLine ?? '');
    if (!counts) throw new Error(`the round did not say how many intros it made; the log ends:\n${readFileSync(bot.logFile, 'utf8').slice(-3000)}`);
    const [intros, inChannel, privately] = counts.slice(1).map(Number);
    const waiting = Number(/(\d+) first in line next round/.exec(logLine)?.[1] ?? 0);
    console.log(`the round made ${intros} intros: ${inChannel} for the channel, ${privately} to send privately; ${waiting} members first in line, each told once, after the cards`);

    // Wait for the cards: the channel's, then the private ones until 30 s pass with none new.
    const isIntro = (key) => key.includes('↔');
    // The connector keeps a text's first 48 characters.
    const isNote = (key) => key.startsWith('No intro for you this round');
    const deadline = Date.now() + options.timeout * 1000;
    let snapshot;
    let channelDone = null;
    let privateLast = null;
    let privateCount = 0;
    let noteLast = null;
    let noteCount = 0;
    for (let quiet = 0; Date.now() < deadline; await sleep(1_000)) {
      snapshot = await connector.snapshot();
      const channelCards = (snapshot.conversations[team.teamId] ?? []).filter(([, key]) => isIntro(key));
      if (channelDone === null && channelCards.length >= inChannel) channelDone = channelCards.at(-1)?.[0] ?? pressedAt;
      const personal = Object.entries(snapshot.conversations).filter(([id]) => id !== team.teamId).flatMap(([, list]) => list);
      const privateCards = personal.filter(([, key]) => isIntro(key));
      const notes = personal.filter(([, key]) => isNote(key));
      quiet = privateCards.length === privateCount && notes.length === noteCount ? quiet + 1 : 0;
      if (privateCards.length !== privateCount) privateLast = Math.max(...privateCards.map(([t]) => t));
      if (notes.length !== noteCount) noteLast = Math.max(...notes.map(([t]) => t));
      privateCount = privateCards.length;
      noteCount = notes.length;
      const cardsDone = privately === 0 || privateCount >= privately * 2;
      if (channelDone !== null && ((cardsDone && noteCount >= waiting && quiet >= 5) || quiet >= 30)) break;
    }
    const channelCards = (snapshot.conversations[team.teamId] ?? []).filter(([, key]) => isIntro(key));
    const tenantCalls = snapshot.calls;
    const minimumChannel = channelMinimumSeconds(inChannel);
    const minimumTenant = Math.max(0, (tenantCalls - snapshot.refused - TENANT_PER_SECOND) / TENANT_PER_SECOND);
    figures = {
      when: new Date().toISOString(),
      members: options.members,
      intros,
      inChannel,
      privately,
      pressSeconds: pressed.ms / 1000,
      roundWrittenSeconds: (writtenAt - pressedAt) / 1000,
      channelCards: channelCards.length,
      channelSeconds: channelDone === null ? null : (channelDone - pressedAt) / 1000,
      channelAfterAnswerSeconds: channelDone === null ? null : (channelDone - answeredAt) / 1000,
      privateAfterAnswerSeconds: privateLast === null ? null : (privateLast - answeredAt) / 1000,
      privateCards: privateCount,
      privateSeconds: privateLast === null ? null : (privateLast - pressedAt) / 1000,
      waiting,
      waitingNotes: noteCount,
      waitingNotesSeconds: noteLast === null ? null : (noteLast - pressedAt) / 1000,
      connectorCalls: tenantCalls,
      byRoute: snapshot.byRoute,
      refused429: snapshot.refused,
      refusedBy: snapshot.wouldRefuse,
      minimumChannelSeconds: minimumChannel,
      minimumTenantSeconds: minimumTenant,
      minimumAllInChannelSeconds: channelMinimumSeconds(intros),
      botCpuSeconds: cpuSecondsOf(bot.pid) - cpuBefore,
      loadAverage: loadAverage(),
    };
    client.close();
  } finally {
    await stopBot();
    await connector.stop();
    issuer.server.closeAllConnections();
    issuer.server.close();
    if (!options.keep) rmSync(store, { recursive: true, force: true });
  }

  const f = figures;
  const s = (v) => (v === null ? 'never (timed out)' : `${v.toFixed(1)} s`);
  console.log(`\nchannel: ${f.channelCards} of ${f.inChannel} intro cards, the last ${s(f.channelSeconds)} after the press `
    + `(${s(f.channelAfterAnswerSeconds)} after its answer); minimum under the per-chat windows ${f.minimumChannelSeconds.toFixed(1)} s`);
  console.log(`privately: ${f.privateCards} cards (${f.privately} intros), the last ${s(f.privateSeconds)} after the press (${s(f.privateAfterAnswerSeconds)} after its answer)`);
  console.log(`first in line: ${f.waitingNotes} of ${f.waiting} told, the last ${s(f.waitingNotesSeconds)} after the press`);
  console.log(`connector: ${f.connectorCalls} calls during the round (${Object.entries(f.byRoute).map(([r, n]) => `${r} ${n}`).join(', ')}), ${f.refused429} × 429 `
    + `(${f.refusedBy.conversation} over a chat's windows, ${f.refusedBy.tenant} over the tenant's 50/s)`);
  console.log(`theoretical minimum for those calls at ${TENANT_PER_SECOND}/s per tenant: ${f.minimumTenantSeconds.toFixed(1)} s; `
    + `had all ${f.intros} intros gone to the one channel: ${f.minimumAllInChannelSeconds.toFixed(0)} s (7/1 s, 8/2 s, 60/30 s, 1800/1 h)`);
  console.log(`bot CPU during the round ${f.botCpuSeconds.toFixed(1)} s; load average ${f.loadAverage}`);
  if (options.json) {
    writeFileSync(options.json, JSON.stringify(f, null, 2));
    console.log(`figures written to ${options.json}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`intro-round failed: ${error.stack ?? error}`);
    process.exit(1);
  },
);
