// Loaded into Next's process by the start-up wrapper (NODE_OPTIONS=--import …, see scripts/start.mjs).
// Next 16 gives route handlers and server actions no access to the socket: it only fills
// X-Forwarded-For with the socket's address when the client did not send that header itself, so a
// client could pick its own address. Node publishes every incoming request on this diagnostics
// channel before the server sees it: we write the TCP peer's address into a header of ours,
// replacing anything the client sent under that name. lib/server/rate-limit.ts reads it, and only
// when the flag below says this hook is installed.
import diagnosticsChannel from 'node:diagnostics_channel';

const HEADER = 'x-trame-socket-address';

diagnosticsChannel.subscribe('http.server.request.start', ({ request, socket }) => {
  request.headers[HEADER] = socket?.remoteAddress ?? '';
});
globalThis[Symbol.for('trame.socketAddressHook')] = true;
