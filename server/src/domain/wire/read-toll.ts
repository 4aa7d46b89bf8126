import type { TollCategory } from '../contract';
import type { MentionLexicon } from '../toll/mention-lexicon';
import { type CasualtyFigure, type PlainNumber, readSentenceFigures } from './casualty-figures';
import type { AmongIncludes } from './sub-counts';
import {
  AGGREGATE_AFTER,
  AGGREGATE_SUBJECTS,
  EARLIER_MARKERS,
  EVENT_DAY_MARKERS,
  NO_VICTIMS,
  SCOPE_WORDS,
  SEPARATE_MARKERS,
  SUPERSEDED_BEFORE,
  TOLL_WORDS,
  UPDATE_MARKERS,
  UPDATE_VERBS,
  anyMatch,
  periodMarker,
} from './context-markers';
import { TOLL_LIMITS } from '../toll/parse-revision-input';
import { readMayRise } from './may-rise';
import { plainNumberExplanation } from './plain-numbers';
import { wordAt } from './quantities';
import { type Sentence, splitSentences } from './sentences';
import { readAcronyms, readAnaphoricSource, readSource } from './toll-source';
import { type WireToken, tokenize } from './tokens';
import type { OtherFigure, OtherFigureReason, Spanned, TextSpan, WireCount, WireToll, WireWarning } from './types';

/** A part of the copy the toll reader reads: the headline, a body paragraph or a subhead. */
export interface TollZone {
  kind: 'headline' | 'paragraph' | 'subhead';
  span: TextSpan;
}

export interface TollReading {
  toll: WireToll | null;
  otherFigures: OtherFigure[];
  warnings: WireWarning[];
}

interface ZoneSentence {
  zone: TollZone;
  zoneIndex: number;
  sentence: Sentence;
  /** A separate-incident marker earlier in the paragraph. */
  separateBefore: boolean;
}

interface Reading extends CasualtyFigure {
  at: ZoneSentence;
  reason: OtherFigureReason | null;
  explanation: string;
  update: boolean;
  /** Marked as an earlier figure by words only ("selon un premier bilan"): used when nothing else gives it. */
  softEarlier: boolean;
}

const CLAUSE_MARKS = new Set([',', ';', '(', ')', '—', '–', ':']);
/** How far (characters) before a figure its context words are looked for: bounds every pattern's work. */
const CONTEXT_WINDOW = 240;
const GENERIC_GROUPS = new Set(['people', 'victims']);

/** How many tokens a clause is looked for on each side of a figure: bounded work on unpunctuated input. */
const CLAUSE_REACH = 60;

function clauseBounds(tokens: readonly WireToken[], from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && from - start < CLAUSE_REACH && !CLAUSE_MARKS.has(tokens[start - 1].text)) start -= 1;
  let end = to;
  while (end < tokens.length && end - to < CLAUSE_REACH && !CLAUSE_MARKS.has(tokens[end].text)) end += 1;
  return { start, end };
}

function windowText(matched: string, start: number, end: number): string {
  return matched.slice(Math.max(start, end - CONTEXT_WINDOW), end);
}

function phraseBefore(tokens: readonly WireToken[], from: number, phrases: readonly string[][]): boolean {
  return phrases.some((phrase) => phrase.every((word, offset) => wordAt(tokens, from - phrase.length + offset) === word));
}

function valueText(count: { value: number; valueMax: number | null }): string {
  return count.valueMax === null ? String(count.value) : `${count.value}-${count.valueMax}`;
}

