/**
 * PostgreSQL, two Strapi instances on one database: the editorial actions race each other, the Content Manager and
 * the embargo job, 50 rounds per scenario on a fresh brief each. Every round checks the answers, every row of the
 * document, what the public sees and the feed against the serial orders the contract allows: a kill is final,
 * there is one event per real transition, and the loser of an editorial race gets 409 and writes nothing.
 */
import type { Response } from 'supertest';
import { bootStrapi, DEMO, spawnStrapiInstance, type ChildInstance, type TestStrapi } from '../helpers/strapi';
import { contentManager } from '../helpers/content-manager';

const ROUNDS = 50;
const SETUP_CONCURRENCY = 4;
const BRIEF_UID = 'plugin::newsroom.brief';
const FEED_EVENT_UID = 'plugin::newsroom.feed-event';

type EditorialStatus = 'usable' | 'withheld' | 'killed';
/** End state of a document: its editorial status, or `unpublished` for a usable brief with no published row. */
type EndState = EditorialStatus | 'unpublished';

interface Answer {
  status: number;
  errorName?: string;
  message?: string;
  currentStatus?: unknown;
}

interface ErrorBody {
  error?: { name?: string; message?: string; details?: { currentStatus?: unknown; reason?: unknown; documentId?: unknown } };
}

interface BriefRow {
  id: number;
  locale: string;
  slug: string | null;
  publishedAt: string | null;
  editorialStatus: EditorialStatus;
  killReason: string | null;
}

interface FeedEventRow {
  seq: number;
  type: string;
  audience: string;
  locale: string;
}

/** One side of a race; `reason` is set for a kill (the reason the brief must keep if this kill wins). */
interface Op {
  label: string;
  /** Where it runs, for the failure messages: instance A (in process) or B (child process). */
  on: 'A' | 'B';
  reason?: string;
  run: () => Promise<Answer>;
}

/** One serial order the contract allows, and what it must leave behind. */
interface Outcome {
  order: string;
  statuses: Record<string, number[]>;
  /** details.currentStatus of the 409 ConflictError that op must get. */
  conflicts?: Record<string, EditorialStatus>;
  events: string[];
  end: EndState;
}

/** The brief raced in one round. */
interface RoundBrief {
  documentId: string;
  slug: string;
  round: number;
}

interface Instance {
  name: 'A' | 'B';
  http: TestStrapi['http'];
  deskChief: string;
  editorJwt: string;
  editor: ReturnType<typeof contentManager>;
}

let first: TestStrapi & { schema?: string };
let second: ChildInstance;
let instanceA: Instance;
let instanceB: Instance;

const answerOf = (response: Response): Answer => {
  const error = (response.body as ErrorBody | undefined)?.error;
  return { status: response.status, errorName: error?.name, message: error?.message, currentStatus: error?.details?.currentStatus };
};

const editorial = (instance: Instance, action: 'kill' | 'withhold' | 'release', documentId: string, reason?: string): Promise<Answer> =>
  instance
    .http()
    .post(`/newsroom/briefs/${documentId}/${action}`)
    .set('Authorization', `Bearer ${instance.deskChief}`)
    .send(reason === undefined ? {} : { reason })
    .then(answerOf);

const killOp = (instance: Instance, documentId: string, reason: string, label = 'kill'): Op => ({
  label,
  on: instance.name,
  reason,
  run: () => editorial(instance, 'kill', documentId, reason),
});

/** Even rounds kill on instance A and race from B; odd rounds the other way round (the two doors have different latencies). */
const sides = (round: number): [Instance, Instance] => (round % 2 === 0 ? [instanceA, instanceB] : [instanceB, instanceA]);

/**
 * Start delays of the two sides of a round: the side that was faster in the previous round starts later, by a
 * fraction of the latency gap that sweeps 0–1.5 over the rounds, so that both orders and the overlap are exercised
 * whatever the machine's speed (nothing waits for a condition).
 */
