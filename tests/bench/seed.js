/**
 * Bulk seeding for the benchmark: copies of the seed brief written with multi-row INSERTs (never the Document
 * Service one by one), each with a draft and a published row, 3 to 6 tags, the seed's photo, a related brief, two
 * toll revisions with their toll state, and a feed event, so that list, feed and ninjs read what they read in
 * production. Table and column names come from Strapi's metadata.
 */
const crypto = require('crypto');

const BRIEF = 'plugin::newsroom.brief';
const CHUNK = 400;

const documentId = () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(24);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
};

const tables = (strapi) => {
  const brief = strapi.db.metadata.get(BRIEF);
  const tags = brief.attributes.tags.joinTable;
  const related = brief.attributes.relatedBriefs.joinTable;
  const morph = strapi.db.metadata.get('plugin::upload.file').attributes.related.joinTable;
  return {
    briefs: brief.tableName,
    tags,
    related,
    morph,
    revisions: strapi.db.metadata.get('plugin::newsroom.toll-revision').tableName,
    states: strapi.db.metadata.get('plugin::newsroom.toll-state').tableName,
    events: strapi.db.metadata.get('plugin::newsroom.feed-event').tableName,
    counter: strapi.db.metadata.get('plugin::newsroom.feed-counter').tableName,
    tagTable: strapi.db.metadata.get('plugin::newsroom.tag').tableName,
  };
};

const insertChunks = async (trx, table, rows) => {
  for (let start = 0; start < rows.length; start += CHUNK) await trx(table).insert(rows.slice(start, start + CHUNK));
};

/** Published English briefs in the list (usable). */
const publishedCount = async (strapi) => {
  const t = tables(strapi);
  const row = await strapi.db.connection(t.briefs).whereNotNull('published_at').where({ locale: 'en', editorial_status: 'usable' }).count({ count: '*' }).first();
  return Number(row.count);
};

/** Adds published briefs until the list holds `size`; returns the seconds it took. */
const topUp = async (strapi, size) => {
  const knex = strapi.db.connection;
  const isPostgres = strapi.db.dialect.client === 'postgres';
  const time = (date) => (isPostgres ? date : date.getTime());
  // PostgreSQL returns json columns parsed; write them back as JSON text (node-postgres would send arrays as PG arrays).
  const plain = (row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, isPostgres && value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value]));
  const t = tables(strapi);
  const have = await publishedCount(strapi);
  if (have >= size) return 0;
  const started = Date.now();
  const seed = await knex(t.briefs).where({ external_id: 'seed-afp-idleb-2020-03-05', locale: 'en' }).whereNotNull('published_at').first();
  const seedDraft = await knex(t.briefs).where({ document_id: seed.document_id, locale: 'en' }).whereNull('published_at').first();
  const photo = await knex(t.morph.name).where({ [t.morph.morphColumn.idColumn.name]: seed.id, [t.morph.morphColumn.typeColumn.name]: BRIEF }).first();
  const revisions = await knex(t.revisions).where({ brief_document_id: seed.document_id }).orderBy('revision');
  const state = await knex(t.states).where({ brief_document_id: seed.document_id }).first();
  const eventTemplate = await knex(t.events).where({ brief_document_id: seed.document_id }).first();
  const tagIds = (await knex(t.tagTable).select('id').orderBy('id')).map((row) => row.id);
  const strip = (row) => {
    const copy = { ...row };
    delete copy.id;
    return copy;
  };

  const maxId = Number((await knex(t.briefs).max({ max: 'id' }).first()).max);
  const count = size - have;
  const now = Date.now();
  for (let done = 0; done < count; done += 5_000) {
    const batch = Math.min(5_000, count - done);
    await knex.transaction(async (trx) => {
      const counter = await trx(t.counter).where({ name: 'feed' }).first('value');
      let seq = Number(counter.value);
      const briefRows = [];
      const tagLinks = [];
      const relatedLinks = [];
      const photoLinks = [];
      const revisionRows = [];
      const stateRows = [];
      const eventRows = [];
      for (let index = 0; index < batch; index += 1) {
        const number = have + done + index;
        const id = maxId + 2 * (done + index) + 1;
        const docId = documentId();
        // Older than what exists: the newest page keeps the seed's briefs; one brief a minute back in time.
        const firstPublished = new Date(now - (number + 1) * 60_000);
        const text = {
          document_id: docId,
          headline: `Bench brief ${number}: 12 killed in market blast`,
          slug: `bench-brief-${number}-12-killed-in-market-blast`,
          external_id: `bench-${number}`,
          first_published_at: time(firstPublished),
          updated_at: time(firstPublished),
          created_at: time(firstPublished),
        };
        briefRows.push(plain({ ...seedDraft, ...text, id, published_at: null }));
        briefRows.push(plain({ ...seed, ...text, id: id + 1, published_at: time(firstPublished) }));
        const tagCount = 3 + (number % 4);
        for (let tag = 0; tag < tagCount && tag < tagIds.length; tag += 1) {
          tagLinks.push({ [t.tags.joinColumn.name]: id + 1, [t.tags.inverseJoinColumn.name]: tagIds[(number + tag) % tagIds.length], [t.tags.orderColumnName]: tag + 1 });
        }
        // Related: the previous bench brief's published row (or the seed).
        relatedLinks.push({ [t.related.joinColumn.name]: id + 1, [t.related.inverseJoinColumn.name]: number === have ? seed.id : id - 1, [t.related.orderColumnName]: 1 });
        if (photo) photoLinks.push(plain({ ...strip(photo), [t.morph.morphColumn.idColumn.name]: id + 1 }));
        for (const revision of revisions) revisionRows.push(plain({ ...strip(revision), document_id: documentId(), brief_document_id: docId }));
        if (state) stateRows.push(plain({ ...strip(state), document_id: documentId(), brief_document_id: docId }));
        if (eventTemplate) {
          seq += 1;
          eventRows.push(plain({ ...strip(eventTemplate), document_id: documentId(), event_id: crypto.randomUUID(), seq, type: 'brief.published', brief_document_id: docId, locale: 'en', slug: text.slug, occurred_at: time(firstPublished), dedupe_key: null, audience: 'all' }));
        }
      }
      await insertChunks(trx, t.briefs, briefRows);
      await insertChunks(trx, t.tags.name, tagLinks);
      await insertChunks(trx, t.related.name, relatedLinks);
      await insertChunks(trx, t.morph.name, photoLinks);
      await insertChunks(trx, t.revisions, revisionRows);
      await insertChunks(trx, t.states, stateRows);
      await insertChunks(trx, t.events, eventRows);
      await trx(t.counter).where({ name: 'feed' }).update({ value: seq });
    });
  }
  if (isPostgres) {
    for (const table of [t.briefs, t.tags.name, t.related.name, t.morph.name, t.revisions, t.states, t.events]) {
      await knex.raw(`SELECT setval(pg_get_serial_sequence('${strapi.db.getSchemaName()}.${table}', 'id'), (SELECT max(id) FROM ??))`, [`${strapi.db.getSchemaName()}.${table}`]);
    }
  }
  await knex.raw('ANALYZE');
  return (Date.now() - started) / 1000;
};

module.exports = { topUp, publishedCount };
