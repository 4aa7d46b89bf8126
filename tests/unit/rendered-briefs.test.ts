/**
 * The content-addressed memo of public briefs: a row key that tells every two different rows apart, a memo that
 * answers a key's value until it is evicted (oldest first) and shares it frozen, and JSON bytes that parse back to the
 * brief.
 */
import { contentKeyOf } from '../../server/src/data/row-digest';
import type { PublicBrief } from '../../server/src/domain/contract';
import { briefJson, createRenderedBriefs } from '../../server/src/services/rendered-briefs';

describe('row key', () => {
  const base = { id: 1, headline: 'At least 15 civilians killed', summary: null, tags_json: '[]', updatedAt: 1583399520000 };

  test.each([
    ['a headline', { headline: 'At least 16 civilians killed' }],
    ['SQL null and the text "null"', { summary: 'null' }],
    ['an empty text and SQL null', { summary: '' }],
    ['a number and its text', { id: '1' }],
    ['a json column parsed (PostgreSQL) and one more tag', { tags_json: [{ name: 'Syria' }] }],
    ['a millisecond', { updatedAt: 1583399520001 }],
    ['a date and its epoch number', { updatedAt: new Date(1583399520000) }],
  ])('%s give two keys', (_name, change) => {
    expect(contentKeyOf({ ...base, ...change })).not.toBe(contentKeyOf(base));
  });

  test('a long row is still one short key per content', () => {
    const long = { ...base, body: 'x'.repeat(20_000) };
    expect(contentKeyOf(long)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(contentKeyOf(long)).toBe(contentKeyOf({ ...long }));
    expect(contentKeyOf({ ...long, body: `${'x'.repeat(19_999)}y` })).not.toBe(contentKeyOf(long));
  });

  test('a value cannot spill into the next column', () => {
    expect(contentKeyOf({ a: 'x1:b', b: '' })).not.toBe(contentKeyOf({ a: 'x', b: 'b' }));
    expect(contentKeyOf({ headline: 'ab', summary: 'c' })).not.toBe(contentKeyOf({ headline: 'a', summary: 'bc' }));
  });

  test('columns another column determines are left out of the key; the others are not', () => {
    const determined = new Set(['toll_state']);
    const tolled = { ...base, toll_version: 3, toll_state: '{"counts":[15]}' };
    expect(contentKeyOf({ ...tolled, toll_state: '{"counts":[16]}' }, determined)).toBe(contentKeyOf(tolled, determined));
    expect(contentKeyOf({ ...tolled, toll_version: 4 }, determined)).not.toBe(contentKeyOf(tolled, determined));
    expect(contentKeyOf({ ...tolled, toll_state: '{"counts":[16]}' })).not.toBe(contentKeyOf(tolled));
  });

  test('equal rows give equal keys; dates by their milliseconds', () => {
    expect(contentKeyOf({ ...base })).toBe(contentKeyOf(base));
    expect(contentKeyOf({ at: new Date('2020-03-05T09:12:00.000Z') })).toBe(contentKeyOf({ at: new Date(1583399520000) }));
  });
});

describe('rendered briefs memo', () => {
  const brief = (headline: string) => ({ headline, tags: [{ name: 'Syria', slug: 'syria', kind: 'place' }] }) as unknown as PublicBrief;

  test('a key answers its first value, frozen to the last nested object, until it is evicted (oldest first)', () => {
    const rendered = createRenderedBriefs();
    let renders = 0;
    const render = (headline: string) => () => {
      renders += 1;
      return brief(headline);
    };
    const first = rendered('a', 2, render('A'));
    expect(rendered('a', 2, render('A again'))).toBe(first);
    expect(renders).toBe(1);
    expect(Object.isFrozen(first) && Object.isFrozen(first.tags) && Object.isFrozen(first.tags[0])).toBe(true);
    rendered('b', 2, render('B'));
    rendered('c', 2, render('C'));
    expect(rendered('a', 2, render('A after eviction')).headline).toBe('A after eviction');
    expect(renders).toBe(4);
    expect(rendered('a', 0, render('A, memo off')).headline).toBe('A, memo off');
    expect(Object.isFrozen(rendered(null, 2, render('no key')))).toBe(false);
  });

  test.each([
    ['a remembered brief', (value: PublicBrief) => createRenderedBriefs()('k', 10, () => value)],
    ['any other brief', (value: PublicBrief) => value],
  ])('the JSON bytes of %s parse back to it, the same bytes each time it is remembered', (_name, remember) => {
    const value = remember(brief('Syrie : au moins 15 civils tués — dont un enfant'));
    expect(JSON.parse(briefJson(value).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(briefJson(value).equals(briefJson(value))).toBe(true);
  });
});
