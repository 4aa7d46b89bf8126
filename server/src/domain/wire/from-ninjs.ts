/**
 * A partner's ninjs 1.x / 2.x / 3.x document → the same parse result as pasted copy, for `POST /newsroom/import`.
 * Pure: no Strapi import. Nothing is read out of prose here: values come from the document's fields, so every
 * span is null.
 *
 * - Validated first against the official IPTC schema of its version (the newsroom extension schema when it carries
 *   our `toll`; 1.x against 1.5, then read as 2.x: see ninjs-1.ts); a document that is not an object, of an unknown
 *   version, canceled, not a text item or refused by the schema gives field errors, each with the path of the problem
 *   inside the document.
 * - headline: `headlines[]` (role `main` first); summary: `descriptions[]` (role `summary`, else `abstract` or
 *   `main`, never the toll text, caption or credit line); body: `bodies[]` (HTML first, else plain text) as blocks,
 *   its headings the subheads; byline: `by`; language: `language` (`en-GB` → en).
 * - Tags: `subjects`, `places`, `organisations`, `people`, `events` → kinds subject, place, organisation, person,
 *   event (how `to-ninjs` writes them), named by `name`, else `literal`.
 * - Photo credit: the picture association (`featuremedia` first): its `creditline` description, else its `by` and
 *   `copyrightholder`, else its `copyrightnotice`, through `parseCredit`; `usageterms` add restrictions.
 * - Related titles: the headlines of the associated text items (how `to-ninjs` writes related briefs).
 * - Toll: the newsroom profile's `toll` → the primary source's counts, mayRise and its reason, the correction.
 */
import { blocksToPlainText } from '../brief/blocks-to-html';
import type { BlockNode, FieldError, PhotoCredit, TagKind, Toll, TollCount } from '../contract';
import { parseCredit } from '../credit/parse-credit';
import { isRecord } from '../validation';
import { htmlToBlocks, plainTextToBlocks } from './html-blocks';
import { readLeadDateline } from './lead-dateline';
import { ninjs1AsNinjs2 } from './ninjs-1';
import { ninjsFieldName, ninjsSchemaErrors, ninjsVersionOf } from './ninjs-validation';
import type { Spanned, WireCount, WireLanguage, WireParseOptions, WireParseResult, WireTag, WireToll, WireWarning } from './types';

export type NinjsImportResult = { ok: true; result: WireParseResult } | { ok: false; errors: FieldError[] };

type JsonObject = Record<string, unknown>;

/** The keys of one ninjs version: 2.x spells them in lower case, 3.x in camelCase. */
interface VersionKeys {
  contentType: string;
  copyrightHolder: string;
  copyrightNotice: string;
  usageTerms: string;
  pubStatus: string;
}

const KEYS_2: VersionKeys = {
  contentType: 'contenttype',
  copyrightHolder: 'copyrightholder',
  copyrightNotice: 'copyrightnotice',
  usageTerms: 'usageterms',
  pubStatus: 'pubstatus',
};
const KEYS_3: VersionKeys = {
  contentType: 'contentType',
  copyrightHolder: 'copyrightHolder',
  copyrightNotice: 'copyrightNotice',
  usageTerms: 'usageTerms',
  pubStatus: 'pubStatus',
};

const CONCEPT_KINDS: readonly [string, TagKind][] = [
  ['subjects', 'subject'],
  ['places', 'place'],
  ['organisations', 'organisation'],
  ['people', 'person'],
  ['events', 'event'],
];

const SUMMARY_ROLES = ['summary', 'abstract', 'main', 'description', 'teaser', 'lead'];
/** Descriptions that are not the summary: what `to-ninjs` writes next to it, and a picture's texts. */
const NOT_SUMMARY_ROLES = new Set(['toll', 'caption', 'creditline', 'credit', 'alt', 'alttext']);

// ---- Reading untyped JSON -----------------------------------------------------------------------------


function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function nonBlankString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function spanned(value: string | null): Spanned<string> | null {
  return value === null ? null : { value, span: null };
}

/** The value of the first text whose role is in `roles` (in the order of `roles`), else of the first text. */
function textByRole(texts: JsonObject[], roles: readonly string[], fallback: boolean): string | null {
  for (const role of roles) {
    const found = texts.find((text) => text.role === role && nonBlankString(text.value) !== null);
    if (found !== undefined) return nonBlankString(found.value);
  }
  if (!fallback) return null;
  const first = texts.find((text) => nonBlankString(text.value) !== null);
  return first === undefined ? null : nonBlankString(first.value);
}

// ---- Fields -----------------------------------------------------------------------------------------------

function headlineOf(document: JsonObject): string | null {
  return textByRole(objects(document.headlines), ['main'], true);
}

function summaryOf(document: JsonObject): string | null {
  const texts = objects(document.descriptions).filter(
    (text) => typeof text.role !== 'string' || !NOT_SUMMARY_ROLES.has(text.role),
  );
  return textByRole(texts, SUMMARY_ROLES, true);
}

