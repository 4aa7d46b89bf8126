/**
 * npm run bench [-- --sizes 1000,20000,100000] [--db postgres] [--seconds 4] [--concurrency 8] [--rounds 4]
 *
 * The plugin's partner routes against core Strapi and against one raw SQL statement, side by side in one run, at
 * each size of the archive (briefs seeded by bulk SQL inserts, see seed.js), in production mode, with an API token.
 * For each route: req/s, p50/p99 latency, SQL statements per request (token authentication apart). Then a mixed run
 * (readers while a writer appends a toll revision every second, which invalidates the read cache as breaking news
 * does) and toll appends per second. Results: bench/results/<date>-<db>.json and a Markdown table on stdout.
 * Diagnostics: BENCH_ONLY=<route name regex> measures only those routes (no results file); with BENCH_SQL_TIME=1
 * it also prints, for 50 sequential requests, the time per request and the part spent in SQL. BENCH_PROFILE=<dir>
 * writes a CPU profile of the server's thread for each measured route.
 *
 * "Cache off" is the read cache off; the briefs each instance remembers by content (renderedBriefs, never stale) stay
 * on as in production, and the "nothing remembered" routes turn them off too (every brief shaped from its row).
 *
 * Core baseline = Strapi's own core controller `find` (createCoreController, createCoreService) on the same briefs:
 * locale en, usable, newest first, tags, photo and related briefs populated, 20 a page.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const inspector = require('inspector');
const { fork } = require('child_process');
const { topUp, publishedCount } = require('./seed');
const { closedLoop } = require('./closed-loop');
const { request: httpRequest } = require('./http-client');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const SIZES = option('sizes', process.env.BENCH_SIZES ?? '1000').split(',').map(Number);
const DATABASE = option('db', process.env.BENCH_DATABASE ?? 'sqlite') === 'postgres' ? 'postgres' : 'sqlite';
const SECONDS = Number(option('seconds', process.env.BENCH_SECONDS ?? 4));
const CONCURRENCY = Number(option('concurrency', process.env.BENCH_CONCURRENCY ?? 8));
const ROUNDS = Number(option('rounds', process.env.BENCH_ROUNDS ?? 4));
/** The opt-in token cache's lifetime on the routes that measure it (their names say "token cache on"). */
const TOKEN_CACHE_MS = 5_000;
const APP_DIR = path.resolve(__dirname, '../../playground');
const RESULTS_DIR = path.resolve(__dirname, '../../bench/results');
const ADMIN = { email: 'bench-writer@newsroom.local', password: 'Bench-writer-1' };

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
  DATABASE_CLIENT: DATABASE,
  DATABASE_FILENAME: path.join(tmpDir, 'bench.db'),
  PUBLIC_DIR: path.join(tmpDir, 'public'),
  LOG_LEVEL: 'warn',
});
fs.mkdirSync(path.join(tmpDir, 'public', 'uploads'), { recursive: true });

const BRIEF = 'plugin::newsroom.brief';

/**
 * Strapi's own core controller and core service for briefs (what `createCoreController` gives an app's content
 * type): query validation and sanitizing, Document Service findMany + count, output sanitizing, the response shape.
 */
const coreController = (strapi) => {
  const { factories } = require('@strapi/strapi');
  strapi.get('services').set(BRIEF, factories.createCoreService(BRIEF));
  const controller = factories.createCoreController(BRIEF)({ strapi });
  return async (ctx) => {
    ctx.body = await controller.find(ctx);
  };
};
const CORE_LIST_QUERY = [
  'locale=en', 'filters[editorialStatus][$eq]=usable', 'sort[0]=firstPublishedAt:desc', 'sort[1]=id:desc',
  'populate[0]=tags', 'populate[1]=photo', 'populate[2]=relatedBriefs', 'pagination[page]=1', 'pagination[pageSize]=20',
].join('&');

/**
 * The plugin list's own statement and the feed page's own statements (its events, their briefs, the corrections its
 * toll events carry), captured at each size; /api/bench/raw-page and /api/bench/raw-feed serve their rows as they come.
 */
