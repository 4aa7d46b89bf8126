import {
  checkJsonShape,
  closedObject,
  dateTime,
  findBadFilter,
  findBadSort,
  findPrototypeQueryKey,
  findUnstorableText,
  flag,
  httpUrl,
  integer,
  isRowId,
  localeCode,
  name,
  normalizeName,
  oneOf,
  parseInput,
  pathId,
  pathText,
  queryInteger,
  queryObject,
  queryText,
  shortText,
  storableJson,
  STORAGE_LIMITS,
  text,
  z,
} from '../../server/src/domain/validation';
import { blocksSchema } from '../../server/src/domain/brief/blocks-schema';
import { editorialActionBodySchema } from '../../server/src/domain/brief/editorial-action-body';
import { parseBriefFields } from '../../server/src/domain/brief/validate-brief';
import { parseTagFields } from '../../server/src/domain/brief/validate-tag';
import { decodeCursor, encodeCursor, MAX_FEED_SEQ } from '../../server/src/domain/feed/cursor';
import { parseSettings } from '../../server/src/config/settings-schema';
import pluginConfig from '../../server/src/config';
import type { FilterAttribute } from '../../server/src/domain/validation';

/** [label, schema, input, expected]: expected is the parsed value, or the error code at the root. */
type Row = [string, z.ZodType, unknown, { value: unknown } | { code: string }];

const ok = (value: unknown) => ({ value });
const refused = (code: string) => ({ code });

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