function bodyOf(document: JsonObject, keys: VersionKeys): BlockNode[] {
  const bodies = objects(document.bodies).filter((body) => typeof body.value === 'string');
  const ranked = [...bodies].sort((a, b) => rank(a) - rank(b));
  function rank(body: JsonObject): number {
    const html = /html/i.test(String(body[keys.contentType] ?? ''));
    return (body.role === 'main' || body.role === undefined ? 0 : 2) + (html ? 0 : 1);
  }
  const best = ranked[0];
  if (best === undefined) return [];
  const value = best.value as string;
  const type = String(best[keys.contentType] ?? '');
  // No content type: HTML when it looks like markup, else plain text.
  const html = /html/i.test(type) || (type === '' && /<\/?[a-z][^>]*>/i.test(value));
  return html ? htmlToBlocks(value) : plainTextToBlocks(value);
}

function subheadsOf(body: BlockNode[]): Spanned<string>[] {
  return body
    .filter((block) => block.type === 'heading')
    .map((block) => blocksToPlainText([block]))
    .filter((text) => text.trim() !== '')
    .map((value) => ({ value, span: null }));
}

function tagsOf(document: JsonObject): WireTag[] {
  const tags: WireTag[] = [];
  const seen = new Set<string>();
  for (const [key, kind] of CONCEPT_KINDS) {
    for (const concept of objects(document[key])) {
      const name = nonBlankString(concept.name) ?? nonBlankString(concept.literal);
      const id = `${kind}:${name?.toLowerCase()}`;
      if (name === null || seen.has(id)) continue;
      seen.add(id);
      tags.push({ name, kind, span: null });
    }
  }
  return tags;
}

function relatedTitlesOf(document: JsonObject): Spanned<string>[] {
  return objects(document.associations)
    .filter((association) => association.type === 'text' || association.type === 'composite')
    .map((association) => headlineOf(association))
    .filter((title): title is string => title !== null)
    .map((value) => ({ value, span: null }));
}

// ---- Photo credit -------------------------------------------------------------------------------------------

function pictureOf(document: JsonObject): JsonObject | null {
  const pictures = objects(document.associations).filter((association) => association.type === 'picture');
  return pictures.find((picture) => picture.name === 'featuremedia') ?? pictures[0] ?? null;
}

function creditLineOf(picture: JsonObject, keys: VersionKeys): string | null {
  const creditline = textByRole(objects(picture.descriptions), ['creditline', 'credit'], false);
  if (creditline !== null) return creditline;
  const parties = [nonBlankString(picture.by), nonBlankString(picture[keys.copyrightHolder])].filter(
    (part): part is string => part !== null,
  );
  if (parties.length > 0) return parties.join(' / ');
  return nonBlankString(picture[keys.copyrightNotice]);
}

function withUsageTerms(credit: PhotoCredit, usageTerms: string | null): PhotoCredit {
  if (usageTerms === null) return credit;
  const restrictions = [...credit.restrictions];
  const seen = new Set(restrictions.map((restriction) => restriction.toLowerCase()));
  for (const term of usageTerms.split(/\s*;\s*/)) {
    const kept = term.trim();
    if (kept === '' || seen.has(kept.toLowerCase())) continue;
    seen.add(kept.toLowerCase());
    restrictions.push(kept);
  }
  return { ...credit, restrictions };
}

function photoCreditOf(
  document: JsonObject,
  keys: VersionKeys,
  options: WireParseOptions,
): WireParseResult['photoCredit'] {
  const picture = pictureOf(document);
  if (picture === null) return null;
  const usageTerms = nonBlankString(picture[keys.usageTerms]);
  const line = creditLineOf(picture, keys) ?? usageTerms;
  if (line === null) return null;
  const parsed = parseCredit(line, options.agencies ? { knownAgencies: options.agencies } : undefined);
  return { value: line, span: null, parsed: parsed === null ? null : withUsageTerms(parsed, usageTerms) };
}

// ---- Toll ---------------------------------------------------------------------------------------------------

function wireCount(count: TollCount): WireCount {
  return {
    category: count.category,
    value: count.value,
    valueMax: count.valueMax ?? null,
    qualifier: count.qualifier,
    group: count.group ?? null,
    includes: (count.includes ?? []).map((include) => ({
      group: include.group,
      value: include.value,
      valueMax: include.valueMax ?? null,
      qualifier: include.qualifier,
      span: null,
    })),
    span: null,
  };
}

/** The headline figure a correction replaced: its killed count, else its first. */
function previousFigure(counts: readonly TollCount[]): number | null {
  const killed = counts.find((count) => count.category === 'killed') ?? counts[0];
  return killed === undefined ? null : killed.value;
}

