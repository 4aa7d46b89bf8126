/**
 * Deterministic hostile inputs for the "never 500" fuzz pass: a seeded PRNG, the invalid values of each kind of
 * field (body, query string, path segment), and a JSON writer for number literals JSON.stringify cannot produce.
 * Pure: no Strapi, no I/O. Every value returned for a field is invalid for that field, so a 2xx is a finding.
 */

/** mulberry32: a small, well-distributed 32-bit PRNG; the same seed gives the same cases on every run. */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** `count` items of `items` in a seeded order (partial Fisher–Yates), without repeats. */
export const sample = <T>(random: () => number, items: readonly T[], count: number): T[] => {
  const pool = [...items];
  const taken: T[] = [];
  while (taken.length < count && pool.length > 0) taken.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return taken;
};

/** A JSON number literal written as is: `9007199254740993` loses precision and `1e309` is Infinity in JavaScript. */
export class RawJsonNumber {
  constructor(readonly literal: string) {}
}

/** JSON text of `value`, with RawJsonNumber literals in place. */
export const toJsonText = (value: unknown): string => {
  const literals: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof RawJsonNumber)) return item;
    literals.push(item.literal);
    return `@@raw-number-${literals.length - 1}@@`;
  });
  return text.replace(/"@@raw-number-(\d+)@@"/g, (_match, index: string) => literals[Number(index)]);
};

