import * as React from 'react';
import { Box, Button, Flex, Grid, MultiSelect, MultiSelectOption, Tag, TextInput, Typography } from '@strapi/design-system';
import { Check, Cross, Earth, Plus, Shield } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NINJS_VERSION_SETTINGS } from '../../../server/src/config/settings-schema';
import { FormField, NumberField, SelectField, TextField, ToggleField } from '../components/FormFields';
import { SettingsSection } from '../components/SettingsSection';
import { useApiTokens, useNewsroomSettings, useSettingsActions } from '../hooks/useSettings';
import { PERMISSIONS } from '../pluginId';
import type { NewsroomSettings } from '../../../server/src/contracts/settings';
import { type ApiError, fieldErrorsOf, toApiError } from '../utils/apiError';
import { useFocusFieldError } from '../utils/focusField';
import { getTranslation } from '../utils/getTranslation';

const SETTINGS_PERMISSIONS = [...PERMISSIONS.readSettings, ...PERMISSIONS.updateSettings];

/** Keys whose value differs from what was loaded: PUT sends only those (the API takes a partial body). */
const changedSettings = (loaded: NewsroomSettings, edited: NewsroomSettings): Partial<NewsroomSettings> =>
  Object.fromEntries(
    (Object.keys(edited) as (keyof NewsroomSettings)[])
      .filter((key) => JSON.stringify(edited[key]) !== JSON.stringify(loaded[key]))
      .map((key) => [key, edited[key]]),
  ) as Partial<NewsroomSettings>;

/** Settings → Newsroom: desk options, syndication defaults, entitled tokens and the "Set up roles" button. */
const SettingsPage = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('settings.title'), defaultMessage: 'Newsroom' });
  const { allowedActions, isLoading: isLoadingPermissions } = useRBAC(SETTINGS_PERMISSIONS);
  const settings = useNewsroomSettings();

  if (isLoadingPermissions || settings.isLoading) return <Page.Loading />;
  if (!allowedActions.canRead) return <Page.NoPermissions />;
  if (!settings.data) return <Page.Error />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <SettingsForm loaded={settings.data.data} canUpdate={Boolean(allowedActions.canUpdate)} onSaved={() => void settings.reload()} />
    </Page.Main>
  );
};

interface SettingsFormProps {
  loaded: NewsroomSettings;
  canUpdate: boolean;
  onSaved: () => void;
}

