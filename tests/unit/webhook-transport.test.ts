/**
 * The webhook transport against real local sockets (no Strapi): what it sends, and the log-safe reasons it
 * reports when the address is refused, the receiver is slow, the port is closed or the answer is a redirect.
 */
import http from 'http';
import net from 'net';
import { compileAllowList } from '../../server/src/domain/webhooks/address-policy';
import { postWebhook } from '../../server/src/services/webhook-transport';

const HOST = '127.0.0.2';
const received: { url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (request.url === '/slow') return void setTimeout(() => response.end(), 2_000).unref();
      if (request.url === '/moved') return void response.writeHead(301, { Location: '/ok' }).end();
      response.writeHead(request.url === '/fail' ? 503 : 200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  port = (server.address() as net.AddressInfo).port;
});
beforeEach(() => {
  received.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const send = (path: string, { host = HOST, allowList = [HOST], timeoutMs = 5_000 }: { host?: string; allowList?: string[]; timeoutMs?: number } = {}) =>
  postWebhook({ url: `http://${host}:${port}${path}`, headers: { 'X-Newsroom-Event-Id': 'evt-1', 'Content-Type': 'application/json' }, body: '{"ünïcode":true}', timeoutMs, allowList: compileAllowList(allowList) });

test('an allowed receiver gets the headers and the exact body; a 503 is reported as its status', async () => {
  expect(await send('/ok?x=1')).toEqual({ status: 200, error: null });
  expect(received[0]).toMatchObject({ url: '/ok?x=1', body: '{"ünïcode":true}', headers: { 'x-newsroom-event-id': 'evt-1', 'content-length': String(Buffer.byteLength('{"ünïcode":true}')) } });
  expect(await send('/fail')).toEqual({ status: 503, error: 'HTTP 503' });
});

test.each([
  ['an IP literal outside the allow-list', { allowList: [] }],
  ['a name resolving to loopback (checked at connection)', { host: 'localhost', allowList: [] }],
  ['the IPv4-mapped spelling of a refused address', { host: '[::ffff:127.0.0.2]', allowList: ['127.0.0.1'] }],
])('%s: nothing is sent, "address not allowed"', async (_case, options) => {
  expect(await send('/ok', options)).toEqual({ status: null, error: 'address not allowed' });
  expect(received).toHaveLength(0);
});

test('slow receiver: "timeout"; redirect: not followed; closed port: "connection failed"', async () => {
  expect(await send('/slow', { timeoutMs: 300 })).toEqual({ status: null, error: 'timeout' });
  received.length = 0;
  expect(await send('/moved')).toEqual({ status: 301, error: 'redirect refused' });
  expect(received.map((request) => request.url)).toEqual(['/moved']);
  const closed = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, HOST, () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  expect(await postWebhook({ url: `http://${HOST}:${closed}/`, headers: {}, body: '', timeoutMs: 2_000, allowList: compileAllowList([HOST]) })).toEqual({
    status: null,
    error: 'connection failed',
  });
});
