/**
 * The briefs' and tags' Content Manager configuration set by the plugin (labels, hints, read-only fields, layouts),
 * kept when an admin changed it; the related-links field's server rules and the migration of loose stored links.
 * One Strapi boot, through the Content Manager's own admin API with real admin JWTs.
 */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager } from '../helpers/content-manager';
import { applyContentManagerDefaults } from '../../server/src/services/content-manager-layout';
import { migrateRelatedLinks } from '../../server/src/data/related-links-migration';

let app: TestStrapi;
let adminJwt: string;
const BRIEF_CONFIGURATION = '/content-manager/content-types/plugin::newsroom.brief/configuration';
const TAG_CONFIGURATION = '/content-manager/content-types/plugin::newsroom.tag/configuration';

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}

const readConfiguration = async (path = BRIEF_CONFIGURATION): Promise<Configuration> => {
  const response = await app.http().get(path).set('Authorization', `Bearer ${adminJwt}`);
  expect(response.status).toBe(200);
  return response.body.data.contentType as Configuration;
};
const rowNames = (configuration: Configuration) => configuration.layouts.edit.map((row) => row.map((field) => field.name));

beforeAll(async () => {
  app = await bootStrapi();
  adminJwt = await app.adminToken(DEMO.admin);
});
afterAll(async () => {
  await app?.destroy();
});

