import * as React from 'react';
import { Alert, Box, Button, Flex, Grid, IconButton, Modal, TextInput, Textarea, Typography } from '@strapi/design-system';
import { ArrowLeft, Plus, Trash } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { type DefaultTheme, styled } from 'styled-components';
import { TAG_KINDS, type TagKind } from '../../../../server/src/domain/contract';
import type { WireLanguageHint, WireParseResult } from '../../../../server/src/domain/wire/types';
import { BRIEF_UID } from '../../pluginId';
import { type ApiError, fieldErrorsOf, toApiError } from '../../utils/apiError';
import { getTranslation } from '../../utils/getTranslation';
import { FormField, SelectField, TextField, TextareaField } from '../FormFields';
import { type Highlight, type HighlightKind, highlightsOf, segmentsOf } from './highlights';
import { TollSummary } from './TollSummary';
import { useWireImport } from './useWireImport';
import { type EditsDraft, editsFrom, editsToBody, newKey } from './wireEdits';
import { HIGHLIGHT_LABELS, LANGUAGE_LABELS, REASON_LABELS, TAG_KIND_LABELS, warningText } from './wireImportMessages';
import { ModalFormFooter } from '../ModalFormFooter';

const LANGUAGES: WireLanguageHint[] = ['auto', 'en', 'fr'];

/** Background of each kind of extracted value in the source. */
type Tone = keyof DefaultTheme['colors'];
const TONES: Record<HighlightKind, Tone> = {
  headline: 'primary200',
  credit: 'secondary200',
  subhead: 'neutral200',
  related: 'alternative200',
  tag: 'success200',
  toll: 'danger200',
  source: 'warning200',
  'may-rise': 'warning200',
  'other-figure': 'neutral150',
};

const Mark = styled.mark<{ $tone: Tone; $dashed: boolean }>`
  background: ${({ theme, $tone }) => theme.colors[$tone]};
  color: inherit;
  border-radius: 2px;
  padding: 0 1px;
  ${({ $dashed, theme }) => ($dashed ? `text-decoration: underline dashed ${theme.colors.neutral500};` : '')}
`;

const Source = styled.pre`
  white-space: pre-wrap;
  word-break: break-word;
  font-family: inherit;
  font-size: 1.3rem;
  line-height: 1.6;
  margin: 0;
  max-height: 60vh;
  overflow: auto;
`;

interface Preview {
  text: string;
  language: WireLanguageHint;
  result: WireParseResult;
}

const SourceText = ({ text, highlights }: { text: string; highlights: Highlight[] }) => {
  const { formatMessage } = useIntl();
  const segments = React.useMemo(() => segmentsOf(text, highlights), [text, highlights]);
  return (
    <Source data-testid="wire-source">
      {segments.map((segment) =>
        segment.highlight ? (
          <Mark
            key={segment.start}
            $tone={TONES[segment.highlight.kind]}
            $dashed={segment.highlight.kind === 'other-figure'}
            data-wire-kind={segment.highlight.kind}
            title={[formatMessage(HIGHLIGHT_LABELS[segment.highlight.kind]), segment.highlight.reason ? formatMessage(REASON_LABELS[segment.highlight.reason]) : '']
              .filter(Boolean)
              .join(' — ')}
          >
            {segment.text}
          </Mark>
        ) : (
          <React.Fragment key={segment.start}>{segment.text}</React.Fragment>
        ),
      )}
    </Source>
  );
};

const Legend = ({ kinds }: { kinds: HighlightKind[] }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={2} wrap="wrap">
      {kinds.map((kind) => (
        <Mark key={kind} $tone={TONES[kind]} $dashed={kind === 'other-figure'}>
          <Typography variant="pi">{formatMessage(HIGHLIGHT_LABELS[kind])}</Typography>
        </Mark>
      ))}
    </Flex>
  );
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);

const ErrorAlert = ({ error, onClose }: { error: ApiError; onClose: () => void }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const fieldMessages = Object.values(fieldErrorsOf(error, intl));
  return (
    <Alert
      variant="danger"
      closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}
      title={formatMessage({ id: getTranslation('wireImport.error'), defaultMessage: 'The copy could not be imported' })}
      onClose={onClose}
    >
      {fieldMessages.length > 0 ? fieldMessages.join(' · ') : error.message}
    </Alert>
  );
};

