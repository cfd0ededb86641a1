// The two SDK echo bots the load comparison runs beside ConnectorBot: installed from npm (pinned versions) into a cache
// folder git ignores (.load-cache/ at the repository root), started as child processes on 127.0.0.1, and stopped on
// every exit, error or Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
export const CACHE = join(repoRoot, '.load-cache');

export const ECHO_BOTS = {
  botbuilder: {
    label: 'botbuilder-js 4.23.3 echo bot (auth off)',
    packages: ['botbuilder@4.23.3', 'express@4.21.2'],
    entry: join(here, 'echo-botbuilder.cjs'),
  },
  agents: {
    label: 'Microsoft 365 Agents SDK 1.8.1 echo bot (auth off)',
    packages: ['@microsoft/agents-hosting@1.8.1', '@microsoft/agents-hosting-express@1.8.1'],
    entry: join(here, 'echo-agents.cjs'),
  },
  // Not an SDK: the floor, the cheapest bot .NET can be on this harness (scripts/load/floor-bot), to tell what the
  // harness itself costs from what ConnectorBot's turn costs.
  floor: {
    label: 'floor: ASP.NET Core minimal API, one reply, nothing else (auth off)',
    project: join(here, 'floor-bot'),
    replies: 1,
  },
  // The same floor sending three replies a turn, as many as an answer turn's connector calls (2–3 replies, and the
  // playback card after every third).
  floor3: {
    label: 'floor, three replies a turn (auth off)',
    project: join(here, 'floor-bot'),
    replies: 3,
  },
};

const running = new Set();
process.on('exit', () => {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/** Installs the bot's packages into .load-cache/<name> unless its marker says they are there; prints what it does. */
export function installEchoBot(name) {
  const bot = ECHO_BOTS[name];
  if (bot.project) return buildDotnetBot(name);
  const folder = join(CACHE, name);
  const marker = join(folder, 'installed.txt');
  const wanted = bot.packages.join(' ');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return folder;
  mkdirSync(folder, { recursive: true });
  if (!existsSync(join(folder, 'package.json'))) writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
  console.log(`installing ${wanted} into ${folder} …`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--save-exact', ...bot.packages], {
    cwd: folder,
    stdio: 'inherit',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`npm install of ${wanted} failed (status ${result.status}).`);
  writeFileSync(marker, wanted);
  return folder;
}

/** Builds a .NET bot's project (Release) into .load-cache/<name>; returns the folder. */
function buildDotnetBot(name) {
  const folder = join(CACHE, 'floor-bot');
  console.log(`building ${ECHO_BOTS[name].project} into ${folder} …`);
  const result = spawnSync('dotnet', ['build', ECHO_BOTS[name].project, '-c', 'Release', '-o', folder, '-v', 'quiet', '-nologo'], {
    stdio: 'inherit',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`dotnet build of ${ECHO_BOTS[name].project} failed (status ${result.status}).`);
  return folder;
}

export function freePort() {
  return new Promise((resolvePort, rejectPort) => {
    const probe = net.createServer();
    probe.once('error', rejectPort);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Starts the echo bot `name`; resolves { url, pid, stop() } once its port accepts connections (at most 60 s). */
export async function startEchoBot(name) {
  const folder = installEchoBot(name);
  const port = await freePort();
  const [command, commandArgs, env] = ECHO_BOTS[name].project
    ? ['dotnet', [join(folder, 'FloorBot.dll'), '--urls', `http://127.0.0.1:${port}`, '--replies', String(ECHO_BOTS[name].replies)], { ASPNETCORE_ENVIRONMENT: 'Production' }]
    : [process.execPath, ['--require', join(here, '..', 'loopback-only.cjs'), ECHO_BOTS[name].entry], { NODE_PATH: join(folder, 'node_modules'), PORT: String(port), NODE_ENV: 'development', DEBUG: '' }];
  const child = spawn(command, commandArgs, {
    cwd: folder,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const collect = (chunk) => {
    if (output.length < 100_000) output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited early:\n${output.slice(-3000)}`);
    if (await accepts(port)) break;
    if (Date.now() > deadline) throw new Error(`${name} did not listen within 60 s:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    output: () => output,
    stop: async () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
      running.delete(child);
    },
  };
}

function accepts(port) {
  return new Promise((r) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      r(true);
    });
    socket.once('error', () => r(false));
  });
}
