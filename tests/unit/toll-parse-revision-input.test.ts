import { parseTollRevisionInput } from '../../server/src/domain/toll';
import type { FieldError } from '../../server/src/domain/contract';

type Body = Record<string, unknown>;

const validBody = (overrides: Body = {}): Body => ({
  source: 'OSDH',
  asOf: '2024-05-01T14:03:00Z',
  counts: [{ category: 'killed', value: 15, qualifier: 'at-least', group: 'civilians' }],
  ...overrides,
});

const withCount = (count: Body, overrides: Body = {}): Body =>
  validBody({ counts: [{ category: 'killed', value: 15, qualifier: 'exact', ...count }], ...overrides });

function errorsOf(body: unknown): FieldError[] {
  const result = parseTollRevisionInput(body);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.input)}`);
  return result.errors;
}

function inputOf(body: unknown) {
  const result = parseTollRevisionInput(body);
  if (!result.ok) throw new Error(`expected a valid input, got ${JSON.stringify(result.errors)}`);
  return result.input;
}

describe('parseTollRevisionInput: a valid body', () => {
  test('normalises and fills defaults', () => {
    expect(
      inputOf({
        source: '  OSDH ',
        asOf: '2024-05-01T16:03:00+02:00',
        counts: [
          {
            category: 'killed',
            value: 15,
            qualifier: 'at-least',
            group: ' civilians ',
            includes: [{ group: 'children', value: 1 }],
          },
        ],
        mayRise: true,
        mayRiseReason: ' people under the rubble ',
      }),
    ).toEqual({
      source: 'OSDH',
      asOf: '2024-05-01T14:03:00.000Z',
      counts: [
        {
          category: 'killed',
          value: 15,
          valueMax: null,
          qualifier: 'at-least',
          group: 'civilians',
          includes: [{ group: 'children', value: 1, qualifier: 'exact' }],
        },
      ],
      mayRise: true,
      mayRiseReason: 'people under the rubble',
      changeKind: null,
      note: null,
      primary: false,
    });
  });

  test.each<[string, Body, Partial<ReturnType<typeof inputOf>>]>([
    ['changeKind given', validBody({ changeKind: 'correction', note: 'wrong figure' }), { changeKind: 'correction', note: 'wrong figure' }],
    ['primary true', validBody({ primary: true }), { primary: true }],
    ['nulls for optional fields', validBody({ mayRise: null, mayRiseReason: null, changeKind: null, note: null, primary: null }), { mayRise: false, mayRiseReason: null, changeKind: null, note: null, primary: false }],
    ['blank note becomes null', validBody({ note: '   ' }), { note: null }],
    ['asOf with fraction', validBody({ asOf: '2024-05-01T14:03:00.5Z' }), { asOf: '2024-05-01T14:03:00.500Z' }],
    ['asOf with negative offset', validBody({ asOf: '2024-05-01T09:03:00-05:00' }), { asOf: '2024-05-01T14:03:00.000Z' }],
    ['asOf without seconds', validBody({ asOf: '2024-05-01T14:03Z' }), { asOf: '2024-05-01T14:03:00.000Z' }],
    ['asOf on 29 February of a leap year', validBody({ asOf: '2024-02-29T00:00:00Z' }), { asOf: '2024-02-29T00:00:00.000Z' }],
  ])('%s', (_name, body, expected) => {
    expect(inputOf(body)).toMatchObject(expected);
  });

  test.each<[string, Body]>([
    ['value 0', { value: 0 }],
    ['value 10,000,000', { value: 10_000_000 }],
    ['between with valueMax', { qualifier: 'between', value: 10, valueMax: 15 }],
    ['valueMax null with exact', { valueMax: null }],
    ['no group (null)', { group: null }],
    ['include equal to its parent', { value: 3, includes: [{ group: 'children', value: 3 }] }],
    ['include within a "between" parent', { qualifier: 'between', value: 10, valueMax: 15, includes: [{ group: 'children', value: 12 }] }],
    ['include with its own range', { includes: [{ group: 'children', value: 2, qualifier: 'between', valueMax: 4 }] }],
    ['every qualifier: more-than', { qualifier: 'more-than' }],
    ['every qualifier: about', { qualifier: 'about' }],
    ['every qualifier: nearly', { qualifier: 'nearly' }],
    ['every qualifier: up-to', { qualifier: 'up-to' }],
    ['qualifier omitted (exact)', { qualifier: undefined }],
  ])('accepts a count with %s', (_name, count) => {
    expect(parseTollRevisionInput(withCount(count)).ok).toBe(true);
  });

  test('accepts the same category for different groups, and no group next to a group', () => {
    const input = inputOf(
      validBody({
        counts: [
          { category: 'killed', value: 12, group: 'civilians' },
          { category: 'killed', value: 3, group: 'soldiers' },
          { category: 'killed', value: 15 },
          { category: 'injured', value: 40 },
        ],
      }),
    );
    expect(input.counts.map((count) => [count.category, count.group])).toEqual([
      ['killed', 'civilians'],
      ['killed', 'soldiers'],
      ['killed', null],
      ['injured', null],
    ]);
  });
});

describe('parseTollRevisionInput: one error per bad field', () => {
  const long = (length: number): string => 'x'.repeat(length);

  test.each<[string, unknown, (string | number)[], string]>([
    ['body is null', null, [], 'body must be a JSON object'],
    ['body is an array', [], [], 'body must be a JSON object'],
    ['body is a string', 'killed 15', [], 'body must be a JSON object'],
    ['source missing', validBody({ source: undefined }), ['source'], 'source is required'],
    ['source blank', validBody({ source: '   ' }), ['source'], 'source is required'],
    ['source not a string', validBody({ source: 42 }), ['source'], 'source must be text'],
    ['source too long', validBody({ source: long(101) }), ['source'], 'source must be at most 100 characters'],
    ['asOf missing', validBody({ asOf: undefined }), ['asOf'], 'asOf is required'],
    ['asOf free text', validBody({ asOf: 'yesterday' }), ['asOf'], 'asOf must be an RFC 3339 date-time'],
    ['asOf a date only', validBody({ asOf: '2024-05-01' }), ['asOf'], 'asOf must be an RFC 3339 date-time'],
    ['asOf without a zone', validBody({ asOf: '2024-05-01T14:03:00' }), ['asOf'], 'asOf must be an RFC 3339 date-time'],
    ['asOf 30 February', validBody({ asOf: '2024-02-30T10:00:00Z' }), ['asOf'], 'asOf must be an RFC 3339 date-time'],
    ['asOf hour 24', validBody({ asOf: '2024-05-01T24:00:00Z' }), ['asOf'], 'asOf must be an RFC 3339 date-time'],
    ['asOf a timestamp number', validBody({ asOf: 1714572180000 }), ['asOf'], 'asOf must be an RFC 3339 date-time'],
    ['counts missing', validBody({ counts: undefined }), ['counts'], 'counts must be a non-empty array of counts (at most 20)'],
    ['counts empty', validBody({ counts: [] }), ['counts'], 'counts must be a non-empty array'],
    ['counts not an array', validBody({ counts: { category: 'killed' } }), ['counts'], 'counts must be a non-empty array'],
    ['more than 20 counts', validBody({ counts: Array.from({ length: 21 }, (_, i) => ({ category: 'killed', value: 1, group: `g${i}` })) }), ['counts'], 'at most 20'],
    ['count not an object', validBody({ counts: [15] }), ['counts', 0], 'counts[0] must be an object'],
    ['unknown category', withCount({ category: 'dead' }), ['counts', 0, 'category'], 'counts[0].category must be one of: killed, injured, missing, displaced, critical, arrested, evacuated'],
    ['category missing', withCount({ category: undefined }), ['counts', 0, 'category'], 'counts[0].category is required (one of: killed, injured'],
    ['unknown qualifier', withCount({ qualifier: 'approx' }), ['counts', 0, 'qualifier'], 'counts[0].qualifier must be one of: exact, at-least, more-than, about, nearly, up-to, between'],
    ['value as a string', withCount({ value: '15' }), ['counts', 0, 'value'], 'counts[0].value must be an integer from 0 to 10000000'],
    ['value a float', withCount({ value: 1.5 }), ['counts', 0, 'value'], 'counts[0].value must be an integer from 0 to 10000000'],
    ['value negative', withCount({ value: -1 }), ['counts', 0, 'value'], 'counts[0].value must be an integer from 0 to 10000000'],
    ['value too large', withCount({ value: 10_000_001 }), ['counts', 0, 'value'], 'counts[0].value must be an integer from 0 to 10000000'],
    ['value NaN', withCount({ value: Number.NaN }), ['counts', 0, 'value'], 'counts[0].value must be an integer from 0 to 10000000'],
    ['value Infinity', withCount({ value: Number.POSITIVE_INFINITY }), ['counts', 0, 'value'], 'counts[0].value must be an integer'],
    ['value missing', withCount({ value: undefined }), ['counts', 0, 'value'], 'counts[0].value must be an integer'],
    ['value a boolean', withCount({ value: true }), ['counts', 0, 'value'], 'counts[0].value must be an integer'],
    ['between without valueMax', withCount({ qualifier: 'between', value: 10 }), ['counts', 0, 'valueMax'], 'counts[0].valueMax is required when qualifier is "between"'],
    ['between with valueMax equal to value', withCount({ qualifier: 'between', value: 10, valueMax: 10 }), ['counts', 0, 'valueMax'], 'counts[0].valueMax must be greater than value (10)'],
    ['between with valueMax below value', withCount({ qualifier: 'between', value: 10, valueMax: 5 }), ['counts', 0, 'valueMax'], 'must be greater than value (10)'],
    ['between with a string valueMax', withCount({ qualifier: 'between', value: 10, valueMax: '15' }), ['counts', 0, 'valueMax'], 'counts[0].valueMax must be an integer from 0 to 10000000'],
    ['valueMax without between', withCount({ qualifier: 'at-least', valueMax: 20 }), ['counts', 0, 'valueMax'], 'counts[0].valueMax is only allowed when qualifier is "between"'],
    ['group not a string', withCount({ group: 3 }), ['counts', 0, 'group'], 'counts[0].group must be text'],
    ['group too long', withCount({ group: long(61) }), ['counts', 0, 'group'], 'at most 60 characters'],
    ['includes not an array', withCount({ includes: { group: 'children', value: 1 } }), ['counts', 0, 'includes'], 'counts[0].includes must be an array'],
    ['include not an object', withCount({ includes: [1] }), ['counts', 0, 'includes', 0], 'counts[0].includes[0] must be an object'],
    ['include larger than its parent', withCount({ value: 15, includes: [{ group: 'children', value: 20 }] }), ['counts', 0, 'includes', 0, 'value'], 'counts[0].includes[0].value (20) must not exceed the count it belongs to (15)'],
    ['include range above its parent', withCount({ value: 15, includes: [{ group: 'children', value: 10, qualifier: 'between', valueMax: 20 }] }), ['counts', 0, 'includes', 0, 'valueMax'], 'must not exceed the count it belongs to (15)'],
    ['include without group', withCount({ includes: [{ value: 1 }] }), ['counts', 0, 'includes', 0, 'group'], 'counts[0].includes[0].group is required'],
    ['include with a blank group', withCount({ includes: [{ group: ' ', value: 1 }] }), ['counts', 0, 'includes', 0, 'group'], 'is required'],
    ['include value as a string', withCount({ includes: [{ group: 'children', value: '1' }] }), ['counts', 0, 'includes', 0, 'value'], 'counts[0].includes[0].value must be an integer from 0 to 10000000'],
    ['include with an unknown qualifier', withCount({ includes: [{ group: 'children', value: 1, qualifier: 'some' }] }), ['counts', 0, 'includes', 0, 'qualifier'], 'must be one of: exact, at-least'],
    ['include between without valueMax', withCount({ includes: [{ group: 'children', value: 1, qualifier: 'between' }] }), ['counts', 0, 'includes', 0, 'valueMax'], 'is required when qualifier is "between"'],
    ['the same include group twice', withCount({ includes: [{ group: 'children', value: 1 }, { group: 'Children', value: 2 }] }), ['counts', 0, 'includes', 1, 'group'], 'counts[0].includes[1].group repeats group "Children" of counts[0].includes[0]'],
    ['mayRise as a string', validBody({ mayRise: 'true' }), ['mayRise'], 'mayRise must be true or false'],
    ['mayRise without a reason', validBody({ mayRise: true }), ['mayRiseReason'], 'mayRiseReason is required when mayRise is true'],
    ['mayRise with a blank reason', validBody({ mayRise: true, mayRiseReason: '  ' }), ['mayRiseReason'], 'mayRiseReason is required when mayRise is true'],
    ['mayRiseReason too long', validBody({ mayRiseReason: long(501) }), ['mayRiseReason'], 'mayRiseReason must be at most 500 characters'],
    ['unknown changeKind', validBody({ changeKind: 'fix' }), ['changeKind'], 'changeKind must be one of: initial, update, correction, source-change'],
    ['note too long', validBody({ note: long(2001) }), ['note'], 'note must be at most 2000 characters'],
    ['note not a string', validBody({ note: 12 }), ['note'], 'note must be text'],
    ['primary as a string', validBody({ primary: 'yes' }), ['primary'], 'primary must be true or false'],
    ['a typo in a top-level key', validBody({ mayrise: true }), ['mayrise'], 'mayrise is not a known field (allowed: source, asOf, counts, mayRise, mayRiseReason, changeKind, note, primary); did you mean "mayRise"?'],
    ['an unknown top-level key', validBody({ revision: 3 }), ['revision'], 'revision is not a known field'],
    ['a typo in a count key', withCount({ valuemax: 20 }), ['counts', 0, 'valuemax'], 'counts[0].valuemax is not a known field (allowed: category, value, valueMax, qualifier, group, includes); did you mean "valueMax"?'],
    ['a typo in an include key', withCount({ includes: [{ group: 'children', value: 1, qualifer: 'exact' }] }), ['counts', 0, 'includes', 0, 'qualifer'], 'is not a known field'],
  ])('%s', (_name, body, path, message) => {
    const errors = errorsOf(body);
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toEqual(path);
    expect(errors[0].message).toContain(message);
  });

  test.each<[string, Body[], (string | number)[], string]>([
    [
      'the same category and group twice',
      [{ category: 'killed', value: 15, group: 'civilians' }, { category: 'killed', value: 17, group: 'civilians' }],
      ['counts', 1],
      'counts[1] repeats category "killed" with group "civilians" of counts[0]',
    ],
    [
      'groups differing only in case and spaces',
      [{ category: 'killed', value: 15, group: 'police officers' }, { category: 'killed', value: 17, group: 'Police  Officers' }],
      ['counts', 1],
      'repeats category "killed"',
    ],
    [
      'the same category without group twice',
      [{ category: 'injured', value: 15 }, { category: 'killed', value: 2 }, { category: 'injured', value: 17, group: null }],
      ['counts', 2],
      'counts[2] repeats category "injured" with no group of counts[0]',
    ],
  ])('duplicate counts: %s', (_name, counts, path, message) => {
    const errors = errorsOf(validBody({ counts }));
    expect(errors).toEqual([{ path, message: expect.stringContaining(message), code: 'toll.duplicate_count', params: { first: expect.any(Number) } }]);
  });

  test('reports every bad field at once, each once', () => {
    const errors = errorsOf({
      source: '',
      asOf: 'now',
      counts: [{ category: 'dead', value: '15', qualifier: 'exact' }, { category: 'injured', value: 4, valueMax: 6 }],
      mayRise: true,
      changeKind: 'oops',
      extra: 1,
    });
    expect(errors.map((error) => error.path)).toEqual([
      ['extra'],
      ['source'],
      ['asOf'],
      ['counts', 0, 'category'],
      ['counts', 0, 'value'],
      ['counts', 1, 'valueMax'],
      ['mayRiseReason'],
      ['changeKind'],
    ]);
  });
});
