/**
 * Step log URLs shaped like the S3 presigned URLs GetJob hands out: the object's path and the
 * query a SigV4 presign adds (`X-Amz-Date`, `X-Amz-Expires`, `X-Amz-Signature`, …), served by the
 * fake itself. A URL past its expiry is refused the way S3 refuses it (403, `AccessDenied`,
 * `Request has expired`); a URL whose signature does not match its path and times gets
 * `SignatureDoesNotMatch`, so a client cannot make one up.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { FakeStepName } from './hosting-model';

export const LOG_PATH_PREFIX = '/__logs/';
const SECRET = randomBytes(16);

export interface LogObject {
  appId: string;
  branchName: string;
  jobId: string;
  step: FakeStepName;
}

export type LogUrlCheck =
  { ok: true; object: LogObject } | { ok: false; status: number; code: string; message: string; extra?: Record<string, string> };

export function presignLogUrl(baseUrl: string, object: LogObject, signedAt: number, expiresSeconds: number): string {
  const path = `${LOG_PATH_PREFIX}${encodeURIComponent(object.appId)}/${encodeURIComponent(object.branchName)}/${object.jobId.padStart(10, '0')}/${object.step}/log.txt`;
  const date = amzDate(signedAt);
  const query = new URLSearchParams({
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `ASIAFAKEAMPLIFYLOGS/${date.slice(0, 8)}/us-east-1/s3/aws4_request`,
    'X-Amz-Date': date,
    'X-Amz-Expires': String(expiresSeconds),
    'X-Amz-SignedHeaders': 'host',
  });
  query.set('X-Amz-Signature', sign(path, date, String(expiresSeconds)));
  return `${baseUrl}${path}?${query.toString()}`;
}

export function checkLogUrl(url: URL, now: number): LogUrlCheck {
  const parts = url.pathname.slice(LOG_PATH_PREFIX.length).split('/');
  const [appId, branchName, jobId, step, file] = parts.map((part) => decodeURIComponent(part));
  if (parts.length !== 5 || file !== 'log.txt' || !['BUILD', 'DEPLOY', 'VERIFY'].includes(step ?? '')) {
    return { ok: false, status: 404, code: 'NoSuchKey', message: 'The specified key does not exist.' };
  }
  const date = url.searchParams.get('X-Amz-Date') ?? '';
  const expires = url.searchParams.get('X-Amz-Expires') ?? '';
  if (url.searchParams.get('X-Amz-Signature') !== sign(url.pathname, date, expires)) {
    return {
      ok: false,
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided.',
    };
  }
  const expiresAt = parseAmzDate(date) + Number(expires) * 1000;
  if (now > expiresAt) {
    return {
      ok: false,
      status: 403,
      code: 'AccessDenied',
      message: 'Request has expired',
      extra: {
        'X-Amz-Expires': expires,
        Expires: new Date(expiresAt).toISOString().replace(/\.\d+Z$/, 'Z'),
        ServerTime: new Date(now).toISOString().replace(/\.\d+Z$/, 'Z'),
      },
    };
  }
  return { ok: true, object: { appId: appId!, branchName: branchName!, jobId: String(Number(jobId)), step: step as FakeStepName } };
}

/** S3's XML error body. */
export function s3ErrorXml(code: string, message: string, extra: Record<string, string> = {}): string {
  const fields = Object.entries(extra)
    .map(([key, value]) => `<${key}>${value}</${key}>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${fields}<RequestId>FAKE${Date.now().toString(16).toUpperCase()}</RequestId></Error>`;
}

function sign(path: string, date: string, expires: string): string {
  return createHmac('sha256', SECRET).update(`${path}\n${date}\n${expires}`).digest('hex');
}

/** `20240514T093000Z`. */
function amzDate(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function parseAmzDate(text: string): number {
  const match = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(text);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6])) : 0;
}
