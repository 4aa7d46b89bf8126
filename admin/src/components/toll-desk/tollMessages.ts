import type { MessageDescriptor, IntlShape } from 'react-intl';
import type { TollCategory, TollChangeKind, TollCount, TollQualifier } from '../../types';
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

/** How a figure reads: `{value}` / `{valueMax}` are numbers. */
const FIGURES: Record<TollQualifier, MessageDescriptor> = {
  exact: { id: getTranslation('toll.figure.exact'), defaultMessage: '{value}' },
  'at-least': { id: getTranslation('toll.figure.at-least'), defaultMessage: 'at least {value}' },
  'more-than': { id: getTranslation('toll.figure.more-than'), defaultMessage: 'more than {value}' },
  about: { id: getTranslation('toll.figure.about'), defaultMessage: 'about {value}' },
  nearly: { id: getTranslation('toll.figure.nearly'), defaultMessage: 'nearly {value}' },
  'up-to': { id: getTranslation('toll.figure.up-to'), defaultMessage: 'up to {value}' },
  between: { id: getTranslation('toll.figure.between'), defaultMessage: 'between {value} and {valueMax}' },
};

export const CHANGE_KIND_LABELS: Record<TollChangeKind, MessageDescriptor> = {
  initial: { id: getTranslation('toll.changeKind.initial'), defaultMessage: 'Initial' },
  update: { id: getTranslation('toll.changeKind.update'), defaultMessage: 'Update' },
  correction: { id: getTranslation('toll.changeKind.correction'), defaultMessage: 'Correction' },
  'source-change': { id: getTranslation('toll.changeKind.source-change'), defaultMessage: 'Source change' },
};

const COUNT = { id: getTranslation('toll.count'), defaultMessage: '{figure} {group} {category}' };
const COUNT_WITHOUT_GROUP = { id: getTranslation('toll.count.noGroup'), defaultMessage: '{figure} {category}' };
const INCLUDING = { id: getTranslation('toll.count.including'), defaultMessage: '{count}, including {included}' };
const INCLUDED = { id: getTranslation('toll.count.included'), defaultMessage: '{group}: {figure}' };

const figure = (intl: IntlShape, qualifier: TollQualifier, value: number, valueMax: number | null | undefined) =>
  intl.formatMessage(FIGURES[qualifier], { value: intl.formatNumber(value), valueMax: intl.formatNumber(valueMax ?? value) });

/** A compact reading of one count for the history ("at least 15 civilians killed, including children: 1"). */
export const formatCount = (intl: IntlShape, count: TollCount): string => {
  const main = intl.formatMessage(count.group ? COUNT : COUNT_WITHOUT_GROUP, {
    figure: figure(intl, count.qualifier, count.value, count.valueMax),
    group: count.group ?? '',
    category: intl.formatMessage(CATEGORY_LABELS[count.category]),
  });
  if (count.includes.length === 0) return main;
  const included = intl.formatList(
    count.includes.map((include) =>
      intl.formatMessage(INCLUDED, { figure: figure(intl, include.qualifier, include.value, include.valueMax), group: include.group }),
    ),
    { type: 'conjunction' },
  );
  return intl.formatMessage(INCLUDING, { count: main, included });
};

export const formatCounts = (intl: IntlShape, counts: readonly TollCount[]): string =>
  intl.formatList(
    counts.map((count) => formatCount(intl, count)),
    { type: 'conjunction' },
  );