describe('field schemas', () => {
  test.each<Row>([
    ['text trims', text({ max: 5 }), '  abc ', ok('abc')],
    ['text at its max', text({ max: 3 }), 'abc', ok('abc')],
    ['text past its max', text({ max: 3 }), 'abcd', refused('field.too_long')],
    ['text counts after trimming', text({ max: 3 }), '  abc  ', ok('abc')],
    ['text refuses NUL', text({ max: 10 }), 'a\u0000b', refused('field.control_characters')],
    ['text refuses other C0 controls', text({ max: 10 }), 'a\u0007b', refused('field.control_characters')],
    ['text refuses C1 controls', text({ max: 10 }), 'a\u0085b', refused('field.control_characters')],
    ['text refuses DEL', text({ max: 10 }), 'a\u007fb', refused('field.control_characters')],
    ['single-line text refuses a line break', text({ max: 10 }), 'a\nb', refused('field.control_characters')],
    ['multi-line text takes line breaks and tabs', text({ max: 10, multiline: true }), 'a\nb\tc\r\n', ok('a\nb\tc')],
    ['multi-line text still refuses NUL', text({ max: 10, multiline: true }), 'a\n\u0000', refused('field.control_characters')],
    ['text refuses a lone surrogate', text({ max: 10 }), 'a\ud800b', refused('field.malformed_text')],
    ['text takes an emoji (a surrogate pair)', text({ max: 10 }), '🙂', ok('🙂')],
    ['required text refuses blank', text({ max: 10, min: 1 }), '   ', refused('field.required')],
    ['required text refuses zero-width characters only', text({ max: 10, min: 1 }), '\u200b\u200b\ufeff', refused('field.required')],
    ['required text refuses bidi marks only', text({ max: 10, min: 1 }), ' \u200f\u202e ', refused('field.required')],
    ['required text takes Arabic after a right-to-left mark', text({ max: 10, min: 1 }), '\u200fمقتل', ok('\u200fمقتل')],
    ['required text refuses absent', text({ max: 10, min: 1 }), undefined, refused('field.required')],
    ['text refuses a number', text({ max: 10 }), 42, refused('field.invalid_type')],
    ['shortText never exceeds varchar(255)', shortText({ max: 1000 }), 'x'.repeat(256), refused('field.too_long')],
    ['shortText at 255', shortText(), 'x'.repeat(255), ok('x'.repeat(255))],
    ['integer within int4', integer(), STORAGE_LIMITS.intMax, ok(STORAGE_LIMITS.intMax)],
    ['integer past int4', integer(), STORAGE_LIMITS.intMax + 1, refused('field.out_of_range')],
    ['integer below int4', integer(), STORAGE_LIMITS.intMin - 1, refused('field.out_of_range')],
    ['integer refuses a fraction', integer(), 1.5, refused('field.not_integer')],
    ['integer refuses a numeric string', integer(), '3', refused('field.invalid_type')],
    ['integer refuses NaN', integer(), Number.NaN, refused('field.invalid_type')],
    ['integer refuses Infinity', integer(), Number.POSITIVE_INFINITY, refused('field.invalid_type')],
    ['queryInteger reads digits', queryInteger({ min: 1, max: 10 }), '7', ok(7)],
    ['queryInteger refuses signs', queryInteger({ min: 1, max: 10 }), '+7', refused('field.out_of_range')],
    ['queryInteger refuses a huge number', queryInteger({ min: 1, max: 10 }), '9'.repeat(40), refused('field.out_of_range')],
    ['queryInteger refuses a repeated parameter', queryInteger({ min: 1, max: 10 }), ['1', '2'], refused('field.invalid_type')],
    ['oneOf takes a choice', oneOf(['a', 'b']), 'b', ok('b')],
    ['oneOf refuses another', oneOf(['a', 'b']), 'c', refused('field.invalid_choice')],
    ['flag takes false', flag(), false, ok(false)],
    ['flag refuses "true"', flag(), 'true', refused('field.invalid_type')],
    ['httpUrl takes https', httpUrl(), 'https://a.example/x?y=1', ok('https://a.example/x?y=1')],
    ['httpUrl refuses ftp', httpUrl(), 'ftp://x', refused('field.invalid_url')],
    ['httpUrl refuses javascript:', httpUrl(), 'javascript:alert(1)', refused('field.invalid_url')],
    ['httpUrl refuses protocol-relative', httpUrl(), '//evil.example', refused('field.invalid_url')],
    ['httpUrl refuses past its max', httpUrl({ max: 30 }), `https://a.example/${'p'.repeat(20)}`, refused('field.too_long')],
    ['dateTime takes ISO 8601', dateTime(), '2026-01-01T10:00:00Z', ok('2026-01-01T10:00:00Z')],
    ['dateTime refuses words', dateTime(), 'tomorrow', refused('field.invalid_date')],
    ['dateTime refuses year 99999', dateTime(), '+099999-01-01T00:00:00Z', refused('field.invalid_date')],
    ['dateTime refuses NUL', dateTime(), '2026-01-01\u0000', refused('field.invalid_date')],
    ['name normalises before checking', name({ max: 10, min: 1 }), ' ＯＳＤＨ\u200b ', ok('OSDH')],
    ['name checks the normalised length (NFKC may lengthen)', name({ max: 10 }), '\ufdfa', refused('field.too_long')],
    ['name refuses NUL', name({ max: 10 }), 'OS\u0000DH', refused('field.control_characters')],
    ['name refuses what is only invisible', name({ max: 10, min: 1 }), '\u200b\u200d', refused('field.required')],
    ['queryText refuses a list', queryText(), ['a', 'b'], refused('field.invalid_type')],
    ['queryText refuses NUL', queryText(), 'a\u0000', refused('field.control_characters')],
    ['localeCode takes pt-BR', localeCode(), 'pt-BR', ok('pt-BR')],
    ['localeCode refuses a path', localeCode(), '../../etc', refused('field.invalid_locale')],
    ['pathText refuses NUL', pathText(), 'a\u0000b', refused('field.control_characters')],
    ['pathText refuses 256 characters', pathText(), 's'.repeat(256), refused('field.too_long')],
    ['pathText refuses empty', pathText(), '', refused('field.required')],
    ['pathId takes int4', pathId(), '2147483647', ok(2_147_483_647)],
    ['pathId refuses past int4', pathId(), '2147483648', refused('field.invalid')],
    ['pathId refuses 1e3', pathId(), '1e3', refused('field.invalid_format')],
    ['storableJson takes plain JSON', storableJson(), { a: [1, 'b', null] }, ok({ a: [1, 'b', null] })],
    ['storableJson refuses NUL in a value', storableJson(), { a: ['b\u0000'] }, refused('field.control_characters')],
    ['storableJson refuses NUL in a key', storableJson(), { 'a\u0000': 1 }, refused('field.control_characters')],
    ['storableJson refuses a lone surrogate', storableJson(), ['\udc00'], refused('field.control_characters')],
    ['storableJson refuses 1,000 levels', storableJson(), nested(1000), refused('input.too_deep')],
    ['storableJson refuses too many values', storableJson({ maxDepth: 5, maxNodes: 10 }), Array.from({ length: 20 }, () => 1), refused('input.too_large')],
  ])('%s', (_label, schema, input, expected) => {
    const parsed = parseInput(schema, input);
    if ('value' in expected) expect(parsed).toEqual({ ok: true, value: expected.value });
    else expect(parsed.ok ? null : parsed.errors[0].code).toBe(expected.code);
  });

  test('every error names its field first, with its path and a stable code', () => {
    const schema = closedObject({ title: text({ max: 3 }), count: integer({ min: 0, max: 9 }) });
    const parsed = parseInput(schema, { title: 'long', count: 10, colour: 'red' }, ['links', 0]);
    expect(parsed).toEqual({
      ok: false,
      errors: [
        { path: ['links', 0, 'colour'], message: 'links[0].colour is not allowed (allowed: title, count)', code: 'field.unknown' },
        { path: ['links', 0, 'title'], message: 'links[0].title must be at most 3 characters', code: 'field.too_long', params: { max: 3 } },
        { path: ['links', 0, 'count'], message: 'links[0].count must be an integer from 0 to 9', code: 'field.out_of_range', params: { min: 0, max: 9 } },
      ],
    });
  });

  test.each<[string, unknown, string[]]>([
    ['constructor is an unknown key', { constructor: 1 }, ['constructor']],
    ['a repeated parameter', { locale: ['en', 'fr'] }, ['locale']],
  ])('query objects: %s', (_label, query, paths) => {
    const parsed = parseInput(queryObject({ locale: localeCode().optional() }), query);
    expect(parsed.ok ? [] : parsed.errors.map((error) => String(error.path[0]))).toEqual(paths);
  });
});

