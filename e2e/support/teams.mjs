// What a user does and sees in the Playground's Teams-like UI (selectors: shared/docs/agents-playground.md).
export const botName = 'ConnectorBot';

export const composeBox = (page) => page.locator('div[contenteditable="true"][role="textbox"]').first();

/** A bot message in a chat, by a piece of its text. */
export const botMessage = (page, text) => page.locator('.fai-OutputCard', { hasText: text });

/** The newest Adaptive Card that has a button with this title. */
export const cardWithButton = (page, title) =>
  page.locator('.ac-adaptiveCard', { has: page.locator(`button[title="${title}"]`) }).last();

export const cardButton = (card, title) => card.locator(`button[title="${title}"]`);

/** Opens a conversation in the left-hand tree, e.g. "Personal Chat" or "Contoso - General". */
export async function openConversation(page, label) {
  await page.locator(`[role=treeitem][aria-label="${label}"]`).click();
}

/** Types a message in the (first) compose box and sends it with Enter. */
export async function send(page, text) {
  await composeBox(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Posts "@ConnectorBot <text>" as a new channel post, picking the bot in the mention menu. */
export async function mentionBot(page, text) {
  await composeBox(page).click();
  await page.keyboard.type(`@${botName.slice(0, 9)}`);
  await page.locator('[role=listbox][aria-label="Typeahead menu"] [role=menuitem]', { hasText: botName }).click();
  await page.keyboard.type(` ${text}`);
  await page.keyboard.press('Enter');
}

/** A thread (post and its replies) in a team channel, by a piece of its text. */
export const channelThread = (page, text) => page.locator('[role=group].fui-Card', { hasText: text });

/** Waits until the user sees `locator`; the failure says what was expected. */
export async function see(locator, what, timeout = 15_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`Expected to see ${what} within ${timeout / 1000} s, but it did not appear.`, { cause: error });
  }
}
