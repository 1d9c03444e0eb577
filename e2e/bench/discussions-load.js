// The load generator: the same clients for both servers. Reads its plan as JSON from argv[2],
// prints its measurements as one JSON line. Started (pinned to its own core) by discussions.bench.js.
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';

const plan = JSON.parse(process.argv[2]);
const PAD = 'x'.repeat(1024);
const now = () => performance.now();

const clients = [];
for (let i = 0; i < plan.clients.length; i += 25) {
  const batch = plan.clients.slice(i, i + 25).map(connect);
  clients.push(...(await Promise.all(batch)));
}
for (const client of clients) {
  // Like the platform's client: watch the activity of every room (unread counts), then open them.
  if (plan.watch) await ack(client.socket, 'rooms:watch', undefined);
  for (const roomId of client.rooms) await ack(client.socket, 'room:join', { roomId });
}

const results = {};
for (const phase of plan.phases) results[phase.name] = await run(phase);
for (const client of clients) client.socket.disconnect();
console.log(JSON.stringify(results));
process.exit(0);

function connect(spec) {
  const socket = io(plan.url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: spec.cookie ? { cookie: spec.cookie, origin: plan.url } : {},
  });
  const client = { socket, rooms: spec.rooms, received: 0, latencies: null };
  // Under load the server sends a room's consecutive changes together: each message is a delivery.
  socket.on('room:changes', ({ messages }) => {
    for (const { body } of messages) {
      if (!body) continue;
      client.received++;
      if (client.latencies) client.latencies.push(now() - Number(body.slice(0, body.indexOf('|'))));
    }
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', reject);
  });
}

function ack(socket, event, payload) {
  const timed = socket.timeout(30_000);
  return payload === undefined ? timed.emitWithAck(event) : timed.emitWithAck(event, payload);
}

/**
 * Each client sends one message at a time (the next after the acknowledgement), alternating between
 * its rooms, at most `perClientRate` a second; `senders` clients take part. Counts deliveries and
 * send-to-receive latency at every receiver.
 */
async function run({ senders, perClientRate, seconds }) {
  const latencies = [];
  for (const client of clients) {
    client.received = 0;
    client.latencies = latencies;
  }
  let sent = 0;
  let refused = 0;
  const errors = {};
  const started = now();
  const until = started + seconds * 1000;
  await Promise.all(
    clients.slice(0, senders).map(async (client, index) => {
      const gap = 1000 / perClientRate;
      let next = started + (index / senders) * gap;
      for (let n = 0; now() < until; n++) {
        const wait = next - now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (now() >= until) break;
        // No catching up after a slow acknowledgement: that would be a burst, not a rate.
        next = Math.max(next + gap, now());
        const roomId = client.rooms[n % client.rooms.length];
        const reply = await ack(client.socket, 'message:send', { clientId: randomUUID(), roomId, body: `${now()}|${PAD}` }).catch(() => ({
          ok: false,
        }));
        if (reply.ok) sent++;
        else {
          refused++;
          errors[reply.error?.code ?? 'timeout'] = (errors[reply.error?.code ?? 'timeout'] ?? 0) + 1;
        }
      }
    }),
  );
  // Let the last messages arrive.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const deliveries = clients.reduce((sum, c) => sum + c.received, 0);
  latencies.sort((a, b) => a - b);
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  for (const client of clients) client.latencies = null;
  return { sent, refused, errors, deliveries, seconds, deliveriesPerSecond: deliveries / seconds, p50: pick(0.5), p99: pick(0.99) };
}