describe('normalizeName and the JSON walkers', () => {
  test.each<[string, string]>([
    ['OSDH\u200b', 'OSDH'],
    ['\u202eOSDH', 'OSDH'],
    ['ＯＳＤＨ', 'OSDH'],
    ['  Police   officers ', 'Police officers'],
    ['O\u00adSDH', 'OSDH'],
    ['\ufeffSANA', 'SANA'],
  ])('%j → %j', (input, output) => {
    expect(normalizeName(input)).toBe(output);
  });

  test.each<[string, unknown, { maxDepth: number; maxNodes: number }, string | null]>([
    ['flat', { a: 1, b: [1, 2] }, { maxDepth: 2, maxNodes: 10 }, null],
    ['at the depth limit', [[1]], { maxDepth: 2, maxNodes: 10 }, null],
    ['one level too deep', [[[1]]], { maxDepth: 2, maxNodes: 10 }, 'input.too_deep'],
    ['100,000 levels, without overflowing the stack', nested(100_000), { maxDepth: 32, maxNodes: 1_000_000 }, 'input.too_deep'],
    ['too many values', Array.from({ length: 11 }, () => 0), { maxDepth: 5, maxNodes: 10 }, 'input.too_large'],
  ])('checkJsonShape: %s', (_label, value, limits, code) => {
    expect(checkJsonShape(value, limits)?.code ?? null).toBe(code);
  });

  test.each<[unknown, (string | number)[] | null]>([
    [{ a: ['ok', 'tab\tand\nline'] }, null],
    [{ a: ['ok', 'n\u0000'] }, ['a', 1]],
    [{ b: { 'k\u0001': 1 } }, ['b', 'k\u0001']],
  ])('findUnstorableText(%j) → %j', (value, path) => {
    expect(findUnstorableText(value)).toEqual(path);
  });
});

