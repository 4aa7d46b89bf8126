/**
 * Reads that stay fast with the table's size: the read indexes exist (and survive a second ensure), the list's and
 * the feed's first pages are planned on them (EXPLAIN / EXPLAIN QUERY PLAN: no full scan of the brief table, no
 * sort step), the list costs the same statements whatever its page size, and after a change the read cache computes
 * a hot key once for all the readers waiting for it. Timings stay in the benchmark (npm run bench).
 */
import { ensureReadIndexes, readIndexes } from '../../server/src/data/read-indexes';
import { indexExists } from '../../server/src/data/unique-indexes';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { DEMO } from '../helpers/demo-accounts';
import { isRefreshRead as isRefreshReadOf, statementsOf as sqlStatementsOf, type SqlStatement } from '../helpers/sql-statements';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { seedDocumentId, tollDesk } from '../helpers/toll-desk';
import { count, revisionInput } from '../helpers/toll-fixtures';

let app: TestStrapi;
let partner: string;
const isPostgres = () => app.strapi.db.dialect.client === 'postgres';

type Statement = SqlStatement;

/** Every SQL statement a call sends (knex's query event), with its bindings. */
const statementsOf = (run: () => Promise<unknown>): Promise<Statement[]> => sqlStatementsOf(app.strapi, run);

/** How many of `statements` are the 2-second refresh reads (settings, locales), not a request's own cost. */
const refreshReads = (statements: Statement[]) => statements.filter(isRefreshReadOf(app.strapi)).length;

/** The statements a request sent beyond token authentication (`auth`: a static route's) and the 2-second refreshes. */
const handlerStatements = (statements: Statement[], auth: Statement[]) => statements.length - refreshReads(statements) - (auth.length - refreshReads(auth));

const get = (path: string) => app.http().get(path).set('Authorization', `Bearer ${partner}`);

/**
 * The plan of a statement as one text. PostgreSQL: with sequential scans and sorts priced out, so that a small test
 * table cannot hide a plan that needs them (a Sort node or a Seq Scan left in the plan means no index serves it).
 */
