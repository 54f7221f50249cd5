import { isIP } from 'node:net';
// The very version the transformer pins (default-value-transformer package.json), for the same verdicts.
import { isValidNumber } from 'libphonenumber-js';

/**
 * How the @default transformer checks a default value against the field's scalar type
 * (default-value-transformer `validators.ts`). Deliberately as lenient as the transformer:
 * `Int` accepts anything `parseInt` reads a number from. AWSPhone goes through libphonenumber's
 * `isValidNumber` without a default country, so only international numbers (`+…`) pass. BigInt
 * and Double have no validator there.
 */
const TIME = /^([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(\.\d{1,})?(([Z])|([+|-]([01][0-9]|2[0-3]):[0-5][0-9]))$/;
const DATE = /^(\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01]))$/;
const DATE_TIME =
  /^(\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60))(\.\d{1,})?(([Z])|([+|-]([01][0-9]|2[0-3]):[0-5][0-9]))$/;
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const BOOLEAN = /^(true|false)$/i;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month === 2) return day <= (isLeapYear(year) ? 29 : 28);
  if ([4, 6, 9, 11].includes(month)) return day <= 30;
  return true;
}

function isDateTime(value: string): boolean {
  if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) return false;
  const t = value.indexOf('T');
  return isDate(value.slice(0, t)) && TIME.test(value.slice(t + 1));
}

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const VALIDATORS: Record<string, (value: string) => boolean> = {
  ID: () => true,
  String: () => true,
  Int: (value) => !Number.isNaN(parseInt(value, 10)),
  Float: (value) => !Number.isNaN(parseFloat(value)),
  Boolean: (value) => BOOLEAN.test(value),
  AWSJSON: isJson,
  AWSDate: isDate,
  AWSTime: (value) => TIME.test(value),
  AWSDateTime: isDateTime,
  AWSTimestamp: (value) => !Number.isNaN(parseInt(value, 10)),
  AWSEmail: (value) => EMAIL.test(value),
  AWSURL: isUrl,
  AWSIPAddress: (value) => isIP(value) !== 0,
  AWSPhone: (value) => isValidPhoneNumber(value),
};

function isValidPhoneNumber(value: string): boolean {
  try {
    return isValidNumber(value);
  } catch {
    return false; // the library throws on some malformed input; the transformer would fail too
  }
}

/** Whether the transformer has a validator for `scalar` (it fails on the scalars it lacks one for). */
export function hasDefaultValueValidator(scalar: string): boolean {
  return scalar in VALIDATORS;
}

/** `false` only when the transformer would reject the value; unknown scalars pass. */
export function isValidDefaultValue(scalar: string, value: string): boolean {
  const validate = VALIDATORS[scalar];
  return validate ? validate(value) : true;
}

/** An example of a valid value, for messages. */
export const DEFAULT_VALUE_EXAMPLES: Record<string, string> = {
  Int: '"0"',
  Float: '"1.5"',
  Boolean: '"true"',
  AWSJSON: '"{\\"key\\": 1}"',
  AWSDate: '"2024-01-31"',
  AWSTime: '"12:30:00Z"',
  AWSDateTime: '"2024-01-31T12:30:00Z"',
  AWSTimestamp: '"1706704200"',
  AWSEmail: '"someone@example.com"',
  AWSURL: '"https://example.com"',
  AWSIPAddress: '"127.0.0.1"',
  AWSPhone: '"+1 206 555 0100" (international format, with the country code)',
};
