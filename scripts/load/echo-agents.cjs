// The Microsoft 365 Agents SDK echo bot the load comparison measures (@microsoft/agents-hosting 1.8.1 with
// @microsoft/agents-hosting-express 1.8.1, authentication off): an AgentApplication that answers every message with
// "Echo: <text>", served by the SDK's own startServer (express, its JWT middleware, which lets a request without a
// token through when no client id is configured outside production). Started by echo-bots.mjs with NODE_PATH set to
// the cache folder it installed the SDK into, and loopback-only.cjs preloaded (startServer listens on every interface).
const { AgentApplication } = require('@microsoft/agents-hosting');
const { startServer } = require('@microsoft/agents-hosting-express');

const agent = new AgentApplication();
agent.onActivity('message', async (context) => {
  await context.sendActivity(`Echo: ${context.activity.text}`);
});
startServer(agent, { port: Number(process.env.PORT) });
