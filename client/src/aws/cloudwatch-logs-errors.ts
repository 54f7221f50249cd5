/**
 * Errors of CloudWatch Logs that change what Lens does rather than what it shows. Pure name checks,
 * so code above the AWS door can ask without loading the SDK.
 */
const LIVE_TAIL_UNAVAILABLE = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'InvalidOperationException',
  'UnsupportedOperationException',
  'UnknownOperationException',
]);
const STREAM_ENDED = new Set(['SessionTimeoutException', 'SessionStreamingException']);

/**
 * StartLiveTail refused as such: not allowed for the caller (`logs:StartLiveTail` is a separate
 * permission), or not offered in the region or by the endpoint. FilterLogEvents polling may still work.
 */
export function isLiveTailUnavailableError(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return LIVE_TAIL_UNAVAILABLE.has(e?.name ?? '') || e?.$metadata?.httpStatusCode === 404;
}

/** The service ended a live tail stream (its 3-hour limit, or a fault): start another one. */
export function isLiveTailEndedError(error: unknown): boolean {
  return STREAM_ENDED.has((error as { name?: string } | undefined)?.name ?? '');
}

/** The group does not exist (yet: Lambda creates it on a function's first run). */
export function isLogGroupNotFoundError(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'ResourceNotFoundException';
}
