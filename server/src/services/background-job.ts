export interface BackgroundJobOptions {
  /**
   * One run at a time on this instance: a tick or a wake during a run asks for one more run right after it
   * (coalesced), instead of starting a second run alongside.
   */
  singleFlight?: boolean;
}

/** Where a failed run is reported: Strapi's logger (strapi.log). */
export interface JobLog {
  error: (message: string) => void;
}

/** A task repeated on this instance while Strapi runs; failures are logged, never thrown into the timer. */
export const createBackgroundJob = (log: JobLog, name: string, task: () => Promise<unknown>, options: BackgroundJobOptions = {}) => {
  let timer: NodeJS.Timeout | null = null;
  /** The runs in progress: stop() waits for them; with single flight, at most one. */
  const inProgress = new Set<Promise<void>>();
  let runAgain = false;
  const logFailure = (error: unknown): void => {
    log.error(`newsroom ${name}: ${(error as Error).message}`);
  };

  const startRun = () => {
    const started: Promise<void> = task()
      .then(() => undefined, logFailure)
      .finally(() => {
        inProgress.delete(started);
        // Stopped meanwhile (no timer): the run asked for is dropped, Strapi is shutting down.
        if (runAgain && timer) {
          runAgain = false;
          startRun();
        }
      });
    inProgress.add(started);
  };

  const run = () => {
    if (options.singleFlight && inProgress.size > 0) runAgain = true;
    else startRun();
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
    /**
     * Stops the timer and waits for the runs in progress (with the database destroyed under them, their next
     * statement would wait for a connection the pool no longer gives).
     */
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      runAgain = false;
      await Promise.all(inProgress);
    },
  };
};
