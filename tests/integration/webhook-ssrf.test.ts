/**
 * Webhooks cannot be aimed inside the network. Booted with an allow-list holding only 127.0.0.2 (where the
 * receivers that must work listen), so 127.0.0.1, localhost and every other internal spelling are refused: at
 * save time (400 naming `url`, nothing written) and at connection time (rows written behind the API's back,
 * as a name that rebinds after its check would be, are never connected to). The log stays generic.
 */
import net from 'net';
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { startReceiver } from '../helpers/webhook-receiver';

const ALLOWED_HOST = '127.0.0.2';
const ENDPOINT_UID = 'plugin::newsroom.webhook-endpoint';
const DELIVERY_UID = 'plugin::newsroom.webhook-delivery';

interface Dispatcher {
  dispatchDue: (now?: Date) => Promise<number>;
}

let app: TestStrapi;
let adminJwt: string;
const admin = (method: 'get' | 'post' | 'put' | 'delete', path: string) => app.http()[method](path).set('Authorization', `Bearer ${adminJwt}`);
const endpointCount = () => app.strapi.db.query(ENDPOINT_UID).count({});
const dispatcher = () => app.strapi.plugin('newsroom').service('webhookDispatcher') as Dispatcher;
const deliveriesOf = async (endpointId: number) =>
  (await app.strapi.db.query(DELIVERY_UID).findMany({ where: { endpointId } })) as { status: string; attempts: number; lastStatus: number | null; lastError: string | null }[];
let headlineCounter = 0;
const publishSomething = async () => publishNewBrief(contentManager(app, await app.adminToken(DEMO.editor)), { headline: `SSRF probe story ${++headlineCounter}` });

/** Inserts an endpoint row directly, as if its name had passed the save-time check and resolved elsewhere since. */
const insertEndpoint = async (url: string): Promise<number> => {
  const encryption = app.strapi.service('admin::encryption') as { encrypt: (value: string) => string };
  const row = (await app.strapi.db
    .query(ENDPOINT_UID)
    .create({ data: { name: `Row for ${url}`, url, secret: encryption.encrypt('a-secret-of-24-characters'), events: ['brief.published'], entitled: false, enabled: true } })) as { id: number };
  return row.id;
};
const removeEndpoints = async (ids: number[]) => {
  for (const id of ids) expect((await admin('delete', `/newsroom/webhooks/${id}`)).status).toBeLessThan(300);
};

const closedPort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, ALLOWED_HOST, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  app = await bootStrapi({ env: { NEWSROOM_WEBHOOK_ALLOW_LIST: ALLOWED_HOST } });
  adminJwt = await app.adminToken(DEMO.admin);
});
afterAll(async () => {
  await app?.destroy();
});

const NOT_PUBLIC = 'webhook.url_not_public';
test.each<[string, string]>([
  ['http://127.0.0.1:9/hook', NOT_PUBLIC],
  ['http://2130706433/', NOT_PUBLIC],
  ['http://127.1/', NOT_PUBLIC],
  ['http://0x7f.0.0.1/', NOT_PUBLIC],
  ['http://017700000001/', NOT_PUBLIC],
  ['http://127.0.0.1./', NOT_PUBLIC],
  ['http://0.0.0.0/', NOT_PUBLIC],
  ['http://[::]/', NOT_PUBLIC],
  ['http://[::1]/', NOT_PUBLIC],
  ['http://[::ffff:127.0.0.1]/', NOT_PUBLIC],
  ['http://10.0.0.1/', NOT_PUBLIC],
  ['http://172.16.5.4/', NOT_PUBLIC],
  ['http://192.168.0.10/', NOT_PUBLIC],
  ['http://100.64.1.1/', NOT_PUBLIC],
  ['http://169.254.169.254/latest/meta-data/', NOT_PUBLIC],
  ['http://[fe80::1]/', NOT_PUBLIC],
  ['http://[fd00::1]/', NOT_PUBLIC],
  ['http://[ff02::1]/', NOT_PUBLIC],
  ['http://224.0.0.251/', NOT_PUBLIC],
  ['http://255.255.255.255/', NOT_PUBLIC],
  ['http://[64:ff9b::a9fe:a9fe]/', NOT_PUBLIC],
  ['http://[2002:a9fe:a9fe::1]/', NOT_PUBLIC],
  ['http://localhost/', NOT_PUBLIC],
  ['http://LOCALHOST./', NOT_PUBLIC],
  ['http://admin.localhost:8080/', NOT_PUBLIC],
  ['http://public.example@127.0.0.1/', 'webhook.url_credentials'],
  ['http://no-such-host.invalid/', 'webhook.url_unresolvable'],
  ['ftp://93.184.216.34/', 'field.invalid_url'],
])('POST %s → 400 naming url (%s), nothing written', async (url, code) => {
  const before = await endpointCount();
  const response = await admin('post', '/newsroom/webhooks').send({ name: 'Probe', url });
  expect(response.status).toBe(400);
  expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['url'], code })]);
  expect(response.body.error.message).toMatch(/^url /);
  expect(await endpointCount()).toBe(before);
});

