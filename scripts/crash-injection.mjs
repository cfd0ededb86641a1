#!/usr/bin/env node
// The crash-injection harness (issue 17): SIGKILL the built bot at random moments while members answer, a round is
// posted, members click Accept / Not now and "invite everyone" walks the roster; restart it on the same store; and
// check that nothing was lost, duplicated or left corrupt.
//
//   node scripts/crash-injection.mjs --dll bot/bin/Debug/net10.0/ConnectorBot.dll --store both --kills 200
//
// Each cycle is one new tenant with one team (an admin who installs the bot, --members members who answer, a few who
// never do), run in four steps:
//   turns        every member's interview ("hi", three answers, "yes"), one turn at a time, each waiting for its reply;
//   round        the admin's Match now → Post (admin.matchnow.post), until the intro cards are in the channel;
//   decisions    every member named in an intro clicks Accept (or, one in four, Not now), all at once;
//   invitations  the admin's "invite everyone", until every member who had not answered is welcomed.
// --kills-per-cycle steps of each cycle (taking the kinds in turn, so each kind gets its share) get a SIGKILL at a random
// moment after the step starts (0 to 1.2 × that step's usual length, so the work after the click, the outbox and the
// roster walk, is hit too). The bot is started again at once on the same store; what was cut off is sent again as Teams
// and people do: a message that got no answer is redelivered with the same activity id, a click is clicked again (a
// new invoke). The fake Teams (scripts/fake-teams.mjs) records every post, message and card update.
//
// Checked after each cycle, from what reached the fake Teams and the rows in the store:
//   every intro the store holds is posted in the channel exactly once (posts are told apart by the intro id in the
//   card's buttons), and none is left Planned; every connected intro's members each got exactly one handoff; every
//   decided intro's card was updated after the decision; every member turn that got its 200 had a reply; every member
//   who had not answered got exactly one welcome from "invite everyone".
// And at the end of each store's run: every row of every table parses (JSON properties; the intro and outbox columns
// the bot reads), and the bot's log has no unhandled errors.
//
// Prints, per store: kills, steps interrupted by kind, lost and duplicated by kind, corrupt rows, time; exits 1 when
// anything was lost, duplicated or corrupt. --json writes the figures for a test to read.
//
// Options (defaults in brackets):
//   --dll PATH             the built ConnectorBot.dll [bot/bin/Debug/net10.0/ConnectorBot.dll]
//   --store sqlite|azurite|both   which store(s) [both]; Azurite comes from node_modules (npm ci), sqlite3 reads the
//                          embedded store: either missing fails the run
//   --kills N              kills per store [200]
//   --kills-per-cycle N    steps killed per cycle, 1 to 4 [2]
//   --steps LIST           the steps that may be killed, comma-separated [turns,round,decisions,invitations]
//   --members N            members who answer, per team [6]
//   --seed N               the random seed [1]
//   --json PATH            also write the figures as JSON
//   --keep                 keep the temporary folders (bot logs, the embedded store)
//   --budget MIN           stop by itself after this many minutes [240]
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { killBot, startBot, stopBot } from './built-bot.mjs';
import { buttonsIn, introIdsIn, startFakeTeams } from './fake-teams.mjs';
import { prop, readSqliteRows, readTableServiceRows } from './table-rows.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REQUEST_TIMEOUT_MS = 30_000;
const REPLY_WAIT_MS = 20_000;
const SETTLE_DEADLINE_MS = 90_000;
const BOT_ID = '28:crash-injection-bot';
const STEPS = ['turns', 'round', 'decisions', 'invitations'];

// How long the bot holds work a killed instance had taken (outbox item, round, invitation walk, queued reply): short, so
// a cycle need not wait minutes, yet longer than one send on a busy machine (a hold shorter than a send would let a
// second sender send it too, which is no crash's fault).
const HOLD = { claim: '00:00:05', roundLease: '00:00:05', replyClaim: '00:00:05', inviteSlice: '00:00:02', inviteMargin: '00:00:04', startGrace: '00:00:04' };
const AFTER_RESTART_MS = 5_000; // a restart takes seconds too: with it, past the longest hold above and a scheduler tick

const ACCOMPLISH = ['Get shop-floor checks off paper.', 'Roll out tablets for hygiene checks in every site.', 'Hire more veterans into engineering.',
  'Fill two maintenance engineer roles before winter.', 'Know what customers really say about our snacks.', 'Migrate the monolith to k8s this half.',
  'Cut our AWS bill by a third.', 'Get our SOC 2 Type II audit done.'];