const startDelays = (lastDurations: number[], round: number): number[] => {
  const [one, other] = lastDurations;
  const delay = Math.round((Math.abs(one - other) * (round % 7)) / 4);
  return one < other ? [delay, 0] : [0, delay];
};

const after = <T>(delayMs: number, start: () => Promise<T>): Promise<T> =>
  delayMs <= 0 ? start() : new Promise<T>((resolve, reject) => setTimeout(() => start().then(resolve, reject), delayMs));

const runPool = async <T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next;
        next += 1;
        await work(items[index]);
      }
    }),
  );
};

/** Creates and publishes ROUNDS briefs through the Content Manager of both instances, then runs `prepare` on each. */
const createBriefs = async (scenario: string, data: (round: number) => Record<string, unknown>, prepare?: (brief: RoundBrief) => Promise<void>) => {
  const rounds = Array.from({ length: ROUNDS }, (_, round) => round);
  const documentIds: string[] = [];
  await runPool(rounds, SETUP_CONCURRENCY, async (round) => {
    const instance = round % 2 === 0 ? instanceA : instanceB;
    // Create and publish in one request, as the admin UI's "Publish" on a new entry does.
    const published = await instance
      .http()
      .post(`/content-manager/collection-types/${BRIEF_UID}/actions/publish?locale=en`)
      .set('Authorization', `Bearer ${instance.editorJwt}`)
      .send({ headline: `Race ${scenario} round ${round}`, ...data(round) });
    if (published.status !== 200) throw new Error(`${scenario}: create and publish of round ${round} failed: ${published.status} ${JSON.stringify(published.body)}`);
    documentIds[round] = published.body.data.documentId as string;
  });
  const rows = (await first.strapi.db.query(BRIEF_UID).findMany({
    select: ['documentId', 'slug'],
    where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
  })) as { documentId: string; slug: string }[];
  const briefs = rounds.map((round) => {
    const slug = rows.find((row) => row.documentId === documentIds[round])?.slug;
    if (!slug) throw new Error(`${scenario}: brief of round ${round} has no published slug`);
    return { documentId: documentIds[round], slug, round };
  });
  if (prepare) await runPool(briefs, SETUP_CONCURRENCY, prepare);
  return briefs;
};

const lastSeq = async (): Promise<number> => {
  const last = (await first.strapi.db.query(FEED_EVENT_UID).findOne({ select: ['seq'], orderBy: { seq: 'desc' } })) as { seq: number } | null;
  return last?.seq ?? 0;
};

const eventsSince = async (documentId: string, afterSeq: number): Promise<string[]> => {
  const events = (await first.strapi.db.query(FEED_EVENT_UID).findMany({
    select: ['seq', 'type', 'audience', 'locale'],
    where: { briefDocumentId: documentId, seq: { $gt: afterSeq } },
    orderBy: { seq: 'asc' },
  })) as FeedEventRow[];
  return events.map((event) => (event.type === 'brief.published' ? `${event.type}(${event.audience})` : event.type));
};

const rowsOf = async (documentId: string): Promise<BriefRow[]> =>
  (await first.strapi.db.query(BRIEF_UID).findMany({
    select: ['id', 'locale', 'slug', 'publishedAt', 'editorialStatus', 'killReason'],
    where: { documentId },
  })) as BriefRow[];

const endStateOf = (rows: BriefRow[]): EndState | `rows disagree: ${string}` => {
  const statuses = new Set(rows.map((row) => row.editorialStatus));
  if (statuses.size !== 1) return `rows disagree: ${rows.map((row) => `${row.publishedAt ? 'published' : 'draft'} ${row.locale} ${row.editorialStatus}`).join(', ')}`;
  const [status] = statuses;
  if (status === 'usable' && !rows.some((row) => row.publishedAt)) return 'unpublished';
  return status;
};

const publicStatusOf = (end: EndState): number => (end === 'killed' ? 410 : end === 'usable' ? 200 : 404);

