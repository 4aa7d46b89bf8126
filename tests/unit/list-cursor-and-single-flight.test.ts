import { decodeListCursor, encodeListCursor } from '../../server/src/domain/brief/list-cursor';
import { parseBriefListQuery } from '../../server/src/domain/brief/list-query';
import { expiringMemo, refreshedEvery, singleFlight } from '../../server/src/services/memo';

describe('list cursors', () => {
  const key = { firstPublishedAt: new Date('2026-11-30T08:15:00.123Z'), id: 4211, page: 3 };

  test('a cursor carries the last row and its page, and reads back', () => {
    const cursor = encodeListCursor(key);
    expect(cursor).toMatch(/^b1\.[A-Za-z0-9_-]+$/);
    expect(decodeListCursor(cursor)).toEqual(key);
  });

  test.each([
    ['empty', ''],
    ['feed cursor', 'f1.MTI'],
    ['no prefix', Buffer.from('1.2.3').toString('base64url')],
    ['not base64url', 'b1.!!!'],
    ['two parts', `b1.${Buffer.from('1700000000000.5').toString('base64url')}`],
    ['page 0', `b1.${Buffer.from('1700000000000.5.0').toString('base64url')}`],
    ['negative', `b1.${Buffer.from('-1.5.1').toString('base64url')}`],
    ['id past int4', `b1.${Buffer.from('1700000000000.2147483648.1').toString('base64url')}`],
    ['trailing junk', `${encodeListCursor(key)}~`],
    ['too long', `b1.${'A'.repeat(80)}`],
  ])('%s is not a cursor', (_name, cursor) => {
    expect(decodeListCursor(cursor)).toBeNull();
  });

  test('the list query takes after, refuses it with page, and names it when it is not a cursor', () => {
    const cursor = encodeListCursor(key);
    const parsed = parseBriefListQuery({ after: cursor, pageSize: '10' });
    expect(parsed.ok && parsed.value).toMatchObject({ after: key, afterCursor: cursor, pageSize: 10 });
    for (const query of [{ after: 'nope' }, { after: cursor, page: '2' }]) {
      const refused = parseBriefListQuery(query);
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.errors.map((error) => error.path)).toEqual([['after']]);
    }
  });
});

describe('single flight', () => {
  test('callers of one key and version share one computation; a new version or another key computes again', async () => {
    const once = singleFlight();
    let computed = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      computed += 1;
      await gate;
      return computed;
    };
    const waiting = [once('list', 1, compute), once('list', 1, compute), once('list', 1, compute), once('feed', 1, compute), once('list', 2, compute)];
    release();
    expect(await Promise.all(waiting)).toEqual([3, 3, 3, 3, 3]);
    expect(computed).toBe(3);
    // Done: the next caller computes afresh (the cache above it keeps values, not this).
    await once('list', 1, compute);
    expect(computed).toBe(4);
  });

  test('a failure reaches every waiting caller once, and the next caller tries again', async () => {
    const once = singleFlight();
    let attempts = 0;
    const failing = async () => {
      attempts += 1;
      throw new Error('database away');
    };
    const results = await Promise.allSettled([once('k', 1, failing), once('k', 1, failing)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(attempts).toBe(1);
    await expect(once('k', 1, async () => 'ok')).resolves.toBe('ok');
  });
});

describe('refreshedEvery (settings, locales)', () => {
  /** A load that resolves when told, counting its calls. */
  const controlledLoad = () => {
    const pending: ((value: number) => void)[] = [];
    const load = () => new Promise<number>((resolve) => pending.push(resolve));
    return { load, pending };
  };

  test('callers while it loads share one load, and the value is kept for the ttl', async () => {
    const { load, pending } = controlledLoad();
    const value = refreshedEvery(60_000, load);
    const first = value.get();
    const second = value.get();
    expect(pending).toHaveLength(1);
    pending[0](7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(await value.get()).toBe(7);
    expect(pending).toHaveLength(1);
  });

  test('an expired value is loaded again, once for all callers', async () => {
    const { load, pending } = controlledLoad();
    const value = refreshedEvery(0, load);
    const first = value.get();
    pending[0](1);
    expect(await first).toBe(1);
    const again = [value.get(), value.get(), value.get()];
    expect(pending).toHaveLength(2);
    pending[1](2);
    expect(await Promise.all(again)).toEqual([2, 2, 2]);
  });

  test('after reset, a load started before is not kept and the next caller loads anew', async () => {
    const { load, pending } = controlledLoad();
    const value = refreshedEvery(60_000, load);
    const before = value.get();
    value.reset();
    const after = value.get();
    expect(pending).toHaveLength(2);
    pending[1](2);
    pending[0](1);
    expect(await before).toBe(1);
    expect(await after).toBe(2);
    expect(await value.get()).toBe(2);
    expect(pending).toHaveLength(2);
  });
});

describe('expiringMemo (API token lookups)', () => {
  /** A memo on a clock the test moves, and a load that counts its calls. */
  const setup = (maxEntries = 10) => {
    let time = 1_000;
    const memo = expiringMemo<string | null>({ maxEntries, now: () => time });
    const loads: string[] = [];
    const load = (key: string, value: string | null = `value of ${key}`) => () => {
      loads.push(key);
      return Promise.resolve(value);
    };
    const keepFound = (value: string | null) => value !== null;
    return { memo, loads, load, keepFound, advance: (ms: number) => (time += ms) };
  };

  test('a value is served from memory until its ttl has passed, then loaded again', async () => {
    const { memo, loads, load, keepFound, advance } = setup();
    expect(await memo.get('a', 500, load('a'), keepFound)).toBe('value of a');
    advance(499);
    expect(await memo.get('a', 500, load('a'), keepFound)).toBe('value of a');
    expect(loads).toEqual(['a']);
    advance(1);
    expect(await memo.get('a', 500, load('a'), keepFound)).toBe('value of a');
    expect(loads).toEqual(['a', 'a']);
  });

  test('a value keep() refuses (an unknown token) is loaded on every call', async () => {
    const { memo, loads, load, keepFound } = setup();
    expect(await memo.get('x', 500, load('x', null), keepFound)).toBeNull();
    expect(await memo.get('x', 500, load('x', null), keepFound)).toBeNull();
    expect(loads).toEqual(['x', 'x']);
  });

  test('clear() forgets every value, and a load started before it is not kept', async () => {
    const { memo, loads, load, keepFound } = setup();
    await memo.get('a', 500, load('a'), keepFound);
    let release: (value: string) => void = () => undefined;
    const pending = memo.get('b', 500, () => new Promise<string>((resolve) => (release = resolve)), keepFound);
    memo.clear();
    release('stale b');
    expect(await pending).toBe('stale b');
    await memo.get('a', 500, load('a'), keepFound);
    await memo.get('b', 500, load('b'), keepFound);
    expect(loads).toEqual(['a', 'a', 'b']);
  });

  test('beyond maxEntries the oldest value is forgotten first', async () => {
    const { memo, loads, load, keepFound } = setup(2);
    for (const key of ['a', 'b', 'c']) await memo.get(key, 500, load(key), keepFound);
    await memo.get('c', 500, load('c'), keepFound);
    await memo.get('b', 500, load('b'), keepFound);
    await memo.get('a', 500, load('a'), keepFound);
    expect(loads).toEqual(['a', 'b', 'c', 'a']);
  });
});