const CONNECT = ['someone who has already moved shop-floor checks from clipboards to devices', 'someone who can sort out wireless coverage in a warehouse',
  'someone who has come out of the armed services and knows where veterans look for jobs', 'someone in recruitment who can make us decide faster',
  'someone with their finger on the pulse of consumer chatter', 'a platform engineer who has run Kubernetes in prod', 'a FinOps person',
  'someone who has been through a SOC 2 audit'];
const OFFER = ['I fixed the Wi-Fi dead zones in the warehouse last spring.', 'I moved our HACCP checks onto iPads at the Leeds plant.',
  'If the hiring manager is ready, I can get an offer out within a week.', "Ex-Royal Navy marine engineer. I still run the veterans' network.",
  'I read what people really say day to day on social.', 'Terraform modules and AWS IAM policies.', 'Kafka and event-driven architecture.',
  'Python, pandas, and explaining statistics.'];

// ---------------------------------------------------------------------------------------------- options

function readOptions(argv) {
  const parsed = parseArgs({
    args: argv,
    options: {
      dll: { type: 'string', default: join(repoRoot, 'bot/bin/Debug/net10.0/ConnectorBot.dll') },
      store: { type: 'string', default: 'both' },
      kills: { type: 'string', default: '200' },
      'kills-per-cycle': { type: 'string', default: '2' },
      steps: { type: 'string', default: STEPS.join(',') },
      members: { type: 'string', default: '6' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      budget: { type: 'string', default: '240' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
  if (parsed.help) {
    const lines = readFileSync(new URL(import.meta.url), 'utf8').split('\n');
    console.log(lines.slice(1, lines.findIndex((l) => l.startsWith('import'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    process.exit(0);
  }
  const whole = (name, min, max) => {
    const value = Number(parsed[name]);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}.`);
    return value;
  };
  const stores = { sqlite: ['sqlite'], azurite: ['azurite'], both: ['sqlite', 'azurite'] }[parsed.store];
  if (!stores) throw new Error('--store is sqlite, azurite or both.');
  const steps = parsed.steps.split(',').map((x) => x.trim()).filter(Boolean);
  if (!steps.length || steps.some((x) => !STEPS.includes(x))) throw new Error(`--steps takes some of ${STEPS.join(',')}.`);
  const dll = resolve(parsed.dll);
  if (!existsSync(dll)) throw new Error(`${dll} does not exist: build the bot first (dotnet build bot).`);
  return {
    dll,
    stores,
    kills: whole('kills', 0, 100_000),
    killsPerCycle: Math.min(whole('kills-per-cycle', 1, STEPS.length), steps.length),
    steps,
    members: whole('members', 2, 40),
    seed: whole('seed', 0, 2 ** 31),
    json: parsed.json ? resolve(parsed.json) : null,
    keep: parsed.keep,
    budgetMs: whole('budget', 1, 24 * 60) * 60_000,
  };
}

// mulberry32: the same seed, the same kills.
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, chance: (p) => next() < p };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------- Azurite

function freePort() {
  return new Promise((resolvePort, rejectPort) => {
    const probe = net.createServer();
    probe.once('error', rejectPort);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Azurite's Table service from node_modules on a free loopback port, in memory; it is not killed with the bot. */
async function startAzurite() {
  const main = join(repoRoot, 'node_modules/azurite/dist/src/table/main.js');
  if (!existsSync(main)) throw new Error(`Azurite is not installed (${main} is missing): run scripts/npm-tools.sh (npm ci) first.`);
  const port = await freePort();
  const child = spawn(process.execPath, [main, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--inMemoryPersistence', '--silent', '--disableTelemetry'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => rejectStart(new Error(`Azurite did not start within 30 s: ${output}`)), 30_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(`successfully started on 127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectStart(new Error(`Azurite exited (code ${code}): ${output}`));
    });
  });
  // Whatever ends the run (an error, Ctrl+C, the budget), Azurite goes with it.
  process.on('exit', () => child.kill('SIGKILL'));
  const account = 'devstoreaccount1';
  const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${key};TableEndpoint=http://127.0.0.1:${port}/${account};`,
    stop: () => {
      child.kill('SIGKILL');
    },
  };
}

// ---------------------------------------------------------------------------------------------- the bot, killed and started again

class Bot {
  constructor(options, connector, storeEnv, figures) {
    this.options = options;
    this.connector = connector;
    this.storeEnv = storeEnv;
    this.figures = figures;
    this.url = null;
    this.generation = 0;
    this.startedAt = 0;
    this.up = null; // a promise while (re)starting
    this.logs = [];
    this.works = [];
  }

  async start() {
    this.up = (async () => {
      const started = performance.now();
      const bot = await startBot({
        dll: this.options.dll,
        keep: true,
        prefix: 'connectorbot-crash-',
        env: () => ({
          ...process.env,
          ASPNETCORE_ENVIRONMENT: 'Development',
          Bot__AllowUnauthenticatedLoopback: 'true',
          Bot__Connector__DefaultServiceUrl: this.connector.url,
          Bot__Connector__RateLimiting: 'false',
          Bot__Connector__MaxRetries: '1',
          Bot__Connector__RetryBaseDelay: '00:00:00.050',
          Bot__Connector__RetryMaxDelay: '00:00:00.200',
          Bot__Replies__ClaimFor: HOLD.replyClaim,
          Bot__Replies__PollInterval: '00:00:01',
          Bot__Replies__RetryBaseDelay: '00:00:00.500',
          Embeddings__MaxPerRound: '0',
          Intros__SchedulerEnabled: 'true',
          Intros__SchedulerInterval: '00:00:01',
          Intros__OutboxRetryDelay: '00:00:01',
          Intros__OutboxClaimHold: HOLD.claim,
          Intros__RoundLeaseTime: HOLD.roundLease,
          Admin__Invitations__Pace: '00:00:00.020',
          Admin__Invitations__Slice: HOLD.inviteSlice,
          Admin__Invitations__LeaseMargin: HOLD.inviteMargin,
          Admin__Invitations__StartGrace: HOLD.startGrace,
          Admin__Invitations__RetryDelay: '00:00:01',
          Logging__LogLevel__Default: 'Information',
          Logging__LogLevel__Microsoft: 'Warning',
          'Logging__LogLevel__Microsoft.Hosting.Lifetime': 'Information',
          Logging__Console__FormatterName: 'simple',
          ...this.storeEnv,
        }),
      });
      this.url = bot.url;
      this.logs.push(bot.logFile);
      this.works.push(bot.work);
      this.generation += 1;
      this.startedAt = performance.now();
      this.figures.startSeconds.push((performance.now() - started) / 1000);
    })();
    await this.up;
    this.up = null;
  }

  /** Waits until the bot is up (again). */
  async ready() {
    while (this.up) await this.up;
  }

  async killAndRestart() {
    await this.ready();
    await killBot();
    this.url = null;
    await this.start();
  }

  async stop() {
    await this.ready();
    await stopBot();
  }
}

// ---------------------------------------------------------------------------------------------- a cycle's world

function makeCycle(run, cycle, options, connectorUrl) {
  const tag = `${run}-${cycle}`;
  const tenantId = `c0ffee00-0000-4000-8000-${String(cycle).padStart(12, '0')}`;
  const teamId = `19:crash-team-${tag}@thread.tacv2`;
  const introsChannel = `19:crash-intros-${tag}@thread.tacv2`;
  const person = (role, i) => ({
    role,
    name: `${role === 'admin' ? 'Ada' : role === 'member' ? 'Member' : 'Quiet'} ${role === 'admin' ? 'Admin' : i} ${tag}`,
    aadObjectId: randomUUID(),
    userId: `29:1crash-${role}-${i}-${tag}`,
    conversationId: `a:1crash-personal-${role}-${i}-${tag}`,
    tenantId,
  });
  const admin = person('admin', 0);
  const members = Array.from({ length: options.members }, (_, i) => ({
    ...person('member', i),
    answers: [ACCOMPLISH[i % ACCOMPLISH.length], CONNECT[i % CONNECT.length], OFFER[i % OFFER.length]],
  }));
  const quiet = Array.from({ length: 3 }, (_, i) => person('quiet', i));
  return {
    tag,
    tenantId,
    teamId,
    introsChannel,
    serviceUrl: connectorUrl,
    admin,
    members,
    quiet,
    team: {
      teamId,
      tenantId,
      name: `Crash team ${tag}`,
      channels: [{ id: teamId, name: 'General' }, { id: introsChannel, name: 'Intros' }],
      members: [admin, ...members, ...quiet],
    },
  };
}

let activitySeq = 0;
const activityId = () => `1crash${process.pid}-${++activitySeq}`;

function base(world, from, conversation, fields) {
  const now = new Date().toISOString();
  return {
    id: activityId(),
    timestamp: now,
    localTimestamp: now,
    serviceUrl: world.serviceUrl,
    channelId: 'msteams',
    from: { id: from.userId, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT_ID, name: 'ConnectorBot' },
    conversation,
    channelData: { tenant: { id: world.tenantId } },
    locale: 'en-US',
    ...fields,
  };
}

const personal = (world, member) => ({ id: member.conversationId, conversationType: 'personal', tenantId: world.tenantId });
const channelConversation = (world, channelId, messageId) => ({ id: `${channelId};messageid=${messageId}`, conversationType: 'channel', isGroup: true, tenantId: world.tenantId });
const teamData = (world, channelId) => ({ tenant: { id: world.tenantId }, team: { id: world.teamId, name: world.team.name }, channel: { id: channelId } });

function say(world, member, text) {
  return base(world, member, personal(world, member), { type: 'message', text, textFormat: 'plain' });
}

function invoke(world, from, conversation, channelData, verb, data) {
  return base(world, from, conversation, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelData,
    value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } } },
  });
}