let listStatement = null;
let feedStatements = [];
const rowsOf = async (strapi, { sql, bindings }) => {
  const result = await strapi.db.connection.raw(sql, bindings);
  return result.rows ?? result;
};
const rawPage = (strapi) => async (ctx) => {
  ctx.body = { data: await rowsOf(strapi, listStatement) };
};
const rawFeed = (strapi) => async (ctx) => {
  const data = [];
  for (const statement of feedStatements) data.push(await rowsOf(strapi, statement));
  ctx.body = { data };
};

let port = 0;
let authorization = '';

/** A request to the bench's Strapi (tests/bench/http-client.js) on its port. */
const request = (method, requestPath, options) => httpRequest(port, method, requestPath, options);

const percentile = (sorted, p) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
const summarise = (latencies, seconds, failed) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), requests: latencies.length, failed };
};

/** `clients` closed loops of `once()` for `seconds`, summarised. */
const loop = async (once, seconds, clients = CONCURRENCY) => {
  const { latencies, failed } = await closedLoop(once, seconds, clients);
  return summarise(latencies, seconds, failed);
};

/**
 * Keep-alive GETs of several routes at once from the load generator's own process (`routes`: `{ path, headers,
 * expect, clients }`; `expect` is the status that counts as served): per route the latencies of the answers served
 * and how many failed, and the server process's CPU time meanwhile (user + system, ms): unlike req/s, CPU per
 * request holds on a busy machine.
 */
const generate = (routes, seconds) =>
  new Promise((resolve, reject) => {
    const settings = {
      port,
      seconds,
      routes: routes.map(({ path: requestPath, headers = {}, expect = 200, clients = CONCURRENCY }) => ({
        path: requestPath, headers: { Authorization: authorization, ...headers }, expect, clients,
      })),
    };
    const cpuBefore = process.cpuUsage();
    const generator = fork(path.join(__dirname, 'load-worker.js'), [JSON.stringify(settings)]);
    generator.once('message', (results) => {
      const cpu = process.cpuUsage(cpuBefore);
      resolve({ results, cpuMs: (cpu.user + cpu.system) / 1000 });
    });
    generator.once('error', reject);
    generator.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
  });

const cpuPerRequest = (cpuMs, served) => (served > 0 ? Number((cpuMs / served).toFixed(2)) : null);

/** With BENCH_PROFILE=<dir>: a CPU profile of the server's thread while `run` measures one route, <dir>/<route>.cpuprofile. */
const profiled = async (name, run) => {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return run();
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
};

/** SQL statements one request sends. */
/** The SQL statements `run` sends (knex's query event), each with its bindings, `?` placeholders on both databases. */
const captureStatements = async (strapi, run) => {
  const statements = [];
  const listener = (query) => statements.push({ sql: query.sql.replace(/\$(\d+)/g, '?'), bindings: query.bindings });
  strapi.db.connection.on('query', listener);
  try {
    await run();
  } finally {
    strapi.db.connection.removeListener('query', listener);
  }
  return statements;
};

const statementsOf = async (strapi, run) => (await captureStatements(strapi, run)).length;

const encodeFeedCursor = (seq) => `f1.${Buffer.from(String(seq), 'utf8').toString('base64url')}`;

/** A published brief the writers may append tolls to (through the Document Service: a handful only). */
const writerBrief = async (strapi, index) => {
  const created = await strapi.documents(BRIEF).create({ locale: 'en', data: { headline: `Bench writer ${index}: strike on a market`, summary: 'A toll that rises.', urgency: 2 } });
  await strapi.documents(BRIEF).publish({ documentId: created.documentId, locale: 'en' });
  return { documentId: created.documentId, version: 0, value: 10 };
};

