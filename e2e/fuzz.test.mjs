// The fuzzer's short run (issue 17): signed, generated and mutated activities at the built bot, none may get a 5xx or
// go unanswered, and /healthz must answer 200 at the end. The long run (100,000 activities) is a benchmark: see
// BENCHMARKS.md. A fresh seed each day, printed, so the suite explores over time and a failure can be replayed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const repoRoot = resolve(import.meta.dirname, '..');
const dll = join(repoRoot, 'bot/bin/Debug/net10.0/ConnectorBot.dll');
const count = 2000;

test(`${count} generated activities: no 5xx, no request unanswered, healthy at the end`, { timeout: 240_000 }, async () => {
  assert.ok(existsSync(dll), `the built bot is missing at ${dll}: run dotnet build first`);
  const seed = Math.floor(Date.now() / 86_400_000);
  const out = join(mkdtempSync(join(tmpdir(), 'connectorbot-fuzz-')), 'fuzz-5xx.jsonl');
  const child = spawn(process.execPath, [join(repoRoot, 'scripts/fuzz-activities.mjs'), '--dll', dll, '--count', String(count), '--seed', String(seed), '--out', out], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const code = await new Promise((done) => child.on('exit', (c, signal) => done(c ?? signal)));
  const found = existsSync(out) ? readFileSync(out, 'utf8').trim() : '';
  assert.equal(code, 0, `seed ${seed}: the fuzzer found a problem (replay: node scripts/fuzz-activities.mjs --dll ${dll} --seed ${seed} --count ${count})\n${output.slice(-4000)}\n${found.slice(0, 4000)}`);
});