// ---------------------------------------------------------------------------------------------- delivery as Teams does it

/**
 * POSTs the activity until the bot answers it: after a kill (no answer, or a 5xx) it waits for the bot to be back and
 * sends it again, a message with the same id (Teams redelivers), an invoke with a new one (the person clicks again).
 */
async function deliver(bot, activity, figures, step) {
  let current = activity;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    await bot.ready();
    const generation = bot.generation;
    let status;
    let body = null;
    try {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(current),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      status = response.status;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
    } catch (error) {
      status = error.name === 'TimeoutError' ? 'timeout' : 'no answer';
    }
    if (status === 200) return { status, body, attempts: attempt + 1, activity: current };
    if (typeof status === 'number' && status < 500) {
      figures.unexpected.push(`${step}: ${current.type} ${current.value?.action?.verb ?? current.text ?? ''} answered ${status}`);
      return { status, body, attempts: attempt + 1, activity: current };
    }
    figures.resent[step] = (figures.resent[step] ?? 0) + 1;
    // Wait for the restart this failure was (most likely) part of, then send again.
    const until = performance.now() + 3_000;
    while (bot.generation === generation && !bot.up && performance.now() < until) await sleep(100);
    if (current.type === 'invoke') current = { ...current, id: activityId() };
  }
  figures.unexpected.push(`${step}: ${current.type} never answered after 12 attempts`);
  return { status: 'gave up', body: null, attempts: 12, activity: current };
}

