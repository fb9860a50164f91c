// A build that failed outside the articles (Pagefind, the disk, the output folder): one line saying so, no stack trace.

export class BuildFailure extends Error {
  /** Read by Eleventy's error handler: the line says what failed; a stack trace of our own code would only hide it. */
  readonly skipOriginalStack = true;

  constructor(message: string) {
    super(message);
    this.name = "BuildFailure";
  }
}

/** An error's message as one line (Node's fs errors read "ENOSPC: no space left on device, open '…'"). */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, "; ").trim();
}