describe('declared input schemas', () => {
  const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
  test.each<[string, unknown, string | null]>([
    ['a paragraph', [paragraph('Hello')], null],
    ['a heading, a list and a link', [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'H' }] }, { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'link', url: 'mailto:desk@afp.example', children: [{ type: 'text', text: 'desk' }] }] }] }], null],
    ['a heading without level', [{ type: 'heading', children: [] }], 'field.required'],
    ['a javascript: link', [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }] }], 'field.invalid_url'],
    ['a relative link', [{ type: 'paragraph', children: [{ type: 'link', url: '/x', children: [] }] }], 'field.invalid_url'],
    ['a text node at the top', [{ type: 'text', text: 'x' }], 'field.invalid_choice'],
    ['an unknown node type', [{ type: 'iframe', children: [] }], 'field.invalid_choice'],
    ['NUL in text', [paragraph('a\u0000')], 'field.control_characters'],
    ['a line break in text', [paragraph('a\nb')], null],
    ['a text node past 20,000 characters', [paragraph('x'.repeat(20_001))], 'field.too_long'],
    ['more than 200,000 characters in all', Array.from({ length: 11 }, () => paragraph('x'.repeat(20_000))), 'field.too_long'],
    ['nested 1,000 deep', nested(1000), 'input.too_deep'],
    ['not a list', { type: 'paragraph' }, 'field.invalid_type'],
  ])('brief body: %s', (_label, body, code) => {
    const parsed = parseInput(blocksSchema(), body);
    expect(parsed.ok ? null : parsed.errors[0].code).toBe(code);
  });

  test.each<[string, Record<string, unknown>, 'create' | 'update', Record<string, unknown> | string]>([
    ['fields are trimmed', { headline: '  Quake  ', summary: ' a\nb ' }, 'create', { headline: 'Quake', summary: 'a\nb' }],
    ['only the fields sent come back', { urgency: 3, tags: { connect: [] } }, 'update', { urgency: 3 }],
    ['an emptied embargo is null', { embargoUntil: '' }, 'update', { embargoUntil: null }],
    ['photoCredit fits varchar(255)', { headline: 'h', photoCredit: 'c'.repeat(256) }, 'create', 'photoCredit'],
    ['a typed slug must fold within 200 characters', { headline: 'h', slug: 'ß'.repeat(150) }, 'create', 'slug'],
    ['a link title of 301 characters', { headline: 'h', relatedLinks: [{ title: 't'.repeat(301), url: 'https://a.example' }] }, 'create', 'relatedLinks'],
  ])('brief fields: %s', (_label, data, mode, expected) => {
    const parsed = parseBriefFields(data, mode);
    if (typeof expected === 'string') expect(parsed.ok ? null : parsed.errors[0].path[0]).toBe(expected);
    else expect(parsed).toEqual({ ok: true, value: expected });
  });

  test.each<[string, Record<string, unknown>, Record<string, unknown> | string]>([
    ['a tag name is normalised', { name: ' Ｓｙｒｉａ\u200b ', kind: 'place' }, { name: 'Syria', kind: 'place' }],
    ['NUL in a tag name', { name: 'Sy\u0000ria' }, 'name'],
    ['a tag slug of 121 characters', { name: 'x', slug: 's'.repeat(121) }, 'slug'],
  ])('tag fields: %s', (_label, data, expected) => {
    const parsed = parseTagFields(data, 'create');
    if (typeof expected === 'string') expect(parsed.ok ? null : parsed.errors[0].path[0]).toBe(expected);
    else expect(parsed).toEqual({ ok: true, value: expected });
  });

  test.each<[string, unknown, boolean, unknown]>([
    ['a kill with a reason', { reason: ' Duplicate ' }, true, { reason: 'Duplicate' }],
    ['a multi-line reason', { reason: 'Legal\nhold' }, true, { reason: 'Legal\nhold' }],
    ['a release without a body', undefined, false, { reason: null }],
    ['a release with a null reason', { reason: null }, false, { reason: null }],
    ['a kill without a reason', {}, true, 'reason'],
    ['a reason of 1001 characters', { reason: 'r'.repeat(1001) }, true, 'reason'],
    ['NUL in a reason', { reason: 'a\u0000' }, true, 'reason'],
    ['an unknown key', { reason: 'x', note: 'y' }, true, 'note'],
    ['a list body', ['x'], true, undefined],
  ])('editorial action body: %s', (_label, body, needsReason, expected) => {
    const parsed = parseInput(editorialActionBodySchema(needsReason), body);
    if (expected === undefined) expect(parsed.ok).toBe(false);
    else if (typeof expected === 'string') expect(parsed.ok ? null : parsed.errors[0].path[0]).toBe(expected);
    else expect(parsed).toEqual({ ok: true, value: expected });
  });

  test.each<[Record<string, unknown>, string[]]>([
    [{ uriPrefix: 'urn:newsroom:brief:' }, []],
    [{ uriPrefix: 'urn:afp:' }, []],
    [{ uriPrefix: 'https://news.example.org/briefs/' }, []],
    [{ uriPrefix: 'not a uri' }, ['uriPrefix']],
    [{ uriPrefix: 'mailto:desk@afp.example' }, ['uriPrefix']],
    [{ uriPrefix: 'urn:x' }, ['uriPrefix']],
    [{ uriPrefix: `urn:afp:${'x'.repeat(200)}` }, ['uriPrefix']],
    [{ publicUrl: 'ftp://x' }, ['publicUrl']],
    [{ publicUrl: `https://a.example/${'p'.repeat(250)}` }, ['publicUrl']],
    [{ entitledTokenIds: [2 ** 31] }, ['entitledTokenIds']],
    [{ entitledTokenIds: [0] }, ['entitledTokenIds']],
    [{ knownAgencies: ['AFP\u200b', 'ＡＰ'] }, []],
    [{ knownAgencies: Array.from({ length: 201 }, (_, index) => `A${index}`) }, ['knownAgencies']],
  ])('settings %j', (settings, failing) => {
    const parsed = parseSettings(settings);
    expect(parsed.ok ? [] : parsed.errors.map((error) => String(error.path[0]))).toEqual(failing);
  });

  test('saved agency names are normalised', () => {
    expect(parseSettings({ knownAgencies: ['AFP\u200b', 'ＡＰ'] })).toEqual({ ok: true, value: { knownAgencies: ['AFP', 'AP'] } });
  });

  test.each<[number, number | null]>([
    [MAX_FEED_SEQ, MAX_FEED_SEQ],
    [MAX_FEED_SEQ + 1, null],
    [2 ** 53, null],
  ])('a cursor for seq %i decodes to %p', (seq, decoded) => {
    expect(decodeCursor(encodeCursor(seq))).toBe(decoded);
  });
});

