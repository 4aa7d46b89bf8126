import type { MessageDescriptor } from 'react-intl';
import type { CorrectableField } from '../../../../server/src/domain/corrections/changed-fields';
import { getTranslation } from '../../utils/getTranslation';

/** The public fields a text correction names, as the editor knows them. */
export const FIELD_LABELS: Record<CorrectableField, MessageDescriptor> = {
  slug: { id: getTranslation('corrections.field.slug'), defaultMessage: 'URL slug' },
  headline: { id: getTranslation('corrections.field.headline'), defaultMessage: 'headline' },
  slugline: { id: getTranslation('corrections.field.slugline'), defaultMessage: 'slugline' },
  byline: { id: getTranslation('corrections.field.byline'), defaultMessage: 'byline' },
  dateline: { id: getTranslation('corrections.field.dateline'), defaultMessage: 'dateline' },
  summary: { id: getTranslation('corrections.field.summary'), defaultMessage: 'summary' },
  body: { id: getTranslation('corrections.field.body'), defaultMessage: 'body' },
  urgency: { id: getTranslation('corrections.field.urgency'), defaultMessage: 'urgency' },
  embargoUntil: { id: getTranslation('corrections.field.embargoUntil'), defaultMessage: 'embargo' },
  photo: { id: getTranslation('corrections.field.photo'), defaultMessage: 'photo' },
  credit: { id: getTranslation('corrections.field.credit'), defaultMessage: 'photo credit' },
  tags: { id: getTranslation('corrections.field.tags'), defaultMessage: 'tags' },
  relatedBriefs: { id: getTranslation('corrections.field.relatedBriefs'), defaultMessage: 'related briefs' },
  relatedLinks: { id: getTranslation('corrections.field.relatedLinks'), defaultMessage: 'related links' },
};

export const isCorrectableField = (field: string): field is CorrectableField => Object.prototype.hasOwnProperty.call(FIELD_LABELS, field);

/** Fired on the window after a correction is published, so the open history reloads. */
export const CORRECTION_PUBLISHED_EVENT = 'newsroom:correction-published';