const SettingsForm = ({ loaded, canUpdate, onSaved }: SettingsFormProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const formRef = React.useRef<HTMLFormElement>(null);
  const { toggleNotification } = useNotification();
  const { save, setupRoles, grantPublicRead } = useSettingsActions();
  const [values, setValues] = React.useState<NewsroomSettings>(loaded);
  const [saveError, setSaveError] = React.useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = React.useState(false);
  const [isSettingUpRoles, setIsSettingUpRoles] = React.useState(false);
  const [isGrantingPublicRead, setIsGrantingPublicRead] = React.useState(false);
  const changes = changedSettings(loaded, values);
  const isDirty = Object.keys(changes).length > 0;
  const errors = fieldErrorsOf(saveError, intl);
  useFocusFieldError(saveError, formRef);
  const disabled = !canUpdate || isSaving;
  const set = <K extends keyof NewsroomSettings>(key: K, value: NewsroomSettings[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  React.useEffect(() => setValues(loaded), [loaded]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    setSaveError(null);
    try {
      const saved = await save(changes);
      setValues(saved);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('settings.saved'), defaultMessage: 'Settings saved' }),
      });
      onSaved();
    } catch (error) {
      const apiError = toApiError(error);
      setSaveError(apiError);
      toggleNotification({
        type: 'danger',
        message:
          apiError.status === 400
            ? formatMessage({ id: getTranslation('settings.invalid'), defaultMessage: 'Some settings are invalid (see the fields).' })
            : apiError.message,
      });
    } finally {
      setIsSaving(false);
    }
  };

  const runSetupRoles = async () => {
    setIsSettingUpRoles(true);
    try {
      const result = await setupRoles();
      const granted = Object.values(result.granted).reduce((total, count) => total + count, 0);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          {
            id: getTranslation('settings.roles.done'),
            defaultMessage:
              '{created, select, true {Desk chief role created.} other {Desk chief role already there.}} {granted, plural, =0 {No permission was missing.} one {# permission granted.} other {# permissions granted.}}',
          },
          { created: String(result.deskChiefCreated), granted },
        ),
      });
    } catch (error) {
      const apiError = toApiError(error);
      toggleNotification({
        type: 'danger',
        message:
          apiError.status === 404 || apiError.status === 405
            ? formatMessage({ id: getTranslation('settings.roles.unavailable'), defaultMessage: 'This server cannot set up roles yet.' })
            : apiError.message,
      });
    } finally {
      setIsSettingUpRoles(false);
    }
  };

  const runGrantPublicRead = async () => {
    setIsGrantingPublicRead(true);
    try {
      const result = await grantPublicRead();
      toggleNotification({
        type: 'success',
        message: formatMessage(
          {
            id: getTranslation('settings.publicRead.done'),
            defaultMessage:
              '{granted, plural, =0 {The Public role already had every read action.} one {# read action granted to the Public role.} other {# read actions granted to the Public role.}}',
          },
          { granted: result.granted.length },
        ),
      });
    } catch (error) {
      const apiError = toApiError(error);
      toggleNotification({
        type: 'danger',
        message:
          apiError.status === 405
            ? formatMessage({ id: getTranslation('settings.publicRead.unavailable'), defaultMessage: 'This server cannot grant public read yet.' })
            : apiError.message,
      });
    } finally {
      setIsGrantingPublicRead(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Layouts.Header
        title={formatMessage({ id: getTranslation('settings.title'), defaultMessage: 'Newsroom' })}
        subtitle={formatMessage({
          id: getTranslation('settings.subtitle'),
          defaultMessage: 'Desk rules, syndication defaults and partner access',
        })}
        primaryAction={
          canUpdate ? (
            <Button type="submit" startIcon={<Check />} loading={isSaving} disabled={!isDirty}>
              {formatMessage({ id: getTranslation('settings.save'), defaultMessage: 'Save' })}
            </Button>
          ) : null
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section title={formatMessage({ id: getTranslation('settings.desk'), defaultMessage: 'Desk' })}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <NumberField
                name="staleAfterMinutes"
                label={formatMessage({ id: getTranslation('settings.staleAfterMinutes'), defaultMessage: 'Stale after (minutes)' })}
                error={errors.staleAfterMinutes}
                hint={formatMessage({
                  id: getTranslation('settings.staleAfterMinutes.hint'),
                  defaultMessage: 'A toll that may rise is flagged stale when not revised for this long.',
                })}
                value={values.staleAfterMinutes}
                disabled={disabled}
                onChange={(value) => set('staleAfterMinutes', value ?? Number.NaN)}
              />
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <ToggleField
                name="blockPublishOnTollMismatch"
                label={formatMessage({
                  id: getTranslation('settings.blockPublishOnTollMismatch'),
                  defaultMessage: 'Block publishing on toll mismatch',
                })}
                error={errors.blockPublishOnTollMismatch}
                hint={formatMessage({
                  id: getTranslation('settings.blockPublishOnTollMismatch.hint'),
                  defaultMessage: 'Refuse to publish a brief whose headline or summary contradicts its toll.',
                })}
                checked={values.blockPublishOnTollMismatch}
                disabled={disabled}
                onChange={(block) => set('blockPublishOnTollMismatch', block)}
              />
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <AgencyListField
                value={values.knownAgencies}
                error={errors.knownAgencies}
                disabled={disabled}
                onChange={(agencies) => set('knownAgencies', agencies)}
              />
            </Grid.Item>
          </Section>

          <Section title={formatMessage({ id: getTranslation('settings.syndication'), defaultMessage: 'Syndication' })}>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              <SelectField
                name="defaultNinjsVersion"
                label={formatMessage({ id: getTranslation('settings.defaultNinjsVersion'), defaultMessage: 'Default ninjs version' })}
                error={errors.defaultNinjsVersion}
                value={values.defaultNinjsVersion}
                disabled={disabled}
                options={NINJS_VERSION_SETTINGS.map((version) => ({ value: version, label: `ninjs ${version}` }))}
                onChange={(version) => set('defaultNinjsVersion', version)}
              />
            </Grid.Item>
            <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
              <TextField
                name="publicUrl"
                label={formatMessage({ id: getTranslation('settings.publicUrl'), defaultMessage: 'Public URL' })}
                error={errors.publicUrl}
                hint={formatMessage({
                  id: getTranslation('settings.publicUrl.hint'),
                  defaultMessage: 'Base of absolute media and schema URLs; empty = the server URL.',
                })}
                type="url"
                value={values.publicUrl ?? ''}
                disabled={disabled}
                placeholder="https://news.example.com"
                onChange={(url) => set('publicUrl', url.trim() === '' ? null : url)}
              />
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <TextField
                name="uriPrefix"
                label={formatMessage({ id: getTranslation('settings.uriPrefix'), defaultMessage: 'URI prefix' })}
                error={errors.uriPrefix}
                hint={formatMessage({
                  id: getTranslation('settings.uriPrefix.hint'),
                  defaultMessage: 'ninjs uri = prefix + documentId + ":" + locale',
                })}
                value={values.uriPrefix}
                disabled={disabled}
                onChange={(prefix) => set('uriPrefix', prefix)}
              />
            </Grid.Item>
          </Section>

          <Section title={formatMessage({ id: getTranslation('settings.partners'), defaultMessage: 'Partners' })}>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <EntitledTokensField
                value={values.entitledTokenIds}
                error={errors.entitledTokenIds}
                disabled={disabled}
                onChange={(ids) => set('entitledTokenIds', ids)}
              />
            </Grid.Item>
          </Section>

          <Section title={formatMessage({ id: getTranslation('settings.roles'), defaultMessage: 'Roles' })}>
            <Grid.Item col={12} direction="column" alignItems="flex-start" gap={3}>
              <Typography textColor="neutral600">
                {formatMessage({
                  id: getTranslation('settings.roles.description'),
                  defaultMessage:
                    'Gives the Editor and Author roles the brief and tag permissions and creates the Desk chief role (tolls, kill / withhold / release). Safe to run again: nothing is removed.',
                })}
              </Typography>
              <Button
                variant="secondary"
                startIcon={<Shield />}
                type="button"
                disabled={!canUpdate}
                loading={isSettingUpRoles}
                onClick={() => void runSetupRoles()}
              >
                {formatMessage({ id: getTranslation('settings.roles.button'), defaultMessage: 'Set up roles' })}
              </Button>
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="flex-start" gap={3}>
              <Typography textColor="neutral600">
                {formatMessage({
                  id: getTranslation('settings.publicRead.description'),
                  defaultMessage:
                    'Lets anonymous visitors read published briefs, tags, tolls and the ninjs schemas: gives the Users & Permissions Public role brief.find, brief.findOne, tag.find, toll.find and schema.findOne. The feed and ninjs stay behind partner API tokens. Safe to run again: nothing is removed.',
                })}
              </Typography>
              <Button
                variant="secondary"
                startIcon={<Earth />}
                type="button"
                disabled={!canUpdate}
                loading={isGrantingPublicRead}
                onClick={() => void runGrantPublicRead()}
              >
                {formatMessage({ id: getTranslation('settings.publicRead.button'), defaultMessage: 'Grant public read' })}
              </Button>
            </Grid.Item>
          </Section>
          {errors[''] ? <Typography textColor="danger600">{errors['']}</Typography> : null}
        </Flex>
      </Layouts.Content>
    </form>
  );
};

/** A section of the settings form: its fields on a grid. */
const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <SettingsSection title={title}>
    <Grid.Root gap={5}>{children}</Grid.Root>
  </SettingsSection>
);

interface ListFieldProps<T> {
  value: T[];
  error?: string;
  disabled?: boolean;
  onChange: (value: T[]) => void;
}

const AgencyListField = ({ value, error, disabled, onChange }: ListFieldProps<string>) => {
  const { formatMessage } = useIntl();
  const [draft, setDraft] = React.useState('');
  const add = () => {
    const agency = draft.trim();
    if (agency && !value.some((known) => known.toLowerCase() === agency.toLowerCase())) onChange([...value, agency]);
    setDraft('');
  };
  return (
    <FormField
      name="knownAgencies"
      label={formatMessage({ id: getTranslation('settings.knownAgencies'), defaultMessage: 'Known agencies' })}
      error={error}
      hint={formatMessage({
        id: getTranslation('settings.knownAgencies.hint'),
        defaultMessage: 'Agencies the photo-credit parser recognises. Empty = its built-in list (AFP, AP, Reuters, Getty Images…).',
      })}
    >
      <Flex gap={2}>
        <Box grow={1}>
          <TextInput
            value={draft}
            disabled={disabled}
            aria-label={formatMessage({ id: getTranslation('settings.knownAgencies.new'), defaultMessage: 'Agency to add' })}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft(event.target.value)}
            onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </Box>
        <Button variant="secondary" type="button" startIcon={<Plus />} disabled={disabled || draft.trim() === ''} onClick={add}>
          {formatMessage({ id: getTranslation('settings.knownAgencies.add'), defaultMessage: 'Add' })}
        </Button>
      </Flex>
      {value.length > 0 ? (
        <Flex
          gap={2}
          wrap="wrap"
          tag="ul"
          aria-label={formatMessage({ id: getTranslation('settings.knownAgencies'), defaultMessage: 'Known agencies' })}
        >
          {value.map((agency) => (
            <li key={agency}>
              <Tag
                icon={<Cross aria-hidden />}
                disabled={disabled}
                label={formatMessage(
                  { id: getTranslation('settings.knownAgencies.remove'), defaultMessage: 'Remove {agency}' },
                  { agency },
                )}
                onClick={() => onChange(value.filter((known) => known !== agency))}
              >
                {agency}
              </Tag>
            </li>
          ))}
        </Flex>
      ) : null}
    </FormField>
  );
};

