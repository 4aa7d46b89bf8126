/**
 * The plugin's Content Manager defaults replace only Strapi's generated configuration (or the plugin's own previous
 * one), field by field and layout by layout; the loose related links stored before the custom field are normalised.
 */
import {
  BRIEF_DEFAULTS,
  mergeDefaults,
  packEditLayout,
  type ContentManagerConfiguration,
  type StrapiGenerated,
} from '../../server/src/domain/content-manager/default-configuration';
import { normaliseRelatedLinks } from '../../server/src/domain/brief/normalise-related-links';
import { fieldLabelTranslations } from '../../admin/src/translations/field-labels';

const FIELDS = Object.keys(BRIEF_DEFAULTS.fields);
const generatedMetadatas = () =>
  Object.fromEntries([...FIELDS, 'updatedAt'].map((name) => [name, { edit: { label: name, description: '', placeholder: '', visible: true, editable: true }, list: { label: name, searchable: true, sortable: true } }]));
const generated: StrapiGenerated = { edit: packEditLayout(FIELDS.map((name) => ({ name, size: 6 }))), list: FIELDS.slice(0, 4), mainField: 'headline' };
const strapiDefault = (): ContentManagerConfiguration => ({
  settings: { defaultSortBy: 'headline', defaultSortOrder: 'ASC', pageSize: 10 },
  metadatas: generatedMetadatas(),
  layouts: { edit: generated.edit, list: generated.list },
});

