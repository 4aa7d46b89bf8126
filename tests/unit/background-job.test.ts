/**
 * Background jobs (embargo release, retention, webhook delivery): stop() returns only once the runs in progress
 * have ended, so that Strapi destroys its database after them, never under them.
 */
import { createBackgroundJob } from '../../server/src/services/background-job';

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
};

/** Whether `promise` has settled once pending callbacks have run. */
const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe.each([
  { kind: 'overlapping runs', singleFlight: false },
  { kind: 'single flight', singleFlight: true },
])('background job stop ($kind)', ({ singleFlight }) => {
  test('waits for every run in progress, and for nothing once they ended', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const errors: string[] = [];
    const job = createBackgroundJob({ error: (message) => errors.push(message) }, 'test', () => {
      const run = deferred();
      runs.push(run);
      return run.promise;
    }, { singleFlight });
    job.start(3_600_000);
    job.wake();
    job.wake();
    // Overlapping: two runs at once; single flight: one, the second wake coalesced behind it (and dropped by stop).
    expect(runs).toHaveLength(singleFlight ? 1 : 2);
    const stopped = job.stop();
    expect(await settled(stopped)).toBe(false);
    runs[0].resolve();
    if (!singleFlight) {
      expect(await settled(stopped)).toBe(false);
      runs[1].resolve();
    }
    expect(await settled(stopped)).toBe(true);
    expect(errors).toEqual([]);
    // Stopped: a wake runs nothing, and stopping again returns at once.
    const count = runs.length;
    job.wake();
    expect(runs).toHaveLength(count);
    expect(await settled(job.stop())).toBe(true);
  });

  test('a failed run is logged under the job name and does not keep stop waiting', async () => {
    const errors: string[] = [];
    const job = createBackgroundJob({ error: (message) => errors.push(message) }, 'embargo release', () => Promise.reject(new Error('database gone')), { singleFlight });
    job.start(3_600_000);
    job.wake();
    await job.stop();
    expect(errors).toEqual(['newsroom embargo release: database gone']);
  });
});
