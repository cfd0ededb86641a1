// The short version of the crash-injection harness (scripts/crash-injection.mjs; its long version and figures are in
// BENCHMARKS.md): on each store, the built bot is SIGKILLed during members' turns and some of: a round being posted, members clicking
// Accept / Not now, "invite everyone" walking the roster; started again on the same store, and checked:
// nothing lost, nothing posted or sent twice, no corrupt row. Azurite (node_modules) and sqlite3 are needed: without
// them the test fails, it never skips.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { crashInjection } from '../scripts/crash-injection.mjs';

// Kills during members' turns on both stores (a turn cut off mid-way is taken over by its redelivery), a round and clicks
// between them; the long run kills in every kind of step (invitations too) on each store.
const steps = { sqlite: 'turns,round', azurite: 'turns,decisions' };
const args = (store) => {
  const kills = String(steps[store].split(',').length);
  return ['--kills', kills, '--kills-per-cycle', kills, '--steps', steps[store], '--members', '3', '--seed', '3', '--budget', '5', '--store', store];
};

for (const store of ['sqlite', 'azurite']) {
  test(`crash injection on ${store} (${steps[store]}): nothing lost, duplicated or corrupt`, { timeout: 300_000 }, async () => {
    const { figures: [f] } = await crashInjection(args(store));
    assert.ok(f.kills >= 2, `Only ${f.kills} kills landed.`);
    assert.ok(f.intros > 0, 'The round made no intro: nothing was checked.');
    assert.deepEqual(f.lost, { intros: 0, handoffs: 0, cardUpdates: 0, replies: 0, invitations: 0 }, f.details.join('\n'));
    assert.deepEqual(f.duplicated, { posts: 0, handoffs: 0, invitations: 0 }, f.details.join('\n'));
    assert.deepEqual(f.corruptRows, []);
  });
}
