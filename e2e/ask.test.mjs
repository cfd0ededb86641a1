// "Who can help me with…?": Ada (the Playground's user) asks and picks a colleague; then a colleague asks, picks Ada,
// and Ada sees the private question in her chat, says yes, and both are connected. Nothing goes to a channel.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { openPlayground } from './support/browser.mjs';
import { seedFiveInterviews } from './support/interviews.mjs';
import { answerAndShare, countInBotLog, fromBotLog } from './support/journeys.mjs';
import { chatAs, clickAs, mockTenant } from './support/members.mjs';
import { startStack } from './support/stack.mjs';
import { botMessage, cardButton, cardWithButton, channelThread, openConversation, see, send } from './support/teams.mjs';

const adaAnswers = [
  'Inspect every warehouse roof before winter.',
  'someone who has hired veterans from the armed services',
  'I fly the drone surveys of our warehouse roofs and can teach anyone to read the images.',
];


test('ask: who can help me with…, pick, the private question, yes, and both are connected', { timeout: 150_000 }, async (t) => {
  const stack = await startStack(t);
  const tenant = await mockTenant(stack);
  await seedFiveInterviews(stack, tenant);
  const page = await openPlayground(t, stack);

  // Ada answers and shares, and the bot is installed in the team she shares with the others.
  await answerAndShare(page, adaAnswers);
  await openConversation(page, 'Contoso - General');
  await see(channelThread(page, "Hi everyone, I'm ConnectorBot!"), 'the install welcome in General');
  await openConversation(page, 'Personal Chat');

  // Ada asks; the card names who may help, with why, and a button each.
  await send(page, "who can help me with reaching ex-Navy engineers through a veterans network?");
  const found = page.locator('.ac-adaptiveCard', { hasText: 'People who may help with' }).last();
  await see(found, 'the card of colleagues who may help');
  const foundText = await found.innerText();
  assert.match(foundText, /Eve Four/, `Eve (ex-Royal Navy, runs the veterans' network) is found:\n${foundText}`);
  assert.match(foundText, /veterans/);
  await page.screenshot({ path: join(stack.logs, 'ask-candidates.png'), fullPage: true });
  await cardButton(found, 'Ask Eve Four').click();
  await see(botMessage(page, "I've asked Eve Four privately"), 'the confirmation that Eve was asked');

  // Eve says yes in her own chat: Ada is handed off to her.
  const [, , eveIntroId, eveTeamId] = await fromBotLog(stack, /Ask (\S+) in tenant \S+: one colleague asked privately \(intro (\S+) of team (\S+)\)\./g, 'the intro of the pick');
  const eve = tenant.users[3];
  await clickAs(stack, tenant, eve, 'intro.accept', { introId: eveIntroId, teamId: eveTeamId });
  await see(botMessage(page, "You're connected with Eve Four"), 'the handoff to Eve in Ada\'s chat', 30_000);

  // Ben asks who can read drone images; he picks Ada, who sees the private question and says yes.
  const ben = tenant.users[0];
  const asksShown = /Ask (\S+) in tenant \S+: [1-9]\d* colleagues shown\./g;
  const asksBefore = countInBotLog(stack, asksShown);
  await chatAs(stack, tenant, ben, ['who can help me with reading drone images of a roof?']);
  const [, askId] = await fromBotLog(stack, asksShown, "Ben's ask", asksBefore);
  const pick = await clickAs(stack, tenant, ben, 'ask.pick', { askId, memberId: tenant.currentUser.aadObjectId });
  assert.doesNotMatch(JSON.stringify(pick), /find this ask|can.t ask/, `Ada was among the colleagues found for Ben: ${JSON.stringify(pick)}`);
  const question = cardWithButton(page, 'Yes, introduce us');
  await see(question, 'the private question in Ada\'s chat', 30_000);
  const questionText = await question.innerText();
  assert.match(questionText, /Ben One is looking for help/);
  assert.match(questionText, /drone images/);
  await page.screenshot({ path: join(stack.logs, 'ask-question.png'), fullPage: true });
  await cardButton(question, 'Yes, introduce us').click();
  await see(botMessage(page, "You're connected with Ben One"), 'the handoff to Ben in Ada\'s chat', 30_000);
  await page.screenshot({ path: join(stack.logs, 'ask-connected.png'), fullPage: true });
});
