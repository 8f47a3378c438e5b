/**
 * An error meant for the user: the CLI prints its message on one line and exits non-zero, never a stack trace.
 * `code` groups causes for counting (e.g. in ingest summaries).
 */
export class MarsadError extends Error {
  constructor(
    message: string,
    readonly code: string = 'input',
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'MarsadError';
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
