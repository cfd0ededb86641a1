// The botbuilder-js echo bot the load comparison measures (botbuilder 4.23.3, authentication off): an ActivityHandler
// that answers every message with "Echo: <text>", behind a CloudAdapter with an empty configuration (no app id, so no
// inbound token check and no outbound token), on express, as the SDK's echo sample runs. Started by echo-bots.mjs
// with NODE_PATH set to the cache folder it installed botbuilder into, and loopback-only.cjs preloaded.
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error.message}`);
};
const bot = new EchoBot();
const app = express();
app.use(express.json());
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`listening on ${process.env.PORT}`));