describe('Content Manager and Upload filters on numeric columns', () => {
  const MODELS: Record<string, Record<string, FilterAttribute>> = {
    brief: { urgency: { kind: 'int4' }, size: { kind: 'number' }, headline: { kind: 'other' }, body: { kind: 'json' }, embargoUntil: { kind: 'scalar' }, tags: { kind: 'relation', target: 'tag' }, photo: { kind: 'relation', target: 'file' } },
    tag: { name: { kind: 'other' }, briefs: { kind: 'relation', target: 'brief' } },
    file: { name: { kind: 'other' }, formats: { kind: 'json' }, related: { kind: 'morph' } },
  };
  const resolve = (model: string, key: string) => MODELS[model]?.[key] ?? null;
  test.each<[string, unknown, (string | number)[] | null]>([
    ['an urgency within int4', { urgency: { $lte: '9' } }, null],
    ['an implicit $eq', { urgency: '3' }, null],
    ['urgency past int4', { urgency: { $gt: '99999999999' } }, ['filters', 'urgency', '$gt']],
    ['urgency as text', { urgency: { $eq: 'abc' } }, ['filters', 'urgency', '$eq']],
    ['urgency as a fraction', { urgency: { $eq: '1.5' } }, ['filters', 'urgency', '$eq']],
    ['$null takes a flag', { urgency: { $null: 'true' } }, null],
    ['inside $or and $in', { $or: [{ headline: 'x' }, { id: { $in: ['1', '2147483648'] } }] }, ['filters', '$or', 1, 'id', '$in', 1]],
    ['through a relation', { tags: { id: { $eq: '99999999999' } } }, ['filters', 'tags', 'id', '$eq']],
    ['text columns take digits', { headline: { $contains: '99999999999' }, tags: { name: '99999999999' } }, null],
    ['unknown attributes are left to Strapi', { nosuch: { $eq: 'x' } }, null],
    ['a decimal column takes a fraction and an exponent', { size: { $gt: '12.5', $lt: '1e6' } }, null],
    ['a decimal column refuses Infinity', { size: { $gt: '1e309' } }, ['filters', 'size', '$gt']],
    ['a decimal column refuses NaN', { size: { $eq: 'NaN' } }, ['filters', 'size', '$eq']],
    ['a decimal column refuses text', { size: { $in: ['1', 'abc'] } }, ['filters', 'size', '$in', 1]],
    ['a JSON column takes $null and $notNull', { body: { $null: 'true' }, photo: { formats: { $notNull: 'true' } } }, null],
    ['a JSON column refuses $contains', { body: { $contains: 'x' } }, ['filters', 'body', '$contains']],
    ['a JSON column refuses an implicit $eq', { body: 'x' }, ['filters', 'body']],
    ['a JSON column through a relation', { photo: { formats: { $eq: '{}' } } }, ['filters', 'photo', 'formats', '$eq']],
    ['$between takes two values', { urgency: { $between: ['1', '3'] }, headline: { $between: ['a', 'c'] } }, null],
    ['$between with one value', { urgency: { $between: ['1'] } }, ['filters', 'urgency', '$between']],
    ['$between on text with three values', { headline: { $between: ['a', 'b', 'c'] } }, ['filters', 'headline', '$between']],
    ['$between given as text', { headline: { $between: 'a' } }, ['filters', 'headline', '$between']],
    ['$or and $and of filters', { $or: [{ headline: 'a' }, { urgency: '1' }], $and: { 0: { headline: 'b' } }, $not: { headline: 'c' } }, null],
    ['$and given as text', { $and: 'x' }, ['filters', '$and']],
    ['$or holding text', { $or: ['x'] }, ['filters', '$or']],
    ['$not given as text', { $not: 'x' }, ['filters', '$not']],
    ['LIKE on text', { headline: { $contains: 'x', $notContains: 'y', $startsWith: 'a', $endsWith: 'z' } }, null],
    ['case-insensitive LIKE on anything', { urgency: { $containsi: '1' }, embargoUntil: { $startsWithi: '2020' } }, null],
    ['$contains on an integer', { urgency: { $contains: '1' } }, ['filters', 'urgency', '$contains']],
    ['$startsWith on a date', { embargoUntil: { $startsWith: '2020' } }, ['filters', 'embargoUntil', '$startsWith']],
    ['$notContains on an id through a relation', { tags: { id: { $notContains: '1' } } }, ['filters', 'tags', 'id', '$notContains']],
    ['$endsWith on a decimal', { size: { $endsWith: '5' } }, ['filters', 'size', '$endsWith']],
    ['a polymorphic relation', { photo: { related: { id: { $eq: '1' } } } }, ['filters', 'photo', 'related']],
    ['a polymorphic relation under $or', { $or: [{ photo: { related: { $null: 'true' } } }] }, ['filters', '$or', 0, 'photo', 'related']],
  ])('%s', (_label, filters, path) => {
    expect(findBadFilter(filters, 'brief', resolve)?.path ?? null).toEqual(path);
  });

  test.each<[string, unknown, boolean]>([
    ['a column', 'headline:asc', false],
    ['several columns', 'headline:asc,urgency:desc', false],
    ["a relation's field", 'tags.name:asc', false],
    ["a relation's field as an object", { tags: { name: 'asc' } }, false],
    ['a media attribute', 'photo:asc', true],
    ['a relation', ['headline:asc', 'tags:desc'], true],
    ['a relation as an object', { tags: 'asc' }, true],
    ['a relation through a relation', 'tags.briefs:asc', true],
    ['an unknown key is Strapi\'s to refuse', 'nosuch:asc', false],
    ['a polymorphic relation', 'photo.related:asc', true],
    ["a field through a polymorphic relation", { photo: { related: { id: 'asc' } } }, true],
  ])('sort: %s', (_label, sort, refused) => {
    expect(findBadSort(sort, 'brief', resolve) !== null).toBe(refused);
  });
});

