import { Box, Button, Checkbox, DateTimePicker, Flex, Grid, IconButton, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { TOLL_CATEGORIES, TOLL_CHANGE_KINDS, TOLL_QUALIFIERS } from '../../../../server/src/domain/contract';
import { getTranslation } from '../../utils/getTranslation';
import { FormField, NumberField, SelectField, TextField, TextareaField, ToggleField } from '../FormFields';
import type { Toll } from '../../../../server/src/domain/contract';
import {
  type CountDraft,
  type IncludeDraft,
  type RevisionDraft,
  emptyCount,
  emptyInclude,
  removeAt,
  replaceAt,
} from './revisionDraft';
import { primarySuggestion, withPrimarySuggestion } from './primarySuggestion';
import { CATEGORY_LABELS, CHANGE_KIND_LABELS, QUALIFIER_LABELS } from './tollMessages';
import { GROUP_LABELS } from './groupMessages';

/** Suggestions for "Why it may rise", in the user's language (the field stays free text). */
const MAY_RISE_REASONS = [
  { id: getTranslation('revision.mayRiseReason.suggestion.critical'), defaultMessage: 'many of the injured are in critical condition' },
  { id: getTranslation('revision.mayRiseReason.suggestion.rubble'), defaultMessage: 'people are still under the rubble' },
  { id: getTranslation('revision.mayRiseReason.suggestion.missing'), defaultMessage: 'many people are still missing' },
  { id: getTranslation('revision.mayRiseReason.suggestion.searching'), defaultMessage: 'rescuers are still searching' },
] as const;

interface GroupFieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** The canonical group ("civilians"), or what the desk typed for a group the rules do not know. */
  value: string;
  disabled?: boolean;
  onChange: (group: string) => void;
}

/**
 * A casualty group: the known groups are offered in the user's language ("civils", "enfants"), and a label picked or
 * typed is stored as its canonical value ("civilians"); any other group is kept as typed.
 */