describe('mergeDefaults', () => {
  test('a configuration Strapi generated gets every label, hint, read-only flag, layout and sort', () => {
    const { configuration, changed } = mergeDefaults(strapiDefault(), BRIEF_DEFAULTS, generated, null);
    expect(changed).toBe(true);
    expect(configuration.metadatas.photoCredit.edit).toMatchObject({ label: 'Photo credit', editable: true });
    expect(configuration.metadatas.editorialStatus.edit.editable).toBe(false);
    expect(configuration.metadatas.killReason.edit.editable).toBe(false);
    expect(configuration.metadatas.firstPublishedAt.edit.editable).toBe(false);
    expect(configuration.layouts.edit[0].map((field) => field.name)).toEqual(['headline', 'slugline']);
    expect(configuration.layouts.list).toEqual(BRIEF_DEFAULTS.list);
    expect(configuration.settings).toMatchObject({ defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC', pageSize: 10 });
  });

  test('applying twice changes nothing the second time', () => {
    const first = mergeDefaults(strapiDefault(), BRIEF_DEFAULTS, generated, null);
    const second = mergeDefaults(first.configuration, BRIEF_DEFAULTS, generated, first.applied);
    expect(second.changed).toBe(false);
  });

  test.each([
    ['a relabelled field', (config: ContentManagerConfiguration) => (config.metadatas.headline.edit.label = 'Title (desk)'), (config: ContentManagerConfiguration) => expect(config.metadatas.headline.edit.label).toBe('Title (desk)')],
    ['a hint typed by an admin', (config: ContentManagerConfiguration) => (config.metadatas.slugline.edit.description = 'Ours'), (config: ContentManagerConfiguration) => expect(config.metadatas.slugline.edit).toMatchObject({ label: 'slugline', description: 'Ours' })],
    ['a rearranged edit layout', (config: ContentManagerConfiguration) => config.layouts.edit.reverse(), (config: ContentManagerConfiguration) => expect(config.layouts.edit[0][0].name).not.toBe('headline')],
    ['a list an admin chose', (config: ContentManagerConfiguration) => (config.layouts.list = ['headline', 'slug']), (config: ContentManagerConfiguration) => expect(config.layouts.list).toEqual(['headline', 'slug'])],
    ['a sort an admin chose', (config: ContentManagerConfiguration) => (config.settings.defaultSortBy = 'urgency'), (config: ContentManagerConfiguration) => expect(config.settings.defaultSortBy).toBe('urgency')],
  ])('%s is kept, the rest still gets the defaults', (_name, change, check) => {
    const stored = strapiDefault();
    stored.layouts.edit = stored.layouts.edit.map((row) => [...row]);
    change(stored);
    const { configuration } = mergeDefaults(stored, BRIEF_DEFAULTS, generated, null);
    check(configuration);
    expect(configuration.metadatas.photoCaption.edit.label).toBe('Photo caption');
  });

  test('the plugin replaces its own earlier default, not an admin change made after it', () => {
    const first = mergeDefaults(strapiDefault(), BRIEF_DEFAULTS, generated, null);
    const changedByAdmin = structuredClone(first.configuration);
    changedByAdmin.metadatas.byline.edit.label = 'Credit line';
    const newer = { ...BRIEF_DEFAULTS, fields: { ...BRIEF_DEFAULTS.fields, byline: { label: 'By', description: 'Who wrote it' }, dateline: { label: 'Place', description: 'Where' } } };
    const { configuration } = mergeDefaults(changedByAdmin, newer, generated, first.applied);
    expect(configuration.metadatas.byline.edit.label).toBe('Credit line');
    expect(configuration.metadatas.dateline.edit.label).toBe('Place');
  });

  test('every brief field the layout places has a label and a hint', () => {
    for (const row of BRIEF_DEFAULTS.edit) for (const field of row) expect(BRIEF_DEFAULTS.fields[field.name]?.description).toBeTruthy();
    for (const row of BRIEF_DEFAULTS.edit) expect(row.reduce((width, field) => width + field.size, 0)).toBeLessThanOrEqual(12);
  });

  test('French labels exist for every brief field, under the Content Manager ids; none in English', () => {
    const french = fieldLabelTranslations('fr');
    for (const field of FIELDS) expect(french[`content-manager.content-types.plugin::newsroom.brief.${field}`]).toBeTruthy();
    expect(fieldLabelTranslations('en')).toEqual({});
  });
});

describe('normaliseRelatedLinks', () => {
  test.each([
    ['null stays null', null, null, 0, false],
    ['the contract shape is kept as is', [{ title: 'A', url: 'https://a.example' }], [{ title: 'A', url: 'https://a.example' }], 0, false],
    ['key order does not matter (PostgreSQL jsonb)', [{ url: 'https://a.example', title: 'A' }], [{ title: 'A', url: 'https://a.example' }], 0, false],
    ['a JSON string', '[{"title":"A","url":"https://a.example"}]', [{ title: 'A', url: 'https://a.example' }], 0, true],
    ['a single object', { title: 'A', url: 'https://a.example' }, [{ title: 'A', url: 'https://a.example' }], 0, true],
    ['a bare URL becomes its own title', ['https://a.example/x'], [{ title: 'https://a.example/x', url: 'https://a.example/x' }], 0, true],
    ['label / href, spaces, extra keys', [{ label: ' A ', href: ' http://a.example ', target: '_blank' }], [{ title: 'A', url: 'http://a.example' }], 0, true],
    ['name / link and text / uri', [{ name: 'N', link: 'https://n.example' }, { text: 'T', uri: 'https://t.example' }], [{ title: 'N', url: 'https://n.example' }, { title: 'T', url: 'https://t.example' }], 0, true],
    ['no title: the URL', [{ url: 'https://a.example' }], [{ title: 'https://a.example', url: 'https://a.example' }], 0, true],
    ['unsafe or relative URLs are dropped', [{ title: 'x', url: 'javascript:alert(1)' }, '/relative', 42, { title: 'ok', url: 'https://ok.example' }], [{ title: 'ok', url: 'https://ok.example' }], 3, true],
    ['a plain non-URL string', 'not a link', [], 1, true],
  ])('%s', (_name, stored, links, dropped, changed) => {
    const result = normaliseRelatedLinks(stored);
    expect(result.links).toEqual(links);
    expect(result.dropped).toHaveLength(dropped);
    expect(result.changed).toBe(changed);
  });

  test('more than 20 links: the first 20 are kept, the rest reported', () => {
    const many = Array.from({ length: 22 }, (_, index) => ({ title: `L${index}`, url: `https://l.example/${index}` }));
    const result = normaliseRelatedLinks(many);
    expect(result.links).toHaveLength(20);
    expect(result.dropped).toHaveLength(2);
  });
});
