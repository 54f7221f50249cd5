import { DOC_LINKS } from './doc-links';

export interface ScalarDoc {
  summary: string;
  example: string;
  link: string;
}

const appSync = (summary: string, example: string): ScalarDoc => ({ summary, example, link: DOC_LINKS.appSyncScalars });
const builtIn = (summary: string, example: string): ScalarDoc => ({ summary, example, link: DOC_LINKS.graphqlScalars });

/** The GraphQL built-in scalars and the AWS scalars AppSync (and the transformer) provide. */
export const SCALAR_DOCS: Record<string, ScalarDoc> = {
  ID: builtIn('A unique identifier, serialized as a string. `@model` adds `id: ID!` as the default primary key.', '"7d5b0c5e-…"'),
  String: builtIn('UTF-8 text.', '"hello"'),
  Int: builtIn('A signed 32-bit integer.', '42'),
  Float: builtIn('A double-precision floating-point number.', '3.14'),
  Boolean: builtIn('`true` or `false`.', 'true'),
  AWSDate: appSync('A calendar date in ISO 8601 `YYYY-MM-DD` form, optionally with a time zone offset.', '"1970-01-01"'),
  AWSTime: appSync('A time of day in ISO 8601 `hh:mm:ss.sss` form, optionally with a time zone offset.', '"12:30:00.000Z"'),
  AWSDateTime: appSync(
    'A date and time in ISO 8601 `YYYY-MM-DDThh:mm:ss.sssZ` form. `createdAt`/`updatedAt` use it.',
    '"1970-01-01T12:00:00.000Z"',
  ),
  AWSTimestamp: appSync('Seconds since the Unix epoch, as an integer.', '1700000000'),
  AWSEmail: appSync('An email address (`local@domain`).', '"jane@example.com"'),
  AWSJSON: appSync('A JSON value, passed as a string in inputs and returned as JSON text.', '"{\\"a\\": 1}"'),
  AWSURL: appSync('A URL with a scheme, such as `https://…` or `mailto:…`.', '"https://example.com/path"'),
  AWSPhone: appSync('A phone number; with a leading `+` and country code it is treated as international.', '"+1 555 010 0000"'),
  AWSIPAddress: appSync('An IPv4 or IPv6 address, optionally with a CIDR prefix.', '"192.0.2.1/24"'),
  BigInt: appSync('A whole number larger than Int allows; added by the Amplify transformer for SQL data sources.', '9007199254740993'),
  Double: appSync('A double-precision number; added by the Amplify transformer for SQL data sources.', '2.5'),
};