const planOf = async ({ sql, bindings }: Statement): Promise<string> => {
  const knex = app.strapi.db.connection;
  const statement = sql.replace(/\$(\d+)/g, '?');
  if (!isPostgres()) {
    const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${statement}`, bindings as never[])) as { detail: string }[];
    return rows.map((row) => row.detail).join('\n');
  }
  return knex.transaction(async (trx) => {
    await trx.raw('SET LOCAL enable_seqscan = off');
    await trx.raw('SET LOCAL enable_sort = off');
    const result = (await trx.raw(`EXPLAIN ${statement}`, bindings as never[])) as { rows: { 'QUERY PLAN': string }[] };
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  });
};

/** SQLite: the plan lines that pick the page, before the correlated subqueries that aggregate each page row's relations. */
const pagePick = (plan: string): string => plan.split(/\nCORRELATED/)[0];

beforeAll(async () => {
  app = await bootStrapi();
  partner = (await app.apiToken('read-only')).accessKey;
  // The cold path: every request computes (the cache test below turns it back on).
  (app.strapi.plugin('newsroom').service('readCache') as { setEnabled: (on: boolean) => void }).setEnabled(false);
  // The background jobs' polls (embargo release, webhook deliveries, retention) are no request's statements: on a
  // loaded machine a request lasts long enough for a poll to land inside its count.
  for (const job of ['embargo', 'webhookDispatcher', 'retention']) await (app.strapi.plugin('newsroom').service(job) as { stop: () => Promise<void> }).stop();
}, 180_000);

afterAll(async () => {
  await app?.destroy();
});

describe('read indexes and plans', () => {
  test('every read index exists after boot, and ensuring them again changes nothing', async () => {
    const indexes = readIndexes(app.strapi);
    expect(indexes.map((index) => index.name)).toEqual([
      'newsroom_briefs_live_list_idx',
      'newsroom_briefs_live_embargo_idx',
      expect.stringMatching(/_tag_brief_idx$/),
      'files_related_mph_related_idx',
      'newsroom_toll_states_brief_idx',
      'newsroom_feed_events_seq_audience_idx',
      'newsroom_feed_events_event_id_idx',
    ]);
    for (const index of indexes) expect(await indexExists(app.strapi, index.name)).toBe(true);
    expect(await ensureReadIndexes(app.strapi)).toEqual([]);
  });

  test('the list picks its first page on the index (no scan of the brief table, no sort), in the same statements at any page size', async () => {
    let body: { data: unknown[]; meta: { next: string | null } } = { data: [], meta: { next: null } };
    // The baseline is what authenticating the token costs. Its first use also writes its lastUsedAt (Strapi does, once an
    // hour): used once before, so the baseline is the token check alone whichever test used the token first (else the
    // differences below go negative and cannot fail).
    await get('/api/newsroom/schemas/ninjs-newsroom-2.2.json').expect(200);
    const auth = await statementsOf(() => get('/api/newsroom/schemas/ninjs-newsroom-2.2.json').expect(200));
    // The first read after a change also counts the list (once per change and filter): the handler's worst case, the
    // page (with the version of the lists beside it) and the count.
    await (app.strapi.plugin('newsroom').service('feedEvents') as { bumpVersion: () => Promise<void> }).bumpVersion();
    const first = await statementsOf(() => get('/api/newsroom/briefs?pageSize=50').expect(200));
    expect(refreshReads(first)).toBeLessThanOrEqual(2);
    expect(handlerStatements(first, auth)).toBeLessThanOrEqual(2);
    const counts = first.filter((statement) => /count\(\*\) as [`"]total/i.test(statement.sql));
    expect(counts).toHaveLength(1);
    // The total reads the index only.
    expect(await planOf(counts[0])).toMatch(isPostgres() ? /Index Only Scan using newsroom_briefs_live_list_idx/ : /USING COVERING INDEX newsroom_briefs_live_list_idx/);
    const small = await statementsOf(async () => {
      body = (await get('/api/newsroom/briefs?pageSize=1').expect(200)).body;
    });
    expect(body.data).toHaveLength(1);
    const large = await statementsOf(() => get('/api/newsroom/briefs?pageSize=100').expect(200));
    const briefStatements = (statements: Statement[]) => statements.filter((statement) => /newsroom_briefs/.test(statement.sql));
    expect(briefStatements(large)).toHaveLength(briefStatements(small).length);
    expect(handlerStatements(large, auth)).toBeLessThanOrEqual(1);

    const listStatement = briefStatements(large).find((statement) => /limit/i.test(statement.sql)) as Statement;
    const plan = await planOf(listStatement);
    if (isPostgres()) {
      expect(plan).toMatch(/Index (Only )?Scan (Backward )?using newsroom_briefs_live_list_idx/);
      expect(plan).not.toMatch(/Seq Scan on newsroom_briefs\b/);
      expect(plan).not.toMatch(/\bSort\b/);
    } else {
      expect(plan).toMatch(/USING (COVERING )?INDEX newsroom_briefs_live_list_idx/);
      expect(plan).not.toMatch(/^SCAN (b|newsroom_briefs)\b/m);
      // No index built per statement (a table without the index a join needs).
      expect(plan).not.toMatch(/AUTOMATIC/);
      expect(pagePick(plan)).not.toMatch(/TEMP B-TREE/);
    }

    // The keyset page (meta.next) is planned the same way.
    const keyset = await statementsOf(() => get(`/api/newsroom/briefs?pageSize=1&after=${body.meta.next}`).expect(200));
    const keysetPlan = await planOf(briefStatements(keyset).find((statement) => /limit/i.test(statement.sql)) as Statement);
    expect(keysetPlan).toMatch(isPostgres() ? /using newsroom_briefs_live_list_idx/ : /INDEX newsroom_briefs_live_list_idx/);
    if (!isPostgres()) expect(pagePick(keysetPlan)).not.toMatch(/TEMP B-TREE/);
    else expect(keysetPlan).not.toMatch(/\bSort\b/);
  });

  test('the feed reads its first page on the sequence index, without a sort, in at most 3 statements at any limit', async () => {
    // The token's first use also writes its lastUsedAt: used once before, the baseline is the token check alone.
    await get('/api/newsroom/schemas/ninjs-newsroom-2.2.json').expect(200);
    const auth = await statementsOf(() => get('/api/newsroom/schemas/ninjs-newsroom-2.2.json').expect(200));
    // The events and their briefs; a page whose toll events may be corrections (their keys say so) also reads which
    // revisions are, and replays the histories holding one; a page with text corrections reads those.
    for (const limit of [2, 50]) {
      const page = await statementsOf(() => get(`/api/newsroom/feed?limit=${limit}`).expect(200));
      expect(handlerStatements(page, auth)).toBeLessThanOrEqual(3);
    }
    const statements = await statementsOf(() => get('/api/newsroom/feed?limit=50').expect(200));
    const feedStatement = statements.find((statement) => /from [`"]newsroom_feed_events[`"]/i.test(statement.sql) && /limit/i.test(statement.sql)) as Statement;
    expect(feedStatement).toBeDefined();
    const plan = await planOf(feedStatement);
    if (isPostgres()) {
      expect(plan).toMatch(/Index (Only )?Scan using newsroom_feed_events_seq_audience_idx/);
      expect(plan).not.toMatch(/Seq Scan on newsroom_feed_events/);
      expect(plan).not.toMatch(/\bSort\b/);
    } else {
      expect(plan).toMatch(/INDEX newsroom_feed_events_seq_audience_idx/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});

describe('list totals through breaking news', () => {
  test('a toll revision keeps the remembered totals (no recount), a publish recounts once', async () => {
    const desk = await app.adminToken(DEMO.deskChief);
    const isCount = (statement: Statement) => /count\(\*\) as [`"]total/i.test(statement.sql);
    const totalOf = async () => (await get('/api/newsroom/briefs?pageSize=1').expect(200)).body.meta.pagination.total as number;
    const before = await totalOf();
    // Two toll revisions on a public brief: its toll changes, which briefs the list holds does not.
    const seed = await seedDocumentId(app);
    for (let revision = 0; revision < 2; revision += 1) {
      const version = (await tollDesk(app, desk).history(seed).expect(200)).body.meta.version as number;
      const value = 100 + version;
      await tollDesk(app, desk).append(seed, revisionInput({ asOf: new Date().toISOString(), counts: [count({ value })] }), `"${version}"`).expect(201);
      const statements = await statementsOf(async () => expect(await totalOf()).toBe(before));
      expect(statements.filter(isCount)).toEqual([]);
    }
    // A new public brief: one recount, then remembered again.
    await publishNewBrief(contentManager(app, desk), { headline: 'Read plans: a brief that changes the total' });
    const recounted = await statementsOf(async () => expect(await totalOf()).toBe(before + 1));
    expect(recounted.filter(isCount)).toHaveLength(1);
    const again = await statementsOf(async () => expect(await totalOf()).toBe(before + 1));
    expect(again.filter(isCount)).toEqual([]);
  });
});

describe('prepared statements', () => {
  const routes = [
    '/api/newsroom/briefs?pageSize=3',
    '/api/newsroom/briefs?pageSize=2&page=2',
    '/api/newsroom/briefs?filters[tags][slug]=syria',
    '/api/newsroom/briefs?locale=fr',
    '/api/newsroom/feed?limit=10',
    "/api/newsroom/briefs/at-least-15-civilians-including-a-child-killed-in-russian-strikes-in-syrias-idleb",
  ];
  const setPrepared = (on: boolean) => app.strapi.config.set('plugin::newsroom.preparedStatements', on);
  afterEach(() => setPrepared(true));

  test('reads on prepared statements answer what knex answers, twice, and are still seen as statements', async () => {
    const answers = async () => {
      const bodies: unknown[] = [];
      for (const route of routes) bodies.push((await get(route).expect(200)).body);
      return bodies;
    };
    setPrepared(true);
    let bodies: unknown[] = [];
    const seen = await statementsOf(async () => {
      bodies = await answers();
    });
    // The list's one statement is still reported to knex's listeners (statement counts, timings); on PostgreSQL by name.
    const listStatements = seen.filter((statement) => /newsroom_briefs/.test(statement.sql) && /json/i.test(statement.sql));
    expect(listStatements.length).toBeGreaterThanOrEqual(routes.length);
    const named = (statement: Statement) => (statement.options as { name?: string } | undefined)?.name;
    if (isPostgres()) for (const statement of listStatements) expect(named(statement)).toMatch(/^newsroom_[0-9a-f]{40}$/);
    expect((bodies[0] as { data: unknown[] }).data).toHaveLength(3);
    expect((bodies[2] as { data: { tags: { slug: string }[] }[] }).data.every((brief) => brief.tags.some((tag) => tag.slug === 'syria'))).toBe(true);
    // Once more on the statements now prepared, then through knex as usual: the same answers.
    expect(await answers()).toEqual(bodies);
    setPrepared(false);
    const unprepared = await statementsOf(async () => expect(await answers()).toEqual(bodies));
    if (isPostgres()) expect(unprepared.filter((statement) => named(statement) !== undefined)).toEqual([]);
  });
});

describe('read cache single flight', () => {
  test('after a change, concurrent readers of one key share one computation', async () => {
    const cache = app.strapi.plugin('newsroom').service('readCache') as { setEnabled: (on: boolean) => void; computations: () => number };
    cache.setEnabled(true);
    try {
      await get('/api/newsroom/briefs').expect(200);
      await (app.strapi.plugin('newsroom').service('feedEvents') as { bumpVersion: () => Promise<void> }).bumpVersion();
      const before = cache.computations();
      const answers = await Promise.all(Array.from({ length: 8 }, () => get('/api/newsroom/briefs')));
      expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
      expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
      expect(cache.computations() - before).toBe(1);
      // A second key after another change: once again, not once per reader.
      await (app.strapi.plugin('newsroom').service('feedEvents') as { bumpVersion: () => Promise<void> }).bumpVersion();
      const again = cache.computations();
      await Promise.all(Array.from({ length: 6 }, () => get('/api/newsroom/feed?limit=5').expect(200)));
      expect(cache.computations() - again).toBe(1);
    } finally {
      cache.setEnabled(false);
    }
  });
});