test('an update to an internal URL is refused and changes nothing; a URL up to 2048 characters is stored', async () => {
  const created = await admin('post', '/newsroom/webhooks').send({ name: 'Allowed receiver', url: `http://${ALLOWED_HOST}:9/hook` });
  expect(created.status).toBe(201);
  const { id } = created.body.data;
  try {
    // The IPv4-mapped spelling of the allow-listed address is that address.
    expect((await admin('put', `/newsroom/webhooks/${id}`).send({ url: 'http://[::ffff:127.0.0.2]:9/hook' })).status).toBe(200);
    expect((await admin('put', `/newsroom/webhooks/${id}`).send({ url: `http://${ALLOWED_HOST}:9/hook` })).status).toBe(200);
    const moved = await admin('put', `/newsroom/webhooks/${id}`).send({ url: 'http://169.254.169.254/latest/meta-data/', name: 'Renamed' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details.errors).toEqual([expect.objectContaining({ path: ['url'], code: NOT_PUBLIC })]);
    expect(await app.strapi.db.query(ENDPOINT_UID).findOne({ where: { id } })).toMatchObject({ url: `http://${ALLOWED_HOST}:9/hook`, name: 'Allowed receiver' });

    const base = 'https://93.184.216.34/';
    const longest = `${base}${'a'.repeat(2048 - base.length)}`;
    const stored = await admin('put', `/newsroom/webhooks/${id}`).send({ url: longest, enabled: false });
    expect(stored.status).toBe(200);
    expect((await app.strapi.db.query(ENDPOINT_UID).findOne({ where: { id } })).url).toBe(longest);
    const tooLong = await admin('post', '/newsroom/webhooks').send({ name: 'Too long', url: `${longest}a` });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details.errors).toEqual([expect.objectContaining({ path: ['url'], code: 'field.too_long' })]);
  } finally {
    await removeEndpoints([id]);
  }
});

test('connection time: rows aimed at loopback are never connected to, and the log says only "address not allowed"', async () => {
  const internal = await startReceiver(() => 200);
  const allowed = await startReceiver(() => 200, { host: ALLOWED_HOST });
  const ids: number[] = [];
  try {
    const internalUrls = [
      internal.url,
      `http://localhost:${internal.port}/hooks/newsroom`, // a name: resolved at send time, every address checked
      `http://[::ffff:127.0.0.1]:${internal.port}/hooks/newsroom`,
      `http://2130706433:${internal.port}/hooks/newsroom`,
    ];
    for (const url of internalUrls) ids.push(await insertEndpoint(url));
    const allowedId = await insertEndpoint(allowed.url);
    ids.push(allowedId);

    await publishSomething();
    expect(await dispatcher().dispatchDue()).toBe(ids.length);

    expect(allowed.received).toHaveLength(1); // the dispatcher did send, where it may
    expect(internal.received).toHaveLength(0);
    for (const id of ids.slice(0, internalUrls.length)) {
      expect(await deliveriesOf(id)).toEqual([expect.objectContaining({ attempts: 1, lastStatus: null, lastError: 'address not allowed' })]);
    }
    const log = await admin('get', `/newsroom/webhook-deliveries?endpointId=${ids[1]}`);
    expect(log.body.data).toEqual([expect.objectContaining({ lastError: 'address not allowed', lastStatus: null })]);
  } finally {
    await removeEndpoints(ids);
    await internal.close();
    await allowed.close();
  }
});

test('a connection failure is logged as "connection failed", without errno, address or port', async () => {
  const port = await closedPort();
  const created = await admin('post', '/newsroom/webhooks').send({ name: 'Closed port', url: `http://${ALLOWED_HOST}:${port}/hook`, events: ['brief.published'] });
  expect(created.status).toBe(201);
  try {
    await publishSomething();
    await dispatcher().dispatchDue();
    const [delivery] = await deliveriesOf(created.body.data.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatus: null, lastError: 'connection failed' });
  } finally {
    await removeEndpoints([created.body.data.id]);
  }
});

test('a redirect is never followed: the delivery fails as "redirect refused" and the target gets nothing', async () => {
  const target = await startReceiver(() => 200, { host: ALLOWED_HOST });
  const redirector = await startReceiver(() => 307, { host: ALLOWED_HOST, headers: { Location: target.url } });
  const created = await admin('post', '/newsroom/webhooks').send({ name: 'Redirects', url: redirector.url, events: ['brief.published'] });
  expect(created.status).toBe(201);
  try {
    await publishSomething();
    await dispatcher().dispatchDue();
    expect(redirector.received).toHaveLength(1);
    expect(target.received).toHaveLength(0);
    expect(await deliveriesOf(created.body.data.id)).toEqual([expect.objectContaining({ status: 'failed', attempts: 1, lastStatus: 307, lastError: 'redirect refused' })]);
  } finally {
    await removeEndpoints([created.body.data.id]);
    await redirector.close();
    await target.close();
  }
});
