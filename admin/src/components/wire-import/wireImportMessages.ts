import type { MessageDescriptor } from 'react-intl';
import type { TagKind } from '../../../../server/src/domain/contract';
import type { OtherFigureReason, WireLanguageHint } from '../../../../server/src/domain/wire/types';
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
