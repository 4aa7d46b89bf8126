import * as React from 'react';
import { Box, Button, Field, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Plus, Trash } from '@strapi/icons';
import { useField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import { linkProblems, toRows, type LinkProblem, type RelatedLinkRow } from './related-link-rules';

export interface RelatedLinksInputProps {
  name: string;
  label?: React.ReactNode;
  labelAction?: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
}

const PROBLEMS: Record<LinkProblem, { id: string; defaultMessage: string }> = {
  'url.invalid': { id: getTranslation('relatedLinks.error.urlInvalid'), defaultMessage: 'Enter a full web address starting with http:// or https://' },
  'url.required': { id: getTranslation('relatedLinks.error.urlRequired'), defaultMessage: 'Enter the web address of the link' },
  'title.required': { id: getTranslation('relatedLinks.error.titleRequired'), defaultMessage: 'Give the link a title readers will see' },
  'title.tooLong': { id: getTranslation('relatedLinks.error.titleTooLong'), defaultMessage: 'Keep the title under 300 characters' },
};

/** The server's answer for one entry (e.g. `relatedLinks.0.url` after a refused save), if any. */
const useServerError = (name: string): string | undefined => {
  const field = useField(name);
  return typeof field.error === 'string' ? field.error : undefined;
};

interface LinkRowProps {
  name: string;
  index: number;
  count: number;
  link: RelatedLinkRow;
  disabled?: boolean;
  onChange: (index: number, link: RelatedLinkRow) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}

const LinkRow = ({ name, index, count, link, disabled, onChange, onMove, onRemove }: LinkRowProps) => {
  const { formatMessage } = useIntl();
  const [touched, setTouched] = React.useState({ title: false, url: false });
  const problems = linkProblems(link);
  const serverTitle = useServerError(`${name}.${index}.title`);
  const serverUrl = useServerError(`${name}.${index}.url`);
  const titleError = (touched.title && problems.title ? formatMessage(PROBLEMS[problems.title]) : undefined) ?? serverTitle;
  const urlError = (touched.url && problems.url ? formatMessage(PROBLEMS[problems.url]) : undefined) ?? serverUrl;
  const position = { number: index + 1 };
  return (
    <Flex tag="li" gap={2} alignItems="flex-start" data-testid="related-link-row" style={{ listStyle: 'none' }}>
      <Box flex="1">
        <Field.Root name={`${name}.${index}.title`} error={titleError}>
          <Field.Label>{formatMessage({ id: getTranslation('relatedLinks.title'), defaultMessage: 'Title' })}</Field.Label>
          <TextInput
            value={link.title}
            disabled={disabled}
            aria-label={formatMessage({ id: getTranslation('relatedLinks.title.aria'), defaultMessage: 'Title of link {number}' }, position)}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(index, { ...link, title: event.target.value })}
            onBlur={() => setTouched((state) => ({ ...state, title: true }))}
          />
          <Field.Error />
        </Field.Root>
      </Box>
      <Box flex="2">
        <Field.Root name={`${name}.${index}.url`} error={urlError}>
          <Field.Label>{formatMessage({ id: getTranslation('relatedLinks.url'), defaultMessage: 'Web address' })}</Field.Label>
          <TextInput
            type="url"
            value={link.url}
            disabled={disabled}
            placeholder="https://"
            aria-label={formatMessage({ id: getTranslation('relatedLinks.url.aria'), defaultMessage: 'Web address of link {number}' }, position)}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(index, { ...link, url: event.target.value })}
            onBlur={() => setTouched((state) => ({ ...state, url: true }))}
          />
          <Field.Error />
        </Field.Root>
      </Box>
      <Flex gap={1} paddingTop={6}>
        <IconButton
          type="button"
          variant="tertiary"
          disabled={disabled || index === 0}
          label={formatMessage({ id: getTranslation('relatedLinks.moveUp'), defaultMessage: 'Move link {number} up' }, position)}
          onClick={() => onMove(index, -1)}
        >
          <ArrowUp />
        </IconButton>
        <IconButton
          type="button"
          variant="tertiary"
          disabled={disabled || index === count - 1}
          label={formatMessage({ id: getTranslation('relatedLinks.moveDown'), defaultMessage: 'Move link {number} down' }, position)}
          onClick={() => onMove(index, 1)}
        >
          <ArrowDown />
        </IconButton>
        <IconButton
          type="button"
          variant="danger-light"
          disabled={disabled}
          label={formatMessage({ id: getTranslation('relatedLinks.remove'), defaultMessage: 'Remove link {number}' }, position)}
          onClick={() => onRemove(index)}
        >
          <Trash />
        </IconButton>
      </Flex>
    </Flex>
  );
};

/**
 * Related links custom field: a list of title + web address rows (add, remove, reorder), stored as the JSON
 * `[{ title, url }]` the contract gives out. Addresses are checked in place with the server's own http(s) rule.
 */
const RelatedLinksInput = React.forwardRef<HTMLDivElement, RelatedLinksInputProps>(({ name, label, labelAction, hint, required, disabled }, ref) => {
  const { formatMessage } = useIntl();
  const field = useField<unknown>(name);
  const links = toRows(field.value);
  const write = (next: RelatedLinkRow[]) => field.onChange(name, next);
  const change = (index: number, link: RelatedLinkRow) => write(links.map((current, at) => (at === index ? link : current)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...links];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved);
    write(next);
  };
  const remove = (index: number) => write(links.filter((_, at) => at !== index));
  const listError = typeof field.error === 'string' ? field.error : undefined;

  return (
    <Field.Root name={name} error={listError} hint={hint} required={required}>
      <Flex ref={ref} direction="column" alignItems="stretch" gap={2} data-testid="related-links">
        <Field.Label action={labelAction}>{label}</Field.Label>
        {links.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('relatedLinks.empty'), defaultMessage: 'No related links yet.' })}
          </Typography>
        ) : (
          <Flex tag="ol" direction="column" alignItems="stretch" gap={2} margin={0} padding={0}>
            {links.map((link, index) => (
              <LinkRow key={index} name={name} index={index} count={links.length} link={link} disabled={disabled} onChange={change} onMove={move} onRemove={remove} />
            ))}
          </Flex>
        )}
        <Box>
          <Button type="button" variant="secondary" startIcon={<Plus />} disabled={disabled || links.length >= 20} onClick={() => write([...links, { title: '', url: '' }])}>
            {formatMessage({ id: getTranslation('relatedLinks.add'), defaultMessage: 'Add a link' })}
          </Button>
        </Box>
        <Field.Hint />
        <Field.Error />
      </Flex>
    </Field.Root>
  );
});
RelatedLinksInput.displayName = 'RelatedLinksInput';

export default RelatedLinksInput;
