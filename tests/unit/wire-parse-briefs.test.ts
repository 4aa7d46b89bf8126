/**
 * The wire parser on 30+ briefs written for these tests in AFP / Reuters / AP shape, English and French
 * (tests/unit/fixtures/wire-briefs-*.ts): each brief's toll, other figures and warnings, and every span.
 */
import { parseWire } from '../../server/src/domain/wire/parse-wire';
import type { TextSpan, WireParseResult } from '../../server/src/domain/wire/types';
import type { WireBrief } from './fixtures/wire-brief';
import { ENGLISH_BRIEFS, ENGLISH_LAYOUT_BRIEFS, ENGLISH_MORE_BRIEFS } from './fixtures/wire-briefs-en';
import { FRENCH_BRIEFS, FRENCH_LAYOUT_BRIEFS, FRENCH_MORE_BRIEFS } from './fixtures/wire-briefs-fr';

const at = (text: string, span: TextSpan | null | undefined): string | null => (span ? text.slice(span.start, span.end) : null);

function countsOf(result: WireParseResult): unknown[] {
  return (result.toll?.counts ?? []).map((count) => ({
    category: count.category,
    value: count.value,
    ...(count.valueMax === null ? {} : { valueMax: count.valueMax }),
    qualifier: count.qualifier,
    group: count.group,
    ...(count.includes.length === 0 ? {} : { includes: count.includes.map(({ group, value, qualifier }) => ({ group, value, qualifier })) }),
  }));
}

function expectedCounts(brief: WireBrief): unknown[] {
  return (brief.expect.counts ?? []).map(({ includes, ...count }) => ({ ...count, ...(includes && includes.length > 0 ? { includes } : {}) }));
}

function checkSpans(text: string, result: WireParseResult): void {
  const value = (entry: { value: string; span: TextSpan | null } | null | undefined): void => {
    if (entry?.span) expect(at(text, entry.span)?.replace(/\s+/gu, ' ')).toBe(entry.value.replace(/\s+/gu, ' '));
  };
  value(result.headline);
  value(result.photoCredit);
  value(result.dateline);
  value(result.toll?.source);
  value(result.toll?.mayRiseReason);
  result.relatedTitles.forEach(value);
  result.subheads.forEach(value);
  result.tags.forEach((tag) => expect(at(text, tag.span)).toBe(tag.name));
  result.otherFigures.forEach((figure) => expect(at(text, figure.span)).toBe(figure.text));
  for (const count of result.toll?.counts ?? []) {
    const figure = at(text, count.span) ?? '';
    expect(figure).toMatch(/\S/u);
    for (const include of count.includes) expect(at(text, include.span)).toMatch(/\S/u);
  }
  if (result.toll?.mayRiseSpan) expect(at(text, result.toll.mayRiseSpan)).toMatch(/\S/u);
}

describe.each<[string, readonly WireBrief[]]>([
  ['English', ENGLISH_BRIEFS],
  ['French', FRENCH_BRIEFS],
  ['English, with layout furniture', ENGLISH_LAYOUT_BRIEFS],
  ['French, with layout furniture', FRENCH_LAYOUT_BRIEFS],
  ['More English', ENGLISH_MORE_BRIEFS],
  ['More French', FRENCH_MORE_BRIEFS],
])('%s briefs', (_language, briefs) => {
  test.each(briefs.map((brief) => [brief.name, brief] as const))('%s', (_name, brief) => {
    const { text, expect: wanted } = brief;
    const result = parseWire(text, { language: 'auto' });
    expect(result.language).toBe(wanted.language);
    if (wanted.headline !== undefined) expect(result.headline?.value).toBe(wanted.headline);
    if (wanted.credit !== undefined) expect(result.photoCredit?.value ?? null).toBe(wanted.credit);
    if (wanted.dateline !== undefined) expect(result.dateline?.value).toBe(wanted.dateline);
    if (wanted.toll === null) expect(result.toll).toBeNull();
    if (wanted.counts !== undefined) expect(countsOf(result)).toEqual(expectedCounts(brief));
    if (wanted.source !== undefined) expect(result.toll?.source?.value ?? null).toBe(wanted.source);
    if (wanted.mayRise !== undefined) expect(result.toll?.mayRise).toBe(wanted.mayRise);
    if (wanted.mayRiseReason !== undefined) expect(result.toll?.mayRiseReason?.value ?? null).toBe(wanted.mayRiseReason);
    if (wanted.correction !== undefined) expect(result.toll?.correction?.previous ?? null).toBe(wanted.correction);
    for (const [start, reason] of wanted.others ?? []) {
      expect(result.otherFigures.filter((figure) => figure.text.startsWith(start)).map((figure) => [start, figure.reason])).toContainEqual([start, reason]);
    }
    const tollValues = (result.toll?.counts ?? []).flatMap((count) => [count.value, ...count.includes.map((include) => include.value)]);
    for (const value of wanted.notInToll ?? []) expect(tollValues).not.toContain(value);
    const codes = result.warnings.map((warning) => warning.code);
    for (const code of wanted.warnings ?? []) expect(codes).toContain(code);
    for (const code of wanted.noWarnings ?? []) expect(codes).not.toContain(code);
    if (wanted.tags !== undefined) expect(result.tags.map((tag) => [tag.name, tag.kind])).toEqual(wanted.tags);
    // Every body paragraph is one paragraph of the copy: no line break inside, nothing of the headline line.
    for (const block of result.body) {
      if (block.type === 'paragraph' || block.type === 'heading') expect(block.children.map((child) => ('text' in child ? child.text : '')).join('')).not.toMatch(/\n/u);
    }
    checkSpans(text, result);
  });
});

test('at least 30 briefs besides the seed, in both languages', () => {
  expect(ENGLISH_BRIEFS.length + FRENCH_BRIEFS.length).toBeGreaterThanOrEqual(30);
  expect(ENGLISH_BRIEFS.length).toBeGreaterThanOrEqual(12);
  expect(FRENCH_BRIEFS.length).toBeGreaterThanOrEqual(12);
});
