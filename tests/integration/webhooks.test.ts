/**
 * Signed partner webhooks through the outbox, against a local HTTP receiver: signatures verify, 500s are retried
 * with backoff, each event id arrives once when the receiver says 200, and admin APIs never show the secret.
 */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { startReceiver } from '../helpers/webhook-receiver';
import { verifyWebhook } from '../../server/src/domain/webhooks/signature';

interface Dispatcher {
  dispatchDue: (now?: Date) => Promise<number>;
}

let app: TestStrapi;
let adminJwt: string;
const admin = (method: 'get' | 'post' | 'put' | 'delete', path: string) => app.http()[method](path).set('Authorization', `Bearer ${adminJwt}`);
/** Each test deletes the endpoint it made (and its pending deliveries), so no other test's dispatch counts it. */
const removeEndpoint = async (id: number | undefined) => {
  if (id !== undefined) expect((await admin('delete', `/newsroom/webhooks/${id}`)).status).toBeLessThan(300);
};

beforeAll(async () => {
  app = await bootStrapi();
  adminJwt = await app.adminToken(DEMO.admin);
});
afterAll(async () => {
  await app?.destroy();
});

test('events are signed, retried after two 500s, and each event id is received once', async () => {
  const receiver = await startReceiver((_request, index) => (index < 2 ? 500 : 200));
  let endpointId: number | undefined;
  try {
    const created = await admin('post', '/newsroom/webhooks').send({ name: 'Partner A', url: receiver.url, events: ['brief.published', 'brief.killed'] });
    expect(created.status).toBe(201);
    const { secret, id } = created.body.data;
    endpointId = id;
    expect(secret).toEqual(expect.any(String));
    const listed = await admin('get', '/newsroom/webhooks');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const stored = await app.strapi.db.query('plugin::newsroom.webhook-endpoint').findOne({ where: { id } });
    expect(stored.secret).not.toContain(secret);

    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    const documentId = await publishNewBrief(editor, { headline: 'Quake strikes coastal town' });
    const dispatcher = app.strapi.plugin('newsroom').service('webhookDispatcher') as Dispatcher;

    expect(await dispatcher.dispatchDue()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    expect(await dispatcher.dispatchDue()).toBe(0); // backing off: not due yet
    expect(await dispatcher.dispatchDue(new Date(Date.now() + 60_000))).toBe(1);
    expect(await dispatcher.dispatchDue(new Date(Date.now() + 600_000))).toBe(1);
    expect(await dispatcher.dispatchDue(new Date(Date.now() + 6_000_000))).toBe(0);
    expect(receiver.received).toHaveLength(3);

    for (const request of receiver.received) {
      const timestamp = Number(request.headers['x-newsroom-timestamp']);
      expect(verifyWebhook(secret, timestamp, request.body, String(request.headers['x-newsroom-signature']), Math.floor(Date.now() / 1000))).toBe(true);
      expect(verifyWebhook('wrong-secret-0000000', timestamp, request.body, String(request.headers['x-newsroom-signature']), Math.floor(Date.now() / 1000))).toBe(false);
      expect(request.headers['x-newsroom-event-type']).toBe('brief.published');
    }
    const ids = new Set(receiver.received.map((request) => request.headers['x-newsroom-event-id']));
    expect(ids.size).toBe(1);
    const body = JSON.parse(receiver.received[2].body);
    expect(body).toMatchObject({ type: 'brief.published', documentId, locale: 'en', slug: 'quake-strikes-coastal-town', brief: { headline: 'Quake strikes coastal town' } });
    expect(body.id).toBe(receiver.received[2].headers['x-newsroom-event-id']);

    const deliveries = await admin('get', '/newsroom/webhook-deliveries');
    expect(deliveries.body.data[0]).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 200 });

    const kill = await app.http().post(`/newsroom/briefs/${documentId}/kill`).set('Authorization', `Bearer ${await app.adminToken(DEMO.deskChief)}`).send({ reason: 'Hoax' });
    expect(kill.status).toBe(200);
    expect(await dispatcher.dispatchDue()).toBe(1);
    const killed = JSON.parse(receiver.received[3].body);
    expect(killed).toMatchObject({ type: 'brief.killed', documentId, brief: null });
    expect(receiver.received[3].body).not.toMatch(/Quake strikes coastal town/);
  } finally {
    await removeEndpoint(endpointId);
    await receiver.close();
  }
});

