import * as React from 'react';
import {
  Box,
  Button,
  Checkbox,
  DateTimePicker,
  Field,
  Flex,
  Grid,
  IconButton,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Toggle,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { TOLL_CATEGORIES, TOLL_CHANGE_KINDS, TOLL_QUALIFIERS } from '../../../../server/src/domain/contract';
import type { TollCategory, TollChangeKind, TollQualifier } from '../../types';
import { getTranslation } from '../../utils/getTranslation';
import { type CountDraft, type IncludeDraft, type RevisionDraft, emptyCount, emptyInclude } from './revisionDraft';
import { CATEGORY_LABELS, CHANGE_KIND_LABELS, QUALIFIER_LABELS } from './tollMessages';

interface RevisionFormProps {
  draft: RevisionDraft;
  onChange: (draft: RevisionDraft) => void;
  /** Server field errors keyed by dotted path (`counts.0.value`). */
  errors: Record<string, string>;
  /** Sources already in the history, offered as hints. */
  knownSources: string[];
  disabled?: boolean;
}

const isOneOf = <T extends string>(values: readonly T[], value: string | number): value is T => values.includes(value as T);

/** The fields of a toll revision: counts (with included groups), source, as-of, may rise, change kind, note, primary. */
export const RevisionForm = ({ draft, onChange, errors, knownSources, disabled }: RevisionFormProps) => {
  const { formatMessage, locale } = useIntl();
  const set = <K extends keyof RevisionDraft>(key: K, value: RevisionDraft[K]) => onChange({ ...draft, [key]: value });
  const setCount = (index: number, count: CountDraft) =>
    set(
      'counts',
      draft.counts.map((current, i) => (i === index ? count : current)),
    );

  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="source"
            error={errors.source}
            required
            hint={
              knownSources.length > 0
                ? formatMessage(
                    { id: getTranslation('revision.source.hint'), defaultMessage: 'Already reporting: {sources}' },
                    { sources: knownSources.join(', ') },
                  )
                : undefined
            }
          >
            <Field.Label>{formatMessage({ id: getTranslation('revision.source'), defaultMessage: 'Source' })}</Field.Label>
            <TextInput
              value={draft.source}
              disabled={disabled}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('source', event.target.value)}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="asOf"
            error={errors.asOf}
            required
            hint={
              draft.asOfChosen
                ? undefined
                : formatMessage({ id: getTranslation('revision.asOf.hint'), defaultMessage: 'Now, when you save, unless you pick a time.' })
            }
          >
            <Field.Label>{formatMessage({ id: getTranslation('revision.asOf'), defaultMessage: 'As of' })}</Field.Label>
            <DateTimePicker
              value={draft.asOf}
              locale={locale}
              disabled={disabled}
              onChange={(date) => onChange({ ...draft, asOf: date ?? new Date(), asOfChosen: date !== undefined })}
              dateLabel={formatMessage({ id: getTranslation('revision.asOf.date'), defaultMessage: 'Date' })}
              timeLabel={formatMessage({ id: getTranslation('revision.asOf.time'), defaultMessage: 'Time' })}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>

      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {formatMessage({ id: getTranslation('revision.counts'), defaultMessage: 'Counts' })}
        </Typography>
        {errors.counts ? (
          <Typography variant="pi" textColor="danger600">
            {errors.counts}
          </Typography>
        ) : null}
        {draft.counts.map((count, index) => (
          <CountFields
            key={count.key}
            index={index}
            count={count}
            errors={errors}
            disabled={disabled}
            canRemove={draft.counts.length > 1}
            onChange={(next) => setCount(index, next)}
            onRemove={() =>
              set(
                'counts',
                draft.counts.filter((_, i) => i !== index),
              )
            }
          />
        ))}
        <Box>
          <Button
            variant="tertiary"
            size="S"
            startIcon={<Plus />}
            disabled={disabled}
            onClick={() => set('counts', [...draft.counts, emptyCount()])}
          >
            {formatMessage({ id: getTranslation('revision.counts.add'), defaultMessage: 'Add a count' })}
          </Button>
        </Box>
      </Flex>

      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="mayRise" error={errors.mayRise}>
            <Field.Label>{formatMessage({ id: getTranslation('revision.mayRise'), defaultMessage: 'Toll may rise' })}</Field.Label>
            <Toggle
              checked={draft.mayRise}
              disabled={disabled}
              onLabel={formatMessage({ id: getTranslation('revision.mayRise.on'), defaultMessage: 'May rise' })}
              offLabel={formatMessage({ id: getTranslation('revision.mayRise.off'), defaultMessage: 'Final for now' })}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('mayRise', event.target.checked)}
            />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          {draft.mayRise ? (
            <Field.Root name="mayRiseReason" error={errors.mayRiseReason}>
              <Field.Label>
                {formatMessage({ id: getTranslation('revision.mayRiseReason'), defaultMessage: 'Why it may rise' })}
              </Field.Label>
              <TextInput
                value={draft.mayRiseReason}
                disabled={disabled}
                placeholder={formatMessage({
                  id: getTranslation('revision.mayRiseReason.placeholder'),
                  defaultMessage: 'many of the injured are in critical condition',
                })}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('mayRiseReason', event.target.value)}
              />
              <Field.Error />
            </Field.Root>
          ) : null}
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="changeKind"
            error={errors.changeKind}
            hint={formatMessage({
              id: getTranslation('revision.changeKind.hint'),
              defaultMessage: 'A lower figure needs a correction with a note.',
            })}
          >
            <Field.Label>{formatMessage({ id: getTranslation('revision.changeKind'), defaultMessage: 'Change kind' })}</Field.Label>
            <SingleSelect
              value={draft.changeKind}
              disabled={disabled}
              onChange={(value) => set('changeKind', isOneOf<TollChangeKind>(TOLL_CHANGE_KINDS, value) ? value : '')}
            >
              <SingleSelectOption value="">
                {formatMessage({ id: getTranslation('revision.changeKind.auto'), defaultMessage: 'Automatic (initial, then update)' })}
              </SingleSelectOption>
              {TOLL_CHANGE_KINDS.map((kind) => (
                <SingleSelectOption key={kind} value={kind}>
                  {formatMessage(CHANGE_KIND_LABELS[kind])}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="primary"
            error={errors.primary}
            hint={formatMessage({
              id: getTranslation('revision.primary.hint'),
              defaultMessage: 'The primary source gives the toll partners see first.',
            })}
          >
            <Checkbox checked={draft.primary} disabled={disabled} onCheckedChange={(checked) => set('primary', checked === true)}>
              {formatMessage({ id: getTranslation('revision.primary'), defaultMessage: 'Primary source' })}
            </Checkbox>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>

      <Field.Root name="note" error={errors.note}>
        <Field.Label>{formatMessage({ id: getTranslation('revision.note'), defaultMessage: 'Note' })}</Field.Label>
        <Textarea
          value={draft.note}
          disabled={disabled}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => set('note', event.target.value)}
        />
        <Field.Error />
      </Field.Root>
    </Flex>
  );
};