/** Our newsroom profile's toll (the schema has checked its shape) as the primary source's figures. */
function tollOf(document: JsonObject): WireToll | null {
  if (!isRecord(document.toll)) return null;
  const toll = document.toll as unknown as Toll;
  const sources = Array.isArray(toll.sources) ? toll.sources : [];
  const primary = sources.find((source) => source.source === toll.primarySource) ?? sources[0];
  const previous = toll.correction ? previousFigure(toll.correction.previous) : null;
  return {
    source: spanned(nonBlankString(toll.primarySource)),
    counts: (primary?.counts ?? []).map(wireCount),
    mayRise: toll.mayRise,
    mayRiseSpan: null,
    mayRiseReason: toll.mayRise ? spanned(nonBlankString(toll.mayRiseReason)) : null,
    correction: previous === null ? null : { previous, span: null },
  };
}

// ---- Language -------------------------------------------------------------------------------------------------

function languageOf(document: JsonObject, options: WireParseOptions, warnings: WireWarning[]): WireLanguage {
  const declared = nonBlankString(document.language);
  const primary = declared?.toLowerCase().split(/[-_]/)[0];
  if (primary === 'en' || primary === 'fr') return primary;
  const fallback: WireLanguage = options.language === 'fr' ? 'fr' : 'en';
  if (declared !== null) {
    warnings.push({
      code: 'wire.language_unsupported',
      message: `language ${declared} is neither English nor French: the draft is read as ${fallback}`,
      params: { language: declared, used: fallback },
      span: null,
    });
  }
  return fallback;
}

// ---- Entry point -----------------------------------------------------------------------------------------------

function refusal(path: (string | number)[], message: string, code: string, params: Record<string, unknown> = {}) {
  return { ok: false as const, errors: [{ path, message, code, params }] };
}

function itemRefusal(document: JsonObject, keys: VersionKeys): NinjsImportResult | null {
  const pubStatus = document[keys.pubStatus];
  if (pubStatus === 'canceled') {
    return refusal(
      [keys.pubStatus],
      `${ninjsFieldName([keys.pubStatus])} is canceled: a killed item cannot be imported`,
      'wire.ninjs_canceled',
    );
  }
  const type = document.type;
  if (type !== undefined && type !== 'text' && type !== 'composite') {
    return refusal(
      ['type'],
      `ninjs.type ${JSON.stringify(type)} is not a text item: only news text can become a brief`,
      'wire.ninjs_not_text',
      { type },
    );
  }
  return null;
}

function warningsOf(headline: string | null, body: BlockNode[]): WireWarning[] {
  const warnings: WireWarning[] = [];
  if (headline === null) {
    warnings.push({ code: 'wire.no_headline', message: 'The ninjs document has no headline', span: null });
  }
  if (body.length === 0) {
    warnings.push({ code: 'wire.no_body', message: 'The ninjs document has no body', span: null });
  }
  return warnings;
}

/** A partner's ninjs document as a parse result, or the field errors that refuse it (see the header). */
export function parseNinjsImport(document: unknown, options: WireParseOptions = {}): NinjsImportResult {
  if (!isRecord(document)) {
    return refusal([], 'ninjs must be a ninjs document (a JSON object)', 'wire.ninjs_not_object');
  }
  const check = ninjsVersionOf(document);
  if (!check.ok) return check;
  const schemaErrors = ninjsSchemaErrors(document, check.version, check.version !== '1.x' && 'toll' in document);
  if (schemaErrors.length > 0) return { ok: false, errors: schemaErrors };
  const keys = check.version === '2.2' || check.version === '1.x' ? KEYS_2 : KEYS_3;
  const refused = itemRefusal(document, keys);
  if (refused !== null) return refused;
  return { ok: true, result: withFiling(document, read(check.version === '1.x' ? ninjs1AsNinjs2(document) : document, keys, options)) };
}

/**
 * The slugline and the place the story is filed from (`located`, else the lead's `BEIRUT (AP) —`), in every
 * version. The lead's dateline leaves the body, as it does for pasted copy.
 */
function withFiling(document: JsonObject, result: WireParseResult): WireParseResult {
  const [first, ...rest] = result.body;
  const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : null;
  const lead = text === null ? null : readLeadDateline(text.text);
  const body: BlockNode[] =
    first?.type === 'paragraph' && text !== null && lead !== null
      ? [{ ...first, children: [{ ...text, text: text.text.slice(lead.textStart) }, ...first.children.slice(1)] }, ...rest]
      : result.body;
  const dateline = nonBlankString(document.located) ?? lead?.place ?? null;
  return { ...result, body, slugline: spanned(nonBlankString(document.slugline)), dateline: spanned(dateline) };
}

/** The parse result of a checked 2.x / 3.x document (or a 1.x one read as 2.x). */
function read(document: JsonObject, keys: VersionKeys, options: WireParseOptions): WireParseResult {
  const headline = headlineOf(document);
  const body = bodyOf(document, keys);
  const warnings = warningsOf(headline, body);
  const language = languageOf(document, options, warnings);
  return {
    language,
    headline: spanned(headline),
    photoCredit: photoCreditOf(document, keys, options),
    summary: spanned(summaryOf(document)),
    byline: spanned(nonBlankString(document.by)),
    body,
    subheads: subheadsOf(body),
    relatedTitles: relatedTitlesOf(document),
    tags: tagsOf(document),
    toll: tollOf(document),
    otherFigures: [],
    warnings,
  };
}
