/**
 * npm run bench: the plugin's partner routes against core Strapi, side by side in one run, on one seeded database.
 * Prints requests per second and SQL statements per request; the ratios are the targets (≥ 2× core throughput,
 * a handful of statements per request), not absolute numbers, which depend on the machine.
 *
 * Core baseline = what Strapi's core controller `find` does for the same data: Document Service findMany + count
 * with populate (tags, photo, relatedBriefs), then contentAPI sanitize.output.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');

const APP_DIR = path.resolve(__dirname, '../../playground');
const BRIEFS = Number(process.env.BENCH_BRIEFS ?? 150);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
Object.assign(process.env, {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  APP_KEYS: 'bench-1,bench-2',
  API_TOKEN_SALT: 'bench-salt',
  ADMIN_JWT_SECRET: 'bench-admin',
  TRANSFER_TOKEN_SALT: 'bench-transfer',
  JWT_SECRET: 'bench-jwt',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789',
  NEWSROOM_FROM_SOURCE: 'true',
  NEWSROOM_PUBLIC_URL: 'https://news.example.test',
  NEWSROOM_BACKGROUND_JOBS: 'false',
  DATABASE_CLIENT: process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'sqlite',
  DATABASE_FILENAME: path.join(tmpDir, 'bench.db'),
  PUBLIC_DIR: path.join(tmpDir, 'public'),
  LOG_LEVEL: 'warn',
});

fs.mkdirSync(path.join(tmpDir, 'public', 'uploads'), { recursive: true });

const BRIEF = 'plugin::newsroom.brief';

const seedMany = async (strapi) => {
  const tags = await strapi.documents('plugin::newsroom.tag').findMany({ limit: 10 });
  const seed = await strapi.db.query(BRIEF).findOne({ where: { externalId: 'seed-afp-idleb-2020-03-05', publishedAt: null } });
  for (let index = 0; index < BRIEFS; index += 1) {
    const created = await strapi.documents(BRIEF).create({
      locale: 'en',
      data: {
        headline: `Bench brief ${index}: 12 killed in market blast`,
        summary: 'At least 12 people were killed and 40 injured, police said.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body text of the bench brief. '.repeat(20) }] }],
        urgency: 1 + (index % 9),
        byline: 'AFP',
        photoCredit: 'John DOE / AFP / TURKEY OUT',
        photo: seed.photo?.id,
        tags: tags.slice(0, 3 + (index % 4)).map((tag) => tag.documentId),
        relatedBriefs: { connect: [{ documentId: seed.documentId, locale: 'en' }] },
        relatedLinks: [{ title: 'Source', url: 'https://example.org/source' }],
      },
    });
    await strapi.documents(BRIEF).publish({ documentId: created.documentId, locale: 'en' });
  }
};

const coreBaseline = (strapi) => async (ctx) => {
  const params = {
    locale: 'en',
    status: 'published',
    filters: { editorialStatus: 'usable' },
    sort: [{ firstPublishedAt: 'desc' }, { id: 'desc' }],
    populate: { tags: true, photo: true, relatedBriefs: true },
  };
  const [results, total] = await Promise.all([
    strapi.documents(BRIEF).findMany({ ...params, limit: 20, start: 0 }),
    strapi.documents(BRIEF).count(params),
  ]);
  const data = await strapi.contentAPI.sanitize.output(results, strapi.getModel(BRIEF), { auth: ctx.state.auth });
  ctx.body = { data, meta: { pagination: { page: 1, pageSize: 20, pageCount: Math.ceil(total / 20), total } } };
};

let authorization = '';

const load = (port, requestPath, seconds) =>
  new Promise((resolve) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const deadline = Date.now() + seconds * 1000;
    let done = 0;
    let failed = 0;
    let active = CONCURRENCY;
    const fire = () => {
      if (Date.now() >= deadline) {
        active -= 1;
        if (active === 0) {
          agent.destroy();
          resolve({ perSecond: done / seconds, failed });
        }
        return;
      }
      http
        .get({ host: '127.0.0.1', port, path: requestPath, agent, headers: { Authorization: authorization } }, (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 200) done += 1;
            else failed += 1;
            fire();
          });
        })
        .on('error', () => {
          failed += 1;
          fire();
        });
    };
    for (let index = 0; index < CONCURRENCY; index += 1) fire();
  });

const countStatements = async (strapi, port, requestPath) => {
  let statements = 0;
  const listener = (query) => {
    statements += 1;
    if (process.env.BENCH_SHOW_SQL) console.log(requestPath.slice(0, 30), query.sql.slice(0, 200));
  };
  strapi.db.connection.on('query', listener);
  await new Promise((resolve) => http.get({ host: '127.0.0.1', port, path: requestPath, headers: { Authorization: authorization } }, (response) => response.resume().on('end', resolve)));
  strapi.db.connection.removeListener('query', listener);
  return statements;
};

/** BENCH_DATABASE=postgres: a throwaway schema in the local PostgreSQL (127.0.0.1:5432, database test). */
const preparePostgres = async () => {
  if (process.env.DATABASE_CLIENT !== 'postgres') return async () => {};
  const { Client } = require('pg');
  const url = process.env.NEWSROOM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `newsroom_bench_${Date.now().toString(36)}`;
  const run = async (sql) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`CREATE SCHEMA ${schema}`);
  Object.assign(process.env, { DATABASE_URL: url, DATABASE_SCHEMA: schema });
  return () => run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
};

