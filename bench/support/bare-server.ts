// The reference server of bench:public: node:http answering every request with the same bytes the
// app served, with nothing else to do. Receives the body from its parent and reports its port.
import { createServer } from 'node:http';

process.once('message', (message: { body: string; contentType: string }) => {
  const body = Buffer.from(message.body);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': message.contentType, 'Content-Length': body.byteLength });
    response.end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.(typeof address === 'object' && address ? address.port : 0);
  });
});
