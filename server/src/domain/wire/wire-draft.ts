/**
 * From a parse result to what the import writes: the proposed toll (a revision the desk confirms), the slugline, and
 * the keys that match related titles to existing headlines. Pure: no Strapi import.
 */
import type { TollCount } from '../contract';
import { LABEL_LINE } from './layout';
import type { WireCount, WireToll } from './types';

/** A toll read out of the copy, kept apart from the append-only history until a desk chief confirms it. */
export interface TollProposal {
  /** Null when the copy names no source: the desk chief fills it in before confirming. */
  source: string | null;
  counts: TollCount[];
  mayRise: boolean;
  mayRiseReason: string | null;
  /** The copy itself revised the figure down: confirming it is still revision 1, but the desk should know. */
  correctionOf: number | null;
}

const withoutSpan = (count: WireCount): TollCount => ({
  category: count.category,
  value: count.value,
  valueMax: count.valueMax,
  qualifier: count.qualifier,
  group: count.group,
  includes: count.includes.map((include) => ({
    group: include.group,
    value: include.value,
    qualifier: include.qualifier,
    ...(include.valueMax !== null ? { valueMax: include.valueMax } : {}),
  })),
});

export const tollProposalFrom = (toll: WireToll): TollProposal => ({
  source: toll.source?.value ?? null,
  counts: toll.counts.map(withoutSpan),
  mayRise: toll.mayRise,
  mayRiseReason: toll.mayRise ? (toll.mayRiseReason?.value ?? null) : null,
  correctionOf: toll.correction?.previous ?? null,
});

/**
 * The brief's slugline from the copy's ("SYRIA-CONFLICT", AFP's "Syria-conflict-Russia,lead"), when it is one (an
 * urgency or version label on that line is none); the brief's rules then apply to it like to any field (too long is
 * a 400 naming `slugline`, never a silent cut).
 */
export const draftSlugline = (slugline: string | null | undefined): string | null => {
  const value = slugline?.trim() ?? '';
  return value === '' || LABEL_LINE.test(value) ? null : value;
};

/**
 * A headline as compared with another: case, accents, quote styles, dashes, spacing and final punctuation do not
 * count ("Syrie : Macron appelle à « un cessez-le-feu »" = "syrie: macron appelle a \"un cessez-le-feu\"").
 */
export const headlineKey = (headline: string): string =>
  headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[«»“”„‟"″]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s*([:;,!?])/g, '$1')
    .replace(/\s*"\s*/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!…]+$/u, '')
    .trim();

/**
 * A word of the headline that is the same with and without accents and case folding (so a database's
 * case-insensitive `LIKE` finds it), the longest one: it narrows the candidates before `headlineKey` compares them.
 */
export const searchWordOf = (headline: string): string | null => {
  const words = headline.split(/[^A-Za-z0-9]+/).filter((word) => word.length >= 3);
  return words.sort((a, b) => b.length - a.length)[0] ?? null;
};