const main = async () => {
  const dropSchema = await preparePostgres();
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false }).load();
  if (!strapi.plugin('newsroom')) throw new Error('the newsroom plugin did not load');
  try {
    process.stdout.write(`seeding ${BRIEFS} briefs…\n`);
    await seedMany(strapi);
    // The baseline is a real Content API route, so it pays the same token authentication as the plugin's routes.
    strapi.server.routes({
      type: 'content-api',
      routes: [{ method: 'GET', path: '/bench/core-briefs', handler: coreBaseline(strapi), config: { auth: { scope: ['plugin::newsroom.brief.find'] } } }],
    });
    // Partners read with an API token; both sides of the comparison carry it.
    const token = await strapi.service('admin::api-token').create({ name: 'bench', type: 'read-only', lifespan: null });
    authorization = `Bearer ${token.accessKey}`;
    await strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = strapi.server.httpServer.address();
    const seedSlug = 'at-least-15-civilians-including-a-child-killed-in-russian-strikes-in-syrias-idleb';
    const cache = strapi.plugin('newsroom').service('readCache');
    // [name, path, read cache on]: the plugin's routes are measured with their cache (what partners get) and without.
    const routes = [
      ['core list (Strapi core controller)', '/api/bench/core-briefs', false],
      ['list', '/api/newsroom/briefs?locale=en&pageSize=20', true],
      ['list, cache off', '/api/newsroom/briefs?locale=en&pageSize=20', false],
      ['feed', '/api/newsroom/feed?limit=50', true],
      ['feed, cache off', '/api/newsroom/feed?limit=50', false],
      ['ninjs', `/api/newsroom/briefs/${seedSlug}/ninjs`, true],
      ['ninjs, cache off', `/api/newsroom/briefs/${seedSlug}/ninjs`, false],
      ['one brief', `/api/newsroom/briefs/${seedSlug}`, true],
      ['auth floor (static schema)', '/api/newsroom/schemas/ninjs-newsroom-2.2.json', false],
    ];
    const totals = routes.map(() => 0);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, [name, requestPath, cached]] of routes.entries()) {
        cache.setEnabled(cached);
        await load(port, requestPath, 0.3); // warm-up
        const result = await load(port, requestPath, SECONDS);
        if (result.failed > 0) throw new Error(`${name}: ${result.failed} failed requests`);
        totals[index] += result.perSecond / ROUNDS;
      }
    }
    const rows = [];
    for (const [index, [name, requestPath, cached]] of routes.entries()) {
      cache.setEnabled(cached);
      const cold = await countStatements(strapi, port, requestPath);
      const warm = await countStatements(strapi, port, requestPath);
      rows.push({ route: name, 'req/s': Math.round(totals[index]), 'vs core list': `${(totals[index] / totals[0]).toFixed(2)}×`, 'SQL first': cold, 'SQL repeat': warm });
    }
    console.table(rows);
    console.log(
      `list vs core list: ${(totals[1] / totals[0]).toFixed(2)}× with the read cache, ${(totals[2] / totals[0]).toFixed(2)}× without (target ≥ 2×). ` +
        `${BRIEFS + 3} published briefs, ${CONCURRENCY} concurrent clients, ${ROUNDS}×${SECONDS}s per route, ${process.env.DATABASE_CLIENT}; ` +
        'SQL counts include the 4 statements Strapi spends authenticating the API token.',
    );
  } finally {
    await strapi.destroy();
    await dropSchema();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
