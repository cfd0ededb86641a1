// The built bot as a child process, for the scripts that drive it (turn-bench, fuzz-activities): started on 127.0.0.1
// in a temporary folder of its own (its log and embedded store), ready once /healthz answers 200, watched through /proc,
// and stopped on every exit, error or Ctrl+C, so no script leaves a bot behind.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START_TIMEOUT_MS = 90_000;

let bot = null; // { child, exited, log, logFile, work, keep }

function kill(signal) {
  if (!bot || bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  try {
    process.kill(-bot.child.pid, signal);
  } catch {
    // Already gone.
  }
}

function removeWork() {
  if (bot?.work && !bot.keep) rmSync(bot.work, { recursive: true, force: true });
}

process.on('exit', () => {
  kill('SIGKILL');
  removeWork();
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the bot.`);
    kill('SIGKILL');
    removeWork();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/**
 * Starts `dotnet dll` on 127.0.0.1:`port` (0: a free one) in a new folder under the system's temporary one, named
 * `prefix`…, with the environment `env(work)` gives for that folder; kept afterwards when `keep`. Returns
 * { url, pid, work, logFile } once /healthz answers 200.
 */
export async function startBot({ dll, port = 0, keep = false, prefix = 'connectorbot-', env }) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const logFile = join(work, 'bot.log');
  const child = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`], {
    cwd: work,
    env: env(work),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  bot = { child, exited, log, logFile, work, keep };
  let output = '';
  const url = await new Promise((resolveUrl, rejectUrl) => {
    const timer = setTimeout(() => rejectUrl(new Error(`the bot did not start listening within ${START_TIMEOUT_MS / 1000} s:\n${output.slice(-3000)}`)), START_TIMEOUT_MS);
    const onData = (chunk) => {
      log.write(chunk);
      if (output.length < 200_000) output += chunk.toString();
      const found = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolveUrl(found[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      rejectUrl(new Error(`could not start dotnet: ${error.message}`));
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      rejectUrl(new Error(`the bot exited early (code ${code}, signal ${signal}):\n${output.slice(-3000)}`));
    });
  });
  // Later output goes to the log only.
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.on('data', (chunk) => log.write(chunk));
  child.stderr.on('data', (chunk) => log.write(chunk));

  const deadline = Date.now() + START_TIMEOUT_MS;
  while ((await healthz(url)) !== 200) {
    if (Date.now() > deadline) throw new Error(`${url}/healthz did not answer 200 within ${START_TIMEOUT_MS / 1000} s.`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pid: child.pid, work, logFile };
}

/** Stops the bot (SIGTERM, SIGKILL after 5 s), closes its log and removes its folder unless kept; says where it was kept. */
export async function stopBot() {
  if (!bot) return;
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 5_000);
  await bot.exited;
  clearTimeout(timer);
  kill('SIGKILL');
  await new Promise((r) => bot.log.end(r));
  if (bot.keep) console.log(`kept ${bot.work} (bot.log, data/)`);
  removeWork();
}

/**
 * Kills the bot at once with SIGKILL, as a crash or an evicted container would (no shutdown, nothing flushed), waits
 * for it to be gone and closes its log; its folder is removed unless kept. Returns the log file's path.
 */
export async function killBot() {
  if (!bot) return null;
  kill('SIGKILL');
  await bot.exited;
  await new Promise((r) => bot.log.end(r));
  const { logFile } = bot;
  removeWork();
  bot = null;
  return logFile;
}

/** GET /healthz: its status, or 'timeout' / 'network error'. */
export async function healthz(url) {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return error.name === 'TimeoutError' ? 'timeout' : 'network error';
  }
}

/** A size field of /proc/<pid>/status (VmHWM, VmRSS) in bytes; null off Linux or once the bot is gone. */
export function procStatus(field) {
  try {
    const line = readFileSync(`/proc/${bot.child.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The bot's CPU time so far (user + system), in seconds; null off Linux. */
export function cpuSeconds() {
  try {
    const stat = readFileSync(`/proc/${bot.child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (100/s on Linux)
  } catch {
    return null;
  }
}