function classify(matched: string, reading: Reading, lastBefore: Reading | undefined): void {
  const tokens = reading.at.sentence.tokens;
  const sentence = reading.at.sentence;
  const figureStart = reading.span.start;
  const clause = clauseBounds(tokens, reading.from, reading.to);
  const clauseStart = tokens[clause.start]?.start ?? sentence.start;
  const clauseEnd = tokens[clause.end - 1]?.end ?? sentence.end;
  const clauseFrom = Math.max(clauseStart, figureStart - CONTEXT_WINDOW);
  const clauseText = matched.slice(clauseFrom, Math.min(clauseEnd, reading.span.end + CONTEXT_WINDOW));
  const beforeInSentence = windowText(matched, sentence.start, figureStart);
  const sentenceFrom = Math.max(sentence.start, figureStart - CONTEXT_WINDOW);
  const sentenceText = matched.slice(sentenceFrom, Math.min(sentence.end, reading.span.end + CONTEXT_WINDOW));
  // The words since the previous figure of the sentence (or its start).
  const sinceLast = windowText(matched, lastBefore?.span.end ?? sentence.start, figureStart);
  const set = (reason: OtherFigureReason, explanation: string): void => {
    reading.reason = reason;
    reading.explanation = explanation;
  };
  reading.update =
    anyMatch(UPDATE_MARKERS, sinceLast) !== null ||
    (anyMatch(UPDATE_VERBS, sinceLast) !== null && anyMatch(TOLL_WORDS, beforeInSentence) !== null) ||
    reading.rangeFrom === 'to';

  if (reading.quantity.vague) return set('vague', 'a vague quantity, never a number');
  if (reading.rangeFrom === 'from') return set('earlier-figure', 'the figure the toll was revised from');
  if (reading.superseded) return set('earlier-figure', 'an earlier figure the copy corrects');
  if (reading.attackers) return set('attackers', 'the attackers, counted apart from the victims');
  if (reading.combinedWith !== null) {
    return set('combined', `${reading.category} and ${reading.combinedWith} counted together`);
  }
  const separate = reading.at.separateBefore || anyMatch(SEPARATE_MARKERS, beforeInSentence) !== null;
  if (separate) return set('separate-incident', 'a separate incident in the same dispatch');
  const eventDay = anyMatch(EVENT_DAY_MARKERS, clauseText) !== null;
  const intro = matched.slice(sentence.start, tokens[clauseBounds(tokens, 0, 0).end]?.start ?? sentence.start);
  const period =
    periodMarker(clauseText, figureStart - clauseFrom, eventDay) ??
    (intro.length < 80 && clauseStart > sentence.start ? periodMarker(intro, intro.length, eventDay) : null) ??
    (!eventDay ? periodMarker(sentenceText, figureStart - sentenceFrom, eventDay, true) : null);
  if (period) return set('background', `mentioned with "${period[0].trim()}": another period`);
  const afterFigure = matched.slice(reading.span.end, Math.min(sentence.end, reading.span.end + CONTEXT_WINDOW));
  const aggregate = !eventDay ? (anyMatch(AGGREGATE_SUBJECTS, beforeInSentence) ?? anyMatch(AGGREGATE_AFTER, afterFigure)) : null;
  if (aggregate !== null) return set('background', `the total of "${aggregate[0].trim()}", not this event`);
  const earlier = anyMatch(EARLIER_MARKERS, sinceLast);
  if (earlier !== null) {
    reading.softEarlier = true;
    return set('earlier-figure', `given as "${earlier[0].trim()}"`);
  }
}

/** "au moins deux morts … et non dix", "17 killed, not 12": a bare number that an earlier figure supersedes. */
function supersededNumbers(sentence: Sentence, figures: CasualtyFigure[], plain: readonly PlainNumber[]): CasualtyFigure[] {
  const tokens = sentence.tokens;
  const extra: CasualtyFigure[] = [];
  for (const number of plain) {
    if (number.quantity.value === null || number.quantity.notACount) continue;
    if (!phraseBefore(tokens, number.from, SUPERSEDED_BEFORE)) continue;
    const before = figures.filter((figure) => figure.to <= number.from).pop();
    if (before === undefined) continue;
    extra.push({
      ...before,
      quantity: number.quantity,
      includes: [],
      span: { start: tokens[number.from].start, end: tokens[number.to - 1].end },
      from: number.from,
      to: number.to,
      rangeFrom: null,
      superseded: true,
    });
  }
  for (const figure of figures) {
    if (phraseBefore(tokens, figure.from, SUPERSEDED_BEFORE) && figures.some((other) => other.to <= figure.from)) figure.superseded = true;
  }
  return extra;
}

function groupsMatch(left: string | null, right: string | null): boolean {
  if (left === right) return true;
  return left === null || right === null || GENERIC_GROUPS.has(left) || GENERIC_GROUPS.has(right);
}

function sameFigure(count: WireCount, reading: Reading): boolean {
  return count.value === reading.quantity.value && count.valueMax === reading.quantity.valueMax;
}

function toCount(reading: Reading): WireCount {
  return {
    category: reading.category,
    value: reading.quantity.value ?? 0,
    valueMax: reading.quantity.valueMax,
    qualifier: reading.quantity.qualifier,
    group: reading.group,
    includes: reading.includes.filter((include) => !include.attackers).map(({ attackers: _attackers, ...include }) => include),
    span: reading.span,
  };
}

function moreSpecificGroup(left: string | null, right: string | null): string | null {
  if (left === null || GENERIC_GROUPS.has(left)) return right ?? left;
  return left;
}

