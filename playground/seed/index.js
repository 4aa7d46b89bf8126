/**
 * Idempotent seed of the playground (and of the test harness): locales, roles, demo accounts, the AFP Idleb brief
 * (built by the plugin's wire importer from afp-idleb-brief.txt: tags, credit, related stories, proposed toll; see
 * afp-idleb.js for what the importer gives and what the seed chooses), its photo, a draft and a killed brief,
 * Public read permissions and a partner token. Runs from the app's bootstrap, after the admin created its default roles.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { placeholderPng } = require('./placeholder-image');
const { relatedBriefs, mainBrief, draftBrief, killedBrief } = require('./afp-idleb');

const BRIEF = 'plugin::newsroom.brief';
const DEMO_PASSWORD = 'Newsroom-demo-1';
const DEMO_USERS = [
  { email: 'admin@newsroom.local', firstname: 'Ada', lastname: 'Admin', role: 'strapi-super-admin' },
  { email: 'editor@newsroom.local', firstname: 'Eddie', lastname: 'Editor', role: 'strapi-editor' },
  { email: 'deskchief@newsroom.local', firstname: 'Dana', lastname: 'Deskchief', role: 'Desk chief' },
  { email: 'deskchief2@newsroom.local', firstname: 'Sam', lastname: 'Secondchief', role: 'Desk chief' },
];
const PARTNER_TOKEN_NAME = 'Partner (demo)';
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

const ensurePhoto = async (strapi, caption) => {
  const name = 'afp-idleb-placeholder.png';
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name } });
  if (existing) return existing;
  const filepath = path.join(os.tmpdir(), `newsroom-${process.pid}-${name}`);
  fs.writeFileSync(filepath, placeholderPng());
  try {
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name, alternativeText: 'Placeholder for the AFP photo of the strike site in Maaret Misrin', caption } },
      files: { filepath, originalFilename: name, mimetype: 'image/png', size: fs.statSync(filepath).size },
    });
    return file;
  } finally {
    fs.rmSync(filepath, { force: true });
  }
};

const findByExternalId = (strapi, externalId) => strapi.db.query(BRIEF).findOne({ where: { externalId } });

/** Backdates the first publication of every locale of a published brief (the seed's briefs are from 2020). */
const backdate = (strapi, documentId, firstPublishedAt) =>
  strapi.db.query(BRIEF).updateMany({ where: { documentId }, data: { firstPublishedAt: new Date(firstPublishedAt) } });

/** Creates a brief in English (and French when given), publishes what `publish` says, and backdates firstPublishedAt. */
const ensureBrief = async (strapi, spec, { data = {}, publish = true } = {}) => {
  const found = await findByExternalId(strapi, spec.externalId);
  if (found) return found.documentId;
  const shared = { externalId: spec.externalId, byline: spec.byline, urgency: spec.urgency, slugline: spec.slugline, ...data };
  const created = await strapi.documents(BRIEF).create({ locale: 'en', data: { ...shared, ...spec.en } });
  if (spec.fr) await strapi.documents(BRIEF).update({ documentId: created.documentId, locale: 'fr', data: { ...shared, ...spec.fr } });
  if (publish) {
    await strapi.documents(BRIEF).publish({ documentId: created.documentId, locale: '*' });
    if (spec.firstPublishedAt) await backdate(strapi, created.documentId, spec.firstPublishedAt);
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

/**
 * The AFP Idleb brief, as an editor imports it: the wire importer parses the copy and creates the English draft
 * (credit, tags, related briefs, summary, body, proposed toll); the seed adds its editorial choices, the French
 * version, publishes, and confirms the proposed toll as revision 1, as a desk chief would.
 */
const importMainBrief = async (strapi) => {
  const found = await findByExternalId(strapi, mainBrief.externalId);
  if (found) return found.documentId;
  const wireImport = strapi.plugin('newsroom').service('wireImport');
  const parsed = await wireImport.parse({ text: fs.readFileSync(mainBrief.wireCopy, 'utf8'), language: mainBrief.wireLanguage });
  const caption = parsed.headline.value;
  const photo = await ensurePhoto(strapi, caption);
  const shared = { externalId: mainBrief.externalId, byline: mainBrief.byline, urgency: mainBrief.urgency, slugline: mainBrief.slugline };
  const editorial = { ...shared, photo: photo.id, relatedLinks: mainBrief.relatedLinks, embargoUntil: mainBrief.embargoUntil };
  const draft = await wireImport.createDraft(parsed, { locale: 'en', data: { ...editorial, ...mainBrief.en, photoCaption: caption } }, null);
  const { documentId } = draft;
  // The French version gets the same shared fields and relations as the imported English one.
  await strapi.documents(BRIEF).update({
    documentId,
    locale: 'fr',
    data: {
      ...editorial,
      ...mainBrief.fr,
      photoCredit: parsed.photoCredit.value,
      tags: draft.tags.map((tag) => tag.documentId),
      relatedBriefs: { connect: draft.relatedBriefs.map((related) => ({ documentId: related.documentId, locale: related.locale })) },
    },
  });
  await strapi.documents(BRIEF).publish({ documentId, locale: '*' });
  await backdate(strapi, documentId, mainBrief.firstPublishedAt);
  await confirmProposedToll(strapi, documentId);
  return documentId;
};

const confirmProposedToll = async (strapi, documentId) => {
  const proposals = strapi.plugin('newsroom').service('tollProposals');
  const proposed = await proposals.find(documentId);
  if (!proposed) return;
  const { source, counts, mayRise, mayRiseReason } = proposed;
  const revision = { source, counts, mayRise, mayRiseReason, ...mainBrief.toll };
  await strapi.plugin('newsroom').service('tolls').append(documentId, revision, '"0"', { id: 0, firstname: 'Newsroom', lastname: 'seed' }, 'en');
  await proposals.clear(documentId);
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
  const token = await tokens.create({ name: PARTNER_TOKEN_NAME, description: 'Newsroom partner: the plugin read actions only', type: 'custom', lifespan: null, permissions: strapi.plugin('newsroom').service('roles').partnerReadActions() });
  strapi.log.info(`newsroom seed: partner API token (custom, plugin read actions only): ${token.accessKey}`);
  strapi.log.info(`  try: curl -H "Authorization: Bearer ${token.accessKey}" http://localhost:${process.env.PORT || 1337}/api/newsroom/feed`);
};

const seed = async (strapi) => {
  await ensureFrenchLocale(strapi);
  const { deskChiefRoleId } = await strapi.plugin('newsroom').service('roles').setupRoles();
  await ensureDemoUsers(strapi, deskChiefRoleId);
  // The related briefs first: the importer links the main brief to them by headline.
  for (const related of relatedBriefs) await ensureBrief(strapi, related);
  await importMainBrief(strapi);
  await ensureBrief(strapi, draftBrief, { publish: false });
  await ensureKilled(strapi, await ensureBrief(strapi, killedBrief));
  await ensurePublicRead(strapi);
  await ensurePartnerToken(strapi);
};

module.exports = { seed, DEMO_USERS, DEMO_PASSWORD };
