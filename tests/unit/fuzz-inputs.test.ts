/** The fuzz pass's generator: deterministic, and every value it gives for a field is refused by that field's schema. */
import { dateTime, flag, httpUrl, integer, oneOf, text, z } from '../../server/src/domain/validation';
import { bodyAttacks, mulberry32, pickAttacks, RawJsonNumber, sample, toJsonText, withField, type FieldSpec } from '../helpers/fuzz-inputs';

test('the same seed gives the same sequence; another seed another one', () => {
  const first = mulberry32(20261201);
  const again = mulberry32(20261201);
  const other = mulberry32(7);
  const values = Array.from({ length: 5 }, () => first());
  expect(Array.from({ length: 5 }, () => again())).toEqual(values);
  expect(Array.from({ length: 5 }, () => other())).not.toEqual(values);
  expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  expect(sample(mulberry32(1), [1, 2, 3, 4, 5], 3)).toEqual(sample(mulberry32(1), [1, 2, 3, 4, 5], 3));
  expect(new Set(sample(mulberry32(1), [1, 2, 3, 4, 5], 5)).size).toBe(5);
});

test('JSON text keeps the number literals JavaScript cannot hold, and lone surrogates escaped', () => {
  expect(toJsonText({ a: new RawJsonNumber('1e309'), b: [new RawJsonNumber('9007199254740993')], c: 'x\ud800' })).toBe('{"a":1e309,"b":[9007199254740993],"c":"x\\ud800"}');
  expect(withField({ counts: [{ value: 1 }] }, 'counts.0.value', 'x')).toEqual({ counts: [{ value: 'x' }] });
});

/** What each spec means, as the plugin's own schemas (the values the server sees: after JSON text and back). */
const cases: [string, FieldSpec, z.ZodType][] = [
  ['text, required', { kind: 'text', max: 100, min: 1 }, text({ max: 100, min: 1 })],
  ['text, multiline, nullable', { kind: 'text', max: 5000, multiline: true, nullable: true }, text({ max: 5000, multiline: true }).nullable()],
  ['integer', { kind: 'integer', min: 1, max: 9 }, integer({ min: 1, max: 9 })],
  ['integer from 0', { kind: 'integer', min: 0, max: 10_000_000 }, integer({ min: 0, max: 10_000_000 })],
  ['choice', { kind: 'choice', values: ['killed', 'injured'] }, oneOf(['killed', 'injured'])],
  ['date-time, nullable', { kind: 'datetime', nullable: true }, dateTime().nullable()],
  ['URL', { kind: 'url', max: 255 }, httpUrl({ max: 255 })],
  ['flag', { kind: 'flag' }, flag()],
  ['list', { kind: 'list' }, z.array(z.string()).max(100)],
];

test.each(cases)('every %s attack is refused by its schema', (_name, spec, schema) => {
  const accepted = bodyAttacks(spec).filter((attack) => schema.safeParse(JSON.parse(toJsonText(attack.value))).success);
  expect(accepted.map((attack) => attack.label)).toEqual([]);
  expect(pickAttacks(mulberry32(3), bodyAttacks(spec), 4).slice(0, 2)).toEqual(bodyAttacks(spec).slice(0, 2));
});