describe('row ids (Upload files and folders, relation picker ids)', () => {
  test.each<[unknown, boolean]>([
    [1, true],
    ['1', true],
    [STORAGE_LIMITS.intMax, true],
    [String(STORAGE_LIMITS.intMax), true],
    [0, false],
    ['0', false],
    ['-1', false],
    [STORAGE_LIMITS.intMax + 1, false],
    ['99999999999', false],
    [1.5, false],
    ['1.5', false],
    ['abc', false],
    ['', false],
    [null, false],
    [true, false],
  ])('%p → %p', (value, expected) => {
    expect(isRowId(value)).toBe(expected);
  });
});

describe('query names qs drops (properties of Object.prototype)', () => {
  test.each<[string, string, string | null]>([
    ['an ordinary query', 'locale=en&page=2&filters[tags][slug]=syria', null],
    ['a value may be anything', 'filters[tags][slug]=constructor&q=__proto__', null],
    ['an empty query', '', null],
    ['__proto__ alone', 'locale=en&__proto__=1', '__proto__'],
    ['__proto__ with brackets', '__proto__[polluted]=1', '__proto__[polluted]'],
    ['constructor[prototype]', 'constructor[prototype][polluted]=1', 'constructor[prototype][polluted]'],
    ['a nested segment', 'filters[toString][x]=1', 'filters[toString][x]'],
    ['a dot segment', 'filters.hasOwnProperty=1', 'filters.hasOwnProperty'],
    ['percent-encoded', '%5F%5Fproto%5F%5F%5Bx%5D=1', '__proto__[x]'],
    ['without a value', 'valueOf', 'valueOf'],
    ['malformed percent-encoding is read as sent', 'a%E0%A4%A=1&constructor=1', 'constructor'],
    ['a name that only contains one', 'myconstructor=1&proto=2', null],
  ])('%s', (_label, querystring, found) => {
    expect(findPrototypeQueryKey(querystring)).toBe(found);
  });
});

