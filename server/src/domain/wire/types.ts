/**
 * What the wire importer reads out of pasted agency copy (or a partner's ninjs): the structured
 * draft an editor reviews before anything is written. Pure data, shared by the parser, the
 * import route and the admin's import screen.
 */
import type { BlockNode, PhotoCredit, TagKind, TollCategory, TollQualifier } from '../contract';

export type WireLanguage = 'en' | 'fr';
export type WireLanguageHint = WireLanguage | 'auto';

/** Half-open character range [start, end) in the source text, in UTF-16 code units (String#slice). */
export interface TextSpan {
  start: number;
  end: number;
}

/** An extracted value with where it came from; `span` is null for values not read from the text (ninjs import). */
export interface Spanned<T> {
  value: T;
  span: TextSpan | null;
}

export interface WireTag {
  name: string;
  kind: TagKind;
  span: TextSpan | null;
}

export interface WireIncludedCount {
  group: string;
  value: number;
  valueMax: number | null;
  qualifier: TollQualifier;
  span: TextSpan | null;
}

export interface WireCount {
  category: TollCategory;
  value: number;
  valueMax: number | null;
  qualifier: TollQualifier;
  group: string | null;
  includes: WireIncludedCount[];
  span: TextSpan | null;
}

export interface WireToll {
  source: Spanned<string> | null;
  counts: WireCount[];
  mayRise: boolean;
  mayRiseSpan: TextSpan | null;
  mayRiseReason: Spanned<string> | null;
  /** The copy itself says the toll was revised down ("revised down to 253 from 359", "et non dix"). */
  correction: { previous: number; span: TextSpan | null } | null;
}

/** Why a number in the copy is not the toll. */
export type OtherFigureReason =
  | 'background' // another period or event ("since December", "the offensive has killed …")
  | 'earlier-figure' // an earlier toll of the same event
  | 'separate-incident'
  | 'attackers' // attackers counted apart from victims
  | 'not-casualties' // ages, magnitudes, distances, times, dates, buildings …
  | 'lagging-figure' // a caption or headline figure the body's more precise one replaces
  | 'vague' // "dozens", "des dizaines": never a number
  | 'combined'; // two categories counted together: "une vingtaine de morts et disparus"

export interface OtherFigure {
  text: string;
  span: TextSpan;
  reason: OtherFigureReason;
  /** A readable figure when there is one ("nearly a million" → 1,000,000 nearly). */
  count: Omit<WireCount, 'span' | 'includes'> | null;
  /** Where it was, e.g. "mentioned with 'since December'". */
  explanation: string;
}

/** Every warning the text and ninjs readers give; the admin translates each (its table is typed by this list). */
export const WIRE_WARNING_CODES = [
  'wire.no_headline',
  'wire.no_body',
  'wire.no_credit',
  'wire.no_source',
  'wire.toll_from_headline',
  'wire.headline_lags_body',
  'wire.attackers_excluded',
  'wire.vague_figure',
  'wire.combined_count',
  'wire.correction',
  'wire.too_many_counts',
  'wire.no_victims_scoped',
  'wire.no_casualties',
  'wire.language_unsupported',
] as const;
export type WireWarningCode = (typeof WIRE_WARNING_CODES)[number];

export interface WireWarning {
  code: WireWarningCode;
  message: string; // English sentence for logs; the admin translates `code` with `params`
  params?: Record<string, string | number>;
  span: TextSpan | null;
}

export interface WireParseResult {
  language: WireLanguage;
  headline: Spanned<string> | null;
  photoCredit: (Spanned<string> & { parsed: PhotoCredit | null }) | null;
  /** "BEIRUT (AFP) -" at the start of the lead: the place, left out of the summary and body. */
  dateline?: Spanned<string> | null;
  /** A slugline or urgency line above the headline ("SYRIA-CONFLICT", "URGENT"). */
  slugline?: Spanned<string> | null;
  summary: Spanned<string> | null;
  /** The byline (ninjs `by`); agency copy does not carry one, so the text parser may leave it out. */
  byline?: Spanned<string> | null;
  body: BlockNode[];
  /** The subheads found (also present as headings in `body`). */
  subheads: Spanned<string>[];
  relatedTitles: Spanned<string>[];
  tags: WireTag[];
  toll: WireToll | null;
  otherFigures: OtherFigure[];
  warnings: WireWarning[];
}

export interface WireParseOptions {
  language?: WireLanguageHint;
  /** Extra tag-kind vocabularies (plugin settings); merged with the built-in lists. */
  places?: readonly string[];
  organisations?: readonly string[];
  /** Agencies known to the credit parser (plugin settings). */
  agencies?: readonly string[];
}