const GroupField = ({ value, onChange, ...field }: GroupFieldProps) => {
  const { formatMessage } = useIntl();
  const options = Object.entries(GROUP_LABELS).map(([group, label]) => ({ group, label: formatMessage(label) }));
  const labelOf = (group: string) => options.find((option) => option.group === group)?.label ?? group;
  const canonical = (typed: string) => options.find((option) => option.label.toLocaleLowerCase() === typed.trim().toLocaleLowerCase())?.group ?? typed;
  const listId = `${field.name}-groups`;
  const labels = [...new Set(options.map((option) => option.label))];
  return (
    <>
      <TextField {...field} list={listId} value={labelOf(value)} onChange={(typed) => onChange(canonical(typed))} />
      <datalist id={listId}>
        {labels.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
    </>
  );
};

interface RevisionFormProps {
  draft: RevisionDraft;
  onChange: (draft: RevisionDraft) => void;
  /** Server field errors keyed by dotted path (`counts.0.value`). */
  errors: Record<string, string>;
  /** Sources already in the history, offered as hints. */
  knownSources: string[];
  /** The current toll: "primary" is pre-selected when the new figure is the latest for a category it counts. */
  toll?: Toll | null;
  disabled?: boolean;
}

/** A message about a whole group of fields (a count, its "including" groups), above or below them. */
const GroupError = ({ message }: { message: string | undefined }) =>
  message ? (
    <Typography variant="pi" textColor="danger600">
      {message}
    </Typography>
  ) : null;

/** "Add …" under a repeatable group of fields. */
const AddButton = ({
  variant,
  disabled,
  onClick,
  children,
}: {
  variant: 'tertiary' | 'ghost';
  disabled?: boolean;
  onClick: () => void;
  children: string;
}) => (
  <Box>
    <Button variant={variant} size="S" startIcon={<Plus />} disabled={disabled} onClick={onClick}>
      {children}
    </Button>
  </Box>
);

/** The fields of a toll revision: counts (with included groups), source, as-of, may rise, change kind, note, primary. */
export const RevisionForm = ({ draft, onChange, errors, knownSources, toll = null, disabled }: RevisionFormProps) => {
  const { formatMessage, locale } = useIntl();
  const update = (next: RevisionDraft) => onChange(withPrimarySuggestion(next, toll, new Date()));
  const set = <K extends keyof RevisionDraft>(key: K, value: RevisionDraft[K]) => update({ ...draft, [key]: value });
  const suggested = draft.primary && !draft.primaryTouched ? primarySuggestion(draft, toll, new Date()) : null;

  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TextField
            name="source"
            label={formatMessage({ id: getTranslation('revision.source'), defaultMessage: 'Source' })}
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
            value={draft.source}
            disabled={disabled}
            onChange={(source) => set('source', source)}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <FormField
            name="asOf"
            label={formatMessage({ id: getTranslation('revision.asOf'), defaultMessage: 'As of' })}
            error={errors.asOf}
            required
            hint={
              draft.asOfChosen
                ? undefined
                : formatMessage({ id: getTranslation('revision.asOf.hint'), defaultMessage: 'Now, when you save, unless you pick a time.' })
            }
          >
            <DateTimePicker
              value={draft.asOf}
              locale={locale}
              disabled={disabled}
              onChange={(date) => update({ ...draft, asOf: date ?? new Date(), asOfChosen: date !== undefined })}
              dateLabel={formatMessage({ id: getTranslation('revision.asOf.date'), defaultMessage: 'Date' })}
              timeLabel={formatMessage({ id: getTranslation('revision.asOf.time'), defaultMessage: 'Time' })}
            />
          </FormField>
        </Grid.Item>
      </Grid.Root>

      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {formatMessage({ id: getTranslation('revision.counts'), defaultMessage: 'Counts' })}
        </Typography>
        <GroupError message={errors.counts} />
        {draft.counts.map((count, index) => (
          <CountFields
            key={count.key}
            index={index}
            count={count}
            errors={errors}
            disabled={disabled}
            canRemove={draft.counts.length > 1}
            onChange={(next) => set('counts', replaceAt(draft.counts, index, next))}
            onRemove={() => set('counts', removeAt(draft.counts, index))}
          />
        ))}
        <AddButton variant="tertiary" disabled={disabled} onClick={() => set('counts', [...draft.counts, emptyCount()])}>
          {formatMessage({ id: getTranslation('revision.counts.add'), defaultMessage: 'Add a count' })}
        </AddButton>
      </Flex>

      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ToggleField
            name="mayRise"
            label={formatMessage({ id: getTranslation('revision.mayRise'), defaultMessage: 'Toll may rise' })}
            error={errors.mayRise}
            checked={draft.mayRise}
            disabled={disabled}
            onLabel={formatMessage({ id: getTranslation('revision.mayRise.on'), defaultMessage: 'May rise' })}
            offLabel={formatMessage({ id: getTranslation('revision.mayRise.off'), defaultMessage: 'Final for now' })}
            onChange={(mayRise) => set('mayRise', mayRise)}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          {draft.mayRise ? (
            <>
              <TextField
                name="mayRiseReason"
                label={formatMessage({ id: getTranslation('revision.mayRiseReason'), defaultMessage: 'Why it may rise' })}
                error={errors.mayRiseReason}
                value={draft.mayRiseReason}
                disabled={disabled}
                list="newsroom-may-rise-reasons"
                placeholder={formatMessage({
                  id: getTranslation('revision.mayRiseReason.placeholder'),
                  defaultMessage: 'many of the injured are in critical condition',
                })}
                onChange={(reason) => set('mayRiseReason', reason)}
              />
              {/* Free text: the usual reasons are offered in the user's language, and kept as written. */}
              <datalist id="newsroom-may-rise-reasons">
                {MAY_RISE_REASONS.map((reason) => (
                  <option key={reason.id} value={formatMessage(reason)} />
                ))}
              </datalist>
            </>
          ) : null}
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SelectField
            name="changeKind"
            label={formatMessage({ id: getTranslation('revision.changeKind'), defaultMessage: 'Change kind' })}
            error={errors.changeKind}
            hint={formatMessage({
              id: getTranslation('revision.changeKind.hint'),
              defaultMessage: 'A lower killed or injured figure needs a correction with a note; another authority may correct the primary figure.',
            })}
            value={draft.changeKind}
            disabled={disabled}
            options={[
              {
                value: '',
                label: formatMessage({
                  id: getTranslation('revision.changeKind.auto'),
                  defaultMessage: 'Automatic (initial, then update)',
                }),
              },
              ...TOLL_CHANGE_KINDS.map((kind) => ({ value: kind, label: formatMessage(CHANGE_KIND_LABELS[kind]) })),
            ]}
            onChange={(kind) => set('changeKind', kind)}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <FormField
            name="primary"
            error={errors.primary}
            hint={
              suggested
                ? formatMessage(
                    {
                      id: getTranslation('revision.primary.suggested'),
                      defaultMessage: 'Pre-selected: {source} gives the latest {category} figure, which the primary also counts.',
                    },
                    { source: draft.source.trim(), category: formatMessage(CATEGORY_LABELS[suggested]) },
                  )
                : formatMessage({
                    id: getTranslation('revision.primary.hint'),
                    defaultMessage: 'The primary source gives the toll partners see first.',
                  })
            }
          >
            <Checkbox
              checked={draft.primary}
              disabled={disabled}
              onCheckedChange={(checked) => onChange({ ...draft, primary: checked === true, primaryTouched: true })}
            >
              {formatMessage({ id: getTranslation('revision.primary'), defaultMessage: 'Primary source' })}
            </Checkbox>
          </FormField>
        </Grid.Item>
      </Grid.Root>

      <TextareaField
        name="note"
        label={formatMessage({ id: getTranslation('revision.note'), defaultMessage: 'Note' })}
        error={errors.note}
        value={draft.note}
        disabled={disabled}
        onChange={(note) => set('note', note)}
      />
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
  const { formatMessage } = useIntl();
  const path = `counts.${index}`;
  const set = <K extends keyof CountDraft>(key: K, value: CountDraft[K]) => onChange({ ...count, [key]: value });
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
        <GroupError message={errors[path]} />
        <Grid.Root gap={3}>
          <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
            <SelectField
              name={`${path}.category`}
              label={formatMessage({ id: getTranslation('revision.count.category'), defaultMessage: 'Category' })}
              error={errors[`${path}.category`]}
              required
              value={count.category}
              disabled={disabled}
              options={TOLL_CATEGORIES.map((category) => ({ value: category, label: formatMessage(CATEGORY_LABELS[category]) }))}
              onChange={(category) => set('category', category)}
            />
          </Grid.Item>
          <FigureFields
            path={path}
            figure={count}
            errors={errors}
            disabled={disabled}
            onChange={(change) => onChange({ ...count, ...change })}
            columns={{ alone: 6, between: 3 }}
            labelFrom
          />
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <GroupField
              name={`${path}.group`}
              label={formatMessage({ id: getTranslation('revision.count.group'), defaultMessage: 'Group' })}
              error={errors[`${path}.group`]}
              hint={formatMessage({
                id: getTranslation('revision.count.group.hint'),
                defaultMessage: 'civilians, soldiers, children… (optional)',
              })}
              value={count.group}
              disabled={disabled}
              onChange={(group) => set('group', group)}
            />
          </Grid.Item>
        </Grid.Root>

        {count.includes.map((include, includeIndex) => (
          <IncludeFields
            key={include.key}
            path={`${path}.includes.${includeIndex}`}
            include={include}
            errors={errors}
            disabled={disabled}
            onChange={(next) => set('includes', replaceAt(count.includes, includeIndex, next))}
            onRemove={() => set('includes', removeAt(count.includes, includeIndex))}
          />
        ))}
        <GroupError message={errors[`${path}.includes`]} />
        <AddButton variant="ghost" disabled={disabled} onClick={() => set('includes', [...count.includes, emptyInclude()])}>
          {formatMessage({ id: getTranslation('revision.include.add'), defaultMessage: 'Add "including…"' })}
        </AddButton>
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
  const { formatMessage } = useIntl();
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
          <GroupField
            name={`${path}.group`}
            label={formatMessage({ id: getTranslation('revision.include.group'), defaultMessage: 'Including (group)' })}
            error={errors[`${path}.group`]}
            required
            value={include.group}
            disabled={disabled}
            onChange={(group) => set('group', group)}
          />
        </Grid.Item>
        <FigureFields
          path={path}
          figure={include}
          errors={errors}
          disabled={disabled}
          onChange={(change) => onChange({ ...include, ...change })}
          columns={{ alone: 4, between: 2 }}
        />
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

type FigureDraft = Pick<CountDraft, 'qualifier' | 'value' | 'valueMax'>;

interface FigureFieldsProps {
  /** Dotted path of the count or group (`counts.0`, `counts.0.includes.1`). */
  path: string;
  figure: FigureDraft;
  errors: Record<string, string>;
  disabled?: boolean;
  onChange: (change: Partial<FigureDraft>) => void;
  /** Grid columns of the value on its own, and of the value and of its upper bound each for "between". */
  columns: { alone: number; between: number };
  /** For "between", the value is labelled "From" (else "Value"). */
  labelFrom?: boolean;
}

/** The figure of a count or of an "including" group: qualifier, value and, for "between", the upper bound. */
const FigureFields = ({ path, figure, errors, disabled, onChange, columns, labelFrom }: FigureFieldsProps) => {
  const { formatMessage, locale } = useIntl();
  const between = figure.qualifier === 'between';
  return (
    <>
      <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
        <SelectField
          name={`${path}.qualifier`}
          label={formatMessage({ id: getTranslation('revision.count.qualifier'), defaultMessage: 'Qualifier' })}
          error={errors[`${path}.qualifier`]}
          required
          value={figure.qualifier}
          disabled={disabled}
          options={TOLL_QUALIFIERS.map((qualifier) => ({ value: qualifier, label: formatMessage(QUALIFIER_LABELS[qualifier]) }))}
          onChange={(qualifier) => onChange({ qualifier })}
        />
      </Grid.Item>
      <Grid.Item col={between ? columns.between : columns.alone} s={6} direction="column" alignItems="stretch">
        <NumberField
          name={`${path}.value`}
          label={
            between && labelFrom
              ? formatMessage({ id: getTranslation('revision.count.valueFrom'), defaultMessage: 'From' })
              : formatMessage({ id: getTranslation('revision.count.value'), defaultMessage: 'Value' })
          }
          error={errors[`${path}.value`]}
          required
          value={figure.value}
          locale={locale}
          disabled={disabled}
          onChange={(value) => onChange({ value })}
        />
      </Grid.Item>
      {between ? (
        <Grid.Item col={columns.between} s={6} direction="column" alignItems="stretch">
          <NumberField
            name={`${path}.valueMax`}
            label={formatMessage({ id: getTranslation('revision.count.valueMax'), defaultMessage: 'To' })}
            error={errors[`${path}.valueMax`]}
            required
            value={figure.valueMax}
            locale={locale}
            disabled={disabled}
            onChange={(valueMax) => onChange({ valueMax })}
          />
        </Grid.Item>
      ) : null}
    </>
  );
};
