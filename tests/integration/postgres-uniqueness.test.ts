/**
 * PostgreSQL, two Strapi instances on one database: concurrent Content Manager creates split across both, 50 rounds
 * of 6 per case. One headline gives six briefs with six slugs; one typed slug, one externalId or one tag slug has
 * exactly one winner and five 400s naming the field; the database holds no duplicate after any round. Creates that
 * also publish run in a transaction: their slug retries roll back to a savepoint.
 */
import { bootStrapi, DEMO, spawnStrapiInstance, type ChildInstance, type TestStrapi } from '../helpers/strapi';

const BRIEFS = '/content-manager/collection-types/plugin::newsroom.brief?locale=en';
const TAGS = '/content-manager/collection-types/plugin::newsroom.tag';
const ROUNDS = 50;
const PER_ROUND = 6;

let first: TestStrapi & { schema?: string };
let second: ChildInstance;
let tokens: [string, string];

beforeAll(async () => {
  first = await bootStrapi({ database: 'postgres' });
  second = await spawnStrapiInstance({ schema: first.schema });
  tokens = [await first.adminToken(DEMO.admin), await second.adminToken(DEMO.admin)];
}, 180_000);
afterAll(async () => {
  await second?.stop();
  await first?.destroy();
});

interface Answer {
  status: number;
  body: { data?: { slug?: string; documentId?: string }; error?: { name: string; details: { errors: { path: string[]; code?: string }[] } } };
}

/** PER_ROUND concurrent POSTs, alternating between the two instances. */
const race = (path: string, bodyOf: (index: number) => Record<string, unknown>): Promise<Answer[]> =>
  Promise.all(
    Array.from({ length: PER_ROUND }, (_, index) => {
      const instance = index % 2 === 0 ? first : second;
      return instance.http().post(path).set('Authorization', `Bearer ${tokens[index % 2]}`).send(bodyOf(index)) as unknown as Promise<Answer>;
    }),
  );

const statuses = (answers: Answer[]) => answers.map((answer) => answer.status).sort();

const expectOneWinner = (answers: Answer[], field: string) => {
  expect(statuses(answers)).toEqual([201, 400, 400, 400, 400, 400]);
  for (const refused of answers.filter((answer) => answer.status === 400)) {
    expect(refused.body.error?.name).toBe('ValidationError');
    expect(refused.body.error?.details.errors).toEqual([expect.objectContaining({ path: [field], code: 'field.taken' })]);
  }
};

/** Value groups that appear more than once among the rows one unique index covers. */
const duplicates = async (table: string, columns: string[], published: boolean | null) => {
  let query = first.strapi.db.getConnection(table).select(columns).count('* as copies').groupBy(columns).havingRaw('count(*) > 1');
  for (const column of columns) query = query.whereNotNull(column);
  if (published === true) query = query.whereNotNull('published_at');
  if (published === false) query = query.whereNull('published_at');
  return query;
};

const expectNoDuplicateInDatabase = async () => {
  expect(await duplicates('newsroom_briefs', ['slug', 'locale'], false)).toEqual([]);
  expect(await duplicates('newsroom_briefs', ['slug', 'locale'], true)).toEqual([]);
  expect(await duplicates('newsroom_briefs', ['external_id', 'locale'], false)).toEqual([]);
  expect(await duplicates('newsroom_briefs', ['external_id', 'locale'], true)).toEqual([]);
  expect(await duplicates('newsroom_tags', ['slug'], null)).toEqual([]);
};

const briefRows = (where: Record<string, unknown>) =>
  first.strapi.db.query('plugin::newsroom.brief').findMany({ select: ['slug', 'externalId', 'documentId'], where: { locale: 'en', ...where } }) as Promise<
    { slug: string; externalId: string | null; documentId: string }[]
  >;

