/**
 * Errors as CloudWatch Logs' awsJson1_1 protocol carries them: a JSON body `{"__type": code,
 * "message": …}` with the code also in `x-amzn-ErrorType`. The SDK turns `__type` into the
 * exception's `name`. Logs answers most client errors, AccessDeniedException included, with 400.
 */
export class LogsJsonError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
    this.name = code;
  }
}

interface ErrorTemplate {
  httpStatus: number;
  message: string;
}

/** Codes a test may inject, with the status and wording the service uses. */
export const INJECTABLE_LOGS_ERRORS = {
  ResourceNotFoundException: { httpStatus: 400, message: 'The specified log group does not exist.' },
  AccessDeniedException: {
    httpStatus: 400,
    message:
      'User: arn:aws:iam::123456789012:user/lens-test is not authorized to perform: logs:{action} ' +
      'because no identity-based policy allows the logs:{action} action',
  },
  ThrottlingException: { httpStatus: 400, message: 'Rate exceeded' },
  LimitExceededException: { httpStatus: 400, message: 'Resource limit exceeded.' },
  InvalidParameterException: { httpStatus: 400, message: 'Invalid parameter' },
  InvalidOperationException: { httpStatus: 400, message: 'Live Tail is not supported in this Region.' },
  ServiceUnavailableException: { httpStatus: 500, message: 'The service cannot complete the request.' },
  ExpiredTokenException: { httpStatus: 400, message: 'The security token included in the request is expired' },
  UnrecognizedClientException: { httpStatus: 400, message: 'The security token included in the request is invalid.' },
} satisfies Record<string, ErrorTemplate>;

export type InjectableLogsErrorCode = keyof typeof INJECTABLE_LOGS_ERRORS;

export function injectedLogsError(code: InjectableLogsErrorCode, action: string, message?: string): LogsJsonError {
  const template: ErrorTemplate = INJECTABLE_LOGS_ERRORS[code];
  return new LogsJsonError(code, message ?? template.message.replaceAll('{action}', action), template.httpStatus);
}

export function invalidParameter(message: string): LogsJsonError {
  return new LogsJsonError('InvalidParameterException', message);
}

export function logGroupNotFound(): LogsJsonError {
  return new LogsJsonError('ResourceNotFoundException', 'The specified log group does not exist.');
}

export function logStreamNotFound(): LogsJsonError {
  return new LogsJsonError('ResourceNotFoundException', 'The specified log stream does not exist.');
}

/** The service's request validation wording for a required member left out. */
export function missingMember(member: string): LogsJsonError {
  return new LogsJsonError(
    'ValidationException',
    `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
  );
}
