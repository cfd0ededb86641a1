// A fake Teams (the Bot Connector's v3 routes) on 127.0.0.1 that records everything the bot sends, for the harnesses
// that must say afterwards what reached Teams: channel posts (new threads), replies and 1:1 messages, card updates.
// Serves what the bot reads: a team's details and channels, its roster (paged and one member), 1:1 chats it opens.
import http from 'node:http';

const MAX_BODY = 4 * 1024 * 1024;

/**
 * Starts the connector for `world`: { teams: Map teamId -> { teamId, name, tenantId, channels: [{ id, name }],
 * members: [{ userId, aadObjectId, name, conversationId }] } }, where each member's conversationId is the 1:1 chat
 * the bot gets when it opens one with them. Returns { server, url, log, close }; `log` holds, in order,
 * { seq, kind: 'post' | 'send' | 'update', conversationId, activityId, activity } for every channel post, message and
 * card update the bot made (kept across bot restarts: the connector is not restarted with the bot).
 */
export function startFakeTeams(world) {
  const log = [];
  let ids = 0;
  const members = () => [...world.teams.values()].flatMap((t) => t.members);
  const server = http.createServer((request, response) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => {
      const url = new URL(request.url, 'http://127.0.0.1');
      const json = (status, body) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      let body = null;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
      } catch {
        // A token request is a form; nothing else is expected to be anything but JSON.
      }
      if (request.method === 'POST' && /\/oauth2\/v2\.0\/token$/.test(url.pathname)) {
        json(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: `fake-token-${++ids}` });
        return;
      }
      const all = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const s = all.includes('v3') ? all.slice(all.indexOf('v3')) : all;
      if (s[0] === 'v3' && s[1] === 'conversations') {
        if (s.length === 2 && request.method === 'POST') {
          const channel = body?.channelData?.channel?.id;
          if (channel) {
            // A new thread in a channel: the post is the activity it starts with.
            const activityId = String(++ids);
            const conversationId = `${channel};messageid=${activityId}`;
            log.push({ seq: log.length, kind: 'post', conversationId, activityId, activity: body.activity ?? null });
            json(201, { id: conversationId, activityId });
            return;
          }
          const userId = body?.members?.[0]?.id;
          const member = members().find((m) => m.userId === userId);
          if (!member) {
            json(404, { error: { code: 'MemberNotFoundInConversation', message: 'No such member.' } });
            return;
          }
          json(201, { id: member.conversationId });
          return;
        }
        if (s[3] === 'activities') {
          const conversationId = s[2];
          if (request.method === 'POST') {
            const activityId = `sent-${++ids}`;
            log.push({ seq: log.length, kind: 'send', conversationId, activityId, replyToId: s[4] ?? null, activity: body });
            json(201, { id: activityId });
          } else if (request.method === 'PUT') {
            log.push({ seq: log.length, kind: 'update', conversationId, activityId: s[4], activity: body });
            json(200, { id: s[4] });
          } else if (request.method === 'DELETE') {
            response.writeHead(200).end();
          } else {
            json(405, { error: { code: 'MethodNotAllowed', message: 'no' } });
          }
          return;
        }
        const team = world.teams.get(s[2]);
        if (s[3] === 'members' && s.length === 5 && request.method === 'GET') {
          const member = team?.members.find((m) => m.userId === s[4] || m.aadObjectId === s[4]);
          if (member) json(200, account(member, team));
          else json(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
          return;
        }
        if (s[3] === 'pagedmembers' && request.method === 'GET') {
          if (!team) {
            json(404, { error: { code: 'ConversationNotFound', message: 'not found' } });
            return;
          }
          const start = Number(url.searchParams.get('continuationToken') ?? 0) || 0;
          const pageSize = Math.max(1, Math.min(500, Number(url.searchParams.get('pageSize') ?? 50) || 50));
          const page = team.members.slice(start, start + pageSize);
          json(200, {
            members: page.map((m) => account(m, team)),
            continuationToken: start + pageSize < team.members.length ? String(start + pageSize) : null,
          });
          return;
        }
        if (s[3] === 'members' && s.length === 4 && request.method === 'GET') {
          if (team) json(200, team.members.map((m) => account(m, team)));
          else json(404, { error: { code: 'ConversationNotFound', message: 'not found' } });
          return;
        }
      }
      if (s[0] === 'v3' && s[1] === 'teams' && request.method === 'GET') {
        const team = world.teams.get(s[2]);
        if (!team) json(404, { error: { code: 'TeamNotFound', message: 'not found' } });
        else if (s[3] === 'conversations') json(200, { conversations: team.channels });
        else json(200, { id: team.teamId, name: team.name, aadGroupId: team.aadGroupId ?? null });
        return;
      }
      json(404, { error: { code: 'NotFound', message: 'The fake Teams has no such route.' } });
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(0, '127.0.0.1', () => resolveStart({
      server,
      log,
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
    }));
  });
}

function account(member, team) {
  return { id: member.userId, name: member.name, aadObjectId: member.aadObjectId, tenantId: team.tenantId, userPrincipalName: member.upn ?? null };
}

/** Every `introId` named in an activity's cards (the intro card's buttons carry it). */
export function introIdsIn(activity) {
  const found = new Set();
  const visit = (node, depth) => {
    if (depth > 60 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (typeof node.introId === 'string') found.add(node.introId);
    for (const value of Object.values(node)) visit(value, depth + 1);
  };
  visit(activity, 0);
  return [...found];
}

/** The Action.Execute buttons of an activity's cards: [{ verb, data, title }]. */
export function buttonsIn(activity) {
  const found = [];
  const visit = (node, depth) => {
    if (depth > 60 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (node.type === 'Action.Execute' && typeof node.verb === 'string') found.push({ verb: node.verb, data: node.data ?? {}, title: node.title });
    for (const value of Object.values(node)) visit(value, depth + 1);
  };
  visit(activity, 0);
  return found;
}
