// A server for the HTTP load test (bench/serve.ts), run in its own process so that the load generator does not share
// its event loop: `sdk` is `kaigo serve` itself (startServer, logs included), `constant` is the same framework (Hono on
// @hono/node-server) answering every request with a constant JSON body after reading the request body — the limit.
import { createAdaptorServer } from '@hono/node-server';
import { startServer } from '@kaigo/cli';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

const mode = process.argv[2];
if (mode === 'sdk') {
  const server = await startServer({ port: 0, limits: { maxConcurrent: 1024 } });
  console.log(server.port);
} else {
  const app = new Hono();
  const constant = JSON.stringify({ ok: true, issues: [] });
  app.post('*', async (c) => {
    await c.req.text();
    return c.body(constant, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  const server = createAdaptorServer({ fetch: app.fetch });
  server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
}