test('a 4xx answer is final and shows as failed; redeliver sends it again', async () => {
  const receiver = await startReceiver((_request, index) => (index === 0 ? 410 : 200));
  let endpointId: number | undefined;
  try {
    const created = await admin('post', '/newsroom/webhooks').send({ name: 'Partner B', url: receiver.url, events: ['brief.published'] });
    expect(created.status).toBe(201);
    endpointId = created.body.data.id;
    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    await publishNewBrief(editor, { headline: 'Storm warning for the coast' });
    const dispatcher = app.strapi.plugin('newsroom').service('webhookDispatcher') as Dispatcher;
    await dispatcher.dispatchDue();
    const failed = await admin('get', `/newsroom/webhook-deliveries?status=failed&endpointId=${created.body.data.id}`);
    expect(failed.body.data).toHaveLength(1);
    expect(failed.body.data[0]).toMatchObject({ attempts: 1, lastStatus: 410 });
    await dispatcher.dispatchDue(new Date(Date.now() + 86_400_000));
    expect(receiver.received).toHaveLength(1);
    const redo = await admin('post', `/newsroom/webhook-deliveries/${failed.body.data[0].id}/redeliver`);
    expect(redo.status).toBe(200);
    await dispatcher.dispatchDue();
    expect(receiver.received).toHaveLength(2);
  } finally {
    await removeEndpoint(endpointId);
    await receiver.close();
  }
});

test('endpoint input is validated and webhook routes need the webhooks permission', async () => {
  const bad = await admin('post', '/newsroom/webhooks').send({ name: '', url: 'ftp://example.org', events: ['brief.exploded'], secret: 'short' });
  expect(bad.status).toBe(400);
  expect(bad.body.error.details.errors.map((error: { path: string[] }) => error.path[0]).sort()).toEqual(['events', 'name', 'secret', 'url']);
  const asEditor = await app.http().get('/newsroom/webhooks').set('Authorization', `Bearer ${await app.adminToken(DEMO.editor)}`);
  expect(asEditor.status).toBe(403);
});

test('retention purges old delivered rows and old events, keeping the newest event of each brief locale', async () => {
  // Its own delivered row (an endpoint, a publish, a 200), so the test runs alone as well as after the others.
  const receiver = await startReceiver(() => 200);
  const created = await admin('post', '/newsroom/webhooks').send({ name: 'Partner R', url: receiver.url, events: ['brief.published'] });
  try {
    await publishNewBrief(contentManager(app, await app.adminToken(DEMO.editor)), { headline: 'Delivered before the purge' });
    await (app.strapi.plugin('newsroom').service('webhookDispatcher') as Dispatcher).dispatchDue();
    expect(receiver.received.map((request) => JSON.parse(request.body).slug)).toEqual(['delivered-before-the-purge']);

    const retention = app.strapi.plugin('newsroom').service('retention') as { purge: (now?: Date) => Promise<{ deliveries: number; events: number }> };
    const events = app.strapi.db.query('plugin::newsroom.feed-event');
    const before = await events.count({});
    const pairs = new Set(((await events.findMany({ select: ['briefDocumentId', 'locale'] })) as { briefDocumentId: string; locale: string }[]).map((row) => `${row.briefDocumentId}:${row.locale}`));
    expect(await retention.purge(new Date())).toEqual({ deliveries: 0, events: 0 });
    const result = await retention.purge(new Date(Date.now() + 31 * 86_400_000));
    expect(result.deliveries).toBeGreaterThan(0);
    expect(await events.count({})).toBe(pairs.size);
    expect(result.events).toBe(before - pairs.size);
  } finally {
    await admin('delete', `/newsroom/webhooks/${created.body.data.id}`);
    await receiver.close();
  }
});

