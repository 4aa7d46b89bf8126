/** A partner's webhook receiver for the browser tests: a local HTTP server that records what it gets. */
import crypto from 'crypto';
import http from 'http';
import type { AddressInfo } from 'net';

export interface ReceivedDelivery {
  eventId: string;
  eventType: string;
  timestamp: string;
  signature: string;
  rawBody: string;
  /** The status this receiver answered with. */
  answered: number;
}

export interface Receiver {
  url: string;
  received: ReceivedDelivery[];
  /** What the next requests are answered with (a 4xx other than 429 is final for the sender). */
  answerWith: (status: number) => void;
  /** Resolves with the first recorded delivery (past or future) matching `predicate`. */
  waitFor: (predicate: (delivery: ReceivedDelivery) => boolean, timeoutMs?: number) => Promise<ReceivedDelivery>;
  close: () => Promise<void>;
}

/** HMAC-SHA256 of `timestamp + "." + rawBody`, as the partner verifies it (README: Webhooks). */
export const isSignedWith = (secret: string, delivery: ReceivedDelivery): boolean => {
  const expected = `sha256=${crypto.createHmac('sha256', secret).update(`${delivery.timestamp}.${delivery.rawBody}`).digest('hex')}`;
  return (
    expected.length === delivery.signature.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(delivery.signature))
  );
};

export const startReceiver = async (): Promise<Receiver> => {
  const received: ReceivedDelivery[] = [];
  const waiters: { predicate: (delivery: ReceivedDelivery) => boolean; resolve: (delivery: ReceivedDelivery) => void }[] = [];
  let answer = 200;
  const header = (request: http.IncomingMessage, name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(',') : (value ?? '');
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const delivery: ReceivedDelivery = {
        eventId: header(request, 'x-newsroom-event-id'),
        eventType: header(request, 'x-newsroom-event-type'),
        timestamp: header(request, 'x-newsroom-timestamp'),
        signature: header(request, 'x-newsroom-signature'),
        rawBody: Buffer.concat(chunks).toString('utf8'),
        answered: answer,
      };
      received.push(delivery);
      response.writeHead(answer, { 'Content-Type': 'application/json' }).end(answer < 300 ? '{"ok":true}' : '{"error":"rejected"}');
      for (const waiter of waiters.filter((candidate) => candidate.predicate(delivery))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(delivery);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/newsroom-hook`,
    received,
    answerWith: (status) => {
      answer = status;
    },
    waitFor: (predicate, timeoutMs = 20_000) => {
      const already = received.find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve: (delivery: ReceivedDelivery) => (clearTimeout(timer), resolve(delivery)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no matching webhook delivery within ${timeoutMs} ms (got ${received.length})`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
