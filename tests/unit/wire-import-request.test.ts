/** The import route's request schema, the headline matching of related titles, the proposed toll and the preview's highlights. */
import { parseInput } from '../../server/src/domain/validation';
import { wireImportRequestSchema } from '../../server/src/domain/wire/import-request';
import { draftSlugline, headlineKey, searchWordOf, tollProposalFrom } from '../../server/src/domain/wire/wire-draft';
import type { WireToll } from '../../server/src/domain/wire/types';
import { segmentsOf } from '../../admin/src/components/wire-import/highlights';

const parse = (body: unknown) => parseInput(wireImportRequestSchema, body);

describe('wireImportRequestSchema', () => {
  test.each([
    ['text only', { text: 'Headline - AFP\n\nBody.', language: 'en' }],
    ['ninjs only', { ninjs: { uri: 'urn:x', headline: 'H' }, language: 'auto' }],
    ['create with edits', { text: 'H', language: 'fr', create: true, edits: { headline: 'Titre', tags: [{ name: 'Syrie', kind: 'place' }], relatedTitles: ['A'], summary: null, photoCredit: null } }],
    ['tabs and line breaks', { text: 'Line one\r\n\tLine two', language: 'en' }],
    ['exactly 100 KB', { text: 'x'.repeat(100 * 1024), language: 'en' }],
  ])('accepts %s', (_label, body) => {
    expect(parse(body).ok).toBe(true);
  });

  test('keeps the text exactly as sent (the spans index into it)', () => {
    const parsed = parse({ text: '  Headline - AFP  \n', language: 'en' });
    expect(parsed.ok && parsed.value.text).toBe('  Headline - AFP  \n');
  });

  test.each([
    ['empty text', { text: '', language: 'en' }, 'text', 'wire.text_empty'],
    ['blank text', { text: ' \n\t ', language: 'en' }, 'text', 'wire.text_empty'],
    ['over 100 KB (UTF-8 bytes)', { text: 'é'.repeat(51 * 1024 + 1), language: 'en' }, 'text', 'wire.text_too_large'],
    ['NUL', { text: 'a\u0000b', language: 'en' }, 'text', 'field.control_characters'],
    ['binary decoded as UTF-8', { text: '\uFFFD\uFFFD\uFFFDJFIF', language: 'en' }, 'text', 'wire.text_binary'],
    ['text not a string', { text: 42, language: 'en' }, 'text', 'field.invalid_type'],
    ['both', { text: 'a', ninjs: {}, language: 'en' }, 'ninjs', 'wire.text_or_ninjs'],
    ['neither', { language: 'en' }, 'text', 'wire.text_or_ninjs'],
    ['ninjs a list', { ninjs: [], language: 'en' }, 'ninjs', 'field.invalid_type'],
    ['no language', { text: 'a' }, 'language', 'field.invalid_choice'],
    ['another language', { text: 'a', language: 'de' }, 'language', 'field.invalid_choice'],
    ['edits without create', { text: 'a', language: 'en', edits: {} }, 'edits', 'wire.edits_without_create'],
    ['a tag of an unknown kind', { text: 'a', language: 'en', create: true, edits: { tags: [{ name: 'X', kind: 'thing' }] } }, 'edits.tags.0.kind', 'field.invalid_choice'],
    ['an unknown key', { text: 'a', language: 'en', draft: true }, 'draft', 'field.unknown'],
  ])('refuses %s, naming %s', (_label, body, path, code) => {
    const parsed = parse(body);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const error = parsed.errors.find((candidate) => candidate.path.join('.') === path);
    expect(error).toMatchObject({ code });
    expect(error?.message.startsWith(path.split('.')[0])).toBe(true);
  });
});

