/**
 * Errors as Amplify's restJson1 protocol carries them: the code in the `x-amzn-ErrorType` header
 * and a JSON body `{"message": …}`; the SDK turns the header's code into the exception's `name`.
 * The modelled errors carry the service's status codes; an IAM denial comes from the front door
 * of every AWS REST API as `AccessDeniedException` with 403 and a `Message` naming the action.
 */
export class HostingJsonError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = code;
  }

  body(): Record<string, string> {
    return this.code === 'AccessDeniedException' ? { Message: this.message } : { message: this.message };
  }
}

interface ErrorTemplate {
  httpStatus: number;
  message: string;
}

/** Codes a test may inject, with the status and wording the service uses. */
export const INJECTABLE_HOSTING_ERRORS = {
  AccessDeniedException: {
    httpStatus: 403,
    message:
      'User: arn:aws:iam::123456789012:user/lens-test is not authorized to perform: amplify:{action} on resource: arn:aws:amplify:{region}:123456789012:apps/*',
  },
  UnauthorizedException: { httpStatus: 401, message: 'Unauthorized' },
  LimitExceededException: { httpStatus: 429, message: 'Rate exceeded' },
  InternalFailureException: { httpStatus: 500, message: 'Internal failure' },
  DependentServiceFailureException: { httpStatus: 503, message: 'A dependent service failed' },
  BadRequestException: { httpStatus: 400, message: 'Bad request' },
  ExpiredTokenException: { httpStatus: 403, message: 'The security token included in the request is expired' },
} satisfies Record<string, ErrorTemplate>;

export type InjectableHostingErrorCode = keyof typeof INJECTABLE_HOSTING_ERRORS;

export function injectedHostingError(code: InjectableHostingErrorCode, action: string, region: string, message?: string): HostingJsonError {
  const template: ErrorTemplate = INJECTABLE_HOSTING_ERRORS[code];
  return new HostingJsonError(
    code,
    message ?? template.message.replaceAll('{action}', action).replaceAll('{region}', region),
    template.httpStatus,
  );
}

export function notFound(message: string): HostingJsonError {
  return new HostingJsonError('NotFoundException', message, 404);
}

export function badRequest(message: string): HostingJsonError {
  return new HostingJsonError('BadRequestException', message, 400);
}