/** The text blocks of a card (or any JSON), for messages about an answer. */
function textsIn(node, found = []) {
  if (Array.isArray(node)) node.forEach((n) => textsIn(n, found));
  else if (node && typeof node === 'object') {
    if (typeof node.text === 'string') found.push(node.text);
    Object.values(node).forEach((v) => textsIn(v, found));
  }
  return found;
}

const sendsTo = (connector, conversationId) => connector.log.filter((e) => e.kind === 'send' && e.conversationId === conversationId);
const textOf = (entry) => (typeof entry.activity?.text === 'string' ? entry.activity.text : '');

/** Waits until the fake Teams has had nothing new for `quietMs`, and the bot has been up long enough to retake held work. */
async function settle(bot, connector, quietMs = 1_500) {
  const deadline = performance.now() + SETTLE_DEADLINE_MS;
  let seen = connector.log.length;
  let since = performance.now();
  while (performance.now() < deadline) {
    await sleep(250);
    await bot.ready();
    if (connector.log.length !== seen) {
      seen = connector.log.length;
      since = performance.now();
      continue;
    }
    if (performance.now() - since >= quietMs && performance.now() - bot.startedAt >= AFTER_RESTART_MS) return;
  }
}

// ---------------------------------------------------------------------------------------------- the four steps

async function install(bot, connector, world, figures) {
  const conversation = { id: world.teamId, conversationType: 'channel', isGroup: true, tenantId: world.tenantId };
  await deliver(bot, base(world, world.admin, conversation, {
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT_ID }],
    channelData: { ...teamData(world, world.teamId), eventType: 'teamMemberAdded' },
  }), figures, 'setup');
  // The intro channel, no scheduled rounds (paused: only Match now runs one), any pair allowed again.
  const saved = await deliver(bot, invoke(world, world.admin, channelConversation(world, world.teamId, 1), teamData(world, world.teamId), 'admin.settings.save', {
    teamId: world.teamId,
    channel: world.introsChannel,
    cadence: 'Weekly',
    day: 'Monday',
    hour: '9',
    timeZone: 'UTC',
    introsPerMember: '1',
    cooldownDays: '0',
    paused: 'true',
  }), figures, 'setup');
  if (!JSON.stringify(saved.body ?? '').includes('Saved.')) figures.unexpected.push(`setup: settings not saved (${textsIn(saved.body).join(' | ').slice(0, 400)})`);
}

