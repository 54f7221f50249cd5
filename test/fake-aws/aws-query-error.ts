/**
 * Errors as the AWS Query protocol carries them: an error code, an HTTP status, and a fault type
 * (`Sender` for the caller's mistakes, `Receiver` for the service's). The SDK turns the code into
 * the exception's `name`, so the codes and statuses below are the ones the real service sends.
 */
export class AwsQueryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = code;
  }

  get faultType(): 'Sender' | 'Receiver' {
    return this.httpStatus >= 500 ? 'Receiver' : 'Sender';
  }
}

interface ErrorTemplate {
  httpStatus: number;
  message: string;
}

/**
 * Codes a test may inject, with the status and wording the service uses. AccessDenied is 403 on the
 * wire (IAM denials reach the SDK with `$metadata.httpStatusCode` 403); Throttling is 400 and the
 * SDK retries it; ExpiredToken and InvalidClientTokenId come from the authentication layer as 403.
 */
export const INJECTABLE_ERRORS = {
  ValidationError: { httpStatus: 400, message: 'Invalid request' },
  AccessDenied: {
    httpStatus: 403,
    message:
      'User: arn:aws:iam::123456789012:user/lens-test is not authorized to perform: cloudformation:{action} ' +
      'because no identity-based policy allows the cloudformation:{action} action',
  },
  Throttling: { httpStatus: 400, message: 'Rate exceeded' },
  ExpiredToken: { httpStatus: 403, message: 'The security token included in the request is expired' },
  InvalidClientTokenId: { httpStatus: 403, message: 'The security token included in the request is invalid.' },
  InternalFailure: { httpStatus: 500, message: 'An internal error occurred.' },
} satisfies Record<string, ErrorTemplate>;

export type InjectableErrorCode = keyof typeof INJECTABLE_ERRORS;

export function injectedError(code: InjectableErrorCode, action: string, message?: string): AwsQueryError {
  const template: ErrorTemplate = INJECTABLE_ERRORS[code];
  return new AwsQueryError(code, message ?? template.message.replaceAll('{action}', action), template.httpStatus);
}

export function validationError(message: string): AwsQueryError {
  return new AwsQueryError('ValidationError', message, 400);
}

/** The service's wording for an unknown stack name or ARN (DescribeStacks, ListStackResources, GetTemplateSummary…). */
export function stackDoesNotExist(stackName: string): AwsQueryError {
  return validationError(`Stack with id ${stackName} does not exist`);
}

/** The wording of the service's request validation for a required member left out. */
export function missingMember(member: string): AwsQueryError {
  return validationError(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
}

export function missingAuthenticationToken(): AwsQueryError {
  return new AwsQueryError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
}

export function incompleteSignature(): AwsQueryError {
  return new AwsQueryError(
    'IncompleteSignature',
    "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.",
    400,
  );
}

export function missingAction(): AwsQueryError {
  return new AwsQueryError('MissingAction', 'Missing Action', 400);
}

export function invalidAction(action: string): AwsQueryError {
  return new AwsQueryError('InvalidAction', `Could not find operation ${action} for version 2010-05-15`, 400);
}
