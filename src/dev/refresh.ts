// Runs a refresh job one at a time: requests made while it runs collapse into a single run after it.

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
