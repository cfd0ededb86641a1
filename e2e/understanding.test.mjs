// A member answers in Portuguese and with jargon, sees how the bot understood them (offline, the default), and
// corrects it with words of their own, in the Playground's personal chat.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPlayground } from './support/browser.mjs';
import { startStack } from './support/stack.mjs';
import { botMessage, cardButton, cardWithButton, see, send } from './support/teams.mjs';

const answers = [
  'Quero melhorar o nosso processo de CAPA',
  'someone who has been through an FDA 483 inspection',
  'I can run a 5 Whys root cause session',
];

test('understanding: answers in another language and with jargon are understood, played back and corrected', { timeout: 120_000 }, async (t) => {
  const stack = await startStack(t);
  const page = await openPlayground(t, stack);

  await see(botMessage(page, 'What are you hoping to accomplish?'), 'the first question');
  for (const [i, answer] of answers.entries()) {
    await send(page, answer);
    if (i < answers.length - 1) await see(botMessage(page, i === 0 ? 'Who can I connect you with' : 'What could you help others with?'), `question ${i + 2}`);
  }
  await see(cardWithButton(page, 'Yes, share me in intro cards'), 'the summary card');

  // Understood in the background, then played back in the chat once.
  const playback = page.locator('.ac-adaptiveCard', { hasText: "I've thought about your answers" }).last();
  await see(playback, 'the card saying how the answers were understood');
  const understood = await playback.innerText();
  assert.match(understood, /Here's how I understood you/);
  assert.match(understood, /Related: .*quality assurance/, `The Portuguese goal with "CAPA" is read as quality work:\n${understood}`);
  assert.match(understood, /Related: .*regulatory affairs/, `"FDA 483" is read as regulatory work:\n${understood}`);

  // Add words: the form opens inside the card; the first input is the goal's.
  await cardButton(playback, 'Add words').click();
  const goalWords = playback.locator('.ac-input-container input').first();
  await see(goalWords, 'the words form');
  await goalWords.fill('corrective and preventive actions, ISO 9001');
  await cardButton(playback, 'Save my words').click();
  await see(botMessage(page, 'From now on I read your goal with your words first: corrective and preventive actions, ISO 9001'), 'the words confirmed');

  // The summary shows the member's words first, before what was generated.
  await send(page, 'show');
  await see(page.locator('.ac-adaptiveCard', { hasText: 'Your words: corrective and preventive actions, ISO 9001' }), 'the words on the summary card');
  const summary = await page.locator('.ac-adaptiveCard', { hasText: 'Your words: corrective and preventive actions, ISO 9001' }).last().innerText();
  assert.ok(summary.indexOf('Your words: corrective and preventive actions') < summary.indexOf('Related: '), `The member's words come first:\n${summary}`);
  await page.screenshot({ path: 'TestResults/e2e-logs/understanding-summary.png', fullPage: true });
});
