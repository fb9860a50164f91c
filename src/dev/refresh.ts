// Refreshing in the background: a job run one at a time (requests made while it runs collapse into one run after it).

export interface Refresher {
  /** Resolves when a run that started after this request has finished. */
  request(): Promise<void>;
}

export function createRefresher(job: () => Promise<void>): Refresher {
  let current: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  const start = (): Promise<void> => {
    current = job().finally(() => {
      current = undefined;
    });
    return current;
  };
  return {
    request() {
      if (next) return next;
      if (!current) return start();
      next = current
        .catch(() => undefined)
        .then(() => {
          next = undefined;
          return start();
        });
      return next;
    },
  };
}

/** Emitted when npm start wrote pages without a build (src/dev/quick-save.ts): the search index is refreshed as after one. */
export const pagesRewrittenEvent = "project.dev.pagesRewritten";
