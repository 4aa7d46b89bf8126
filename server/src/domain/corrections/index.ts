/** Corrections as first-class data: what a republish changed, the note partners read, the shared history. Pure. */
export { CORRECTABLE_FIELDS, changedFields, type CorrectableField, type CorrectableVersion } from './changed-fields';
export { correctionInputSchema, MAX_CORRECTION_NOTE_LENGTH, type CorrectionInput } from './correction-input';
export {
  briefCorrections,
  correctionEdNote,
  correctionEdNoteOf,
  correctionHistory,
  correctionHistoryWith,
  toTextCorrection,
  type LatestChange,
  type TextCorrectionRecord,
  type TollRevisionRecord,
} from './history';