/** Appends one toll revision with If-Match; the brief's version and value move on. */
const appendToll = async (jwt, brief) => {
  const response = await request('POST', `/newsroom/briefs/${brief.documentId}/tolls`, {
    headers: { Authorization: `Bearer ${jwt}`, 'If-Match': `"${brief.version}"` },
    body: { source: 'Civil defence', asOf: new Date().toISOString(), counts: [{ category: 'killed', value: brief.value + 1, qualifier: 'at-least' }] },
  });
  if (response.status !== 200 && response.status !== 201) throw new Error(`toll append: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  brief.version = Number(String(response.headers.etag).replace(/"/g, ''));
  brief.value += 1;
  return true;
};

const preparePostgres = async () => {
  if (DATABASE !== 'postgres') return async () => {};
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

const ratio = (a, b) => (b > 0 ? Number((a / b).toFixed(2)) : null);

const measureSize = async (strapi, size, context) => {
  const seedSeconds = await topUp(strapi, size);
  const briefs = await publishedCount(strapi);
  process.stdout.write(`\n${briefs} published briefs (seeded in ${seedSeconds.toFixed(1)} s)\n`);
  const cache = strapi.plugin('newsroom').service('readCache');
  const knex = strapi.db.connection;
  const eventsTable = strapi.db.metadata.get('plugin::newsroom.feed-event').tableName;
  const maxSeq = Number((await knex(eventsTable).max({ max: 'seq' }).first()).max);
  cache.setEnabled(false);
  const page39 = await request('GET', '/api/newsroom/briefs?locale=en&pageSize=20&page=39', { headers: { Authorization: authorization } });
  const deepCursor = page39.body.meta.next;
  // Both baselines answer the same page as the plugin list: 20 usable English briefs, newest first, relations included.
  const pluginFirst = (await request('GET', '/api/newsroom/briefs?locale=en&pageSize=20', { headers: { Authorization: authorization } })).body.data;
  const coreFirst = await request('GET', `/api/bench/core-briefs?${CORE_LIST_QUERY}`, { headers: { Authorization: authorization } });
  const coreSlugs = coreFirst.status === 200 ? coreFirst.body.data.map((brief) => brief.slug) : [];
  if (coreFirst.status !== 200 || !Array.isArray(coreFirst.body.data[0]?.tags) || coreSlugs.join() !== pluginFirst.map((brief) => brief.slug).join()) {
    throw new Error(`the core baseline does not answer the plugin's page: ${coreFirst.status} ${JSON.stringify(coreFirst.body).slice(0, 300)}`);
  }
  const ninjsPath = `/api/newsroom/briefs/${context.seedSlug}/ninjs`;
  const etag = (await request('GET', ninjsPath, { headers: { Authorization: authorization } })).headers.etag;

  // [name, path, cache on, options]
  const routes = [
    ['core list (Strapi core controller)', `/api/bench/core-briefs?${CORE_LIST_QUERY}`, false],
    // As many briefs as the feed's default page of 50 events carries: the like-for-like baseline of the feed.
    ['core list, 50 a page', `/api/bench/core-briefs?${CORE_LIST_QUERY.replace('pagination[pageSize]=20', 'pagination[pageSize]=50')}`, false],
    ['list, cache off', '/api/newsroom/briefs?locale=en&pageSize=20', false],
    ['list, cache on', '/api/newsroom/briefs?locale=en&pageSize=20', true],
    ['list, cache off, nothing remembered', '/api/newsroom/briefs?locale=en&pageSize=20', false, { renderedBriefs: 0 }],
    ['list page 40, cache off', '/api/newsroom/briefs?locale=en&pageSize=20&page=40', false],
    ['list cursor at page 40, cache off', `/api/newsroom/briefs?locale=en&pageSize=20&after=${deepCursor}`, false],
    ['feed first page, cache off', '/api/newsroom/feed?limit=50', false],
    // Nothing remembered at all: the read cache off and the briefs shaped from their rows on every request.
    ['feed first page, cache off, nothing remembered', '/api/newsroom/feed?limit=50', false, { renderedBriefs: 0 }],
    // As many briefs as the core list's page (each event carries its brief): the like-for-like comparison.
    ['feed first 20 events, cache off', '/api/newsroom/feed?limit=20', false],
    ['feed cursor near the end, cache off', `/api/newsroom/feed?limit=50&since=${encodeFeedCursor(Math.max(0, maxSeq - 50))}`, false],
    ['ninjs, cache off', ninjsPath, false],
    ['one brief, cache off', `/api/newsroom/briefs/${context.seedSlug}`, false],
    ['ninjs 304 (If-None-Match)', ninjsPath, true, { headers: { 'If-None-Match': etag }, expect: 304 }],
    ['auth floor (static schema)', '/api/newsroom/schemas/ninjs-newsroom-2.2.json', false],
    // The opt-in API token cache (apiTokenCacheMs) on, for core and plugin alike: token lookups from memory.
    ['core list, token cache on', `/api/bench/core-briefs?${CORE_LIST_QUERY}`, false, { tokenCacheMs: TOKEN_CACHE_MS }],
    ['list, cache off, token cache on', '/api/newsroom/briefs?locale=en&pageSize=20', false, { tokenCacheMs: TOKEN_CACHE_MS }],
    ['auth floor, token cache on', '/api/newsroom/schemas/ninjs-newsroom-2.2.json', false, { tokenCacheMs: TOKEN_CACHE_MS }],
  ];
  // The limit: the plugin list's own statement, captured here, run directly (no HTTP, no auth, no shaping) below and
  // served over HTTP with the same token and nothing else (its rows as JSON, no sanitizing or shaping): what any
  // handler pays.
  const get = (requestPath) => () => request('GET', requestPath, { headers: { Authorization: authorization } });
  listStatement = (await captureStatements(strapi, get('/api/newsroom/briefs?locale=en&pageSize=20'))).find(({ sql }) => /limit/i.test(sql) && sql.includes('json'));
  // The feed's handler statements: what a feed request sends beyond what the auth floor's sends (token authentication).
  await get('/api/newsroom/feed?limit=50')();
  const authTexts = new Set((await captureStatements(strapi, get('/api/newsroom/schemas/ninjs-newsroom-2.2.json'))).map(({ sql }) => sql));
  // Nor the settings and locale reads each instance repeats every 2 s, whichever request comes then.
  const refreshTables = ['strapi::core-store', 'plugin::i18n.locale'].map((uid) => strapi.db.metadata.get(uid).tableName);
  const isRefresh = (sql) => refreshTables.some((table) => new RegExp(`\\bfrom ([\`"][^\`"]+[\`"]\\.)?[\`"]${table}[\`"]`).test(sql));
  feedStatements = (await captureStatements(strapi, get('/api/newsroom/feed?limit=50'))).filter(({ sql }) => !authTexts.has(sql) && !isRefresh(sql));
  routes.push(['raw SQL statement over HTTP (same page, same token)', '/api/bench/raw-page', false]);
  routes.push(["raw SQL over HTTP, the feed page's statements (same token)", '/api/bench/raw-feed', false]);

  const results = {};
  const authStatements = await statementsOf(strapi, () => request('GET', '/api/newsroom/schemas/ninjs-newsroom-2.2.json', { headers: { Authorization: authorization } }));
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  const renderedBriefs = strapi.config.get('plugin::newsroom.renderedBriefs');
  const measured = routes.filter(([name]) => !only || only.test(name));
  // Every route is measured in ROUNDS slices of SECONDS / ROUNDS, the routes taking turns, so that core and plugin
  // routes sample the same stretch of the machine's time (its speed drifts over a run on a shared host); each slice
  // after a short warm-up (the JIT and, cache on, a filled cache). A CPU profile takes one slice of SECONDS.
  const rounds = process.env.BENCH_PROFILE ? 1 : ROUNDS;
  /**
   * The server as a route is measured: its read cache on or off, the opt-in token cache on or off, the briefs
   * remembered by content (renderedBriefs) as configured or none.
   */
  const configureFor = (cached, options) => {
    cache.setEnabled(cached);
    strapi.config.set('plugin::newsroom.apiTokenCacheMs', options.tokenCacheMs ?? 0);
    strapi.config.set('plugin::newsroom.renderedBriefs', options.renderedBriefs ?? renderedBriefs);
  };
  const samples = new Map(measured.map(([name]) => [name, { latencies: [], failed: 0, cpuMs: 0 }]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, requestPath, cached, options = {}] of measured) {
      configureFor(cached, options);
      await generate([{ path: requestPath, ...options }], round === 0 ? 1 : 0.25);
      const { results: [slice], cpuMs } = await profiled(name, () => generate([{ path: requestPath, ...options }], SECONDS / rounds));
      const sample = samples.get(name);
      sample.latencies.push(...slice.latencies);
      sample.failed += slice.failed;
      sample.cpuMs += cpuMs;
    }
  }
  for (const [name, requestPath, cached, options = {}] of measured) {
    const { latencies, failed, cpuMs } = samples.get(name);
    configureFor(cached, options);
    if (failed > 0) throw new Error(`${name}: ${failed} failed requests`);
    // Counted on a second request: the first may re-read what each instance refreshes every 2 s (settings, locales).
    const once = () => request('GET', requestPath, { headers: { Authorization: authorization, ...(options.headers ?? {}) } });
    await once();
    const statements = await statementsOf(strapi, once);
    const route = { ...summarise(latencies, SECONDS, failed), cpuMsPerRequest: cpuPerRequest(cpuMs, latencies.length), statements: statements - (options.tokenCacheMs ? 0 : authStatements) };
    results[name] = route;
    process.stdout.write(`  ${name}: ${route.perSecond.toFixed(0)} req/s, p50 ${route.p50.toFixed(1)} ms, p99 ${route.p99.toFixed(1)} ms, ${route.cpuMsPerRequest} ms CPU, ${route.statements} SQL\n`);
  }
  strapi.config.set('plugin::newsroom.apiTokenCacheMs', 0);
  strapi.config.set('plugin::newsroom.renderedBriefs', renderedBriefs);

  if (only && process.env.BENCH_SQL_TIME) {
    const started = new Map();
    let sqlMs = 0;
    const onQuery = (query) => started.set(query.__knexQueryUid, process.hrtime.bigint());
    const onResponse = (_response, query) => (sqlMs += Number(process.hrtime.bigint() - started.get(query.__knexQueryUid)) / 1e6);
    knex.on('query', onQuery).on('query-response', onResponse);
    const t0 = Date.now();
    for (let index = 0; index < 50; index += 1) await request('GET', routes.find(([name]) => only.test(name))[1], { headers: { Authorization: authorization } });
    knex.removeListener('query', onQuery).removeListener('query-response', onResponse);
    if (process.env.BENCH_SQL_TIME === 'plan') {
      let statement = null;
      const grab = (query) => (statement = statement ?? (query.sql.includes('json') ? query : null));
      knex.on('query', grab);
      await request('GET', routes.find(([name]) => only.test(name))[1], { headers: { Authorization: authorization } });
      knex.removeListener('query', grab);
      const sql = statement.sql.replace(/\$(\d+)/g, '?');
      const explained = await knex.raw(`${DATABASE === 'postgres' ? 'EXPLAIN ANALYZE' : 'EXPLAIN QUERY PLAN'} ${sql}`, statement.bindings);
      process.stdout.write(`${sql}\n${JSON.stringify(statement.bindings)}\n${(explained.rows ?? explained).map((row) => row.detail ?? row['QUERY PLAN']).join('\n')}\n`);
    }
    process.stdout.write(`  sequential: ${(Date.now() - t0) / 50} ms per request, SQL ${sqlMs / 50} ms per request, ${JSON.stringify(page39.body).length} bytes a page\n`);
  }
  if (only) return { size, briefs, seedSeconds, routes: results, ratios: {} };
  cache.setEnabled(false);
  const raw = await loop(async () => {
    await knex.raw(listStatement.sql, listStatement.bindings);
    return true;
  }, SECONDS);
  results['raw SQL statement (same page)'] = { ...raw, statements: 1 };
  const rawFeedAlone = await loop(async () => {
    for (const { sql, bindings } of feedStatements) await knex.raw(sql, bindings);
    return true;
  }, SECONDS);
  results["raw SQL, the feed page's statements"] = { ...rawFeedAlone, statements: feedStatements.length };
  const rawOverHttp = results['raw SQL statement over HTTP (same page, same token)'];
  const rawFeedOverHttp = results["raw SQL over HTTP, the feed page's statements (same token)"];
  process.stdout.write(`  raw SQL: ${raw.perSecond.toFixed(0)} statements/s, p99 ${raw.p99.toFixed(1)} ms; the feed's ${feedStatements.length}: ${rawFeedAlone.perSecond.toFixed(0)}/s\n`);

  // Mixed: readers on list, feed and ninjs with the cache on, without and with a writer appending a toll revision
  // every second. One load generator for the three routes (their split does not depend on how the machine schedules
  // several processes); twice the usual time in ROUNDS pairs of slices, without then with the writer, so both sample
  // the same stretch of the machine's time.
  cache.setEnabled(true);
  const clients = Math.max(1, Math.floor(CONCURRENCY / 3));
  const readerRoutes = [
    { path: '/api/newsroom/briefs?locale=en&pageSize=20', clients },
    { path: '/api/newsroom/feed?limit=50', clients },
    { path: ninjsPath, clients },
  ];
  const sliceSeconds = (SECONDS * 2) / ROUNDS;
  const mixedSamples = { quiet: readerRoutes.map(() => []), busy: readerRoutes.map(() => []) };
  let appended = 0;
  const append = () => appendToll(context.jwt, context.writers[0]).then(() => (appended += 1), (error) => console.error(error.message));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const kind of ['quiet', 'busy']) {
      const writer = kind === 'busy' ? setInterval(append, 1000) : null;
      if (writer) append();
      const { results: slices } = await generate(readerRoutes, sliceSeconds).finally(() => writer && clearInterval(writer));
      slices.forEach(({ latencies, failed }, index) => {
        if (failed > 0) throw new Error(`mixed run: ${failed} failed requests`);
        mixedSamples[kind][index].push(...latencies);
      });
    }
  }
  const [quiet, busy] = ['quiet', 'busy'].map((kind) => mixedSamples[kind].map((latencies) => summarise(latencies, SECONDS * 2, 0)));
  results.mixed = {
    appendsDuringRun: appended,
    withoutWriter: { list: quiet[0], feed: quiet[1], ninjs: quiet[2] },
    withWriter: { list: busy[0], feed: busy[1], ninjs: busy[2] },
    ratios: { list: ratio(busy[0].perSecond, quiet[0].perSecond), feed: ratio(busy[1].perSecond, quiet[1].perSecond), ninjs: ratio(busy[2].perSecond, quiet[2].perSecond) },
  };
  process.stdout.write(`  mixed (with ÷ without writer): list ${results.mixed.ratios.list}, feed ${results.mixed.ratios.feed}, ninjs ${results.mixed.ratios.ninjs} (${appended} appends)\n`);

  // Toll appends per second: one writer in sequence (If-Match), then 10 writers on 10 briefs.
  const sequential = await loop(() => appendToll(context.jwt, context.writers[0]), SECONDS, 1);
  let next = 0;
  const parallel = await loop(() => appendToll(context.jwt, context.writers[1 + (next++ % 10)]), SECONDS, 10);
  results['toll appends, sequential'] = sequential;
  results['toll appends, 10 writers on 10 briefs'] = parallel;
  process.stdout.write(`  toll appends: ${sequential.perSecond.toFixed(1)}/s sequential, ${parallel.perSecond.toFixed(1)}/s with 10 writers\n`);

  const core = results['core list (Strapi core controller)'].perSecond;
  const coreCpu = results['core list (Strapi core controller)'].cpuMsPerRequest;
  const ratios = {
    'list cold ÷ core': ratio(results['list, cache off'].perSecond, core),
    'feed cold ÷ core': ratio(results['feed first page, cache off'].perSecond, core),
    'list cold ÷ core, nothing remembered': ratio(results['list, cache off, nothing remembered'].perSecond, core),
    'feed cold ÷ core, nothing remembered': ratio(results['feed first page, cache off, nothing remembered'].perSecond, core),
    'feed cold, 20 events ÷ core (20 briefs)': ratio(results['feed first 20 events, cache off'].perSecond, core),
    'feed cold ÷ core 50 a page (50 briefs)': ratio(results['feed first page, cache off'].perSecond, results['core list, 50 a page'].perSecond),
    'list cold ÷ core, CPU per request': ratio(coreCpu, results['list, cache off'].cpuMsPerRequest),
    [`list cold ÷ core, both with the token cache (${TOKEN_CACHE_MS / 1000} s)`]: ratio(results['list, cache off, token cache on'].perSecond, results['core list, token cache on'].perSecond),
    'feed cold, 20 events ÷ core, CPU per request': ratio(coreCpu, results['feed first 20 events, cache off'].cpuMsPerRequest),
    'list cold ÷ raw SQL over HTTP': ratio(results['list, cache off'].perSecond, rawOverHttp.perSecond),
    "feed cold ÷ its statements' raw SQL over HTTP": ratio(results['feed first page, cache off'].perSecond, rawFeedOverHttp.perSecond),
    'feed cold ÷ the list statement over HTTP (20 briefs)': ratio(results['feed first page, cache off'].perSecond, rawOverHttp.perSecond),
    'list cold ÷ raw SQL statement alone': ratio(results['list, cache off'].perSecond, raw.perSecond),
    "feed cold ÷ its statements' raw SQL alone": ratio(results['feed first page, cache off'].perSecond, rawFeedAlone.perSecond),
  };
  process.stdout.write(`  ratios: ${JSON.stringify(ratios)}\n`);
  process.stdout.write(`  token authentication: ${authStatements} SQL statements per request (apart from the counts above)\n`);
  return { size, briefs, seedSeconds, authStatements, routes: results, ratios };
};

