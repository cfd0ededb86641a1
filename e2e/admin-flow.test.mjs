// A team admin (Ada, who installs the bot) runs a first round by hand: install in the team, settings,
// the intro channel, Match now, post; the intro channel then shows the suggested introductions, and a member who says
// "forget me" is withdrawn from the card that named them.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPlayground } from './support/browser.mjs';
import { seedFiveInterviews } from './support/interviews.mjs';
import { chatAs, mockTenant } from './support/members.mjs';
import { startStack } from './support/stack.mjs';
import { cardButton, cardWithButton, channelThread, mentionBot, openConversation, see } from './support/teams.mjs';

test('admin flow: install in a team, pick the intro channel, match now and post two intros', { timeout: 120_000 }, async (t) => {
  const stack = await startStack(t);
  const tenant = await mockTenant(stack);
  await seedFiveInterviews(stack, tenant);
  const page = await openPlayground(t, stack);

  // Selecting a team channel for the first time installs the bot in the team.
  await openConversation(page, 'Contoso - General');
  await see(channelThread(page, "Hi everyone, I'm ConnectorBot!"), 'the install welcome in General');
  await see(channelThread(page, 'is now my admin in this team'), 'who the admin is, in the welcome');

  await mentionBot(page, 'settings');
  const opener = cardWithButton(page, 'Open settings');
  await see(opener, 'the settings card with "Open settings"');
  await cardButton(opener, 'Open settings').click();

  const form = cardWithButton(page, 'Save');
  await see(form, 'the settings form');

  const channel = form.getByRole('combobox').first();
  assert.equal(await channel.inputValue(), 'General', 'The intro channel starts as the channel the admin is in.');
  await channel.click();
  await page.getByRole('option', { name: 'Intros', exact: true }).click();
  await cardButton(form, 'Save').click();
  await see(page.locator('.ac-adaptiveCard', { hasText: /✅ Saved\./ }), '"Saved" on the settings card');

  // A value the bot refuses comes back as typed, with the problem under its field, and nothing is saved.
  await form.getByRole('spinbutton').first().fill('2.5');
  await cardButton(form, 'Save').click();
  await see(form.getByText('Intros per member must be a whole number from 1 to 3.'), 'the problem under its field');
  assert.equal(await form.getByRole('spinbutton').first().inputValue(), '2.5', 'The refused value is shown as typed.');
  assert.match(await form.innerText(), /Nothing was saved yet/);
  await page.screenshot({ path: 'TestResults/e2e-logs/admin-flow-settings-refused.png', fullPage: true });

  await cardButton(cardWithButton(page, 'Match now…'), 'Match now…').click();
  const preview = cardWithButton(page, 'Post these intros');
  await see(preview, 'the Match now preview');
  const previewText = await preview.innerText();
  assert.match(previewText, /Posting now would suggest 2 intros in Intros/);
  assert.match(previewText, /Ben One ↔ Cy Two/);
  assert.match(previewText, /Di Three ↔ Eve Four/);

  await cardButton(preview, 'Post these intros').click();
  await see(page.locator('.ac-adaptiveCard', { hasText: 'Posted 2 intros in Intros' }), 'the "Posted 2 intros" confirmation');

  await openConversation(page, 'Contoso - Intros');
  const intros = page.locator('.ac-adaptiveCard', { hasText: 'Suggested introduction' });
  await see(intros.nth(1), 'two intro cards in the Intros channel');
  assert.equal(await intros.count(), 2, 'The Intros channel shows exactly two intro cards.');
  const texts = (await intros.allInnerTexts()).join('\n---\n');
  assert.match(texts, /Ben One.*↔.*Cy Two/);
  assert.match(texts, /Di Three.*↔.*Eve Four/);
  assert.doesNotMatch(texts, /Fay Five/, 'The member left over is in no card.');
  // What a member sees, kept with the logs for a person to look at.
  await page.screenshot({ path: 'TestResults/e2e-logs/admin-flow-intro-cards.png', fullPage: true });
  for (let i = 0; i < 2; i++) {
    assert.equal(await cardButton(intros.nth(i), 'Accept').count(), 1, `Intro card ${i + 1} has Accept.`);
    assert.equal(await cardButton(intros.nth(i), 'Not now').count(), 1, `Intro card ${i + 1} has Not now.`);
  }

  // Ben says "forget me": his intro's card is withdrawn for everyone, without his name or answers; the other stays.
  await chatAs(stack, tenant, tenant.users[0], ['forget me', 'yes']);
  const withdrawn = page.locator('.ac-adaptiveCard', { hasText: 'This intro was withdrawn' });
  await see(withdrawn, 'the withdrawn intro card', 60_000);
  const withdrawnText = await withdrawn.innerText();
  assert.doesNotMatch(withdrawnText, /Ben One|Cy Two|shop-floor|Wi-Fi/, 'The withdrawn card names nobody and quotes nothing.');
  assert.equal(await withdrawn.locator('button').count(), 0, 'The withdrawn card has no buttons.');
  assert.match((await intros.allInnerTexts()).join('\n'), /Di Three.*↔.*Eve Four/, 'The other intro stays.');
  await page.screenshot({ path: 'TestResults/e2e-logs/admin-flow-withdrawn.png', fullPage: true });
});