test('briefs and tags get human labels, hints, read-only status fields and a desk layout; an admin change survives', async () => {
  const brief = await readConfiguration();
  expect(brief.metadatas.photoCredit.edit).toMatchObject({ label: 'Photo credit', editable: true });
  expect(brief.metadatas.relatedBriefs.edit.label).toBe('Related briefs');
  expect(brief.metadatas.embargoUntil.edit.label).toBe('Embargo until');
  expect(brief.metadatas.externalId.edit.label).toBe('Agency item id');
  for (const field of ['editorialStatus', 'killReason', 'firstPublishedAt']) {
    expect(brief.metadatas[field].edit.editable).toBe(false);
    expect(String(brief.metadatas[field].edit.description).length).toBeGreaterThan(10);
  }
  for (const [name, metadata] of Object.entries(brief.metadatas)) {
    if (['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name)) continue;
    expect({ name, label: metadata.edit.label }).not.toEqual({ name, label: name });
    expect({ name, hint: Boolean(metadata.edit.description) }).toEqual({ name, hint: true });
  }
  expect(rowNames(brief)).toEqual([
    ['headline', 'slugline'],
    ['dateline', 'byline', 'urgency'],
    ['summary'],
    ['body'],
    ['photo', 'photoCredit', 'photoCaption'],
    ['tags', 'relatedBriefs'],
    ['relatedLinks'],
    ['embargoUntil', 'editorialStatus', 'firstPublishedAt'],
    ['killReason'],
    ['slug', 'externalId'],
  ]);
  expect(brief.layouts.list).toEqual(['headline', 'editorialStatus']);
  expect(brief.metadatas.editorialStatus.list).toMatchObject({ label: 'Editorial status', sortable: true });
  expect(brief.settings).toMatchObject({ defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC', filterable: true });

  const tag = await readConfiguration(TAG_CONFIGURATION);
  expect(tag.metadatas.kind.edit.label).toBe('Kind');
  expect(rowNames(tag)).toEqual([['name', 'kind'], ['slug']]);

  // The status is a real column: the list sorts and filters on it.
  const cm = contentManager(app, adminJwt);
  const sorted = await app.http().get('/content-manager/collection-types/plugin::newsroom.brief?sort=editorialStatus:ASC&filters[$and][0][editorialStatus][$eq]=usable').set('Authorization', `Bearer ${adminJwt}`);
  expect(sorted.status).toBe(200);
  expect(sorted.body.results.length).toBeGreaterThan(0);
  expect(sorted.body.results.every((row: { editorialStatus: string }) => row.editorialStatus === 'usable')).toBe(true);

  // An admin relabels the headline and moves the body first: a later boot's defaults leave both alone.
  // As the admin's configuration page sends it: without the list `mainField` the GET adds to relations.
  const metadatas = Object.fromEntries(
    Object.entries(brief.metadatas).map(([name, { edit, list }]) => [name, { edit, list: Object.fromEntries(Object.entries(list).filter(([key]) => key !== 'mainField')) }]),
  );
  const changed = {
    settings: brief.settings,
    metadatas: { ...metadatas, headline: { ...metadatas.headline, edit: { ...metadatas.headline.edit, label: 'Title (desk)' } } },
    layouts: { list: ['headline', 'editorialStatus', 'slug'], edit: [brief.layouts.edit[3], ...brief.layouts.edit.filter((_, index) => index !== 3)] },
  };
  const saved = await app.http().put(BRIEF_CONFIGURATION).set('Authorization', `Bearer ${adminJwt}`).send(changed);
  expect({ status: saved.status, body: saved.status === 200 ? null : saved.body }).toEqual({ status: 200, body: null });
  await app.strapi.plugin('content-manager').service('content-types').syncConfigurations();
  await applyContentManagerDefaults(app.strapi);
  await applyContentManagerDefaults(app.strapi);
  const after = await readConfiguration();
  expect(after.metadatas.headline.edit.label).toBe('Title (desk)');
  expect(after.metadatas.slugline.edit.label).toBe('Slugline');
  expect(rowNames(after)[0]).toEqual(['body']);
  expect(after.layouts.list).toEqual(['headline', 'editorialStatus', 'slug']);
  const stored = await app.strapi.db.query('strapi::core-store').findOne({ where: { key: 'plugin_content_manager_configuration_content_types::plugin::newsroom.brief' } });
  expect(JSON.parse(stored.value).metadatas.headline.edit.label).toBe('Title (desk)');

  // Writes to the read-only fields change nothing: the kill / withhold / release actions do.
  const created = await cm.createBrief({ headline: 'Read-only fields stay the plugin\'s', killReason: 'typed', firstPublishedAt: '2020-01-01T00:00:00.000Z' });
  expect(created.status).toBe(201);
  expect(created.body.data).toMatchObject({ editorialStatus: 'usable', killReason: null, firstPublishedAt: null });
});

test('related links: a list of { title, url } with http(s) URLs, refused otherwise naming the entry; loose stored links are migrated', async () => {
  const cm = contentManager(app, adminJwt);
  const good = await cm.createBrief({ headline: 'Related links as a list', relatedLinks: [{ title: 'OSDH statement', url: 'https://www.syriahr.com/en/1' }] });
  expect(good.status).toBe(201);
  expect(good.body.data.relatedLinks).toEqual([{ title: 'OSDH statement', url: 'https://www.syriahr.com/en/1' }]);

  for (const [relatedLinks, path] of [
    [[{ title: 'Script', url: 'javascript:alert(1)' }], 'relatedLinks.0.url'],
    [[{ title: 'No scheme', url: 'www.example.org' }], 'relatedLinks.0.url'],
    [[{ title: 'FTP', url: 'ftp://example.org/file' }], 'relatedLinks.0.url'],
    [[{ title: '', url: 'https://example.org' }], 'relatedLinks.0.title'],
    [[{ title: 'Extra', url: 'https://example.org', target: '_blank' }], 'relatedLinks.0.target'],
    [{ title: 'Not a list', url: 'https://example.org' }, 'relatedLinks'],
  ] as const) {
    const refused = await cm.updateBrief(good.body.data.documentId, { relatedLinks });
    expect({ relatedLinks, status: refused.status }).toEqual({ relatedLinks, status: 400 });
    expect(refused.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toContain(path);
    if (path === 'relatedLinks.0.url') {
      expect(refused.body.error.details.errors[0]).toMatchObject({ code: 'field.invalid_url', message: expect.stringContaining('relatedLinks[0].url') });
    }
  }

  // Rows written before the field existed, in loose shapes, straight into the table.
  const rows = app.strapi.db.query('plugin::newsroom.brief');
  const draft = await rows.findOne({ where: { documentId: good.body.data.documentId, publishedAt: null } });
  const loose = [
    'https://example.org/bare',
    { label: 'Labelled', href: ' https://example.org/label ' },
    { title: 'Kept', url: 'https://example.org/kept', target: '_blank' },
    { name: 'Unsafe', link: 'javascript:alert(1)' },
  ];
  await rows.update({ where: { id: draft.id }, data: { relatedLinks: loose } });
  await app.strapi.store({ type: 'plugin', name: 'newsroom', key: 'related-links-migration' }).delete({});
  const migrated = await migrateRelatedLinks(app.strapi);
  expect(migrated.rewritten).toBe(1);
  const read = await cm.getBrief(good.body.data.documentId);
  expect(read.body.data.relatedLinks).toEqual([
    { title: 'https://example.org/bare', url: 'https://example.org/bare' },
    { title: 'Labelled', url: 'https://example.org/label' },
    { title: 'Kept', url: 'https://example.org/kept' },
  ]);
  // Done once: the next boot does not scan again.
  expect((await migrateRelatedLinks(app.strapi)).rewritten).toBe(0);
});
