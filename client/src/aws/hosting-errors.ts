/**
 * Errors of Amplify Hosting that change what Lens does rather than what it shows. Pure checks, so
 * code above the AWS door asks without loading the SDK.
 */

/** The app, branch or job does not exist (Amplify answers NotFoundException). */
export function isHostingNotFoundError(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return name === 'NotFoundException' || name === 'ResourceNotFoundException';
}

/** Amplify refused the request as such (a job already running, a branch without a repository). */
export function isHostingBadRequestError(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'BadRequestException';
}

export type StepLogFailure = 'refused' | 'not-found' | 'denied' | 'http';

/** A step log could not be read; `kind` says why. */
export class StepLogDownloadError extends Error {
  constructor(
    readonly kind: StepLogFailure,
    message: string,
  ) {
    super(message);
    this.name = 'StepLogDownloadError';
  }
}

/** The presigned log URL has expired: GetJob hands out a fresh one. */
export class StepLogUrlExpiredError extends Error {
  constructor() {
    super('The log URL has expired.');
    this.name = 'StepLogUrlExpiredError';
  }
}

export function isStepLogUrlExpired(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'StepLogUrlExpiredError';
}
