// The mock tenant's other members. The Playground's current user is always the first one (Ada), so the
// others speak through activities sent as them, shaped like the Playground's own (its template).

/** The Playground's effective mock tenant: tenantId, bot, currentUser, users, teams. */
export async function mockTenant(stack) {
  const response = await fetch(`${stack.playgroundUrl}/_internal/v1/testConfig`);
  if (!response.ok) throw new Error(`The Playground's test config answered HTTP ${response.status}.`);
  return (await response.json()).config;
}

async function template(stack, conversationId) {
  const url = `${stack.playgroundUrl}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}&type=install`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The Playground's activity template answered HTTP ${response.status}.`);
  return response.json();
}

/** A message activity from `user` in `conversation`, as the Playground would send it. */
async function messageFrom(stack, user, conversation, text, extra = {}) {
  const base = await template(stack, conversation.id);
  const { action: _action, ...rest } = base;
  return {
    ...rest,
    type: 'message',
    id: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    text,
    textFormat: 'plain',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { ...base.conversation, ...conversation },
    ...extra,
  };
}

/** Opens a 1:1 chat between the bot and `user` in the Playground (as the bot would) and returns its id. */
async function personalChatOf(stack, tenant, user) {
  const response = await fetch(`${stack.playgroundUrl}/_connector/v3/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ bot: { id: tenant.bot.id }, members: [{ id: user.id }], tenantId: tenant.tenantId, isGroup: false }),
  });
  if (!response.ok) throw new Error(`The Playground refused a 1:1 chat for ${user.id}: HTTP ${response.status}.`);
  return (await response.json()).id;
}

/**
 * `user` tells the bot, in their own 1:1 chat, each of `messages` in turn. Sent straight to the bot's
 * /api/messages (the Playground's custom-activity endpoint answers before forwarding, which would let
 * a member's answers race each other); the bot answers after the turn, so the order is certain.
 * Its replies go to the Playground's 1:1 chat, which the UI does not show (it only shows Ada's).
 */
export async function chatAs(stack, tenant, user, messages) {
  const conversationId = await personalChatOf(stack, tenant, user);
  for (const text of messages) {
    const activity = await messageFrom(stack, user, { id: conversationId, conversationType: 'personal' }, text);
    const response = await fetch(`${stack.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (!response.ok) throw new Error(`The bot answered HTTP ${response.status} to ${user.name}'s message "${text}".`);
  }
}

/** `user` posts "@ConnectorBot <text>" in a team channel, through the Playground's custom-activity API. */
export async function mentionAs(stack, tenant, user, channelId, text) {
  const at = `<at>${tenant.bot.name}</at>`;
  const activity = await messageFrom(stack, user, { id: channelId }, `${at} ${text}`, {
    entities: [{ type: 'mention', mentioned: { id: tenant.bot.id, name: tenant.bot.name }, text: at }],
  });
  const response = await fetch(`${stack.playgroundUrl}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (!response.ok) throw new Error(`The Playground refused the custom activity: HTTP ${response.status}.`);
}

/**
 * `user` clicks an Action.Execute button with `verb` and `data` on a card in their own 1:1 chat, sent straight to the
 * bot's /api/messages as Teams would send the invoke; returns the bot's invoke answer.
 */
export async function clickAs(stack, tenant, user, verb, data) {
  const conversationId = await personalChatOf(stack, tenant, user);
  const base = await messageFrom(stack, user, { id: conversationId, conversationType: 'personal' }, '');
  const { text: _text, textFormat: _format, ...rest } = base;
  const activity = { ...rest, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } };
  const response = await fetch(`${stack.botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (!response.ok) throw new Error(`The bot answered HTTP ${response.status} to ${user.name}'s click on ${verb}.`);
  return response.json();
}
