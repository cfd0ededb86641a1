// The short version of the crash-injection harness (scripts/crash-injection.mjs; its long version and figures are in
// BENCHMARKS.md): on each store, the built bot is SIGKILLed once while a round is posted, once while members click
// Accept / Not now and once while "invite everyone" walks the roster, started again on the same store, and checked:
// nothing lost, nothing posted or sent twice, no corrupt row. Azurite (node_modules) and sqlite3 are needed: without
// them the test fails, it never skips.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { crashInjection } from '../scripts/crash-injection.mjs';

// Kills while members answer are left to the long run: a turn cut off mid-way and redelivered finds its once-only
// marker and is dropped (BotFramework/Turns, being rewritten), which would fail this test for a known reason.
const args = ['--kills', '3', '--kills-per-cycle', '3', '--steps', 'round,decisions,invitations', '--members', '4', '--seed', '3', '--budget', '5'];

for (const store of ['sqlite', 'azurite']) {
  test(`crash injection on ${store}: three kills lose nothing, duplicate nothing, corrupt nothing`, { timeout: 300_000 }, async () => {
    const { figures: [f] } = await crashInjection([...args, '--store', store]);
    assert.ok(f.kills >= 3, `Only ${f.kills} kills landed.`);
    assert.ok(f.intros > 0, 'The round made no intro: nothing was checked.');
    assert.deepEqual(f.lost, { intros: 0, handoffs: 0, cardUpdates: 0, replies: 0, invitations: 0 }, f.details.join('\n'));
    assert.deepEqual(f.duplicated, { posts: 0, handoffs: 0, invitations: 0 }, f.details.join('\n'));
    assert.deepEqual(f.corruptRows, []);
  });
}
