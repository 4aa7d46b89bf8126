import { decodeCursor, encodeCursor } from '../../server/src/domain/feed/cursor';
import { parseFeedQuery } from '../../server/src/domain/feed/feed-query';
import { parseBriefListQuery } from '../../server/src/domain/brief/list-query';
import { nextAttempt } from '../../server/src/domain/webhooks/retry-policy';
import { signWebhook, verifyWebhook } from '../../server/src/domain/webhooks/signature';
import { validateSettings } from '../../server/src/config/settings-schema';

describe('feed cursors', () => {
  test.each([0, 1, 42, 987_654_321])('%i round-trips', (seq) => {
    expect(decodeCursor(encodeCursor(seq))).toBe(seq);
  });
  test.each(['', 'garbage', 'f1.', 'f1.LTE', 'f1.MDA', 'f2.MQ', `f1.${'A'.repeat(60)}`])('%j is not a cursor', (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});

describe('feed query', () => {
  test.each<[Record<string, unknown>, string[] | null]>([
    [{}, null],
    [{ since: encodeCursor(5), limit: '200', format: 'ninjs', locale: 'fr' }, null],
    [{ since: 'nope' }, ['since']],
    [{ limit: '0' }, ['limit']],
    [{ limit: '201' }, ['limit']],
    [{ limit: '1.5' }, ['limit']],
    [{ format: 'xml' }, ['format']],
    [{ locale: 'EN!' }, ['locale']],
    [{ from: '1' }, ['from']],
    [{ limit: ['1', '2'] }, ['limit']],
  ])('%j', (query, failing) => {
    const result = parseFeedQuery(query);
    if (failing === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.errors.map((error) => error.path[0])).toEqual(failing);
  });
});

describe('brief list query', () => {
  test.each<[Record<string, unknown>, string[] | null]>([
    [{ locale: 'en', page: '2', pageSize: '100', filters: { tags: { slug: 'syria' } } }, null],
    [{ filters: { tags: { slug: { $eq: 'syria' } } } }, null],
    [{ pageSize: '101' }, ['pageSize']],
    [{ filters: { tags: { name: 'Syria' } } }, ['filters']],
    [{ filters: { tags: { slug: { $contains: 'sy' } } } }, ['filters']],
    [{ sort: 'headline' }, ['sort']],
  ])('%j', (query, failing) => {
    const result = parseBriefListQuery(query);
    if (failing === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.errors.map((error) => error.path[0])).toEqual(failing);
  });
});

describe('webhook retry policy', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000 };
  const now = new Date('2026-01-01T00:00:00Z');
  test.each<[number | null, number, string, number | null]>([
    [200, 1, 'delivered', null],
    [204, 3, 'delivered', null],
    [500, 1, 'retry', 1000],
    [503, 2, 'retry', 2000],
    [429, 3, 'retry', 4000],
    [null, 3, 'retry', 4000],
    [502, 4, 'failed', null],
    [400, 1, 'failed', null],
    [410, 1, 'failed', null],
    [301, 1, 'failed', null],
  ])('status %s after %i attempts → %s', (status, attempts, kind, delay) => {
    const outcome = nextAttempt(status, attempts, now, policy);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === 'retry') expect(outcome.at.getTime() - now.getTime()).toBe(delay);
  });
  test('backoff is capped', () => {
    const outcome = nextAttempt(500, 3, now, { ...policy, maxAttempts: 10, maxDelayMs: 3000 });
    expect(outcome.kind === 'retry' && outcome.at.getTime() - now.getTime()).toBe(3000);
  });
});

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'e1', type: 'toll.updated' });
  test('a signature verifies with its secret and timestamp only', () => {
    const signature = signWebhook('s3cret-s3cret-s3cret', 1_700_000_000, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhook('s3cret-s3cret-s3cret', 1_700_000_000, body, signature, 1_700_000_100)).toBe(true);
    expect(verifyWebhook('other-secret-000000', 1_700_000_000, body, signature, 1_700_000_100)).toBe(false);
    expect(verifyWebhook('s3cret-s3cret-s3cret', 1_700_000_001, body, signature, 1_700_000_100)).toBe(false);
    expect(verifyWebhook('s3cret-s3cret-s3cret', 1_700_000_000, `${body} `, signature, 1_700_000_100)).toBe(false);
    expect(verifyWebhook('s3cret-s3cret-s3cret', 1_700_000_000, body, signature, 1_700_000_301)).toBe(false);
  });
});

describe('settings validation', () => {
  test.each<[Record<string, unknown>, string[]]>([
    [{ staleAfterMinutes: 30, blockPublishOnTollMismatch: true, defaultNinjsVersion: '3.1', publicUrl: 'https://news.example.org', uriPrefix: 'urn:afp:', knownAgencies: ['AFP'], entitledTokenIds: [3] }, []],
    [{ publicUrl: null }, []],
    [{ staleAfterMinutes: 0 }, ['staleAfterMinutes']],
    [{ staleAfterMinutes: '60' }, ['staleAfterMinutes']],
    [{ defaultNinjsVersion: '1.5' }, ['defaultNinjsVersion']],
    [{ publicUrl: 'news.example.org' }, ['publicUrl']],
    [{ uriPrefix: 'no spaces allowed' }, ['uriPrefix']],
    [{ knownAgencies: ['AFP', ''] }, ['knownAgencies']],
    [{ entitledTokenIds: ['3'] }, ['entitledTokenIds']],
    [{ blockPublishOnTollMismatch: 'yes' }, ['blockPublishOnTollMismatch']],
    [{ colour: 'red' }, ['colour']],
  ])('%j', (settings, failing) => {
    expect(validateSettings(settings).map((error) => error.path[0])).toEqual(failing);
  });
});
