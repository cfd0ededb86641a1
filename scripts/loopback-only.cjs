// Preloaded into the Agents Playground (node --require): it has no bind flag and listens on every
// interface; this makes any server it starts without an explicit host listen on 127.0.0.1 only.
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const [first] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const rest = args.slice(1);
    if (typeof rest[0] !== 'string') {
      return listen.call(this, Number(first), '127.0.0.1', ...rest);
    }
    return listen.call(this, Number(first), '127.0.0.1', ...rest.slice(1));
  }
  if (first && typeof first === 'object' && !('fd' in first) && !('path' in first)) {
    return listen.call(this, { ...first, host: '127.0.0.1' }, ...args.slice(1));
  }
  if (first === undefined || typeof first === 'function') {
    return listen.call(this, 0, '127.0.0.1', ...args);
  }
  return listen.apply(this, args);
};
