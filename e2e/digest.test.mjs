// The give digest: Ada (the Playground's user, the team's admin) sets the team's schedule so this week's digest is due
// now (rounds paused), gets her digest in her chat with a colleague whose need her offer fits, offers to help; the
// colleague says yes privately, and both are connected. Nothing goes to a channel.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { openPlayground } from './support/browser.mjs';
import { seedFiveInterviews } from './support/interviews.mjs';
import { answerAndShare, fromBotLog } from './support/journeys.mjs';
import { clickAs, mockTenant } from './support/members.mjs';
import { startStack } from './support/stack.mjs';
import { botMessage, cardButton, cardWithButton, channelThread, mentionBot, openConversation, see } from './support/teams.mjs';

const adaAnswers = [
  'Open a second warehouse in Bristol.',
  'someone who has negotiated a warehouse lease',
  'I planned the wireless network for our steel-racked warehouse: access points, coverage surveys, the lot.',
];

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];


test('digest: the weekly give digest, Offer to help, the private yes, and both are connected', { timeout: 150_000 }, async (t) => {
  const stack = await startStack(t);
  const tenant = await mockTenant(stack);
  await seedFiveInterviews(stack, tenant);
  const page = await openPlayground(t, stack);

  await answerAndShare(page, adaAnswers);

  // Install in the team; as its admin, Ada pauses rounds and puts the round day yesterday at 00:00 UTC, so the digest
  // (the day after the round day, at its hour) is due today.
  await openConversation(page, 'Contoso - General');
  await see(channelThread(page, "Hi everyone, I'm ConnectorBot!"), 'the install welcome in General');
  await mentionBot(page, 'settings');
  const opener = cardWithButton(page, 'Open settings');
  await see(opener, 'the settings card');
  await cardButton(opener, 'Open settings').click();
  const form = cardWithButton(page, 'Save');
  await see(form, 'the settings form');
  const yesterday = weekdays[(new Date().getUTCDay() + 6) % 7];
  await form.getByRole('combobox').nth(2).click();
  await page.getByRole('option', { name: yesterday, exact: true }).click();
  await form.getByRole('combobox').nth(3).click();
  await page.getByRole('option', { name: '00:00', exact: true }).click();
  await form.getByRole('checkbox', { name: 'Pause intros for this team' }).check();
  assert.ok(await form.getByRole('checkbox', { name: /weekly digest/ }).isChecked(), 'The digest is on by default.');
  await cardButton(form, 'Save').click();
  await see(page.locator('.ac-adaptiveCard', { hasText: /✅ Saved\./ }), '"Saved" on the settings card');

  // The digest arrives in Ada's chat: Cy needs wireless coverage in a building full of steel racks.
  await openConversation(page, 'Personal Chat');
  const digest = page.locator('.ac-adaptiveCard', { hasText: 'looking for something you know' }).last();
  await see(digest, 'the weekly give digest', 45_000);
  const digestText = await digest.innerText();
  assert.match(digestText, /Cy Two/, `Cy's need is in the digest:\n${digestText}`);
  assert.match(digestText, /steel racks/);
  assert.match(digestText, /Why you/);
  await page.screenshot({ path: join(stack.logs, 'digest.png'), fullPage: true });
  await cardButton(digest, 'Offer to help Cy Two').click();
  await see(botMessage(page, "I've asked Cy Two privately"), 'the confirmation that Cy was asked');

  // Cy says yes in her own chat: Ada is handed off to her.
  const [, introId, teamId] = await fromBotLog(stack, /Offer of help in tenant \S+: the member in need asked privately \(intro (\S+) of team (\S+)\)\./g, 'the intro of the offer');
  const cy = tenant.users[1];
  const answer = await clickAs(stack, tenant, cy, 'intro.accept', { introId, teamId });
  assert.doesNotMatch(JSON.stringify(answer), /can't find|not for you/i, JSON.stringify(answer));
  await see(botMessage(page, "You're connected with Cy Two"), "the handoff to Cy in Ada's chat", 30_000);
  await page.screenshot({ path: join(stack.logs, 'digest-connected.png'), fullPage: true });
});