/** Sets `value` at a dotted path (`counts.0.value`) of a copy of `base`. */
export const withField = (base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> => {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
};

export const nestedArrays = (depth: number): unknown => {
  let value: unknown = 'deep';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

export const nestedObjects = (depth: number): unknown => {
  let value: unknown = 'deep';
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
};

/** What a body field accepts; `nullable` = null is a valid value (then null is not an attack). */
export type FieldSpec =
  | { kind: 'text'; max: number; min?: number; multiline?: boolean; nullable?: boolean }
  | { kind: 'integer'; min: number; max: number; nullable?: boolean }
  | { kind: 'choice'; values: readonly string[]; nullable?: boolean }
  | { kind: 'datetime'; nullable?: boolean }
  | { kind: 'url'; max: number; nullable?: boolean; refused?: readonly string[] }
  | { kind: 'list'; nullable?: boolean }
  | { kind: 'flag'; nullable?: boolean };

export interface Attack {
  /** Short name for the report ("NUL", "100000 chars", "2147483648"). */
  label: string;
  value: unknown;
}

const DEEP = 1000;
const attack = (label: string, value: unknown): Attack => ({ label, value });

const controlCharacterAttacks = (sample: string): Attack[] => [
  attack('NUL', `${sample}\u0000x`),
  attack('C0 BEL', `${sample}\u0007`),
  attack('C0 ESC', `\u001b[31m${sample}`),
  attack('C1 NEL', `${sample}\u0085`),
  attack('C1 CSI', `\u009b${sample}`),
  attack('lone high surrogate', `${sample}\ud800`),
  attack('lone low surrogate', `\udc00${sample}`),
];

const wrongTypeAttacks = (except: 'string' | 'number' | 'boolean' | 'array'): Attack[] =>
  [
    except !== 'number' ? attack('number', 42) : null,
    except !== 'boolean' ? attack('boolean', true) : null,
    except !== 'array' ? attack('array', ['x']) : null,
    attack('object', { $ne: null }),
    attack(`${DEEP}-deep arrays`, nestedArrays(DEEP)),
    attack(`${DEEP}-deep objects`, nestedObjects(DEEP)),
  ].filter((item): item is Attack => item !== null);

const tooLong = (max: number, prefix = ''): Attack[] =>
  [max + 1, 256, 1000, 100_000].filter((length, index, all) => length > max && all.indexOf(length) === index).map((length) => attack(`${length} chars`, prefix + 'a'.repeat(length - prefix.length)));

const INT4_MAX = 2_147_483_647;

/** Every invalid value of the field's kind; the first ones are the signature attacks the pass always sends. */
export const bodyAttacks = (spec: FieldSpec): Attack[] => {
  const nullAttack = spec.nullable ? [] : [attack('null', null)];
  switch (spec.kind) {
    case 'text':
      return [
        ...controlCharacterAttacks('Fuzz'),
        ...tooLong(spec.max),
        ...((spec.min ?? 0) > 0 ? [attack('blank', '   ')] : []),
        ...wrongTypeAttacks('string'),
        ...nullAttack,
      ];
    case 'integer':
      return [
        attack('2147483648', INT4_MAX + 1),
        attack('-2147483649', -INT4_MAX - 2),
        attack('9007199254740993', new RawJsonNumber('9007199254740993')),
        attack('1e309', new RawJsonNumber('1e309')),
        attack('"NaN"', 'NaN'),
        attack('float', spec.min + 0.5),
        ...(spec.min > -1 ? [attack('-1', -1)] : []),
        ...(spec.min - 1 !== -1 ? [attack(`min-1 (${spec.min - 1})`, spec.min - 1)] : []),
        attack(`max+1 (${spec.max + 1})`, spec.max + 1),
        attack('digits with NUL', `1\u0000`),
        ...wrongTypeAttacks('number'),
        ...nullAttack,
      ];
    case 'choice': {
      const valid = spec.values[0];
      return [
        attack('unknown choice', 'not-a-choice'),
        attack('choice + NUL', `${valid}\u0000`),
        attack('choice + zero-width space', `${valid}\u200b`),
        attack('choice + bidi override', `\u202e${valid}`),
        attack('upper-case choice', valid.toUpperCase() === valid ? `${valid}x` : valid.toUpperCase()),
        attack('256 chars', 'a'.repeat(256)),
        ...wrongTypeAttacks('string'),
        ...nullAttack,
      ];
    }
    case 'datetime':
      return [
        attack('not a date', 'yesterday-ish'),
        attack('impossible date', '2020-13-45T99:00:00.000Z'),
        attack('year 275760', '+275760-09-13T00:00:00.000Z'),
        attack('date + NUL', '2020-03-05T09:00:00.000Z\u0000'),
        attack('9007199254740993', new RawJsonNumber('9007199254740993')),
        attack('1e309', new RawJsonNumber('1e309')),
        attack('1000 chars', '2020-03-05'.padEnd(1000, '0')),
        ...wrongTypeAttacks('number').filter((item) => item.label !== 'number'),
        ...nullAttack,
      ];
    case 'url':
      return [
        attack('NUL in URL', 'https://partner.example.com/\u0000hook'),
        attack('javascript: URL', 'javascript:alert(1)'),
        attack('relative URL', '/just/a/path'),
        attack('no host', 'http://'),
        attack('ftp URL', 'ftp://partner.example.com/x'),
        ...tooLong(spec.max, 'https://partner.example.com/'),
        ...(spec.refused ?? []).map((url) => attack(`refused address ${url}`, url)),
        ...controlCharacterAttacks('https://partner.example.com/').slice(1),
        ...wrongTypeAttacks('string'),
        ...nullAttack,
      ];
    case 'list':
      return [
        attack('string instead of list', 'x'),
        attack('NUL string instead of list', '\u0000'),
        attack('number instead of list', 2147483648),
        attack('object instead of list', { 0: 'x' }),
        attack('10000 items', Array.from({ length: 10_000 }, () => 'x')),
        attack(`${DEEP}-deep arrays`, nestedArrays(DEEP)),
        attack(`${DEEP}-deep objects`, nestedObjects(DEEP)),
        attack('boolean', false),
        ...nullAttack,
      ];
    case 'flag':
      return [attack('"true" as text', 'true'), attack('1', 1), attack('"yes"', 'yes'), attack('array', [true]), attack('object', { $ne: false }), attack(`${DEEP}-deep arrays`, nestedArrays(DEEP)), ...nullAttack];
  }
};

/** `count` attacks for a field: the first `signature` always, the rest drawn with the PRNG. */
export const pickAttacks = (random: () => number, attacks: readonly Attack[], count: number, signature = 2): Attack[] =>
  count <= signature ? attacks.slice(0, count) : [...attacks.slice(0, signature), ...sample(random, attacks.slice(signature), count - signature)];

/** A query-string fragment replacing `name=<valid>`: raw, already percent-encoded, so anything can be sent. */
export interface QueryAttack {
  label: string;
  /** The fragment for parameter `name`. */
  fragment: (name: string) => string;
}

const queryAttack = (label: string, fragment: (name: string) => string): QueryAttack => ({ label, fragment });
const value = (label: string, encoded: string) => queryAttack(label, (name) => `${name}=${encoded}`);

/** Hostile query-string values: controls, malformed UTF-8, huge or odd numbers, repeats and qs bracket tricks. */
export const QUERY_ATTACKS: readonly QueryAttack[] = [
  value('NUL', 'x%00'),
  value('C0 BEL', '%07x'),
  value('C1 NEL (UTF-8)', 'x%C2%85'),
  value('lone surrogate (CESU-8)', 'x%ED%A0%80'),
  value('malformed percent-encoding', '%E0%A4%A'),
  value('bidi override', '%E2%80%AEen'),
  value('zero-width space', 'en%E2%80%8B'),
  value('256 chars', 'a'.repeat(256)),
  value('1000 chars', 'a'.repeat(1000)),
  value('10000 chars', 'a'.repeat(10_000)),
  value('2147483648', '2147483648'),
  value('-2147483649', '-2147483649'),
  value('9007199254740993', '9007199254740993'),
  value('1e309', '1e309'),
  value('NaN', 'NaN'),
  value('-1', '-1'),
  value('float', '1.5'),
  value('hex', '0x10'),
  value('empty', ''),
  queryAttack('repeated', (name) => `${name}=1&${name}=2`),
  queryAttack('array brackets', (name) => `${name}[]=1`),
  queryAttack('operator object', (name) => `${name}[$gt]=1`),
  queryAttack('indexed object', (name) => `${name}[0][$eq]=x%00`),
  queryAttack('30-deep brackets', (name) => `${name}${'[a]'.repeat(30)}=1`),
  queryAttack('__proto__ pollution', () => `__proto__[polluted]=1`),
  queryAttack('constructor pollution', () => `constructor[prototype][polluted]=1`),
];

/** Hostile path segments (already percent-encoded): none of them names an existing row. */
export const PATH_ATTACKS: readonly Attack[] = [
  attack('NUL', 'x%00'),
  attack('only NUL', '%00'),
  attack('C0 BEL', 'x%07'),
  attack('C1 NEL (UTF-8)', 'x%C2%85'),
  attack('lone surrogate (CESU-8)', 'x%ED%A0%80'),
  attack('malformed percent-encoding', '%E0%A4%A'),
  attack('bidi override', '%E2%80%AEx'),
  attack('zero-width space', 'x%E2%80%8B'),
  attack('256 chars', 'a'.repeat(256)),
  attack('1000 chars', 'a'.repeat(1000)),
  attack('10000 chars', 'a'.repeat(10_000)),
  attack('2147483648', '2147483648'),
  attack('-1', '-1'),
  attack('9007199254740993', '9007199254740993'),
  attack('1e309', '1e309'),
  attack('NaN', 'NaN'),
  attack('dot segments', '..%2F..%2Fetc%2Fpasswd'),
  attack('SQL', '%27%20OR%201%3D1--'),
  attack('JSON operator', '%7B%22%24ne%22%3Anull%7D'),
];

/** Hostile values of GraphQL variables (sent as JSON): by the argument's type. */
export const graphqlVariableAttacks = (type: 'String' | 'Int', spec: FieldSpec): Attack[] =>
  type === 'Int'
    ? [...bodyAttacks(spec).filter((item) => item.label !== 'null'), attack('numeric string', '5')]
    : bodyAttacks(spec);
