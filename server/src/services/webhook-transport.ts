/**
 * Webhook HTTP with the address policy enforced where it matters: on the address the socket connects to.
 * `node:http(s)` with a custom `lookup` that classifies every resolved address, so a name that rebinds to an
 * internal address between save and send is refused before any connection is made.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { classifyUrl, isAddressAllowed, type AllowList } from '../domain/webhooks/address-policy';

/** What the delivery log may say about a failed connection: nothing that maps the internal network. */
export const DELIVERY_FAILURE = {
  connection: 'connection failed',
  timeout: 'timeout',
  addressNotAllowed: 'address not allowed',
  redirect: 'redirect refused',
} as const;

export type UrlReachability = { ok: true } | { ok: false; code: 'webhook.url_not_public' | 'webhook.url_unresolvable' };

/** Save-time check: an IP literal must be allowed, and a name must resolve to allowed addresses only. */
export const checkUrlReachability = async (url: string, allowList: AllowList): Promise<UrlReachability> => {
  const verdict = classifyUrl(url, allowList);
  if (verdict.kind === 'allowed') return { ok: true };
  if (verdict.kind !== 'resolve') return { ok: false, code: 'webhook.url_not_public' };
  let addresses: dns.LookupAddress[];
  try {
    addresses = await dns.promises.lookup(verdict.name, { all: true });
  } catch {
    return { ok: false, code: 'webhook.url_unresolvable' };
  }
  if (addresses.length === 0) return { ok: false, code: 'webhook.url_unresolvable' };
  return addresses.every((entry) => isAddressAllowed(entry.address, allowList)) ? { ok: true } : { ok: false, code: 'webhook.url_not_public' };
};

const ADDRESS_NOT_ALLOWED = 'NEWSROOM_ADDRESS_NOT_ALLOWED';

/** Resolves like `dns.lookup`, but fails unless every address is allowed (the socket only gets checked ones). */
const guardedLookup =
  (allowList: AllowList): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      if (addresses.length === 0 || !addresses.every((entry) => isAddressAllowed(entry.address, allowList))) {
        return callback(Object.assign(new Error('address not allowed'), { code: ADDRESS_NOT_ALLOWED }), '');
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowList: AllowList;
}

export interface WebhookAttempt {
  status: number | null;
  error: string | null;
}

/** POSTs once; never follows a redirect; resolves (never rejects) with the status and a log-safe error. */
export const postWebhook = ({ url, headers, body, timeoutMs, allowList }: WebhookRequest): Promise<WebhookAttempt> => {
  const verdict = classifyUrl(url, allowList);
  if (verdict.kind === 'invalid') return Promise.resolve({ status: null, error: DELIVERY_FAILURE.connection });
  const target = new URL(url);
  const hostname = target.hostname.replace(/^\[(.*)\]$/, '$1');
  // Node skips `lookup` for IP literals, so they are checked here; every name (loopback names included) is
  // resolved by the guarded lookup, unless the allow-list admits the name itself.
  const literal = isIP(hostname) !== 0;
  if (literal && !isAddressAllowed(hostname, allowList)) return Promise.resolve({ status: null, error: DELIVERY_FAILURE.addressNotAllowed });
  const checkAddresses = !literal && verdict.kind !== 'allowed';
  const client = target.protocol === 'https:' ? https : http;
  const signal = AbortSignal.timeout(timeoutMs);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (attempt: WebhookAttempt) => {
      if (settled) return;
      settled = true;
      resolve(attempt);
    };
    const request = client.request(
      {
        method: 'POST',
        protocol: target.protocol,
        hostname,
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        signal,
        ...(checkAddresses ? { lookup: guardedLookup(allowList) } : {}),
      },
      (response) => {
        // The body is never needed: drain it so the socket is released.
        response.on('error', () => undefined);
        response.resume();
        const status = response.statusCode ?? null;
        if (status !== null && status >= 300 && status < 400) return settle({ status, error: DELIVERY_FAILURE.redirect });
        settle({ status, error: status !== null && status >= 200 && status < 300 ? null : `HTTP ${status}` });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (signal.aborted) return settle({ status: null, error: DELIVERY_FAILURE.timeout });
      settle({ status: null, error: error.code === ADDRESS_NOT_ALLOWED ? DELIVERY_FAILURE.addressNotAllowed : DELIVERY_FAILURE.connection });
    });
    request.end(body);
  });
};