describe('headlineKey: related titles match headlines whatever the case, accents, quotes and spacing', () => {
  test.each([
    ['Syria: Macron calls for "a lasting cease-fire" in the Idlib region', 'SYRIA : MACRON CALLS FOR “A LASTING CEASE-FIRE” IN THE IDLIB REGION.'],
    ["Syrie : Macron appelle à « un cessez-le-feu durable » dans la région d'Idleb", "syrie: macron appelle a \"un cessez-le-feu durable\" dans la region d’Idleb"],
    ['Escalade en Syrie — Ankara riposte', 'Escalade en Syrie - Ankara   riposte'],
  ])('%s = %s', (a, b) => {
    expect(headlineKey(a)).toBe(headlineKey(b));
  });

  test.each([
    ['Ankara responds to the Assad regime', 'Ankara responds to the Assad regime again'],
    ['33 Turkish soldiers killed', '34 Turkish soldiers killed'],
  ])('%s ≠ %s', (a, b) => {
    expect(headlineKey(a)).not.toBe(headlineKey(b));
  });

  test('searchWordOf picks the longest run of plain letters, which LIKE finds in the accented headline too', () => {
    expect(searchWordOf("Syrie : Macron appelle à « un cessez-le-feu durable » dans la région d'Idleb")).toBe('appelle');
    expect(searchWordOf('Été à Noël')).toBeNull();
  });
});

test('tollProposalFrom keeps the counts without spans, the source, may-rise and its reason', () => {
  const toll: WireToll = {
    source: { value: 'OSDH', span: { start: 0, end: 4 } },
    counts: [
      {
        category: 'killed', value: 15, valueMax: null, qualifier: 'at-least', group: 'civilians', span: { start: 5, end: 10 },
        includes: [{ group: 'children', value: 1, valueMax: null, qualifier: 'exact', span: null }],
      },
    ],
    mayRise: true,
    mayRiseSpan: null,
    mayRiseReason: { value: 'many of the injured are in critical condition', span: null },
    correction: null,
  };
  expect(tollProposalFrom(toll)).toEqual({
    source: 'OSDH',
    counts: [{ category: 'killed', value: 15, valueMax: null, qualifier: 'at-least', group: 'civilians', includes: [{ group: 'children', value: 1, qualifier: 'exact' }] }],
    mayRise: true,
    mayRiseReason: 'many of the injured are in critical condition',
    correctionOf: null,
  });
  expect(tollProposalFrom({ ...toll, source: null, mayRise: false, correction: { previous: 20, span: null } })).toMatchObject({ source: null, mayRiseReason: null, correctionOf: 20 });
});

test('segmentsOf cuts the source into runs; the more specific value wins where two overlap', () => {
  const text = 'At least 15 killed, OSDH said';
  const segments = segmentsOf(text, [
    { kind: 'headline', span: { start: 0, end: 18 } },
    { kind: 'toll', span: { start: 0, end: 18 } },
    { kind: 'source', span: { start: 20, end: 24 } },
    { kind: 'other-figure', span: { start: 25, end: 99 } },
  ]);
  expect(segments.map((segment) => [segment.text, segment.highlight?.kind ?? null])).toEqual([
    ['At least 15 killed', 'toll'],
    [', ', null],
    ['OSDH', 'source'],
    [' ', null],
    ['said', 'other-figure'],
  ]);
  expect(segments.map((segment) => segment.text).join('')).toBe(text);
  expect(segmentsOf('', [])).toEqual([]);
});

describe("draftSlugline: the copy's slugline goes to the brief, an urgency line does not", () => {
  test.each<[string | null, string | null]>([
    ['SYRIA-CONFLICT', 'SYRIA-CONFLICT'],
    ['Syria-conflict-Russia,lead', 'Syria-conflict-Russia,lead'],
    ['  TR-Quake-Hatay ', 'TR-Quake-Hatay'],
    ['URGENT', null],
    ['FLASH', null],
    ['Alerte', null],
    ['BREAKING NEWS', null],
    ['UPDATE 2', null],
    ['', null],
    [null, null],
    // Too long for a brief: kept, so that the brief's own rule refuses it by name.
    ['X'.repeat(65), 'X'.repeat(65)],
  ])('%s → %s', (slugline, expected) => {
    expect(draftSlugline(slugline)).toBe(expected);
  });
});
