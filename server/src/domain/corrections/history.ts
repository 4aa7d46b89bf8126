/**
 * A brief's corrections as partners and editors see them: text corrections (a republish marked as a correction)
 * and toll corrections (toll revisions whose changeKind is "correction"), in one history. Pure.
 */
import type { CorrectionHistoryItem, TextCorrection, TollChangeKind } from '../contract';

/** A stored text correction of one locale. */
export interface TextCorrectionRecord {
  at: string | Date;
  note: string;
  fields: string[];
}

/** A toll revision, as much of it as the history needs. */
export interface TollRevisionRecord {
  revision: number;
  source: string;
  changeKind: TollChangeKind;
  note: string | null;
  createdAt: string | Date;
}

const iso = (value: string | Date): string => new Date(value).toISOString();

export const toTextCorrection = (record: TextCorrectionRecord): TextCorrection => ({
  at: iso(record.at),
  note: record.note,
  fields: [...record.fields],
});

/** Text corrections for the public brief: oldest first, like every append-only history the API shows. */
export const briefCorrections = (records: readonly TextCorrectionRecord[]): TextCorrection[] =>
  records.map(toTextCorrection).sort((a, b) => a.at.localeCompare(b.at));

const textItem = (record: TextCorrectionRecord): CorrectionHistoryItem => ({ kind: 'text', ...toTextCorrection(record) });

const tollItem = (revision: TollRevisionRecord): CorrectionHistoryItem => ({
  kind: 'toll',
  at: iso(revision.createdAt),
  note: revision.note ?? null,
  source: revision.source,
  revision: revision.revision,
});

/** Newest first; at equal times the toll one comes first (it was entered with the publish it explains). */
const newestFirst = (a: CorrectionHistoryItem, b: CorrectionHistoryItem): number =>
  b.at.localeCompare(a.at) || (a.kind === b.kind ? 0 : a.kind === 'toll' ? -1 : 1);

/**
 * Text and toll corrections together, newest first, each item with what `extra` keeps of its record (the desk: who
 * made it). Toll revisions other than corrections are not part of it.
 */
export const correctionHistoryWith = <Text extends TextCorrectionRecord, Revision extends TollRevisionRecord, Extra extends object>(
  texts: readonly Text[],
  revisions: readonly Revision[],
  extra: (record: Text | Revision) => Extra,
): (CorrectionHistoryItem & Extra)[] =>
  [
    ...texts.map((record) => ({ ...textItem(record), ...extra(record) })),
    ...revisions.filter((revision) => revision.changeKind === 'correction').map((revision) => ({ ...tollItem(revision), ...extra(revision) })),
  ].sort(newestFirst);

/** The public history: text and toll corrections, newest first. */
export const correctionHistory = (texts: readonly TextCorrectionRecord[], revisions: readonly TollRevisionRecord[]): CorrectionHistoryItem[] =>
  correctionHistoryWith(texts, revisions, () => ({}));

/** "Correction" as agencies write it before an editorial note, per language (English otherwise). */
const CORRECTION_LABEL: Record<string, string> = { en: 'Correction: ', fr: 'Rectificatif : ' };

/** The ninjs `ednote` of a corrected version: "Correction: <note>" ("Rectificatif : <note>" in French). */
export const correctionEdNote = (note: string, locale: string): string =>
  `${CORRECTION_LABEL[locale.toLowerCase().split(/[-_]/)[0]] ?? CORRECTION_LABEL.en}${note}`;

/** What the latest public change of a brief locale was, as far as its ninjs `ednote` is concerned. */
export interface LatestChange {
  /** Type of the locale's latest feed event (null: none recorded). */
  eventType: string | null;
  /** The locale's text corrections, oldest first. */
  textCorrections: readonly TextCorrection[];
  /** The public toll's correction: set while the primary's latest revision is a correction (null otherwise). */
  tollCorrection: { note: string | null } | null;
  /** The current toll sentence, for a toll correction without a note. */
  tollText: string | null;
}

/**
 * The ednote of the current version: the correction's note when the latest public change is a correction (a text
 * correction, or a toll revision that corrected the primary figure); nothing once a later change superseded it.
 */
export const correctionEdNoteOf = (latest: LatestChange, locale: string): string | undefined => {
  if (latest.eventType === 'brief.corrected') {
    const last = latest.textCorrections[latest.textCorrections.length - 1];
    return last ? correctionEdNote(last.note, locale) : undefined;
  }
  if (latest.eventType === 'toll.updated' && latest.tollCorrection) {
    const note = latest.tollCorrection.note?.trim() || latest.tollText;
    return note ? correctionEdNote(note, locale) : undefined;
  }
  return undefined;
};