describe('the plugin config validator', () => {
  test.each<[string, Record<string, unknown>, RegExp | null]>([
    ['the defaults', pluginConfig.default, null],
    ['a URN and an https publicUrl', { uriPrefix: 'urn:afp:', publicUrl: 'https://news.example.org', retentionDays: 7, readCache: false }, null],
    ['uriPrefix "not a uri"', { uriPrefix: 'not a uri' }, /uriPrefix must be a URN/],
    ['publicUrl "ftp://x"', { publicUrl: 'ftp://x' }, /publicUrl must be an absolute http or https URL/],
    ['retentionDays past 100 years', { retentionDays: 50_000 }, /retentionDays must be an integer from 1 to 36500/],
    ['backgroundJobs "yes"', { backgroundJobs: 'yes' }, /backgroundJobs must be true or false/],
    ['preparedStatements false', { preparedStatements: false }, null],
    ['preparedStatements "no"', { preparedStatements: 'no' }, /preparedStatements must be true or false/],
    ['apiTokenCacheMs 5000', { apiTokenCacheMs: 5_000 }, null],
    ['apiTokenCacheMs past a minute', { apiTokenCacheMs: 600_000 }, /apiTokenCacheMs must be an integer from 0 to 60000/],
    ['apiTokenCacheMs "5s"', { apiTokenCacheMs: '5s' }, /apiTokenCacheMs must be a number/],
    ['an unknown option', { colour: 'red' }, /colour is not a setting/],
  ])('%s', (_label, config, error) => {
    const validate = () => pluginConfig.validator(config);
    if (error) expect(validate).toThrow(error);
    else expect(validate).not.toThrow();
  });
});
