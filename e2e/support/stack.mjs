// The system under test: the built bot (embedded store in a fresh folder, Development, unauthenticated
// loopback allowed) and the Agents Playground talking to it, each on a free loopback port.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startProcess } from './processes.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const botDll = join(repoRoot, 'bot/bin/Debug/net10.0/ConnectorBot.dll');
const playgroundCli = join(repoRoot, 'node_modules/@microsoft/m365agentsplayground/cli.js');

/**
 * Starts the bot and the Playground for one test and registers their stop (and the temporary folder's
 * removal) with t.after, so they stop even when the test fails. Logs are kept in TestResults/e2e-logs.
 * `settings`: configuration for the bot beyond the defaults below (environment variable names, e.g. Intros__…).
 */
export async function startStack(t, settings = {}) {
  for (const [file, hint] of [[botDll, 'build the bot first: dotnet build ConnectorBot.sln (./test.sh does)'], [playgroundCli, 'install the npm tools first: scripts/npm-tools.sh (./test.sh does)']]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}.`);
  }
  const work = mkdtempSync(join(tmpdir(), 'connectorbot-e2e-'));
  const logs = join(repoRoot, 'TestResults/e2e-logs', `${slug(t.name)}-${process.pid}`);
  mkdirSync(logs, { recursive: true });
  const stoppers = [];
  t.after(async () => {
    for (const stop of stoppers.reverse()) await stop();
    rmSync(work, { recursive: true, force: true });
  });

  const bot = await startProcess({
    name: 'The bot',
    command: 'dotnet',
    args: [botDll, '--urls', 'http://127.0.0.1:0'],
    cwd: work,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      Bot__AllowUnauthenticatedLoopback: 'true',
      Storage__ConnectionString: '',
      Storage__DataDirectory: join(work, 'data'),
      // The intro outbox (card updates such as a withdrawal) is sent on the scheduler's tick: seconds, not a minute.
      Intros__SchedulerInterval: '00:00:02',
      ...settings,
    },
    logFile: join(logs, 'bot.log'),
    ready: /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/,
  });
  stoppers.push(bot.stop);
  const botUrl = bot.match[1];
  await waitForOk(`${botUrl}/healthz`, 'The bot');

  // The Playground reads its mock tenant from, and writes its devTools log to, its working folder.
  const playgroundHome = join(work, 'playground');
  mkdirSync(playgroundHome);
  copyFileSync(join(repoRoot, '.m365agentsplayground.yml'), join(playgroundHome, '.m365agentsplayground.yml'));
  const playground = await startProcess({
    name: 'The Agents Playground',
    command: process.execPath,
    args: ['--require', join(repoRoot, 'scripts/loopback-only.cjs'), playgroundCli,
      '-e', `${botUrl}/api/messages`, '-c', 'msteams', '--dt', '-p', '0'],
    cwd: playgroundHome,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' },
    logFile: join(logs, 'playground.log'),
    ready: /Listening on (\d+)/,
  });
  stoppers.push(async () => {
    await playground.stop();
    const devLog = join(playgroundHome, 'devTools/m365agentsplayground.log');
    if (existsSync(devLog)) copyFileSync(devLog, join(logs, 'playground-devtools.log'));
  });
  const playgroundUrl = `http://127.0.0.1:${playground.match[1]}`;
  await waitForOk(`${playgroundUrl}/_debug/ping`, 'The Agents Playground');

  return { botUrl, playgroundUrl, work, logs };
}

async function waitForOk(url, name, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s (${last}).`);
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}