const TOKEN_PERMISSIONS = PERMISSIONS.readApiTokens;

const EntitledTokensField = ({ value, error, disabled, onChange }: ListFieldProps<number>) => {
  const { formatMessage } = useIntl();
  const {
    allowedActions: { canRead },
    isLoading,
  } = useRBAC(TOKEN_PERMISSIONS);
  const tokens = useApiTokens(!isLoading && Boolean(canRead));
  const known = tokens.data?.data ?? [];
  const nameOf = (id: number) =>
    known.find((token) => token.id === id)?.name ??
    formatMessage({ id: getTranslation('settings.entitledTokenIds.unknown'), defaultMessage: 'Token #{id}' }, { id });
  const hint = formatMessage({
    id: getTranslation('settings.entitledTokenIds.hint'),
    defaultMessage: 'Partners holding these API tokens see embargoed briefs before their time.',
  });
  const label = formatMessage({ id: getTranslation('settings.entitledTokenIds'), defaultMessage: 'Entitled API tokens' });

  if (!canRead) {
    return (
      <FormField name="entitledTokenIds" label={label} error={error} hint={hint}>
        <Typography textColor="neutral600">
          {value.length > 0
            ? value.map(nameOf).join(', ')
            : formatMessage({ id: getTranslation('settings.entitledTokenIds.none'), defaultMessage: 'None' })}
        </Typography>
      </FormField>
    );
  }

  // Ids no longer in the token list (deleted tokens) stay selectable so they can be removed.
  const options = [
    ...known.map((token) => ({ id: token.id, name: token.name })),
    ...value.filter((id) => !known.some((token) => token.id === id)).map((id) => ({ id, name: nameOf(id) })),
  ];
  return (
    <FormField name="entitledTokenIds" label={label} error={error} hint={hint}>
      {/* Remounted when the token list arrives: the select keeps the labels its chosen values had at first render. */}
      <MultiSelect
        key={known.map((token) => token.id).join(',')}
        value={value.map(String)}
        disabled={disabled}
        withTags
        loading={tokens.isLoading}
        placeholder={formatMessage({ id: getTranslation('settings.entitledTokenIds.placeholder'), defaultMessage: 'Choose API tokens' })}
        onChange={(ids) => onChange(ids.map(Number))}
      >
        {options.map((token) => (
          <MultiSelectOption key={token.id} value={String(token.id)}>
            {token.name}
          </MultiSelectOption>
        ))}
      </MultiSelect>
    </FormField>
  );
};

export default SettingsPage;