interface Picked {
  count: WireCount;
  reading: Reading;
}

export function readToll(text: string, matched: string, zones: readonly TollZone[], lexicon: MentionLexicon): TollReading {
  const warnings: WireWarning[] = [];
  const readings: Reading[] = [];
  const plainNumbers: { plain: PlainNumber; tokens: WireToken[] }[] = [];
  const zoneSentences: ZoneSentence[] = [];
  const amongLists: { among: AmongIncludes; at: ZoneSentence }[] = [];

  zones.forEach((zone, zoneIndex) => {
    const tokens = tokenize(text, matched, zone.span.start, zone.span.end);
    let separate = false;
    for (const sentence of splitSentences(tokens)) {
      const at: ZoneSentence = { zone, zoneIndex, sentence, separateBefore: separate };
      zoneSentences.push(at);
      const { figures, plainNumbers: plain, among } = readSentenceFigures(sentence.tokens, lexicon);
      if (zone.kind === 'paragraph' && !separate) amongLists.push(...among.map((entry) => ({ among: entry, at })));
      const superseded = supersededNumbers(sentence, figures, plain);
      const all = [...figures, ...superseded].sort((left, right) => left.from - right.from);
      let lastBefore: Reading | undefined;
      for (const figure of all) {
        const reading: Reading = { ...figure, at, reason: null, explanation: '', update: false, softEarlier: false };
        classify(matched, reading, lastBefore);
        readings.push(reading);
        lastBefore = reading;
      }
      for (const number of plain) {
        if (!superseded.some((figure) => figure.from === number.from)) plainNumbers.push({ plain: number, tokens: sentence.tokens });
      }
      if (zone.kind === 'paragraph' && anyMatch(SEPARATE_MARKERS, matched.slice(sentence.start, Math.min(sentence.end, sentence.start + CONTEXT_WINDOW)))) {
        separate = true;
      }
    }
  });

  const picked: Picked[] = [];
  const otherFigures: OtherFigure[] = [];
  const leaveOut = (reading: Reading, reason: OtherFigureReason, explanation: string): void => {
    reading.reason = reason;
    reading.explanation = explanation;
  };

  const body = readings.filter((reading) => reading.at.zone.kind === 'paragraph');
  for (const reading of body) {
    if (reading.reason !== null) continue;
    const match = picked.find((entry) => entry.count.category === reading.category && groupsMatch(entry.count.group, reading.group));
    if (match === undefined) {
      picked.push({ count: toCount(reading), reading });
    } else if (sameFigure(match.count, reading)) {
      match.count.group = moreSpecificGroup(match.count.group, reading.group);
      if (match.count.includes.length === 0) match.count.includes = toCount(reading).includes;
    } else if (reading.update) {
      leaveOut(match.reading, 'earlier-figure', `updated further down to ${valueText(toCount(reading))}`);
      match.count = toCount(reading);
      match.reading = reading;
    } else {
      leaveOut(reading, 'separate-incident', `another ${reading.category} figure further down, not tied to the lead`);
    }
  }
  // "Selon un premier bilan, 12 morts": an earlier-worded figure is the toll when nothing replaces it.
  for (const reading of body) {
    if (!reading.softEarlier || reading.reason !== 'earlier-figure') continue;
    if (picked.some((entry) => entry.count.category === reading.category && groupsMatch(entry.count.group, reading.group))) continue;
    reading.reason = null;
    picked.push({ count: toCount(reading), reading });
  }

  for (const reading of readings.filter((entry) => entry.at.zone.kind !== 'paragraph')) {
    if (reading.reason !== null) continue;
    const match = picked.find((entry) => entry.count.category === reading.category && groupsMatch(entry.count.group, reading.group));
    if (match === undefined) {
      picked.push({ count: toCount(reading), reading });
      warnings.push({
        code: 'wire.toll_from_headline',
        message: `the ${reading.category} figure comes from the ${reading.at.zone.kind} only`,
        params: { category: reading.category },
        span: reading.span,
      });
    } else if (!sameFigure(match.count, reading)) {
      const where = reading.at.zone.kind;
      leaveOut(reading, 'lagging-figure', `the body gives ${match.count.qualifier === 'exact' ? '' : `${match.count.qualifier} `}${valueText(match.count)}`);
      warnings.push({
        code: 'wire.headline_lags_body',
        message: `the ${where} says ${text.slice(reading.span.start, reading.span.end)}, the body ${text.slice(match.count.span?.start ?? 0, match.count.span?.end ?? 0)}: the body's figure is used`,
        params: { where, stated: text.slice(reading.span.start, reading.span.end), body: text.slice(match.count.span?.start ?? 0, match.count.span?.end ?? 0) },
        span: reading.span,
      });
    }
  }

  // "Among the dead were three children": sub-counts of the toll's count of that category.
  for (const { among } of amongLists) {
    const entry = picked.find((candidate) => candidate.count.category === among.category);
    if (entry === undefined) continue;
    for (const include of among.includes) {
      if (entry.reading.includes.some((known) => known.group === include.group)) continue;
      entry.reading.includes.push(include);
      if (!include.attackers) entry.count.includes.push({ group: include.group, value: include.value, valueMax: include.valueMax, qualifier: include.qualifier, span: include.span });
    }
  }

  // Attackers inside a victims' count: out of the toll, subtracted when the count included them.
  for (const entry of picked) {
    for (const include of entry.reading.includes.filter((candidate) => candidate.attackers)) {
      otherFigures.push({
        text: text.slice(include.span?.start ?? 0, include.span?.end ?? 0),
        span: include.span ?? entry.reading.span,
        reason: 'attackers',
        count: { category: entry.count.category, value: include.value, valueMax: include.valueMax, qualifier: include.qualifier, group: 'attackers' },
        explanation: 'the attackers, counted apart from the victims',
      });
      if (entry.count.valueMax === null && entry.count.value > include.value) {
        entry.count.value -= include.value;
        warnings.push({
          code: 'wire.attackers_excluded',
          message: `the ${include.value} attackers are left out of the ${entry.count.category} count`,
          params: { attackers: include.value, category: entry.count.category },
          span: include.span,
        });
      }
    }
  }

  let correction: WireToll['correction'] = null;
  for (const reading of readings) {
    if (reading.reason === null) continue;
    if (reading.reason === 'vague') {
      warnings.push({
        code: 'wire.vague_figure',
        message: `"${text.slice(reading.span.start, reading.span.end)}" gives no number`,
        params: { text: text.slice(reading.span.start, reading.span.end), category: reading.category },
        span: reading.span,
      });
    }
    if (reading.reason === 'combined') {
      warnings.push({
        code: 'wire.combined_count',
        message: `"${text.slice(reading.span.start, reading.span.end)}" counts ${reading.category} and ${reading.combinedWith ?? ''} together`,
        params: { text: text.slice(reading.span.start, reading.span.end) },
        span: reading.span,
      });
    }
    if (reading.reason === 'earlier-figure' && reading.quantity.value !== null) {
      const final = picked.find((entry) => entry.count.category === reading.category && groupsMatch(entry.count.group, reading.group));
      if (final !== undefined && reading.quantity.value > final.count.value && (correction === null || reading.span.start > (correction.span?.start ?? 0))) {
        correction = { previous: reading.quantity.value, span: reading.span };
      }
    }
    otherFigures.push({
      text: text.slice(reading.span.start, reading.span.end),
      span: reading.span,
      reason: reading.reason,
      count:
        reading.quantity.value === null
          ? null
          : { category: reading.category, value: reading.quantity.value, valueMax: reading.quantity.valueMax, qualifier: reading.quantity.qualifier, group: reading.group },
      explanation: reading.explanation,
    });
  }
  if (correction !== null) {
    warnings.push({ code: 'wire.correction', message: `the copy revises the toll down from ${correction.previous}`, params: { previous: correction.previous }, span: correction.span });
  }

  for (const { plain, tokens } of plainNumbers) {
    if (plain.quantity.value === 1 && !/\d/u.test(tokens[plain.quantity.coreFrom]?.text ?? '')) continue;
    const span = { start: tokens[plain.from].start, end: tokens[plain.to - 1].end };
    otherFigures.push({
      text: text.slice(span.start, span.end),
      span,
      reason: plain.quantity.vague ? 'vague' : 'not-casualties',
      count: null,
      explanation: plainNumberExplanation(tokens, plain, lexicon),
    });
  }
  otherFigures.sort((left, right) => left.span.start - right.span.start);

  warnings.push(...noVictimWarnings(matched, zoneSentences));
  if (picked.length === 0) return { toll: null, otherFigures, warnings };

  const acronyms = readAcronyms(text);
  const found = findSource(text, matched, picked, readings, zoneSentences, acronyms);
  const source = found !== null && found.value.length <= TOLL_LIMITS.maxSourceLength ? found : null;
  if (source === null) warnings.push({ code: 'wire.no_source', message: 'no source named for the toll', span: null });
  const mayRise = zoneSentences.map((at) => readMayRise(text, matched, at.sentence)).find((found) => found !== null) ?? null;
  // The toll API's limits, so that the proposed toll is one the desk can confirm as it is.
  const counts = picked
    .map((entry) => ({ ...entry.count, includes: entry.count.includes.slice(0, TOLL_LIMITS.maxIncludes) }))
    .sort((left, right) => categoryOrder(left.category) - categoryOrder(right.category))
    .slice(0, TOLL_LIMITS.maxCounts);
  if (picked.length > TOLL_LIMITS.maxCounts) {
    warnings.push({ code: 'wire.too_many_counts', message: `only the first ${TOLL_LIMITS.maxCounts} counts are kept`, params: { max: TOLL_LIMITS.maxCounts }, span: null });
  }
  return {
    toll: {
      source,
      counts,
      mayRise: mayRise !== null,
      mayRiseSpan: mayRise?.span ?? null,
      mayRiseReason: mayRise?.reason ?? null,
      correction,
    },
    otherFigures,
    warnings,
  };
}