/** Where and by whom the story was filed, side by side under the headline. */
const FILING_FIELDS: readonly { key: 'slugline' | 'dateline' | 'byline'; label: { id: string; defaultMessage: string } }[] = [
  { key: 'slugline', label: { id: getTranslation('wireImport.field.slugline'), defaultMessage: 'Slugline' } },
  { key: 'dateline', label: { id: getTranslation('wireImport.field.dateline'), defaultMessage: 'Dateline' } },
  { key: 'byline', label: { id: getTranslation('wireImport.field.byline'), defaultMessage: 'Byline' } },
];

/** The preview's right column: each extracted value, editable, then the toll, the figures left out and the warnings. */
const PreviewFields = ({ result, edits, onChange, errors }: { result: WireParseResult; edits: EditsDraft; onChange: (edits: EditsDraft) => void; errors: Record<string, string> }) => {
  const { formatMessage } = useIntl();
  const kindOptions = TAG_KINDS.map((kind) => ({ value: kind, label: formatMessage(TAG_KIND_LABELS[kind]) }));
  const setTag = (key: string, change: Partial<EditsDraft['tags'][number]>) =>
    onChange({ ...edits, tags: edits.tags.map((tag) => (tag.key === key ? { ...tag, ...change } : tag)) });

  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <TextField
        name="edits.headline"
        label={formatMessage({ id: getTranslation('wireImport.field.headline'), defaultMessage: 'Headline' })}
        value={edits.headline}
        onChange={(headline) => onChange({ ...edits, headline })}
        error={errors['edits.headline']}
        required
      />
      <Flex gap={4} alignItems="flex-start">
        {FILING_FIELDS.map(({ key, label }) => (
          <Box key={key} flex="1">
            <TextField
              name={`edits.${key}`}
              label={formatMessage(label)}
              value={edits[key]}
              onChange={(value) => onChange({ ...edits, [key]: value })}
              error={errors[`edits.${key}`]}
            />
          </Box>
        ))}
      </Flex>
      <TextField
        name="edits.photoCredit"
        label={formatMessage({ id: getTranslation('wireImport.field.photoCredit'), defaultMessage: 'Photo credit' })}
        hint={
          result.photoCredit?.parsed
            ? formatMessage(
                { id: getTranslation('wireImport.field.photoCreditParsed'), defaultMessage: 'Photographers: {photographers} · Agencies: {agencies}' },
                { photographers: result.photoCredit.parsed.photographers.join(', ') || '—', agencies: result.photoCredit.parsed.agencies.join(', ') || '—' },
              )
            : undefined
        }
        value={edits.photoCredit}
        onChange={(photoCredit) => onChange({ ...edits, photoCredit })}
        error={errors['edits.photoCredit']}
      />
      <TextareaField
        name="edits.summary"
        label={formatMessage({ id: getTranslation('wireImport.field.summary'), defaultMessage: 'Summary' })}
        value={edits.summary}
        onChange={(summary) => onChange({ ...edits, summary })}
        error={errors['edits.summary']}
      />

      <Section title={formatMessage({ id: getTranslation('wireImport.field.tags'), defaultMessage: 'Tags' })}>
        {edits.tags.map((tag, index) => (
          <Flex key={tag.key} gap={2} alignItems="flex-end">
            <Box flex="1">
              <TextInput
                aria-label={formatMessage({ id: getTranslation('wireImport.field.tagName'), defaultMessage: 'Tag {number}' }, { number: index + 1 })}
                value={tag.name}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTag(tag.key, { name: event.target.value })}
              />
            </Box>
            <Box width="16rem">
              <SelectField<TagKind> name={`edits.tags.${index}.kind`} value={tag.kind} options={kindOptions} onChange={(kind) => setTag(tag.key, { kind })} />
            </Box>
            <IconButton
              label={formatMessage({ id: getTranslation('wireImport.removeTag'), defaultMessage: 'Remove the tag {name}' }, { name: tag.name })}
              variant="ghost"
              onClick={() => onChange({ ...edits, tags: edits.tags.filter((other) => other.key !== tag.key) })}
            >
              <Trash />
            </IconButton>
          </Flex>
        ))}
        <Box>
          <Button variant="tertiary" size="S" startIcon={<Plus />} onClick={() => onChange({ ...edits, tags: [...edits.tags, { key: newKey(), name: '', kind: 'subject' }] })}>
            {formatMessage({ id: getTranslation('wireImport.addTag'), defaultMessage: 'Add a tag' })}
          </Button>
        </Box>
      </Section>

      <Section title={formatMessage({ id: getTranslation('wireImport.field.related'), defaultMessage: 'Related stories (linked by headline)' })}>
        {edits.relatedTitles.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('wireImport.noRelated'), defaultMessage: 'None found in the copy' })}
          </Typography>
        ) : null}
        {edits.relatedTitles.map((related, index) => (
          <Flex key={related.key} gap={2}>
            <Box flex="1">
              <TextInput
                aria-label={formatMessage({ id: getTranslation('wireImport.field.relatedTitle'), defaultMessage: 'Related story {number}' }, { number: index + 1 })}
                value={related.title}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  onChange({ ...edits, relatedTitles: edits.relatedTitles.map((other) => (other.key === related.key ? { ...other, title: event.target.value } : other)) })
                }
              />
            </Box>
            <IconButton
              label={formatMessage({ id: getTranslation('wireImport.removeRelated'), defaultMessage: 'Remove this related story' })}
              variant="ghost"
              onClick={() => onChange({ ...edits, relatedTitles: edits.relatedTitles.filter((other) => other.key !== related.key) })}
            >
              <Trash />
            </IconButton>
          </Flex>
        ))}
      </Section>

      <Section title={formatMessage({ id: getTranslation('wireImport.toll.title'), defaultMessage: 'Toll (proposed to the desk, confirmed in the toll desk)' })}>
        {result.toll ? (
          <TollSummary
            source={result.toll.source?.value ?? null}
            counts={result.toll.counts}
            mayRise={result.toll.mayRise}
            mayRiseReason={result.toll.mayRiseReason?.value ?? null}
          />
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('wireImport.toll.none'), defaultMessage: 'No toll found in the copy' })}
          </Typography>
        )}
      </Section>

      <Section title={formatMessage({ id: getTranslation('wireImport.otherFigures'), defaultMessage: 'Other figures, left out of the toll' })}>
        {result.otherFigures.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('wireImport.noOtherFigures'), defaultMessage: 'None' })}
          </Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2} tag="ul" data-testid="wire-other-figures">
            {result.otherFigures.map((figure) => (
              <li key={`${figure.span.start}-${figure.span.end}`}>
                <Typography variant="omega" fontWeight="semiBold">
                  {figure.text}
                </Typography>{' '}
                <Typography variant="pi" textColor="neutral700">
                  {formatMessage(REASON_LABELS[figure.reason])}
                </Typography>
                {figure.explanation ? (
                  <Typography variant="pi" textColor="neutral500" tag="p">
                    {figure.explanation}
                  </Typography>
                ) : null}
              </li>
            ))}
          </Flex>
        )}
      </Section>

      {result.warnings.length > 0 ? (
        <Section title={formatMessage({ id: getTranslation('wireImport.warnings'), defaultMessage: 'Warnings' })}>
          <Flex direction="column" alignItems="stretch" gap={1} tag="ul">
            {result.warnings.map((warning, index) => (
              <li key={`${warning.code}-${index}`}>
                <Typography variant="pi" textColor="warning600">
                  {warningText(formatMessage, warning)}
                </Typography>
              </li>
            ))}
          </Flex>
        </Section>
      ) : null}
    </Flex>
  );
};

