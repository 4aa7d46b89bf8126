import { firstFreeSlug, toSlug, truncateSlug } from '../../server/src/domain/slug/slug';

describe('toSlug', () => {
  test.each([
    ['Alep : 15 morts', 'alep-15-morts'],
    ['Séisme à Alep — 15 morts !', 'seisme-a-alep-15-morts'],
    ["Syria's Idleb: at least 15 civilians killed", 'syrias-idleb-at-least-15-civilians-killed'],
    ['  Leading and trailing  ', 'leading-and-trailing'],
    ['Ünïcödé ÇÀ & Co', 'unicode-ca-and-co'],
    ['Łódź, Kraków', 'lodz-krakow'],
    ['---', ''],
    ['"Quotes" <b>tags</b>', 'quotes-btagsb'],
  ])('%s → %s', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });
});

describe('firstFreeSlug', () => {
  test.each([
    ['alep-15-morts', [], 'alep-15-morts'],
    ['alep-15-morts', ['alep-15-morts'], 'alep-15-morts-2'],
    ['alep-15-morts', ['alep-15-morts', 'alep-15-morts-2'], 'alep-15-morts-3'],
    ['alep-15-morts', ['alep-15-morts-2'], 'alep-15-morts'],
  ])('%s with %j taken → %s', (base, taken, expected) => {
    expect(firstFreeSlug(base, new Set(taken))).toBe(expected);
  });

  test('long slugs are cut at a word boundary so a suffix still fits', () => {
    const long = `${'word-'.repeat(60)}end`;
    const slug = firstFreeSlug(long, new Set([truncateSlug(long, 194)]));
    expect(slug.length).toBeLessThanOrEqual(200);
    expect(slug).toMatch(/-2$/);
    expect(slug).not.toMatch(/--/);
  });
});