const describeAnswers = (ops: Op[], answers: Answer[]) =>
  ops.map((op, index) => `${op.label} on ${op.on} ${answers[index].status}${answers[index].errorName ? ` ${answers[index].errorName}` : ''}${answers[index].currentStatus !== undefined ? ` currentStatus=${String(answers[index].currentStatus)}` : ''}${answers[index].status >= 400 && answers[index].message ? ` "${answers[index].message}"` : ''}`).join(', ');

interface RoundReport {
  order?: string;
  failures: string[];
}

/** Checks one round against the allowed serial orders; returns what went wrong, each line naming the scenario and round. */
const checkRound = async (scenario: string, brief: RoundBrief, baseline: number, ops: Op[], answers: Answer[], outcomes: Outcome[]): Promise<RoundReport> => {
  const where = `[${scenario}, round ${brief.round}, ${brief.documentId}]`;
  const events = await eventsSince(brief.documentId, baseline);
  const rows = await rowsOf(brief.documentId);
  const end = endStateOf(rows);
  const publicAnswer = await first.http().get(`/api/newsroom/briefs/${brief.slug}`);
  const observed = `answers: ${describeAnswers(ops, answers)}; feed: [${events.join(', ')}]; end: ${end}; public: ${publicAnswer.status}`;

  const matching = outcomes.filter(
    (outcome) => ops.every((op, index) => outcome.statuses[op.label]?.includes(answers[index].status)) && JSON.stringify(outcome.events) === JSON.stringify(events),
  );
  if (matching.length === 0) return { failures: [`${where} no serial order explains it: ${observed}`] };
  const [outcome] = matching;
  const failures: string[] = [];
  const fail = (message: string) => failures.push(`${where} (${outcome.order}) ${message}; ${observed}`);

  if (end !== outcome.end) fail(`end state should be ${outcome.end}`);
  for (const [index, op] of ops.entries()) {
    const expected = outcome.conflicts?.[op.label];
    if (expected === undefined) continue;
    if (answers[index].errorName !== 'ConflictError' || answers[index].currentStatus !== expected) {
      fail(`${op.label} should get 409 ConflictError with details.currentStatus "${expected}"`);
    }
  }
  if (publicAnswer.status !== publicStatusOf(outcome.end)) fail(`public GET should answer ${publicStatusOf(outcome.end)}`);
  if (outcome.end === 'killed') {
    const winningKill = ops.find((op, index) => op.reason !== undefined && answers[index].status === 200);
    const reasons = rows.map((row) => row.killReason);
    if (!winningKill || reasons.some((reason) => reason !== winningKill.reason)) fail(`every row should keep the kill reason "${winningKill?.reason}", rows have ${JSON.stringify(reasons)}`);
    const gone = (publicAnswer.body as ErrorBody).error;
    if (gone?.details?.reason !== winningKill?.reason || gone?.details?.documentId !== brief.documentId) fail(`the 410 should carry the kill reason, got ${JSON.stringify(gone)}`);
  }
  return { order: outcome.order, failures };
};

