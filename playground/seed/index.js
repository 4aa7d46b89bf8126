/**
 * Idempotent seed of the playground (and of the test harness): locales, roles, demo accounts, the AFP Idleb brief
 * with its tags, photo, related stories and toll, a draft and a killed brief, Public read permissions and a partner token.
 * Runs from the app's bootstrap, after the admin created its default roles.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { placeholderPng } = require('./placeholder-image');
const { tags, relatedBriefs, mainBrief, draftBrief, killedBrief } = require('./afp-idleb');

const BRIEF = 'plugin::newsroom.brief';
const TAG = 'plugin::newsroom.tag';
const DEMO_PASSWORD = 'Newsroom-demo-1';
const DEMO_USERS = [
  { email: 'admin@newsroom.local', firstname: 'Ada', lastname: 'Admin', role: 'strapi-super-admin' },
  { email: 'editor@newsroom.local', firstname: 'Eddie', lastname: 'Editor', role: 'strapi-editor' },
  { email: 'deskchief@newsroom.local', firstname: 'Dana', lastname: 'Deskchief', role: 'Desk chief' },
  { email: 'deskchief2@newsroom.local', firstname: 'Sam', lastname: 'Secondchief', role: 'Desk chief' },
];
const PARTNER_TOKEN_NAME = 'Partner (demo)';
const PARTNER_READ_ACTIONS = [
  'plugin::newsroom.brief.find', 'plugin::newsroom.brief.findOne', 'plugin::newsroom.tag.find', 'plugin::newsroom.toll.find',
  'plugin::newsroom.correction.find', 'plugin::newsroom.feed.find', 'plugin::newsroom.ninjs.findOne', 'plugin::newsroom.schema.findOne',
];
const PUBLIC_READ_ACTIONS = [
  'plugin::newsroom.brief.find', 'plugin::newsroom.brief.findOne', 'plugin::newsroom.tag.find', 'plugin::newsroom.toll.find', 'plugin::newsroom.correction.find',
];

const ensureFrenchLocale = async (strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode('fr'))) await locales.create({ code: 'fr', name: 'French (fr)', isDefault: false });
};

const ensureDemoUsers = async (strapi, deskChiefRoleId) => {
  if (process.env.NODE_ENV === 'production') {
    strapi.log.warn('newsroom seed: demo accounts are not created when NODE_ENV=production');
    return;
  }
  for (const demo of DEMO_USERS) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: demo.email } })) continue;
    const role = demo.role === 'Desk chief' ? { id: deskChiefRoleId } : await strapi.service('admin::role').findOne({ code: demo.role });
    await strapi.service('admin::user').create({
      email: demo.email,
      firstname: demo.firstname,
      lastname: demo.lastname,
      password: DEMO_PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
};

const ensureTags = async (strapi) => {
  const byName = {};
  for (const tag of tags) {
    const existing = await strapi.documents(TAG).findFirst({ filters: { name: tag.name } });
    byName[tag.name] = existing ?? (await strapi.documents(TAG).create({ data: tag }));
  }
  return byName;
};

const ensurePhoto = async (strapi) => {
  const name = 'afp-idleb-placeholder.png';
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name } });
  if (existing) return existing;
  const filepath = path.join(os.tmpdir(), `newsroom-${process.pid}-${name}`);
  fs.writeFileSync(filepath, placeholderPng());
  try {
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name, alternativeText: 'Placeholder for the AFP photo of the strike site in Maaret Misrin', caption: mainBrief.en.photoCaption } },
      files: { filepath, originalFilename: name, mimetype: 'image/png', size: fs.statSync(filepath).size },
    });
    return file;
  } finally {
    fs.rmSync(filepath, { force: true });
  }
};

const findByExternalId = (strapi, externalId) => strapi.db.query(BRIEF).findOne({ where: { externalId } });

/** Creates a brief in English (and French when given), publishes what `publish` says, and backdates firstPublishedAt. */
const ensureBrief = async (strapi, spec, { data = {}, publish = true } = {}) => {
  const found = await findByExternalId(strapi, spec.externalId);
  if (found) return found.documentId;
  const shared = { externalId: spec.externalId, byline: spec.byline, urgency: spec.urgency, slugline: spec.slugline, ...data };
  const created = await strapi.documents(BRIEF).create({ locale: 'en', data: { ...shared, ...spec.en } });
  if (spec.fr) await strapi.documents(BRIEF).update({ documentId: created.documentId, locale: 'fr', data: { ...shared, ...spec.fr } });
  if (publish) {
    await strapi.documents(BRIEF).publish({ documentId: created.documentId, locale: '*' });
    if (spec.firstPublishedAt) {
      await strapi.db.query(BRIEF).updateMany({ where: { documentId: created.documentId }, data: { firstPublishedAt: new Date(spec.firstPublishedAt) } });
    }
  }
  return created.documentId;
};