/** The Markdown table for the README: one row per route, one column per size (req/s · p99 · SQL). */
const markdown = (runs) => {
  const names = Object.keys(runs[0].routes).filter((name) => name !== 'mixed');
  const header = `| route | ${runs.map((run) => `${run.briefs.toLocaleString('en')} briefs`).join(' | ')} |\n| --- | ${runs.map(() => '---').join(' | ')} |`;
  const rows = names.map((name) => `| ${name} | ${runs.map((run) => {
    const r = run.routes[name];
    const cpu = r.cpuMsPerRequest ? ` · ${r.cpuMsPerRequest} ms CPU` : '';
    return `${r.perSecond.toFixed(r.perSecond < 20 ? 1 : 0)}/s · p50 ${r.p50.toFixed(1)} · p99 ${r.p99.toFixed(1)} ms${cpu}${r.statements !== undefined ? ` · ${r.statements} SQL` : ''}`;
  }).join(' | ')} |`);
  const ratioRows = Object.keys(runs[0].ratios).map((name) => `| ${name} | ${runs.map((run) => `${run.ratios[name]}×`).join(' | ')} |`);
  const mixed = `| mixed: with ÷ without writer (list, feed, ninjs) | ${runs.map((run) => `${run.routes.mixed.ratios.list}, ${run.routes.mixed.ratios.feed}, ${run.routes.mixed.ratios.ninjs}`).join(' | ')} |`;
  const auth = `| token authentication (SQL per request, not in the counts above) | ${runs.map((run) => run.authStatements).join(' | ')} |`;
  const seeded = `| bulk seed of the added briefs | ${runs.map((run) => `${run.seedSeconds.toFixed(1)} s`).join(' | ')} |`;
  return [header, ...rows, ...ratioRows, mixed, auth, seeded].join('\n');
};