async function interviews(bot, connector, world, figures) {
  await Promise.all(world.members.map(async (member) => {
    for (const text of ['hi', ...member.answers, 'yes']) {
      const before = sendsTo(connector, member.conversationId).length;
      const result = await deliver(bot, say(world, member, text), figures, 'turns');
      figures.turns += 1;
      if (result.status !== 200) continue;
      const deadline = performance.now() + REPLY_WAIT_MS;
      while (sendsTo(connector, member.conversationId).length === before && performance.now() < deadline) await sleep(100);
      if (sendsTo(connector, member.conversationId).length === before) {
        figures.lost.replies += 1;
        // Lost after a redelivery: the first delivery was cut off by the kill and the second found it marked as processed.
        if (result.attempts > 1) figures.repliesLostAfterRedelivery += 1;
        const line = `cycle ${world.tag}: no reply to a member's turn ${JSON.stringify(text.slice(0, 20))} answered 200 after ${result.attempts} deliveries`;
        figures.details.push(line);
        console.log(`  ! ${line}`);
      }
    }
  }));
}

async function round(bot, connector, world, figures) {
  const now = new Date();
  const roundId = `${now.toISOString().slice(0, 16).replace(/[-:]/g, '')}-now`;
  const result = await deliver(bot, invoke(world, world.admin, channelConversation(world, world.teamId, 2), teamData(world, world.teamId), 'admin.matchnow.post', { teamId: world.teamId, roundId }), figures, 'round');
  world.roundAnswer = JSON.stringify(result.body ?? '').slice(0, 300);
  await settle(bot, connector);
}

async function decisions(bot, connector, world, figures, rng, rows) {
  const intros = rows.intros(world);
  const clicks = [];
  for (const intro of intros) {
    const post = connector.log.find((e) => e.kind === 'post' && introIdsIn(e.activity).includes(intro.introId));
    if (!post) continue;
    const buttons = buttonsIn(post.activity);
    for (const party of intro.parties) {
      const member = world.members.find((m) => m.aadObjectId === party.MemberId);
      if (!member) continue;
      const verb = rng.chance(0.75) ? 'intro.accept' : 'intro.pass';
      const data = buttons.find((b) => b.verb === verb)?.data ?? { teamId: world.teamId, introId: intro.introId };
      const activity = invoke(world, member, { id: post.conversationId, conversationType: 'channel', isGroup: true, tenantId: world.tenantId }, teamData(world, world.introsChannel), verb, data);
      activity.replyToId = post.activityId;
      clicks.push(deliver(bot, activity, figures, 'decisions'));
    }
  }
  await Promise.all(clicks);
  figures.clicks += clicks.length;
  world.decidedAt = connector.log.length;
  await settle(bot, connector);
}

async function invitations(bot, connector, world, figures) {
  world.invitedFrom = connector.log.length;
  await deliver(bot, invoke(world, world.admin, channelConversation(world, world.teamId, 3), teamData(world, world.teamId), 'admin.invite.start', { teamId: world.teamId }), figures, 'invitations');
  await settle(bot, connector);
}

// ---------------------------------------------------------------------------------------------- what the store holds

class StoreRows {
  constructor(kind, source) {
    this.kind = kind;
    this.source = source;
    this.rows = [];
  }

  async refresh() {
    const read = this.kind === 'sqlite' ? await readSqliteRows(this.source) : await readTableServiceRows(this.source);
    this.rows = read.rows;
    this.integrity = read.integrity;
    return this.rows;
  }

