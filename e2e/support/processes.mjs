// Child processes of the end-to-end tests: each runs in its own process group (detached), so stopping
// it stops everything it started, and every group still alive is killed when the test process exits.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

const running = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, 'SIGKILL');
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/**
 * Starts a command in its own process group, copies its output to logFile, and resolves with the
 * first match of `ready` in its output (stdout or stderr). Rejects, with the output's tail, when the
 * process exits first or `ready` does not appear within timeoutMs.
 */
export async function startProcess({ name, command, args, cwd, env, logFile, ready, timeoutMs = 30_000 }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
    running.delete(child);
    resolve({ code, signal });
  }));
  const log = createWriteStream(logFile);
  let output = '';
  const handle = {
    name,
    child,
    logFile,
    output: () => output,
    stop: async () => {
      await stopProcess(handle, exited);
      log.end();
    },
  };
  const match = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not get ready within ${timeoutMs / 1000} s`), timeoutMs);
    function fail(why) {
      clearTimeout(timer);
      reject(new Error(`${name} ${why}. Its output (${logFile}):\n${output.slice(-4000)}`));
    }
    const onData = (chunk) => {
      log.write(chunk);
      output += chunk.toString();
      const found = ready.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => fail(`could not start (${error.message})`));
    exited.then(({ code, signal }) => fail(`exited early (code ${code}, signal ${signal})`));
  }).catch(async (error) => {
    await handle.stop();
    throw error;
  });
  return { ...handle, match };
}

/** SIGTERM to the group, then SIGKILL after a grace period; resolves when the leader has exited. */
async function stopProcess(handle, exited) {
  const { child } = handle;
  if (child.exitCode === null && child.signalCode === null) {
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  // Anything the leader left behind in its group goes too.
  killGroup(child, 'SIGKILL');
}
