import type { Core } from '@strapi/strapi';

export interface BackgroundJobOptions {
  /**
   * One run at a time on this instance: a tick or a wake during a run asks for one more run right after it
   * (coalesced), instead of starting a second run alongside.
   */
  singleFlight?: boolean;
}

/** A task repeated on this instance while Strapi runs; failures are logged, never thrown into the timer. */
export const createBackgroundJob = (strapi: Core.Strapi, name: string, task: () => Promise<unknown>, options: BackgroundJobOptions = {}) => {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let runAgain = false;
  const logFailure = (error: unknown): void => {
    strapi.log.error(`newsroom ${name}: ${(error as Error).message}`);
  };

  const runSingleFlight = () => {
    if (running) {
      runAgain = true;
      return;
    }
    running = task()
      .then(() => undefined, logFailure)
      .finally(() => {
        running = null;
        if (runAgain) {
          runAgain = false;
          runSingleFlight();
        }
      });
  };

  const run = () => {
    if (options.singleFlight) runSingleFlight();
    else task().catch(logFailure);
  };

  return {
    start(intervalMs: number) {
      if (timer) return;
      timer = setInterval(run, intervalMs);
      timer.unref();
    },
    /** Runs the task now, if the job was started (e.g. new work was written). */
    wake() {
      if (timer) run();
    },
    /** Stops the timer and waits for a single-flight run in progress. */
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
};
