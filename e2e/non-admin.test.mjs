// A member who is not an admin (Ben) asks for the settings in a channel: the bot refuses, in the channel.
// The Playground's current user is always Ada, so Ben's mention goes through its custom-activity API.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPlayground } from './support/browser.mjs';
import { mentionAs, mockTenant } from './support/members.mjs';
import { startStack } from './support/stack.mjs';
import { channelThread, openConversation, see } from './support/teams.mjs';

test('non-admin: a member who is not an admin is refused the settings, in the channel', { timeout: 120_000 }, async (t) => {
  const stack = await startStack(t);
  const tenant = await mockTenant(stack);
  const page = await openPlayground(t, stack);

  await openConversation(page, 'Contoso - General');
  await see(channelThread(page, "Hi everyone, I'm ConnectorBot!"), 'the install welcome in General (Ada installed the bot)');

  const ben = tenant.users[0];
  const general = tenant.teams[0].channels.find((c) => c.name === 'General');
  await mentionAs(stack, tenant, ben, general.id, 'settings');
  await see(channelThread(page, "Sorry, only this team's ConnectorBot admins can do that."), 'the refusal in General');
  assert.equal(await page.locator('.ac-adaptiveCard button[title="Open settings"]').count(), 0, 'No settings card was posted.');
});
