/** A local HTTP receiver for webhook tests: records what arrives and answers with the scripted statuses. */
import http from 'http';
import type { AddressInfo } from 'net';

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ReceiverOptions {
  /** The loopback address to listen on (default 127.0.0.1). */
  host?: string;
  /** Headers sent with every answer (e.g. a redirect's Location). */
  headers?: Record<string, string>;
}

export const startReceiver = async (script: (request: ReceivedWebhook, index: number) => number, { host = '127.0.0.1', headers = {} }: ReceiverOptions = {}) => {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(entry);
      response.statusCode = script(entry, received.length - 1);
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/hooks/newsroom`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
