import type { AwsQueryError } from './aws-query-error';

/**
 * The XML of AWS Query responses, built as strings. Absent values write nothing (the service leaves
 * unset members out), lists wrap each item in `<member>` (CloudFormation's lists are not flattened),
 * and timestamps are ISO 8601 in UTC, as the service sends them.
 */
export const CLOUDFORMATION_XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

export type XmlScalar = string | number | boolean | Date | undefined;

export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

/** `<name>value</name>`, or nothing when the value is absent. */
export function textElement(name: string, value: XmlScalar): string {
  if (value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** `<name>…children…</name>` from already-written children. */
export function element(name: string, ...children: string[]): string {
  return `<${name}>${children.join('')}</${name}>`;
}

/** `<name><member>…</member>…</name>`; an empty list is written as an empty element, like the service. */
export function listElement<T>(name: string, items: readonly T[], writeItem: (item: T) => string): string {
  if (items.length === 0) return `<${name}/>`;
  return `<${name}>${items.map((item) => `<member>${writeItem(item)}</member>`).join('')}</${name}>`;
}

export function stringListElement(name: string, values: readonly string[]): string {
  return listElement(name, values, escapeXml);
}

export function queryResponse(action: string, result: string, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<${action}Response xmlns="${CLOUDFORMATION_XMLNS}">` +
    element(`${action}Result`, result) +
    element('ResponseMetadata', textElement('RequestId', requestId)) +
    `</${action}Response>`
  );
}

export function queryErrorResponse(error: AwsQueryError, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<ErrorResponse xmlns="${CLOUDFORMATION_XMLNS}">` +
    element('Error', textElement('Type', error.faultType), textElement('Code', error.code), textElement('Message', error.message)) +
    textElement('RequestId', requestId) +
    `</ErrorResponse>`
  );
}