  /** The team's intros as the store holds them. */
  intros(world) {
    return this.rows
      .filter((r) => r.table === 'Intros' && prop(r, 'TeamId') === world.teamId && prop(r, 'TenantId') === world.tenantId)
      .map((r) => ({
        introId: prop(r, 'IntroId'),
        state: String(prop(r, 'State')),
        delivery: String(prop(r, 'Delivery') ?? 'Channel'),
        withdrawn: prop(r, 'WithdrawnAt') != null,
        activityId: prop(r, 'ActivityId'),
        parties: (safeJson(prop(r, 'Parties')) ?? []).map((p) => ({ ...p, MemberId: p.memberId ?? p.MemberId })),
      }));
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const STATE_NAMES = ['Planned', 'Posted', 'Connected', 'Passed', 'Expired'];
const stateName = (value) => (/^\d+$/.test(value) ? STATE_NAMES[Number(value)] : value);
const OUTBOX_KINDS = ['PostIntro', 'UpdateCard', 'Handoff', 'FollowUp', 'PrivateCard', 'DeclinedNote', 'WaitingNote'];

/** Rows that do not parse, or whose columns the bot reads do not: the corrupt ones. */
function corruptRows(rows) {
  const bad = [];
  for (const row of rows) {
    if (row.error) {
      bad.push(`${row.table} ${row.partitionKey}/${row.rowKey}: ${row.error}`);
      continue;
    }
    if (typeof row.partitionKey !== 'string' || typeof row.rowKey !== 'string') bad.push(`${row.table}: a row without keys`);
    if (row.table === 'Intros') {
      const parties = safeJson(prop(row, 'Parties'));
      if (!Array.isArray(parties) || parties.length < 2 || parties.some((p) => typeof (p?.memberId ?? p?.MemberId) !== 'string')) bad.push(`Intros ${row.rowKey}: parties do not parse`);
      if (!STATE_NAMES.includes(stateName(String(prop(row, 'State'))))) bad.push(`Intros ${row.rowKey}: state ${prop(row, 'State')}`);
    }
    if (row.table === 'Outbox') {
      const kind = String(prop(row, 'Kind'));
      if (!OUTBOX_KINDS.includes(kind) && !(/^\d+$/.test(kind) && Number(kind) < OUTBOX_KINDS.length)) bad.push(`Outbox ${row.rowKey}: kind ${kind}`);
      if (typeof prop(row, 'IntroId') !== 'string') bad.push(`Outbox ${row.rowKey}: no intro id`);
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------- checks of one cycle

function checkCycle(world, connector, rows, figures) {
  const intros = rows.intros(world);
  figures.intros += intros.length;
  const note = (what, detail) => {
    const line = `cycle ${world.tag}: ${what}${detail ? ` (${detail})` : ''}`;
    figures.details.push(line);
    console.log(`  ! ${line}`);
  };
  for (const intro of intros) {
    const state = stateName(intro.state);
    if (intro.withdrawn || intro.delivery !== 'Channel' && intro.delivery !== '0') continue;
    const posts = connector.log.filter((e) => e.kind === 'post' && introIdsIn(e.activity).includes(intro.introId));
    if (posts.length === 0 || state === 'Planned') {
      figures.lost.intros += 1;
      note(`intro ${intro.introId} never posted`, `state ${state}, ${posts.length} posts`);
    }
    if (posts.length > 1) {
      figures.duplicated.posts += posts.length - 1;
      note(`intro ${intro.introId} posted ${posts.length} times`);
    }
    if (state === 'Connected' || state === 'Passed') {
      figures.decided += 1;
      const mine = new Set(posts.map((p) => `${p.conversationId}|${p.activityId}`));
      const updates = connector.log.filter((e) => e.kind === 'update' && mine.has(`${e.conversationId}|${e.activityId}`));
      if (updates.length === 0) {
        figures.lost.cardUpdates += 1;
        note(`intro ${intro.introId} ${state}: its card was never updated`);
      }
    }
    if (state === 'Connected') {
      figures.connected += 1;
      for (const party of intro.parties) {
        const member = world.members.find((m) => m.aadObjectId === party.MemberId);
        const handoffs = member ? sendsTo(connector, member.conversationId).filter((e) => textOf(e).includes("You're connected with")).length : 0;
        if (handoffs === 0) {
          figures.lost.handoffs += 1;
          note(`intro ${intro.introId} connected: no handoff to one member`);
        } else if (handoffs > 1) {
          figures.duplicated.handoffs += handoffs - 1;
          note(`intro ${intro.introId}: ${handoffs} handoffs to one member`);
        }
      }
    }
  }
  // "Invite everyone": the admin and the quiet members never answered; each is welcomed once.
  for (const member of [world.admin, ...world.quiet]) {
    const welcomes = sendsTo(connector, member.conversationId).filter((e) => e.seq >= world.invitedFrom && textOf(e).includes('I introduce people here')).length;
    figures.invitations += 1;
    if (welcomes === 0) {
      figures.lost.invitations += 1;
      note('a member who had not answered was not invited');
    } else if (welcomes > 1) {
      figures.duplicated.invitations += welcomes - 1;
      note(`a member was invited ${welcomes} times`);
    }
  }
}

// ---------------------------------------------------------------------------------------------- one store

function newFigures(store) {
  return {
    store,
    kills: 0,
    killedDuring: Object.fromEntries(STEPS.map((s) => [s, 0])),
    cycles: 0,
    turns: 0,
    clicks: 0,
    intros: 0,
    decided: 0,
    connected: 0,
    invitations: 0,
    lost: { intros: 0, handoffs: 0, cardUpdates: 0, replies: 0, invitations: 0 },
    duplicated: { posts: 0, handoffs: 0, invitations: 0 },
    repliesLostAfterRedelivery: 0,
    corrupt: 0,
    botErrors: 0,
    resent: {},
    stepSeconds: {},
    unexpected: [],
    details: [],
    startSeconds: [],
    seconds: 0,
  };
}

async function runStore(store, options, deadline) {
  const figures = newFigures(store);
  const started = performance.now();
  const rng = random(options.seed * 7919 + (store === 'sqlite' ? 1 : 2));
  const world = { teams: new Map() };
  const connector = await startFakeTeams(world);
  let azurite = null;
  let dataDirectory = null;
  let storeEnv;
  if (store === 'azurite') {
    azurite = await startAzurite();
    storeEnv = { Storage__ConnectionString: azurite.connectionString, Storage__AccountUrl: '' };
  } else {
    dataDirectory = mkdtempSync(join(tmpdir(), 'connectorbot-crash-store-'));
    storeEnv = { Storage__ConnectionString: '', Storage__AccountUrl: '', Storage__DataDirectory: dataDirectory };
  }
  const rows = new StoreRows(store, store === 'azurite' ? azurite.connectionString : dataDirectory);
  const bot = new Bot(options, connector, storeEnv, figures);
  // How long each step usually takes (refined from the steps not killed): kills land anywhere from its start to a bit past its end.
  const durations = { turns: 4_000, round: 2_500, decisions: 2_000, invitations: 2_500 };
  let next = 0; // the step kind the next kill goes to, in turn
  try {
    await bot.start();
    const run = `${store}${options.seed}`;
    for (let cycle = 0; figures.kills < options.kills || cycle === 0; cycle += 1) {
      if (performance.now() > deadline) {
        figures.unexpected.push(`stopped at the time budget after ${figures.kills} kills`);
        break;
      }
      const w = makeCycle(run, cycle, options, connector.url);
      world.teams.set(w.teamId, w.team);
      await install(bot, connector, w, figures);
      const killIn = new Set();
      const want = Math.min(options.killsPerCycle, options.kills - figures.kills);
      for (let k = 0; k < want; k += 1) killIn.add(options.steps[(next + k) % options.steps.length]);
      next = (next + want) % options.steps.length;
      for (const step of STEPS) {
        let timer = null;
        let killing = null;
        if (killIn.has(step)) {
          const delay = rng.next() * 1.2 * durations[step];
          timer = setTimeout(() => {
            figures.kills += 1;
            figures.killedDuring[step] += 1;
            killing = bot.killAndRestart();
          }, delay);
        }
        const stepStarted = performance.now();
        if (step === 'turns') await interviews(bot, connector, w, figures);
        if (step === 'round') await round(bot, connector, w, figures);
        if (step === 'decisions') await decisions(bot, connector, w, figures, rng, rows);
        if (step === 'invitations') await invitations(bot, connector, w, figures);
        if (timer) clearTimeout(timer);
        if (killing) {
          await killing;
          // The kill came after the step's own work: what the bot still owed is finished after the restart.
          await settle(bot, connector);
        } else if (!killIn.has(step)) {
          durations[step] = 0.7 * durations[step] + 0.3 * (performance.now() - stepStarted);
        } else {
          // The kill was due after the step had ended: the estimate was too long, so the next try aims within what it took.
          durations[step] = performance.now() - stepStarted;
        }
        figures.stepSeconds[step] = (figures.stepSeconds[step] ?? 0) + (performance.now() - stepStarted) / 1000;
        if (step === 'round') await rows.refresh();
        if (killIn.has(step) && !killing) {
          // The step ended before its kill was due: not counted as a kill; the next cycle tries this kind again.
          next = options.steps.indexOf(step);
        }
      }
      await rows.refresh();
      checkCycle(w, connector, rows, figures);
      figures.cycles += 1;
      if (figures.cycles % 5 === 0) progress(figures, started);
    }
    await bot.stop();
    figures.corruptRows = corruptRows(await rows.refresh());
    if (rows.integrity !== 'ok') figures.corruptRows.push(`integrity check: ${rows.integrity.slice(0, 300)}`);
    figures.corrupt = figures.corruptRows.length;
    figures.botErrors = botErrors(bot.logs);
  } finally {
    await bot.stop().catch(() => {});
    await connector.close();
    azurite?.stop();
    if (!options.keep) {
      for (const work of bot.works) rmSync(work, { recursive: true, force: true });
      if (dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
    } else {
      console.log(`kept: ${[...bot.works, dataDirectory].filter(Boolean).join(' ')}`);
    }
  }
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

/** Unhandled errors in the bot's logs ("fail:" or "crit:"), grouped by their first line; an error logged while a kill was cut short is still one. */
function botErrors(logFiles) {
  const groups = new Map();
  for (const file of logFiles) {
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      const m = /^(fail|crit): ([^[]+)/.exec(lines[i]);
      if (!m) continue;
      const key = `${m[1]}: ${m[2].trim()}: ${(lines[i + 1] ?? '').trim().replace(/\d+/g, 'N').slice(0, 120)}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
  }
  return [...groups].map(([key, n]) => ({ key, n }));
}

function progress(f, started) {
  const lost = Object.values(f.lost).reduce((a, b) => a + b, 0);
  const dup = Object.values(f.duplicated).reduce((a, b) => a + b, 0);
  console.log(`  … ${f.store}: ${f.cycles} cycles, ${f.kills} kills, ${f.intros} intros, ${lost} lost, ${dup} duplicated, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function report(f) {
  const lost = Object.values(f.lost).reduce((a, b) => a + b, 0);
  const dup = Object.values(f.duplicated).reduce((a, b) => a + b, 0);
  const startS = [...f.startSeconds].sort((a, b) => a - b);
  console.log(`\n${f.store}: ${f.kills} kills in ${f.cycles} cycles, ${f.seconds.toFixed(0)} s (bot start p50 ${startS[Math.floor(startS.length / 2)]?.toFixed(1)} s)`);
  console.log(`  kills by step: ${STEPS.map((s) => `${s} ${f.killedDuring[s]}`).join(', ')}`);
  console.log(`  work: ${f.turns} member turns, ${f.intros} intros, ${f.clicks} clicks, ${f.decided} decided (${f.connected} connected), ${f.invitations} members to invite`);
  console.log(`  time by step: ${Object.entries(f.stepSeconds).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}`);
  console.log(`  sent again after a kill: ${Object.entries(f.resent).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  console.log(`  lost: ${lost} (${Object.entries(f.lost).map(([k, v]) => `${k} ${v}`).join(', ')}; replies lost on a redelivered turn: ${f.repliesLostAfterRedelivery})`);
  console.log(`  duplicated: ${dup} (${Object.entries(f.duplicated).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`  corrupt rows: ${f.corrupt}${f.corrupt ? `: ${f.corruptRows.slice(0, 5).join('; ')}` : ''}`);
  if (f.botErrors.length) console.log(`  bot log errors:\n${f.botErrors.slice(0, 15).map((e) => `    ${e.n} × ${e.key}`).join('\n')}`);
  if (f.unexpected.length) console.log(`  unexpected answers: ${f.unexpected.length}\n${f.unexpected.slice(0, 10).map((u) => `    ${u}`).join('\n')}`);
  if (f.details.length) console.log(`  details:\n${f.details.slice(0, 30).map((d) => `    ${d}`).join('\n')}`);
  return lost + dup + f.corrupt;
}

/** Runs the harness; returns { figures: [per store], failures }. Exported for the short version in the test suite. */
export async function crashInjection(argv) {
  const options = readOptions(argv);
  const deadline = performance.now() + options.budgetMs;
  const all = [];
  let failures = 0;
  for (const store of options.stores) {
    console.log(`crash-injection: ${store}, ${options.kills} kills, ${options.killsPerCycle} per cycle, ${options.members} members per team, seed ${options.seed}`);
    const figures = await runStore(store, options, deadline);
    failures += report(figures);
    all.push(figures);
  }
  if (options.json) writeFileSync(options.json, JSON.stringify(all, null, 2));
  return { figures: all, failures };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  crashInjection(process.argv.slice(2)).then(
    ({ failures }) => process.exit(failures > 0 ? 1 : 0),
    (error) => {
      console.error(`crash-injection failed: ${error.stack ?? error}`);
      process.exit(2);
    },
  );
}
