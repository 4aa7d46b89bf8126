import type { Core } from '@strapi/strapi';

/** A task repeated on this instance while Strapi runs; failures are logged, never thrown into the timer. */
export const createBackgroundJob = (strapi: Core.Strapi, name: string, task: () => Promise<unknown>) => {
  let timer: NodeJS.Timeout | null = null;
  return {
    start(intervalMs: number) {
      if (timer) return;
      timer = setInterval(() => {
        task().catch((error) => strapi.log.error(`newsroom ${name}: ${(error as Error).message}`));
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
};