const main = async () => {
  const dropSchema = await preparePostgres();
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false }).load();
  if (!strapi.plugin('newsroom')) throw new Error('the newsroom plugin did not load');
  try {
    strapi.server.routes({
      type: 'content-api',
      routes: [
        { method: 'GET', path: '/bench/core-briefs', handler: coreController(strapi), config: { auth: { scope: ['plugin::newsroom.brief.find'] } } },
        { method: 'GET', path: '/bench/raw-page', handler: rawPage(strapi), config: { auth: { scope: ['plugin::newsroom.brief.find'] } } },
        { method: 'GET', path: '/bench/raw-feed', handler: rawFeed(strapi), config: { auth: { scope: ['plugin::newsroom.brief.find'] } } },
      ],
    });
    const token = await strapi.service('admin::api-token').create({ name: 'bench', type: 'read-only', lifespan: null });
    authorization = `Bearer ${token.accessKey}`;
    await strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    port = strapi.server.httpServer.address().port;
    // Production mode creates no demo accounts: a super admin for the toll writers.
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({ ...ADMIN, firstname: 'Bench', lastname: 'Writer', isActive: true, roles: [superAdmin.id] });
    const login = await request('POST', '/admin/login', { body: ADMIN });
    if (login.status !== 200) throw new Error(`admin login: ${login.status}`);
    const writers = [];
    for (let index = 0; index < 11; index += 1) writers.push(await writerBrief(strapi, index));
    const context = {
      jwt: login.body.data.token,
      writers,
      seedSlug: 'at-least-15-civilians-including-a-child-killed-in-russian-strikes-in-syrias-idleb',
    };
    const runs = [];
    for (const size of SIZES) runs.push(await measureSize(strapi, size, context));
    if (process.env.BENCH_ONLY) return; // a partial run (diagnostics): no results file
    const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}`, load: os.loadavg() };
    const result = { date: new Date().toISOString(), database: DATABASE, concurrency: CONCURRENCY, seconds: SECONDS, machine, runs };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${new Date().toISOString().slice(0, 10)}-${DATABASE}.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`\n${markdown(runs)}\n\n${DATABASE}, ${CONCURRENCY} clients, ${SECONDS} s per route; machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGb} GB, ${machine.node}, load ${machine.load.map((value) => value.toFixed(1)).join(' ')}\nwritten to ${path.relative(process.cwd(), file)}\n`);
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
