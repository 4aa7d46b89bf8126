import * as React from 'react';
import { Box, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { parseCredit } from '../../../../server/src/domain/credit/parse-credit';
import { useApiResource } from '../../hooks/useApiResource';
import type { KnownAgenciesResponse } from '../../../../server/src/contracts/desk-widgets';
import type { PhotoCredit } from '../../../../server/src/domain/contract';
import { getTranslation } from '../../utils/getTranslation';

export interface CreditInputProps {
  name: string;
  label?: React.ReactNode;
  labelAction?: React.ReactNode;
  hint?: React.ReactNode;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
}

/**
 * The agencies the server's credit parser uses (the settings' list, or the built-in one when it is empty), readable by
 * anyone who edits briefs. Until it arrives, or if it cannot be loaded, the preview uses the parser's built-in list.
 */
const useKnownAgencies = (): string[] | undefined => {
  const { data } = useApiResource<KnownAgenciesResponse>('/newsroom/credit/known-agencies');
  const agencies = data?.data;
  return Array.isArray(agencies) && agencies.length > 0 && agencies.every((agency) => typeof agency === 'string') ? agencies : undefined;
};

/** Photo credit custom field: a text input with the parsed photographers, agencies and restrictions shown live. */
const CreditInput = React.forwardRef<HTMLInputElement, CreditInputProps>(
  ({ name, label, labelAction, hint, placeholder, required, disabled }, ref) => {
    const { formatMessage } = useIntl();
    const field = useField<string | null>(name);
    const knownAgencies = useKnownAgencies();
    const value = field.value ?? '';
    const credit = React.useMemo(() => parseCredit(value, knownAgencies ? { knownAgencies } : undefined), [value, knownAgencies]);

    return (
      <Field.Root name={name} error={field.error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <TextInput
          ref={ref}
          value={value}
          disabled={disabled}
          placeholder={placeholder ?? 'Ahmad al-ATRASH / AFP'}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => field.onChange(name, event.target.value)}
        />
        <Field.Hint />
        <Field.Error />
        <CreditPreview credit={credit} label={formatMessage({ id: getTranslation('credit.preview'), defaultMessage: 'Parsed credit' })} />
      </Field.Root>
    );
  },
);
CreditInput.displayName = 'CreditInput';

const CreditPreview = ({ credit, label }: { credit: PhotoCredit | null; label: string }) => {
  const { formatMessage, formatList } = useIntl();
  if (!credit) return null;
  const none = formatMessage({ id: getTranslation('credit.none'), defaultMessage: '—' });
  const rows = [
    {
      key: 'photographers',
      label: formatMessage(
        { id: getTranslation('credit.photographers'), defaultMessage: '{count, plural, one {Photographer} other {Photographers}}' },
        { count: credit.photographers.length },
      ),
      values: credit.photographers,
    },
    {
      key: 'agencies',
      label: formatMessage(
        { id: getTranslation('credit.agencies'), defaultMessage: '{count, plural, one {Agency} other {Agencies}}' },
        { count: credit.agencies.length },
      ),
      values: credit.agencies,
    },
    {
      key: 'restrictions',
      label: formatMessage({ id: getTranslation('credit.restrictions'), defaultMessage: 'Restrictions' }),
      values: credit.restrictions,
    },
  ];
  return (
    <Box tag="dl" role="status" aria-live="polite" aria-label={label} margin={0} paddingTop={1}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        {rows.map((row) => (
          <Flex key={row.key} gap={1} alignItems="baseline" data-testid={`credit-${row.key}`}>
            <Typography tag="dt" variant="pi" textColor="neutral600">
              {row.label}:
            </Typography>
            <Typography
              tag="dd"
              variant="pi"
              fontWeight="semiBold"
              textColor={row.values.length > 0 ? 'neutral800' : 'neutral500'}
              style={{ margin: 0 }}
            >
              {row.values.length > 0 ? formatList(row.values, { type: 'conjunction' }) : none}
            </Typography>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};

export default CreditInput;
