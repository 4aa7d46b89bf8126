import type { TollRevision } from '../contract';
import { ENGLISH_TOLL_WORDING } from './toll-text-en';
import { FRENCH_TOLL_WORDING } from './toll-text-fr';
import type { TollWording } from './toll-wording';

export type TollTextLanguage = 'en' | 'fr';

const WORDINGS: Record<TollTextLanguage, TollWording> = { en: ENGLISH_TOLL_WORDING, fr: FRENCH_TOLL_WORDING };

/** "fr", "fr-FR", "fr_CA" → French; anything else → English. */
export function tollTextLanguage(locale: string): TollTextLanguage {
  return /^fr(?:[-_]|$)/i.test(locale.trim()) ? 'fr' : 'en';
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface RenderTollTextOptions {
  /** The figures a correction replaces: adds "revised down from 359" (used for corrections only). */
  previous?: Pick<TollRevision, 'counts'>;
}

/**
 * One agency-style sentence:
 * "At least 15 civilians killed, including a child; toll may rise (OSDH)",
 * "253 people killed, revised down from 359 (Health ministry)".
 */
export function renderTollText(
  revision: Pick<TollRevision, 'counts' | 'mayRise' | 'source'>,
  locale: string,
  options: RenderTollTextOptions = {},
): string {
  const wording = WORDINGS[tollTextLanguage(locale)];
  const revised = options.previous !== undefined && options.previous.counts.length > 0;
  const counts = wording.counts(revision.counts);
  const clauses = [revised ? `${counts}, ${wording.revisedFrom(options.previous?.counts ?? [], revision.counts)}` : counts];
  if (revision.mayRise) clauses.push(wording.mayRise);
  return `${capitaliseFirst(clauses.join(wording.separator))} (${revision.source})`;
}