/** A killed brief stays killed: republishing it through the Content Manager is refused and changes nothing. */
const checkRepublishRefused = async (scenario: string, brief: RoundBrief, baseline: number, editor: Instance['editor']): Promise<string[]> => {
  const where = `[${scenario}, round ${brief.round}, ${brief.documentId}] republish after the kill:`;
  const before = await eventsSince(brief.documentId, baseline);
  const republish = await editor.publishBrief(brief.documentId);
  const failures: string[] = [];
  if (![400, 409].includes(republish.status)) failures.push(`${where} should be refused with 400 or 409, got ${republish.status} ${JSON.stringify(republish.body?.error ?? null)}`);
  const after = await eventsSince(brief.documentId, baseline);
  if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${where} the feed changed from [${before.join(', ')}] to [${after.join(', ')}]`);
  const end = endStateOf(await rowsOf(brief.documentId));
  if (end !== 'killed') failures.push(`${where} end state ${end}`);
  const publicStatus = (await first.http().get(`/api/newsroom/briefs/${brief.slug}`)).status;
  if (publicStatus !== 410) failures.push(`${where} public GET answered ${publicStatus}`);
  return failures;
};

interface RaceOptions {
  scenario: string;
  setup: () => Promise<RoundBrief[]>;
  ops: (brief: RoundBrief, round: number) => Op[];
  outcomes: Outcome[];
  beforeRace?: (brief: RoundBrief) => Promise<void>;
  /** After a round that ends killed, try to republish through the Content Manager of this instance. */
  republishWith?: (round: number) => Instance;
}

/** Runs every round, then fails once with every round that went wrong (so one run shows how often and how). */
const race = async ({ scenario, setup, ops, outcomes, beforeRace, republishWith }: RaceOptions) => {
  const setupStart = Date.now();
  const briefs = await setup();
  const raceStart = Date.now();
  const baseline = await lastSeq();
  let lastDurations = [0, 0];
  const failures: string[] = [];
  const orders = new Map<string, number>();
  const refusals = new Map<string, number>();
  for (const brief of briefs) {
    if (beforeRace) await beforeRace(brief);
    const roundOps = ops(brief, brief.round);
    const delays = startDelays(lastDurations, brief.round);
    const timed = await Promise.all(
      roundOps.map((op, index) =>
        after(delays[index], async () => {
          const started = Date.now();
          const answer = await op.run();
          return { answer, duration: Date.now() - started };
        }),
      ),
    );
    lastDurations = timed.map((side) => side.duration);
    const answers = timed.map((side) => side.answer);
    const report = await checkRound(scenario, brief, baseline, roundOps, answers, outcomes);
    failures.push(...report.failures);
    if (report.order) orders.set(report.order, (orders.get(report.order) ?? 0) + 1);
    for (const [index, op] of roundOps.entries()) {
      const refusal = answers[index].status === 200 ? undefined : `${op.label} ${answers[index].status} ${answers[index].errorName ?? ''}`.trim();
      if (refusal) refusals.set(refusal, (refusals.get(refusal) ?? 0) + 1);
    }
    if (republishWith && report.failures.length === 0 && report.order && outcomes.find((outcome) => outcome.order === report.order)?.end === 'killed') {
      failures.push(...(await checkRepublishRefused(scenario, brief, baseline, republishWith(brief.round).editor)));
    }
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const tally = (counts: Map<string, number>) => [...counts].map(([key, count]) => `${key} ×${count}`).join('; ');
  console.info(
    `${scenario} (setup ${seconds(raceStart - setupStart)}, ${briefs.length} rounds ${seconds(Date.now() - raceStart)}): ${tally(orders) || 'no consistent round'}; refusals: ${tally(refusals) || 'none'}`,
  );
  const failedRounds = new Set(failures.map((failure) => /round (\d+)/.exec(failure)?.[1])).size;
  expect(failures.length === 0 ? `all ${briefs.length} rounds consistent` : `${failedRounds} of ${briefs.length} rounds failed:\n${failures.slice(0, 12).join('\n')}${failures.length > 12 ? `\n… and ${failures.length - 12} more` : ''}`).toBe(
    `all ${briefs.length} rounds consistent`,
  );
};

beforeAll(async () => {
  first = await bootStrapi({ database: 'postgres' });
  second = await spawnStrapiInstance({ schema: first.schema });
  const secondAsApp = second as unknown as TestStrapi;
  const editorA = await first.adminToken(DEMO.editor);
  const editorB = await second.adminToken(DEMO.editor);
  instanceA = { name: 'A', http: first.http, deskChief: await first.adminToken(DEMO.deskChief), editorJwt: editorA, editor: contentManager(first, editorA) };
  instanceB = { name: 'B', http: second.http, deskChief: await second.adminToken(DEMO.deskChief2), editorJwt: editorB, editor: contentManager(secondAsApp, editorB) };
}, 180_000);
afterAll(async () => {
  await second?.stop();
  await first?.destroy();
});

const SCENARIO_TIMEOUT = 120_000;

test('kill vs release on a withheld brief: never killed then released, a kill keeps its reason and its tombstone', async () => {
  const scenario = 'kill vs release';
  await race({
    scenario,
    setup: () => createBriefs(scenario, () => ({}), async (brief) => {
    const withheld = await editorial(instanceA, 'withhold', brief.documentId, 'Setup: held for a legal check');
    if (withheld.status !== 200) throw new Error(`${scenario}: withhold of round ${brief.round} failed: ${withheld.status} ${withheld.message}`);
  }),
    ops: (brief, round) => {
      const [killer, releaser] = sides(round);
      return [killOp(killer, brief.documentId, `Killed in round ${round}`), { label: 'release', on: releaser.name, run: () => editorial(releaser, 'release', brief.documentId) }];
    },
    outcomes: [
      { order: 'kill first, release refused', statuses: { kill: [200], release: [409] }, conflicts: { release: 'killed' }, events: ['brief.killed'], end: 'killed' },
      { order: 'release, then kill', statuses: { kill: [200], release: [200] }, events: ['brief.released', 'brief.killed'], end: 'killed' },
      { order: 'release first, kill refused', statuses: { kill: [409], release: [200] }, conflicts: { kill: 'usable' }, events: ['brief.released'], end: 'usable' },
    ],
  });
}, SCENARIO_TIMEOUT);

test('kill vs kill: one 200, one 409 naming "killed", one brief.killed event, the winner\'s reason kept', async () => {
  const scenario = 'kill vs kill';
  await race({
    scenario,
    setup: () => createBriefs(scenario, () => ({})),
    ops: (brief, round) => {
      const both = [killOp(instanceA, brief.documentId, `Killed on A in round ${round}`, 'kill A'), killOp(instanceB, brief.documentId, `Killed on B in round ${round}`, 'kill B')];
      return round % 2 === 0 ? both : both.reverse();
    },
    outcomes: [
      { order: 'A kills, B refused', statuses: { 'kill A': [200], 'kill B': [409] }, conflicts: { 'kill B': 'killed' }, events: ['brief.killed'], end: 'killed' },
      { order: 'B kills, A refused', statuses: { 'kill A': [409], 'kill B': [200] }, conflicts: { 'kill A': 'killed' }, events: ['brief.killed'], end: 'killed' },
    ],
  });
}, SCENARIO_TIMEOUT);

test('kill vs Content Manager republish: the brief ends killed, never public again, no publish event after the kill', async () => {
  const scenario = 'kill vs publish';
  await race({
    scenario,
    setup: () => createBriefs(scenario, () => ({ summary: 'First version' })),
    ops: (brief, round) => {
      const [killer, publisher] = sides(round);
      // Half the rounds republish the draft as it is, half as the admin UI does after an edit: the whole form, status included.
      const form = Math.floor(round / 2) % 2 === 0 ? {} : { summary: `Revised in round ${round}`, editorialStatus: 'usable' };
      const publish = () =>
        publisher.http().post(`/content-manager/collection-types/${BRIEF_UID}/${brief.documentId}/actions/publish?locale=en`).set('Authorization', `Bearer ${publisher.editorJwt}`).send(form).then(answerOf);
      return [killOp(killer, brief.documentId, `Killed in round ${round}`), { label: 'publish', on: publisher.name, run: publish }];
    },
    outcomes: [
      { order: 'publish, then kill', statuses: { kill: [200], publish: [200] }, events: ['brief.updated', 'brief.killed'], end: 'killed' },
      { order: 'kill first, publish refused', statuses: { kill: [200], publish: [400, 409] }, events: ['brief.killed'], end: 'killed' },
    ],
  });
}, SCENARIO_TIMEOUT);

test('kill vs withhold on a usable brief', async () => {
  const scenario = 'kill vs withhold';
  await race({
    scenario,
    setup: () => createBriefs(scenario, () => ({})),
    ops: (brief, round) => {
      const [killer, holder] = sides(round);
      return [killOp(killer, brief.documentId, `Killed in round ${round}`), { label: 'withhold', on: holder.name, run: () => editorial(holder, 'withhold', brief.documentId, `Held in round ${round}`) }];
    },
    outcomes: [
      { order: 'kill first, withhold refused', statuses: { kill: [200], withhold: [409] }, conflicts: { withhold: 'killed' }, events: ['brief.killed'], end: 'killed' },
      { order: 'withhold, then kill', statuses: { kill: [200], withhold: [200] }, events: ['brief.withheld', 'brief.killed'], end: 'killed' },
      { order: 'withhold first, kill refused', statuses: { kill: [409], withhold: [200] }, conflicts: { kill: 'withheld' }, events: ['brief.withheld'], end: 'withheld' },
    ],
  });
}, SCENARIO_TIMEOUT);

test('kill vs the embargo release job: a kill that commits first is never followed by brief.published', async () => {
  const scenario = 'kill vs embargo release';
  const embargo = first.strapi.plugin('newsroom').service('embargo') as { releaseDue: (now?: Date) => Promise<number> };
  await race({
    scenario,
    setup: () => createBriefs(scenario, () => ({ embargoUntil: new Date(Date.now() + 3_600_000).toISOString() })),
    // The embargo passed a moment ago: the job considers the brief due.
    beforeRace: async (brief) => {
      await first.strapi.db.query(BRIEF_UID).updateMany({ where: { documentId: brief.documentId }, data: { embargoUntil: new Date(Date.now() - 1000) } });
    },
    ops: (brief, round) => {
      const job: Op = {
        label: 'embargo job',
        on: 'A',
        run: () =>
          embargo.releaseDue().then(
            (): Answer => ({ status: 200 }),
            (error: unknown): Answer => ({ status: 500, message: error instanceof Error ? error.message : String(error) }),
          ),
      };
      return [killOp(instanceB, brief.documentId, `Killed in round ${round}`), job];
    },
    outcomes: [
      { order: 'embargo lifted, then kill', statuses: { kill: [200], 'embargo job': [200] }, events: ['brief.published(public)', 'brief.killed'], end: 'killed' },
      { order: 'kill first, nothing lifted', statuses: { kill: [200], 'embargo job': [200] }, events: ['brief.killed'], end: 'killed' },
    ],
  });
}, SCENARIO_TIMEOUT);

test('kill vs Content Manager unpublish: the kill always wins and leaves its tombstone (410), even after the unpublish', async () => {
  const scenario = 'kill vs unpublish';
  await race({
    scenario,
    setup: () => createBriefs(scenario, () => ({})),
    ops: (brief, round) => {
      const [killer, editorSide] = sides(round);
      return [killOp(killer, brief.documentId, `Killed in round ${round}`), { label: 'unpublish', on: editorSide.name, run: () => editorSide.editor.unpublishBrief(brief.documentId).then(answerOf) }];
    },
    outcomes: [
      { order: 'kill first, unpublish refused', statuses: { kill: [200], unpublish: [400, 403, 409] }, events: ['brief.killed'], end: 'killed' },
      { order: 'unpublish, then kill', statuses: { kill: [200], unpublish: [200] }, events: ['brief.unpublished', 'brief.killed'], end: 'killed' },
    ],
    republishWith: (round) => sides(round)[1],
  });
}, SCENARIO_TIMEOUT);

test('kill vs Content Manager draft update (the whole form, status included): the brief stays killed, draft too', async () => {
  const scenario = 'kill vs draft update';
  await race({
    scenario,
    setup: () => createBriefs(scenario, () => ({})),
    ops: (brief, round) => {
      const [killer, editorSide] = sides(round);
      const form = { summary: `Edited in round ${round}`, urgency: 3, editorialStatus: 'usable' };
      return [killOp(killer, brief.documentId, `Killed in round ${round}`), { label: 'update', on: editorSide.name, run: () => editorSide.editor.updateBrief(brief.documentId, form).then(answerOf) }];
    },
    outcomes: [
      { order: 'update accepted, kill', statuses: { kill: [200], update: [200] }, events: ['brief.killed'], end: 'killed' },
      { order: 'kill first, update refused', statuses: { kill: [200], update: [400, 409] }, events: ['brief.killed'], end: 'killed' },
    ],
    republishWith: (round) => sides(round)[1],
  });
}, SCENARIO_TIMEOUT);
