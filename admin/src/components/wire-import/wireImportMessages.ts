import type { IntlShape, MessageDescriptor } from 'react-intl';
import type { TagKind } from '../../../../server/src/domain/contract';
import type { OtherFigureReason, WireLanguageHint, WireWarning, WireWarningCode } from '../../../../server/src/domain/wire/types';
import { getTranslation } from '../../utils/getTranslation';
import type { HighlightKind } from './highlights';

export const LANGUAGE_LABELS: Record<WireLanguageHint, MessageDescriptor> = {
  auto: { id: getTranslation('wireImport.language.auto'), defaultMessage: 'Detect automatically' },
  en: { id: getTranslation('wireImport.language.en'), defaultMessage: 'English' },
  fr: { id: getTranslation('wireImport.language.fr'), defaultMessage: 'French' },
};

export const TAG_KIND_LABELS: Record<TagKind, MessageDescriptor> = {
  subject: { id: getTranslation('wireImport.tagKind.subject'), defaultMessage: 'Subject' },
  place: { id: getTranslation('wireImport.tagKind.place'), defaultMessage: 'Place' },
  organisation: { id: getTranslation('wireImport.tagKind.organisation'), defaultMessage: 'Organisation' },
  person: { id: getTranslation('wireImport.tagKind.person'), defaultMessage: 'Person' },
  event: { id: getTranslation('wireImport.tagKind.event'), defaultMessage: 'Event' },
};

export const REASON_LABELS: Record<OtherFigureReason, MessageDescriptor> = {
  background: { id: getTranslation('wireImport.reason.background'), defaultMessage: 'Background: another period or event' },
  'earlier-figure': { id: getTranslation('wireImport.reason.earlier-figure'), defaultMessage: 'An earlier figure of the same event' },
  'separate-incident': { id: getTranslation('wireImport.reason.separate-incident'), defaultMessage: 'A separate incident' },
  attackers: { id: getTranslation('wireImport.reason.attackers'), defaultMessage: 'Attackers, counted apart from the victims' },
  'not-casualties': { id: getTranslation('wireImport.reason.not-casualties'), defaultMessage: 'Not casualties (an age, a distance, a time…)' },
  'lagging-figure': { id: getTranslation('wireImport.reason.lagging-figure'), defaultMessage: 'A caption or headline figure the body replaces' },
  vague: { id: getTranslation('wireImport.reason.vague'), defaultMessage: 'Vague: never a number' },
  combined: { id: getTranslation('wireImport.reason.combined'), defaultMessage: 'Two categories counted together' },
};

export const HIGHLIGHT_LABELS: Record<HighlightKind, MessageDescriptor> = {
  headline: { id: getTranslation('wireImport.highlight.headline'), defaultMessage: 'Headline' },
  credit: { id: getTranslation('wireImport.highlight.credit'), defaultMessage: 'Photo credit' },
  subhead: { id: getTranslation('wireImport.highlight.subhead'), defaultMessage: 'Subhead' },
  related: { id: getTranslation('wireImport.highlight.related'), defaultMessage: 'Related story' },
  tag: { id: getTranslation('wireImport.highlight.tag'), defaultMessage: 'Tag' },
  toll: { id: getTranslation('wireImport.highlight.toll'), defaultMessage: 'Toll' },
  source: { id: getTranslation('wireImport.highlight.source'), defaultMessage: 'Toll source' },
  'may-rise': { id: getTranslation('wireImport.highlight.may-rise'), defaultMessage: 'May rise' },
  'other-figure': { id: getTranslation('wireImport.highlight.other-figure'), defaultMessage: 'Other figure' },
};

/** The parser's warnings by code, in the user's language; an unknown code falls back to the server's English sentence. */
const WARNING_LABELS: Record<WireWarningCode, MessageDescriptor> = {
  'wire.no_headline': { id: getTranslation('wireImport.warning.no_headline'), defaultMessage: "The copy has no headline line" },
  'wire.no_body': { id: getTranslation('wireImport.warning.no_body'), defaultMessage: "The document has no body text" },
  'wire.no_credit': { id: getTranslation('wireImport.warning.no_credit'), defaultMessage: "No photo credit after the headline (“headline - Name / AGENCY”)" },
  'wire.no_source': { id: getTranslation('wireImport.warning.no_source'), defaultMessage: "No source is named for the toll: add it before the desk confirms it" },
  'wire.toll_from_headline': { id: getTranslation('wireImport.warning.toll_from_headline'), defaultMessage: "A figure of the toll comes from the headline or a caption only: check it against the body" },
  'wire.headline_lags_body': { id: getTranslation('wireImport.warning.headline_lags_body'), defaultMessage: "The headline or caption says “{stated}”, the body “{body}”: the body's figure is used" },
  'wire.attackers_excluded': { id: getTranslation('wireImport.warning.attackers_excluded'), defaultMessage: "The {attackers} attackers are left out of the toll" },
  'wire.vague_figure': { id: getTranslation('wireImport.warning.vague_figure'), defaultMessage: "“{text}” gives no number: it is not in the toll" },
  'wire.combined_count': { id: getTranslation('wireImport.warning.combined_count'), defaultMessage: "“{text}” counts two categories together: check the toll" },
  'wire.correction': { id: getTranslation('wireImport.warning.correction'), defaultMessage: "The copy revises the toll down from {previous}: confirm it as a correction" },
  'wire.too_many_counts': { id: getTranslation('wireImport.warning.too_many_counts'), defaultMessage: "Only the first {max} figures are kept" },
  'wire.no_victims_scoped': { id: getTranslation('wireImport.warning.no_victims_scoped'), defaultMessage: "A “no victims” statement covers only part of the people: the toll stands" },
  'wire.no_casualties': { id: getTranslation('wireImport.warning.no_casualties'), defaultMessage: "The copy says there were no casualties" },
  'wire.language_unsupported': { id: getTranslation('wireImport.warning.language_unsupported'), defaultMessage: "Language {language} is neither English nor French: the draft is read as {used}" },
};

export const warningText = (formatMessage: IntlShape['formatMessage'], warning: WireWarning): string => {
  // A warning from a newer server than this admin build: its English sentence.
  const descriptor = WARNING_LABELS[warning.code] as MessageDescriptor | undefined;
  return descriptor === undefined ? warning.message : formatMessage(descriptor, warning.params ?? {});
};
