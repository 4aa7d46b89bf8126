import type { MessageDescriptor } from 'react-intl';
import type { TollCategory, TollChangeKind, TollQualifier } from '../../../../server/src/domain/contract';
import { getTranslation } from '../../utils/getTranslation';

export const CATEGORY_LABELS: Record<TollCategory, MessageDescriptor> = {
  killed: { id: getTranslation('toll.category.killed'), defaultMessage: 'killed' },
  injured: { id: getTranslation('toll.category.injured'), defaultMessage: 'injured' },
  missing: { id: getTranslation('toll.category.missing'), defaultMessage: 'missing' },
  displaced: { id: getTranslation('toll.category.displaced'), defaultMessage: 'displaced' },
  critical: { id: getTranslation('toll.category.critical'), defaultMessage: 'in critical condition' },
  arrested: { id: getTranslation('toll.category.arrested'), defaultMessage: 'arrested' },
  evacuated: { id: getTranslation('toll.category.evacuated'), defaultMessage: 'evacuated' },
};

export const QUALIFIER_LABELS: Record<TollQualifier, MessageDescriptor> = {
  exact: { id: getTranslation('toll.qualifier.exact'), defaultMessage: 'exactly' },
  'at-least': { id: getTranslation('toll.qualifier.at-least'), defaultMessage: 'at least' },
  'more-than': { id: getTranslation('toll.qualifier.more-than'), defaultMessage: 'more than' },
  about: { id: getTranslation('toll.qualifier.about'), defaultMessage: 'about' },
  nearly: { id: getTranslation('toll.qualifier.nearly'), defaultMessage: 'nearly' },
  'up-to': { id: getTranslation('toll.qualifier.up-to'), defaultMessage: 'up to' },
  between: { id: getTranslation('toll.qualifier.between'), defaultMessage: 'between' },
};

export const CHANGE_KIND_LABELS: Record<TollChangeKind, MessageDescriptor> = {
  initial: { id: getTranslation('toll.changeKind.initial'), defaultMessage: 'Initial' },
  update: { id: getTranslation('toll.changeKind.update'), defaultMessage: 'Update' },
  correction: { id: getTranslation('toll.changeKind.correction'), defaultMessage: 'Correction' },
  'source-change': { id: getTranslation('toll.changeKind.source-change'), defaultMessage: 'Source change' },
};
