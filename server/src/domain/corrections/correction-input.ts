import { closedObject, localeCode, text, z } from '../validation';

/** `note` is a `text` column; partners read it in the brief, the feed, webhooks and ninjs `ednote`. */
export const MAX_CORRECTION_NOTE_LENGTH = 1000;

/**
 * Body of POST /newsroom/briefs/:documentId/corrections: `{ note, locale? }`. The note says what was wrong, in the
 * reader's words; `locale` is the version corrected (the i18n default locale when left out).
 */
export const correctionInputSchema = z.preprocess(
  (body) => (body === undefined || body === null ? {} : body),
  closedObject(
    {
      note: text({ max: MAX_CORRECTION_NOTE_LENGTH, min: 1, multiline: true }),
      locale: localeCode().optional(),
    },
    { notObject: 'must be a JSON object { note, locale }' },
  ),
);

export type CorrectionInput = z.output<typeof correctionInputSchema>;
