// A member's first conversation with the bot, in the Playground's personal chat (the current user, Ada).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPlayground } from './support/browser.mjs';
import { startStack } from './support/stack.mjs';
import { botMessage, cardButton, cardWithButton, see, send } from './support/teams.mjs';

const answers = [
  'Get shop-floor checks off paper.',
  'someone who has already moved shop-floor checks from clipboards to devices',
  'I fixed the Wi-Fi dead zones in the warehouse last spring.',
];

test('personal chat: the welcome appears, the member answers three questions, sees the summary and shares', { timeout: 120_000 }, async (t) => {
  const stack = await startStack(t);
  const page = await openPlayground(t, stack);

  await see(botMessage(page, "I'm ConnectorBot. I introduce people here"), 'the welcome in the personal chat');
  await see(botMessage(page, 'What are you hoping to accomplish? A goal for the coming months'), 'the first question');

  await send(page, answers[0]);
  await see(botMessage(page, 'Great goal:'), 'the first answer acknowledged');
  await see(botMessage(page, 'Who can I connect you with to make that happen? Describe the person'), 'the second question');

  await send(page, answers[1]);
  await see(botMessage(page, "I'll keep an eye out for that person"), 'the second answer acknowledged');
  await see(botMessage(page, 'What could you help others with? Something you know well'), 'the third question');

  await send(page, answers[2]);
  await see(botMessage(page, 'may I share your name and these answers'), 'the consent question');
  const summary = cardWithButton(page, 'Yes, share me in intro cards');
  await see(summary, 'the summary card');
  const text = await summary.innerText();
  assert.match(text, /Your answers/);
  for (const answer of answers) assert.ok(text.includes(answer), `The summary card shows "${answer}":\n${text}`);
  assert.match(text, /You haven't chosen yet/);
  assert.equal(await cardButton(summary, 'Keep me private').count(), 1, 'The summary card offers "Keep me private".');

  await cardButton(summary, 'Yes, share me in intro cards').click();
  await see(botMessage(page, "You'll appear in intro suggestions"), 'the thanks for sharing');

  // export: what is kept, in plain words, and the complete copy in a card (the Playground shows no files).
  await send(page, 'export');
  const kept = page.locator('.ac-adaptiveCard', { hasText: 'Everything I keep about you' }).last();
  await see(kept, 'the export summary card');
  const keptText = await kept.innerText();
  for (const answer of answers) assert.ok(keptText.includes(answer), `The export summary shows "${answer}":\n${keptText}`);
  assert.doesNotMatch(keptText, /EditingOne|ChatServiceUrl|PartitionKey|Profiles|"tables"/, 'The summary speaks the member\'s language, not the tables\'.');
  const copy = cardWithButton(page, 'Show the complete copy (JSON)');
  await see(copy, 'the complete copy behind a button');
  await cardButton(copy, 'Show the complete copy (JSON)').click();
  await see(copy.getByText('"exportedAt"'), 'the complete copy as JSON');
  assert.match(await copy.innerText(), /connectorbot-my-data-\d{4}-\d{2}-\d{2}\.json/);
  await kept.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'TestResults/e2e-logs/export.png', fullPage: true });

  // forget me: the card asks, Delete deletes; the same card clicked late says so truthfully, and "hi" starts afresh.
  await send(page, 'forget me');
  const forget = cardWithButton(page, 'Delete my data');
  await see(forget, 'the forget-me confirmation card');
  await cardButton(forget, 'Delete my data').click();
  await see(botMessage(page, "Done. I've deleted everything I kept about you"), 'the deletion confirmed');
  await cardButton(forget, 'Cancel').click();
  await see(botMessage(page, "I've already deleted everything I kept about you, so this card's buttons"), 'the late Cancel answered truthfully');
  await send(page, 'hi');
  await see(botMessage(page, 'What are you hoping to accomplish? A goal for the coming months').nth(1), 'the interview starting afresh');
  await page.screenshot({ path: 'TestResults/e2e-logs/forget-me.png', fullPage: true });
});