test('disabling an endpoint holds what was queued and queues nothing new; the log says which event each delivery carries', async () => {
  const receiver = await startReceiver(() => 200);
  let endpointId: number | undefined;
  try {
    const created = await admin('post', '/newsroom/webhooks').send({ name: 'Partner C', url: receiver.url, events: ['brief.published'] });
    const { id } = created.body.data;
    endpointId = id;
    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    await publishNewBrief(editor, { headline: 'Queued before the pause' });
    expect((await admin('put', `/newsroom/webhooks/${id}`).send({ enabled: false, name: '  Partner C (paused)  ' })).body.data).toMatchObject({ enabled: false, name: 'Partner C (paused)' });
    await publishNewBrief(editor, { headline: 'Published during the pause' });
    const dispatcher = app.strapi.plugin('newsroom').service('webhookDispatcher') as Dispatcher;
    await dispatcher.dispatchDue();
    expect(receiver.received).toHaveLength(0);
    const pending = await admin('get', `/newsroom/webhook-deliveries?status=pending&endpointId=${id}`);
    expect(pending.body.data).toEqual([
      expect.objectContaining({ status: 'pending', attempts: 0, eventType: 'brief.published', locale: 'en', slug: 'queued-before-the-pause', lastAttemptAt: null }),
    ]);
    await admin('put', `/newsroom/webhooks/${id}`).send({ enabled: true });
    await dispatcher.dispatchDue();
    expect(receiver.received.map((request) => JSON.parse(request.body).slug)).toEqual(['queued-before-the-pause']);
    const delivered = await admin('get', `/newsroom/webhook-deliveries?status=delivered&endpointId=${id}`);
    expect(delivered.body.data[0].lastAttemptAt).toEqual(expect.any(String));
    expect((await admin('get', '/newsroom/webhook-deliveries?status=bogus')).status).toBe(400);
    expect((await admin('get', '/newsroom/webhook-deliveries?endpointId=abc')).status).toBe(400);
  } finally {
    await removeEndpoint(endpointId);
    await receiver.close();
  }
});

test('after a secret rotation, deliveries carry the new signature and, for the grace period, one with the old secret', async () => {
  const receiver = await startReceiver(() => 200);
  let endpointId: number | undefined;
  try {
    const created = await admin('post', '/newsroom/webhooks').send({ name: 'Partner D', url: receiver.url, events: ['brief.published'] });
    endpointId = created.body.data.id;
    const oldSecret = created.body.data.secret as string;
    const rotated = await admin('post', `/newsroom/webhooks/${created.body.data.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.data.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    expect(new Date(rotated.body.data.previousSecretValidUntil).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    await publishNewBrief(editor, { headline: 'Signed twice during the grace period' });
    await (app.strapi.plugin('newsroom').service('webhookDispatcher') as Dispatcher).dispatchDue();
    const [request] = receiver.received;
    const timestamp = Number(request.headers['x-newsroom-timestamp']);
    const now = Math.floor(Date.now() / 1000);
    expect(verifyWebhook(newSecret, timestamp, request.body, String(request.headers['x-newsroom-signature']), now)).toBe(true);
    expect(verifyWebhook(oldSecret, timestamp, request.body, String(request.headers['x-newsroom-signature-previous']), now)).toBe(true);
    expect(verifyWebhook(oldSecret, timestamp, request.body, String(request.headers['x-newsroom-signature']), now)).toBe(false);
  } finally {
    await removeEndpoint(endpointId);
    await receiver.close();
  }
});
