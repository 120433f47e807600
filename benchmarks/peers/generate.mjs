// Writes a seeded JSON Lines file of presence records to stdout: the same seed always gives the same bytes.
// Usage: node generate.mjs SEED LINES INVALID_PERCENT
// Records are shaped like provider traffic (see PresenceCorpus.java): ids, a small data map in two of three
// records, occurredAt always and since in half, offsets other than Z in a third. Every invalid record breaks
// one rule, rotating through enum, required, additionalProperties, type and format.

const [seedText = '20261201', linesText = '400000', invalidText = '5'] = process.argv.slice(2);
const seed = Number(seedText);
const lines = Number(linesText);
const invalidPercent = Number(invalidText);
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(lines) || lines < 0 || !(invalidPercent >= 0 && invalidPercent <= 100)) {
  console.error('usage: node generate.mjs SEED LINES INVALID_PERCENT');
  process.exit(2);
}

// mulberry32: small, fast and fully determined by the seed.
let state = seed >>> 0;
function next() {
  state = (state + 0x6D2B79F5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(next() * n);

const ACTIONS = ['enter', 'leave', 'update', 'present', 'absent'];
const STATUSES = ['online', 'away', 'busy', 'typing'];
const EPOCH = Date.parse('2026-01-01T00:00:00Z');
const pad = (n, w = 2) => String(n).padStart(w, '0');

function time(ms) {
  const offsetHours = int(3) === 0 ? int(27) - 12 : 0;
  const local = new Date(ms + offsetHours * 3600_000);
  const text = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T`
    + `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
    + (local.getUTCMilliseconds() ? '.' + pad(local.getUTCMilliseconds(), 3) : '');
  if (offsetHours === 0) return text + 'Z';
  return text + (offsetHours < 0 ? '-' : '+') + pad(Math.abs(offsetHours)) + ':00';
}

function record() {
  const r = {
    channel: 'room:' + int(1 << 16).toString(36),
    clientId: 'user-' + Math.floor(next() * 2 ** 40).toString(36),
    action: ACTIONS[int(ACTIONS.length)],
  };
  if (int(4) !== 0) r.connectionId = 'conn-' + int(2 ** 32).toString(16) + int(2 ** 32).toString(16);
  if (int(3) !== 0) {
    r.data = { name: 'Member ' + int(10000), status: STATUSES[int(STATUSES.length)] };
    if (int(2) === 0) {
      r.data.typing = int(2) === 0;
      r.data.cursor = { x: int(2000), y: int(2000) };
    }
  }
  const occurred = EPOCH + int(365 * 86_400_000);
  if (int(2) === 0) r.since = time(occurred - int(86_400) * 1000);
  r.occurredAt = time(occurred);
  return r;
}

function breakOneRule(r, kind) {
  switch (kind % 5) {
    case 0: r.action = 'joined'; break;
    case 1: delete r.channel; break;
    case 2: r.colour = 'red'; break;
    case 3: r.clientId = 42; break;
    default: r.occurredAt = 'yesterday at noon';
  }
  return r;
}

const out = [];
let invalid = 0;
let pending = 0;
function flush() {
  process.stdout.write(out.join(''));
  out.length = 0;
}
for (let i = 0; i < lines; i++) {
  let r = record();
  if (next() * 100 < invalidPercent) r = breakOneRule(r, invalid++);
  out.push(JSON.stringify(r) + '\n');
  if (++pending === 10000) {
    flush();
    pending = 0;
  }
}
flush();
console.error(`generate.mjs: seed ${seed}, ${lines} lines, ${invalid} invalid`);
