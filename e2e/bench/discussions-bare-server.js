// The baseline: a bare socket.io server (same version as the platform's) that only joins rooms
// and broadcasts, with no authentication and no storage. Started by discussions.bench.js.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

// The server workspace's own socket.io, so both targets run the same version.
const { Server } = createRequire(new URL('../../server/package.json', import.meta.url))('socket.io');

const port = Number(process.argv[2]);
const http = createServer();
const io = new Server(http, { path: '/socket.io', serveClient: false, maxHttpBufferSize: 1_000_000 });
io.on('connection', (socket) => {
  socket.on('room:join', ({ roomId }, ack) => {
    void socket.join(roomId);
    ack({ ok: true, data: null });
  });
  socket.on('message:send', ({ clientId, roomId, body }, ack) => {
    const message = { id: clientId, roomId, clientId, body, seq: 0, revision: 0 };
    io.to(roomId).emit('room:changes', { roomId, revision: 0, messages: [message] });
    ack({ ok: true, data: message });
  });
});
http.listen(port, '127.0.0.1', () => console.log('Press Ctrl-C to stop'));
process.on('SIGINT', () => process.exit(0));
