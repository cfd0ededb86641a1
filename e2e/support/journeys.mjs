// Steps several journeys share: the Playground's user answering the interview and sharing, and reading an id the bot
// logged (the e2e side cannot see other members' 1:1 chats, so it learns the intro a click made from the bot's log).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { botMessage, cardButton, cardWithButton, see, send } from './teams.mjs';

/** Answers the three questions in the Playground's personal chat and says yes to being shared. */
export async function answerAndShare(page, answers) {
  await see(botMessage(page, 'What are you hoping to accomplish?'), 'the first question');
  for (const [i, answer] of answers.entries()) {
    await send(page, answer);
    if (i < answers.length - 1) await see(botMessage(page, i === 0 ? 'Who can I connect you with' : 'What could you help others with?'), `question ${i + 2}`);
  }
  const summary = cardWithButton(page, 'Yes, share me in intro cards');
  await see(summary, 'the summary card');
  await cardButton(summary, 'Yes, share me in intro cards').click();
  await see(botMessage(page, "You'll appear in intro suggestions"), 'the thanks for sharing');
}

/** How many lines of the bot's log match `pattern` (a /g regex) so far. */
export function countInBotLog(stack, pattern) {
  return [...readFileSync(join(stack.logs, 'bot.log'), 'utf8').matchAll(pattern)].length;
}

/**
 * The newest match of `pattern` (a /g regex) in the bot's log beyond the first `after` (so an earlier line of the same
 * shape is never taken for the one awaited: the log is written a moment after the bot answers), waiting up to 15 s.
 */
export async function fromBotLog(stack, pattern, what, after = 0) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const matches = [...readFileSync(join(stack.logs, 'bot.log'), 'utf8').matchAll(pattern)];
    if (matches.length > after) return matches.at(-1);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Expected the bot to log ${what} within 15 s.`);
}