const CATEGORY_ORDER: readonly TollCategory[] = ['killed', 'injured', 'critical', 'missing', 'displaced', 'evacuated', 'arrested'];

function categoryOrder(category: TollCategory): number {
  return CATEGORY_ORDER.indexOf(category);
}

function withAcronym(source: Spanned<string>, acronyms: ReadonlyMap<string, string>): Spanned<string> {
  const acronym = acronyms.get(source.value.toLowerCase());
  return acronym === undefined ? source : { value: acronym, span: source.span };
}

/** The source in the toll's sentence, else its paragraph, else the lead, else the first one named. */
/**
 * The source in the toll's sentence, else in a sentence about the toll (one with a casualty figure or a toll word)
 * of its paragraph, of the lead, then of the body: "forecasters said" in a sentence about the weather is no source.
 */
function findSource(
  text: string,
  matched: string,
  picked: readonly Picked[],
  readings: readonly Reading[],
  sentences: readonly ZoneSentence[],
  acronyms: ReadonlyMap<string, string>,
): Spanned<string> | null {
  const found = (at: ZoneSentence): Spanned<string> | null => {
    const source = readSource(text, at.sentence);
    return source === null ? readAnaphoricSource(at.sentence, acronyms) : withAcronym(source, acronyms);
  };
  for (const entry of picked) {
    const own = found(entry.reading.at);
    if (own !== null) return own;
  }
  const withFigures = new Set(readings.map((reading) => reading.at.sentence));
  const aboutToll = (at: ZoneSentence): boolean =>
    withFigures.has(at.sentence) ||
    anyMatch(TOLL_WORDS, matched.slice(at.sentence.start, Math.min(at.sentence.end, at.sentence.start + 2 * CONTEXT_WINDOW))) !== null;
  const first = picked[0].reading.at;
  const leadIndex = sentences.find((at) => at.zone.kind === 'paragraph')?.zoneIndex;
  const candidates = [
    ...sentences.filter((at) => at.zoneIndex === first.zoneIndex),
    ...sentences.filter((at) => at.zone.kind === 'paragraph' && at.zoneIndex === leadIndex),
    ...sentences.filter((at) => at.zone.kind === 'paragraph'),
  ].filter(aboutToll);
  for (const at of candidates) {
    const source = found(at);
    if (source !== null) return source;
  }
  return null;
}

/** "aucune victime française" is about a subset; "no one was hurt" about everyone: warnings, never a count. */
function noVictimWarnings(matched: string, sentences: readonly ZoneSentence[]): WireWarning[] {
  const warnings: WireWarning[] = [];
  for (const at of sentences) {
    const sentenceText = matched.slice(at.sentence.start, Math.min(at.sentence.end, at.sentence.start + 2 * CONTEXT_WINDOW));
    const found = anyMatch(NO_VICTIMS, sentenceText);
    if (found === null) continue;
    const around = sentenceText.slice(Math.max(0, found.index - 40), found.index + found[0].length + 40);
    const scoped = anyMatch(SCOPE_WORDS, around) !== null;
    const span = { start: at.sentence.start + found.index, end: at.sentence.start + found.index + found[0].length };
    warnings.push(
      scoped
        ? { code: 'wire.no_victims_scoped', message: 'a "no victims" statement about a subset only: the toll stands', span }
        : { code: 'wire.no_casualties', message: 'the copy says there were no casualties', span },
    );
  }
  return warnings;
}