test(`one headline created ${PER_ROUND} times at once across two instances: all created, all slugs distinct (${ROUNDS} rounds)`, async () => {
  const syria = (await first.strapi.db.query('plugin::newsroom.tag').findOne({ where: { slug: 'syria' } })) as { id: number; documentId: string };
  for (let round = 0; round < ROUNDS; round += 1) {
    const headline = `Race headline ${round % 5}`; // rounds reuse headlines, so later rounds race for -7, -8 …
    // A relation too, as the Content Manager sends it: a retried write must carry it like the first attempt.
    const answers = await race(BRIEFS, () => ({ headline, tags: { connect: [{ id: syria.id, documentId: syria.documentId }], disconnect: [] } }));
    expect(statuses(answers)).toEqual(Array(PER_ROUND).fill(201));
    const slugs = answers.map((answer) => answer.body.data?.slug);
    expect(new Set(slugs).size).toBe(PER_ROUND);
    const documentIds = answers.map((answer) => answer.body.data?.documentId);
    const rows = (await first.strapi.db.query('plugin::newsroom.brief').findMany({
      select: ['slug'],
      where: { locale: 'en', documentId: { $in: documentIds } },
      populate: { tags: { select: ['slug'] } },
    })) as { slug: string; tags: { slug: string }[] }[];
    expect(rows.map((row) => row.slug).sort()).toEqual([...slugs].sort());
    expect(rows.map((row) => row.tags.map((tag) => tag.slug))).toEqual(Array(PER_ROUND).fill(['syria']));
    await expectNoDuplicateInDatabase();
  }
}, 600_000);

test(`one typed slug sent ${PER_ROUND} times at once: exactly one 201, the rest 400 naming slug (${ROUNDS} rounds)`, async () => {
  for (let round = 0; round < ROUNDS; round += 1) {
    const slug = `typed-race-${round}`;
    const answers = await race(BRIEFS, (index) => ({ headline: `Typed race ${round} from ${index}`, slug }));
    expectOneWinner(answers, 'slug');
    expect(await briefRows({ slug })).toHaveLength(1);
    await expectNoDuplicateInDatabase();
  }
}, 600_000);

test(`one externalId sent ${PER_ROUND} times at once: exactly one 201, the rest 400 naming externalId (${ROUNDS} rounds)`, async () => {
  for (let round = 0; round < ROUNDS; round += 1) {
    const externalId = `AFP-RACE-${round}`;
    const answers = await race(BRIEFS, (index) => ({ headline: `Agency item ${round} copy ${index}`, externalId }));
    expectOneWinner(answers, 'externalId');
    expect(await briefRows({ externalId })).toHaveLength(1);
    await expectNoDuplicateInDatabase();
  }
}, 600_000);

test(`one tag slug sent ${PER_ROUND} times at once: exactly one 201, the rest 400 naming slug (${ROUNDS} rounds)`, async () => {
  for (let round = 0; round < ROUNDS; round += 1) {
    const slug = `race-tag-${round}`;
    const answers = await race(TAGS, (index) => ({ name: `Race tag ${round} ${index}`, slug, kind: 'subject' }));
    expectOneWinner(answers, 'slug');
    expect(await first.strapi.db.query('plugin::newsroom.tag').count({ where: { slug } })).toBe(1);
    await expectNoDuplicateInDatabase();
  }
}, 600_000);

test('create-and-publish in one request (the Content Manager wraps it in a transaction): one headline, distinct slugs (5 rounds)', async () => {
  for (let round = 0; round < 5; round += 1) {
    const headline = `Publish race ${round}`;
    const answers = await race('/content-manager/collection-types/plugin::newsroom.brief/actions/publish?locale=en', () => ({ headline }));
    expect(statuses(answers)).toEqual(Array(PER_ROUND).fill(200));
    const slugs = answers.map((answer) => answer.body.data?.slug);
    expect(new Set(slugs).size).toBe(PER_ROUND);
    const published = await briefRows({ documentId: { $in: answers.map((answer) => answer.body.data?.documentId) }, publishedAt: { $notNull: true } });
    expect(published.map((row) => row.slug).sort()).toEqual([...slugs].sort());
    await expectNoDuplicateInDatabase();
  }
}, 300_000);