const ensurePublicRead = async (strapi) => {
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!publicRole) return;
  for (const action of PUBLIC_READ_ACTIONS) {
    const has = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: publicRole.id } });
    if (!has) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: publicRole.id } });
  }
};

const ensureToll = async (strapi, documentId) => {
  const tolls = strapi.plugin('newsroom').service('tolls');
  if ((await tolls.version(documentId)) > 0) return;
  await tolls.append(documentId, mainBrief.toll, '"0"', { id: 0, firstname: 'Newsroom', lastname: 'seed' }, 'en');
};

const ensureKilled = async (strapi, documentId) => {
  const live = await strapi.db.query(BRIEF).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  if (live.editorialStatus === 'killed') return;
  await strapi.plugin('newsroom').service('editorial').apply('kill', documentId, { reason: killedBrief.killReason });
};

/** A custom API token holding exactly the plugin's read actions, printed once when created (development only). */
const ensurePartnerToken = async (strapi) => {
  if (process.env.NODE_ENV === 'production' || process.env.NODE_ENV === 'test') return;
  const tokens = strapi.service('admin::api-token');
  if (await tokens.exists({ name: PARTNER_TOKEN_NAME })) {
    strapi.log.info(`newsroom seed: the "${PARTNER_TOKEN_NAME}" API token exists; view or regenerate it in Settings → API Tokens`);
    return;
  }
  const token = await tokens.create({ name: PARTNER_TOKEN_NAME, description: 'Newsroom partner: the plugin read actions only', type: 'custom', lifespan: null, permissions: PARTNER_READ_ACTIONS });
  strapi.log.info(`newsroom seed: partner API token (custom, plugin read actions only): ${token.accessKey}`);
  strapi.log.info(`  try: curl -H "Authorization: Bearer ${token.accessKey}" http://localhost:${process.env.PORT || 1337}/api/newsroom/feed`);
};

const seed = async (strapi) => {
  await ensureFrenchLocale(strapi);
  const { deskChiefRoleId } = await strapi.plugin('newsroom').service('roles').setupRoles();
  await ensureDemoUsers(strapi, deskChiefRoleId);
  const tagsByName = await ensureTags(strapi);
  const photo = await ensurePhoto(strapi);
  const relatedIds = [];
  for (const related of relatedBriefs) relatedIds.push(await ensureBrief(strapi, related));
  const mainId = await ensureBrief(strapi, mainBrief, {
    data: {
      photo: photo.id,
      photoCredit: mainBrief.photoCredit,
      relatedLinks: mainBrief.relatedLinks,
      tags: tags.map((tag) => tagsByName[tag.name].documentId),
      relatedBriefs: { connect: relatedIds.map((documentId) => ({ documentId, locale: 'en' })) },
    },
  });
  await ensureToll(strapi, mainId);
  await ensureBrief(strapi, draftBrief, { publish: false });
  await ensureKilled(strapi, await ensureBrief(strapi, killedBrief));
  await ensurePublicRead(strapi);
  await ensurePartnerToken(strapi);
};

module.exports = { seed, DEMO_USERS, DEMO_PASSWORD };
