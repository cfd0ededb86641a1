// A team so big that Match now's preview takes longer than Teams waits for a button (here: a wait of zero, as a team
// of thousands outlasts the default 3 s): the admin is told at once, the preview arrives in their private chat with the
// bot, never in the channel, and Post from there posts the intros in the intro channel.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { openPlayground } from './support/browser.mjs';
import { seedFiveInterviews } from './support/interviews.mjs';
import { mockTenant } from './support/members.mjs';
import { startStack } from './support/stack.mjs';
import { cardButton, cardWithButton, channelThread, mentionBot, openConversation, see } from './support/teams.mjs';

test('big team: the Match now preview follows in the admin\'s private chat, and Post there posts the intros', { timeout: 120_000 }, async (t) => {
  const stack = await startStack(t, { Intros__MatchNowAnswerWithin: '00:00:00' });
  const tenant = await mockTenant(stack);
  await seedFiveInterviews(stack, tenant);
  const page = await openPlayground(t, stack);

  await openConversation(page, 'Contoso - General');
  await see(channelThread(page, "Hi everyone, I'm ConnectorBot!"), 'the install welcome in General');
  await mentionBot(page, 'settings');
  await cardButton(cardWithButton(page, 'Open settings'), 'Open settings').click();
  const form = cardWithButton(page, 'Save');
  await see(form, 'the settings form');
  await form.getByRole('combobox').first().click();
  await page.getByRole('option', { name: 'Intros', exact: true }).click();
  await cardButton(form, 'Save').click();
  await see(page.locator('.ac-adaptiveCard', { hasText: /✅ Saved\./ }), '"Saved" on the settings card');

  // Pressed in the channel: the answer says the preview follows privately, and names nobody.
  await cardButton(cardWithButton(page, 'Match now…'), 'Match now…').click();
  const coming = page.locator('.ac-adaptiveCard', { hasText: 'the preview takes a little while' });
  await see(coming, 'the "preview takes a little while" answer');
  assert.doesNotMatch(await coming.innerText(), /Ben One|Cy Two|Di Three|Eve Four/, 'The answer in the channel names nobody.');

  // The preview itself, in Ada's private chat with the bot.
  await openConversation(page, 'Personal Chat');
  const preview = cardWithButton(page, 'Post these intros');
  await see(preview, 'the preview in the private chat', 30_000);
  const previewText = await preview.innerText();
  assert.match(previewText, /Posting now would suggest 2 intros in Intros/);
  assert.match(previewText, /Ben One ↔ Cy Two/);
  await page.screenshot({ path: join(stack.logs, 'big-team-preview-private.png'), fullPage: true });

  // Post from there: the round outlasts its wait too, so the answer is "still matching", and the intros reach the channel.
  await cardButton(preview, 'Post these intros').click();
  await see(page.locator('.ac-adaptiveCard', { hasText: "I'm still matching it" }), 'the "still matching" answer');
  await openConversation(page, 'Contoso - Intros');
  const intros = page.locator('.ac-adaptiveCard', { hasText: 'Suggested introduction' });
  await see(intros.nth(1), 'two intro cards in the Intros channel', 30_000);
  assert.equal(await intros.count(), 2, 'The Intros channel shows exactly two intro cards.');
  await openConversation(page, 'Contoso - General');
  assert.equal(await page.locator('.ac-adaptiveCard', { hasText: 'Posting now would suggest' }).count(), 0, 'No preview was ever shown in the channel.');
  await page.screenshot({ path: join(stack.logs, 'big-team-intro-cards.png'), fullPage: true });
});