export interface ImportWireModalProps {
  onClose: () => void;
}

/** Paste agency copy, preview what the importer read (highlighted in the source, editable), create the draft. */
const ImportWireModal = ({ onClose }: ImportWireModalProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const importWire = useWireImport();
  const [text, setText] = React.useState('');
  const [language, setLanguage] = React.useState<WireLanguageHint>('auto');
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [edits, setEdits] = React.useState<EditsDraft | null>(null);
  const [error, setError] = React.useState<ApiError | null>(null);
  const [busy, setBusy] = React.useState(false);

  const highlights = React.useMemo(() => (preview ? highlightsOf(preview.result) : []), [preview]);
  const shownKinds = React.useMemo(() => [...new Set(highlights.map((highlight) => highlight.kind))], [highlights]);
  const errors = error?.status === 400 ? fieldErrorsOf(error, intl) : {};

  const runPreview = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { result } = await importWire({ text, language });
      setPreview({ text, language, result });
      setEdits(editsFrom(result));
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  const createDraft = async () => {
    if (!preview || !edits) return;
    setBusy(true);
    setError(null);
    try {
      const { draft } = await importWire({ text: preview.text, language: preview.language, create: true, edits: editsToBody(edits) });
      if (!draft) throw new Error('No draft was created');
      toggleNotification({
        type: draft.unmatchedRelatedTitles.length > 0 ? 'warning' : 'success',
        message:
          draft.unmatchedRelatedTitles.length > 0
            ? formatMessage(
                { id: getTranslation('wireImport.createdUnmatched'), defaultMessage: 'Draft created. No brief has these headlines, link them by hand: {titles}' },
                { titles: draft.unmatchedRelatedTitles.join(' · ') },
              )
            : formatMessage({ id: getTranslation('wireImport.created'), defaultMessage: 'Draft created from the wire copy' }),
      });
      onClose();
      navigate(`/content-manager/collection-types/${BRIEF_UID}/${draft.documentId}?plugins[i18n][locale]=${encodeURIComponent(draft.locale)}`);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  const languageOptions = LANGUAGES.map((value) => ({ value, label: formatMessage(LANGUAGE_LABELS[value]) }));
  const title = formatMessage({ id: getTranslation('wireImport.title'), defaultMessage: 'Import wire copy' });

  return (
    <Modal.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal.Content style={{ width: 'min(124rem, 94vw)', maxWidth: 'none' }}>
        <Modal.Header closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        {preview && edits ? (
          <>
            <Modal.Body>
              <Flex direction="column" alignItems="stretch" gap={4}>
                {error ? <ErrorAlert error={error} onClose={() => setError(null)} /> : null}
                <Grid.Root gap={6}>
                  <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
                      <Typography variant="sigma" textColor="neutral600" tag="h3">
                        {formatMessage(
                          { id: getTranslation('wireImport.sourceTitle'), defaultMessage: 'The copy ({language}): what was read, highlighted' },
                          { language: formatMessage(LANGUAGE_LABELS[preview.result.language]) },
                        )}
                      </Typography>
                      <Legend kinds={shownKinds} />
                      <Box background="neutral0" borderColor="neutral200" padding={4} hasRadius>
                        <SourceText text={preview.text} highlights={highlights} />
                      </Box>
                    </Flex>
                  </Grid.Item>
                  <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                    <PreviewFields result={preview.result} edits={edits} onChange={setEdits} errors={errors} />
                  </Grid.Item>
                </Grid.Root>
              </Flex>
            </Modal.Body>
            <Modal.Footer>
              <Button variant="tertiary" startIcon={<ArrowLeft />} onClick={() => setPreview(null)} disabled={busy}>
                {formatMessage({ id: getTranslation('wireImport.back'), defaultMessage: 'Back to the copy' })}
              </Button>
              <Button onClick={() => void createDraft()} loading={busy}>
                {formatMessage({ id: getTranslation('wireImport.create'), defaultMessage: 'Create draft' })}
              </Button>
            </Modal.Footer>
          </>
        ) : (
          <form onSubmit={runPreview} noValidate aria-label={title}>
            <Modal.Body>
              <Flex direction="column" alignItems="stretch" gap={4}>
                {error ? <ErrorAlert error={error} onClose={() => setError(null)} /> : null}
                <FormField
                  name="text"
                  label={formatMessage({ id: getTranslation('wireImport.text'), defaultMessage: 'Agency copy' })}
                  hint={formatMessage({
                    id: getTranslation('wireImport.textHint'),
                    defaultMessage: 'Paste the dispatch as received: headline and photo credit on the first line, paragraphs, related stories and the tag list at the end.',
                  })}
                  error={errors.text}
                  required
                >
                  <Textarea
                    value={text}
                    style={{ minHeight: '32rem', fontFamily: 'inherit' }}
                    onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
                  />
                </FormField>
                <Box width="24rem">
                  <SelectField<WireLanguageHint>
                    name="language"
                    label={formatMessage({ id: getTranslation('wireImport.language'), defaultMessage: 'Language of the copy' })}
                    value={language}
                    options={languageOptions}
                    onChange={setLanguage}
                    error={errors.language}
                  />
                </Box>
              </Flex>
            </Modal.Body>
            <ModalFormFooter submitLabel={formatMessage({ id: getTranslation('wireImport.preview'), defaultMessage: 'Preview' })} busy={busy} disabled={text.trim() === ''} />
          </form>
        )}
      </Modal.Content>
    </Modal.Root>
  );
};

export default ImportWireModal;
