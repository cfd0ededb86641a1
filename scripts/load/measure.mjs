// Figures the load scripts share: percentiles, a process's CPU time and RSS from /proc, the machine's load, and the
// comparison of what a connector received with what the turns should have sent.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** user + system CPU seconds of `pid` so far; null when it is gone or off Linux. */
export function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** A size field of /proc/<pid>/status (VmRSS, VmHWM) in MB; null when it is gone or off Linux. */
export function memoryOf(pid, field = 'VmRSS') {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export const loadAverage = () => os.loadavg().map((v) => v.toFixed(2)).join(' ');

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `pid` has used under 5 % of a core for a second (background work done), at most `maxMs`; returns s waited. */
export async function waitUntilIdle(pid, maxMs = 60_000) {
  const started = Date.now();
  let before = cpuSecondsOf(pid);
  if (before === null) return null;
  while (Date.now() - started < maxMs) {
    await sleep(1_000);
    const now = cpuSecondsOf(pid);
    if (now - before < 0.05) return (Date.now() - started) / 1000;
    before = now;
  }
  return (Date.now() - started) / 1000;
}

/**
 * Compares, per conversation, the replies expected (a count, or a list of keys in order) with those the connector
 * recorded ([[time, key], …]), ignoring keys `ignore` matches. Returns { expected, delivered, lost, duplicated, outOfOrder }.
 */
export function compareDeliveries(expected, recorded, ignore = () => false) {
  const totals = { expected: 0, delivered: 0, lost: 0, duplicated: 0, outOfOrder: 0, ignored: 0 };
  for (const [conversationId, want] of expected) {
    const all = recorded[conversationId] ?? [];
    const got = all.filter(([, key]) => !ignore(key)).map(([, key]) => key);
    totals.ignored += all.length - got.length;
    const wantCount = typeof want === 'number' ? want : want.length;
    totals.expected += wantCount;
    totals.delivered += got.length;
    if (typeof want === 'number') {
      totals.lost += Math.max(0, want - got.length);
      totals.duplicated += Math.max(0, got.length - want);
      continue;
    }
    const left = new Map();
    for (const key of want) left.set(key, (left.get(key) ?? 0) + 1);
    for (const key of got) {
      if (left.get(key) > 0) left.set(key, left.get(key) - 1);
      else totals.duplicated += 1;
    }
    const lost = [...left.values()].reduce((s, n) => s + n, 0);
    totals.lost += lost;
    if (!lost && got.length === want.length && want.some((key, i) => got[i] !== key)) totals.outOfOrder += 1;
  }
  for (const conversationId of Object.keys(recorded)) {
    if (!expected.has(conversationId)) totals.duplicated += recorded[conversationId].filter(([, key]) => !ignore(key)).length;
  }
  return totals;
}