interface CountFieldsProps {
  index: number;
  count: CountDraft;
  errors: Record<string, string>;
  disabled?: boolean;
  canRemove: boolean;
  onChange: (count: CountDraft) => void;
  onRemove: () => void;
}

const CountFields = ({ index, count, errors, disabled, canRemove, onChange, onRemove }: CountFieldsProps) => {
  const { formatMessage, locale } = useIntl();
  const path = `counts.${index}`;
  const set = <K extends keyof CountDraft>(key: K, value: CountDraft[K]) => onChange({ ...count, [key]: value });
  const setInclude = (includeIndex: number, include: IncludeDraft) =>
    set(
      'includes',
      count.includes.map((current, i) => (i === includeIndex ? include : current)),
    );
  const countLabel = formatMessage({ id: getTranslation('revision.count.label'), defaultMessage: 'Count {number}' }, { number: index + 1 });

  return (
    <Box role="group" aria-label={countLabel} padding={4} background="neutral100" hasRadius borderColor="neutral200">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between">
          <Typography variant="omega" fontWeight="bold">
            {countLabel}
          </Typography>
          {canRemove ? (
            <IconButton
              variant="ghost"
              disabled={disabled}
              label={formatMessage({ id: getTranslation('revision.count.remove'), defaultMessage: 'Remove this count' })}
              onClick={onRemove}
            >
              <Trash />
            </IconButton>
          ) : null}
        </Flex>
        {errors[path] ? (
          <Typography variant="pi" textColor="danger600">
            {errors[path]}
          </Typography>
        ) : null}
        <Grid.Root gap={3}>
          <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
            <Field.Root name={`${path}.category`} error={errors[`${path}.category`]} required>
              <Field.Label>{formatMessage({ id: getTranslation('revision.count.category'), defaultMessage: 'Category' })}</Field.Label>
              <SingleSelect
                value={count.category}
                disabled={disabled}
                onChange={(value) => isOneOf<TollCategory>(TOLL_CATEGORIES, value) && set('category', value)}
              >
                {TOLL_CATEGORIES.map((category) => (
                  <SingleSelectOption key={category} value={category}>
                    {formatMessage(CATEGORY_LABELS[category])}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
            <QualifierField
              name={`${path}.qualifier`}
              value={count.qualifier}
              error={errors[`${path}.qualifier`]}
              disabled={disabled}
              onChange={(qualifier) => set('qualifier', qualifier)}
            />
          </Grid.Item>
          <Grid.Item col={count.qualifier === 'between' ? 3 : 6} s={6} direction="column" alignItems="stretch">
            <Field.Root name={`${path}.value`} error={errors[`${path}.value`]} required>
              <Field.Label>
                {count.qualifier === 'between'
                  ? formatMessage({ id: getTranslation('revision.count.valueFrom'), defaultMessage: 'From' })
                  : formatMessage({ id: getTranslation('revision.count.value'), defaultMessage: 'Value' })}
              </Field.Label>
              <NumberInput value={count.value} locale={locale} disabled={disabled} onValueChange={(value) => set('value', value)} />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          {count.qualifier === 'between' ? (
            <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
              <Field.Root name={`${path}.valueMax`} error={errors[`${path}.valueMax`]} required>
                <Field.Label>{formatMessage({ id: getTranslation('revision.count.valueMax'), defaultMessage: 'To' })}</Field.Label>
                <NumberInput value={count.valueMax} locale={locale} disabled={disabled} onValueChange={(value) => set('valueMax', value)} />
                <Field.Error />
              </Field.Root>
            </Grid.Item>
          ) : null}
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <Field.Root
              name={`${path}.group`}
              error={errors[`${path}.group`]}
              hint={formatMessage({
                id: getTranslation('revision.count.group.hint'),
                defaultMessage: 'civilians, soldiers, children… (optional)',
              })}
            >
              <Field.Label>{formatMessage({ id: getTranslation('revision.count.group'), defaultMessage: 'Group' })}</Field.Label>
              <TextInput
                value={count.group}
                disabled={disabled}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('group', event.target.value)}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>

        {count.includes.map((include, includeIndex) => (
          <IncludeFields
            key={include.key}
            path={`${path}.includes.${includeIndex}`}
            include={include}
            errors={errors}
            disabled={disabled}
            onChange={(next) => setInclude(includeIndex, next)}
            onRemove={() =>
              set(
                'includes',
                count.includes.filter((_, i) => i !== includeIndex),
              )
            }
          />
        ))}
        {errors[`${path}.includes`] ? (
          <Typography variant="pi" textColor="danger600">
            {errors[`${path}.includes`]}
          </Typography>
        ) : null}
        <Box>
          <Button
            variant="ghost"
            size="S"
            startIcon={<Plus />}
            disabled={disabled}
            onClick={() => set('includes', [...count.includes, emptyInclude()])}
          >
            {formatMessage({ id: getTranslation('revision.include.add'), defaultMessage: 'Add "including…"' })}
          </Button>
        </Box>
      </Flex>
    </Box>
  );
};

interface IncludeFieldsProps {
  path: string;
  include: IncludeDraft;
  errors: Record<string, string>;
  disabled?: boolean;
  onChange: (include: IncludeDraft) => void;
  onRemove: () => void;
}

const IncludeFields = ({ path, include, errors, disabled, onChange, onRemove }: IncludeFieldsProps) => {
  const { formatMessage, locale } = useIntl();
  const set = <K extends keyof IncludeDraft>(key: K, value: IncludeDraft[K]) => onChange({ ...include, [key]: value });
  return (
    <Box
      role="group"
      aria-label={formatMessage({ id: getTranslation('revision.include.label'), defaultMessage: 'Including' })}
      paddingLeft={4}
      borderColor="neutral200"
      borderStyle="solid"
      borderWidth="0 0 0 2px"
    >
      <Grid.Root gap={3}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name={`${path}.group`} error={errors[`${path}.group`]} required>
            <Field.Label>
              {formatMessage({ id: getTranslation('revision.include.group'), defaultMessage: 'Including (group)' })}
            </Field.Label>
            <TextInput
              value={include.group}
              disabled={disabled}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('group', event.target.value)}
            />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <QualifierField
            name={`${path}.qualifier`}
            value={include.qualifier}
            error={errors[`${path}.qualifier`]}
            disabled={disabled}
            onChange={(qualifier) => set('qualifier', qualifier)}
          />
        </Grid.Item>
        <Grid.Item col={include.qualifier === 'between' ? 2 : 4} s={6} direction="column" alignItems="stretch">
          <Field.Root name={`${path}.value`} error={errors[`${path}.value`]} required>
            <Field.Label>{formatMessage({ id: getTranslation('revision.count.value'), defaultMessage: 'Value' })}</Field.Label>
            <NumberInput value={include.value} locale={locale} disabled={disabled} onValueChange={(value) => set('value', value)} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        {include.qualifier === 'between' ? (
          <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
            <Field.Root name={`${path}.valueMax`} error={errors[`${path}.valueMax`]} required>
              <Field.Label>{formatMessage({ id: getTranslation('revision.count.valueMax'), defaultMessage: 'To' })}</Field.Label>
              <NumberInput value={include.valueMax} locale={locale} disabled={disabled} onValueChange={(value) => set('valueMax', value)} />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
        ) : null}
        <Grid.Item col={1} s={12} alignItems="flex-end" paddingBottom={1}>
          <IconButton
            variant="ghost"
            disabled={disabled}
            label={formatMessage({ id: getTranslation('revision.include.remove'), defaultMessage: 'Remove this group' })}
            onClick={onRemove}
          >
            <Trash />
          </IconButton>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};

interface QualifierFieldProps {
  name: string;
  value: TollQualifier;
  error?: string;
  disabled?: boolean;
  onChange: (qualifier: TollQualifier) => void;
}

const QualifierField = ({ name, value, error, disabled, onChange }: QualifierFieldProps) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name={name} error={error} required>
      <Field.Label>{formatMessage({ id: getTranslation('revision.count.qualifier'), defaultMessage: 'Qualifier' })}</Field.Label>
      <SingleSelect value={value} disabled={disabled} onChange={(next) => isOneOf<TollQualifier>(TOLL_QUALIFIERS, next) && onChange(next)}>
        {TOLL_QUALIFIERS.map((qualifier) => (
          <SingleSelectOption key={qualifier} value={qualifier}>
            {formatMessage(QUALIFIER_LABELS[qualifier])}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Error />
    </Field.Root>
  );
};
