import type { ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import type { LensDiagnostic, QuickFix, Range } from '../../lens-diagnostic';
import { closestName } from './closest-name';
import { type ValuePath, type YamlConfigDocument } from './yaml-config-document';
import { descriptionOf, propertyNamesOf, schemaAt, typesOf, type SchemaNode } from './yaml-schema-navigation';

/**
 * Ajv's findings as diagnostics on the YAML text: an unknown key underlines the key, a wrong type
 * or value underlines the value, a missing key underlines the key of the mapping that lacks it.
 */
export function schemaErrorDiagnostics(document: YamlConfigDocument, schema: SchemaNode, errors: readonly ErrorObject[]): LensDiagnostic[] {
  const diagnostics: LensDiagnostic[] = [];
  for (const error of errors) {
    const diagnostic = diagnosticFor(document, schema, error);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function diagnosticFor(document: YamlConfigDocument, schema: SchemaNode, error: ErrorObject): LensDiagnostic | undefined {
  const path = parseInstancePath(error.instancePath);
  const located = document.locate(path);
  if (!located) return undefined;
  const where = describePath(path);
  const make = (range: Range | undefined, code: string, message: string, fixes?: QuickFix[]): LensDiagnostic => ({
    uri: document.uri,
    range: range ?? fallbackRange(document, located.node, located.pair),
    severity: code === 'yaml-schema-unknown-property' ? 'warning' : 'error',
    code,
    message,
    ...(fixes && fixes.length > 0 ? { fixes } : {}),
  });

  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = String(error.params.additionalProperty);
      const pair = isMap(located.node) ? document.pairNamed(located.node, unknown) : undefined;
      const allowed = propertyNamesOf(schema, schemaAt(schema, schemaPath(path)) ?? {});
      const suggestion = closestName(unknown, allowed);
      const keyRange = pair ? document.rangeOf(pair.key) : undefined;
      const fixes: QuickFix[] =
        suggestion && keyRange
          ? [{ title: `Rename to \`${suggestion}\``, edits: [{ uri: document.uri, range: keyRange, newText: suggestion }], isPreferred: true }]
          : [];
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
      return make(
        keyRange,
        'yaml-schema-unknown-property',
        `Unknown key \`${unknown}\` ${where}: Amplify Hosting does not read it.${hint} Allowed keys: ${allowed.join(', ')}.`,
        fixes,
      );
    }
    case 'type':
      return typeDiagnostic(document, path, located.node, located.pair, String(error.params.type), make);
    case 'required': {
      const missing = String(error.params.missingProperty);
      const site = schemaAt(schema, [...schemaPath(path), missing]);
      const about = site ? descriptionOf(schema, site) : undefined;
      const anchor = located.pair?.key ?? firstKeyOf(located.node) ?? located.node;
      return make(
        document.rangeOf(anchor),
        'yaml-schema-required',
        `Missing required key \`${missing}\` ${where}: add \`${missing}:\`.${about ? ` ${about.replace(/\.$/, '')}.` : ''}`,
        insertKeyFix(document, located.node, missing, site ? typesOf(schema, site) : []),
      );
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((value) => String(value));
      const current = isScalar(located.node) ? String(located.node.value) : '';
      const suggestion = closestName(current, allowed);
      const range = document.rangeOf(located.node);
      const fixes: QuickFix[] =
        suggestion && range
          ? [{ title: `Change to \`${suggestion}\``, edits: [{ uri: document.uri, range, newText: suggestion }], isPreferred: true }]
          : [];
      return make(range, 'yaml-schema-enum', `\`${current}\` is not allowed ${where}. Use one of: ${allowed.join(', ')}.`, fixes);
    }
    default: {
      const site = schemaAt(schema, schemaPath(path));
      const about = site ? descriptionOf(schema, site) : undefined;
      const written = isScalar(located.node) ? `\`${String(located.node.value)}\`` : 'This value';
      // Ajv's own wording shows the raw keyword (a regular expression for `pattern`): say what is expected instead.
      const problem = error.keyword === 'pattern' ? 'is not in the expected form' : (error.message ?? 'is not valid');
      return make(
        document.rangeOf(located.node),
        'yaml-schema',
        `${written} ${where} ${problem}.${about ? ` Expected: ${lowerFirst(about)}.` : ''}`,
      );
    }
  }
}

type Make = (range: Range | undefined, code: string, message: string, fixes?: QuickFix[]) => LensDiagnostic;

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

function typeDiagnostic(
  document: YamlConfigDocument,
  path: ValuePath,
  node: Node | null,
  pair: Pair<Node, Node | null> | undefined,
  expectedTypes: string,
  make: Make,
): LensDiagnostic {
  const expected = expectedTypes.split(',').filter((type) => type !== 'null');
  const actual = actualTypeName(node);
  const range = document.rangeOf(node) ?? (pair ? document.rangeOf(pair.key) : undefined);
  const subject = describeSubject(path);
  let message = `${subject} must be ${expected.map((type) => TYPE_NAMES[type] ?? type).join(' or ')}, not ${actual}.`;
  const fixes: QuickFix[] = [];
  const valueRange = document.rangeOf(node);
  if (expected.includes('string') && isMap(node) && valueRange) {
    // `- echo "Done: $X"` unquoted is a one-entry mapping; quoting the whole line is what was meant.
    message += ' A value that contains `: ` is read as a mapping: quote the whole value.';
    const text = document.sourceOf(node);
    if (!text.includes('\n'))
      fixes.push({
        title: 'Quote the value',
        edits: [{ uri: document.uri, range: valueRange, newText: singleQuoted(text) }],
        isPreferred: true,
      });
  } else if (expected.includes('array') && isScalar(node) && node.value !== null && valueRange) {
    message += ' Write each entry on its own line starting with `- `.';
    const item =
      node.type === Scalar.QUOTE_SINGLE || node.type === Scalar.QUOTE_DOUBLE ? document.sourceOf(node) : singleQuoted(String(node.value));
    if (!item.includes('\n'))
      fixes.push({
        title: 'Make it a list of one entry',
        edits: [{ uri: document.uri, range: valueRange, newText: `[${item}]` }],
        isPreferred: true,
      });
  } else if (node === null || (isScalar(node) && node.value === null)) {
    message += ' Give it a value or remove the key.';
  }
  return make(range, 'yaml-schema-type', message, fixes);
}

function actualTypeName(node: Node | null): string {
  if (node === null) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'empty';
    if (typeof value === 'boolean') return `the boolean \`${node.source ?? String(value)}\``;
    if (typeof value === 'number') return `the number \`${node.source ?? String(value)}\``;
    return 'text';
  }
  return 'a value of another kind';
}

/** A missing key is inserted as the mapping's first entry, at its indentation. */
function insertKeyFix(document: YamlConfigDocument, node: Node | null, key: string, types: string[]): QuickFix[] {
  const first = firstKeyOf(node);
  if (!first?.range || !isMap(node) || node.flow) return [];
  const start = document.positionAt(first.range[0]);
  const placeholder = types.includes('array') ? '[]' : types.includes('object') ? '{}' : "''";
  return [
    {
      title: `Add \`${key}\``,
      edits: [{ uri: document.uri, range: { start, end: start }, newText: `${key}: ${placeholder}\n${' '.repeat(start.character)}` }],
    },
  ];
}

function firstKeyOf(node: Node | null): Node | undefined {
  if (!isMap(node) || node.items.length === 0) return undefined;
  const key = node.items[0].key;
  return key && typeof key === 'object' ? (key as Node) : undefined;
}

function fallbackRange(document: YamlConfigDocument, node: Node | null, pair: Pair<Node, Node | null> | undefined): Range {
  const range = document.rangeOf(pair?.key) ?? document.rangeOf(node);
  if (range) return range;
  const start = document.positionAt(0);
  return { start, end: document.positionAt(Math.min(1, document.text.length)) };
}

function parseInstancePath(instancePath: string): ValuePath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Sequence indexes become numbers so the schema walk steps into `items`. */
function schemaPath(path: ValuePath): (string | number)[] {
  return path.map((segment) => (typeof segment === 'string' && /^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `in \`frontend.artifacts\`` / `at the top level`, for messages. */
function describePath(path: ValuePath): string {
  return path.length === 0 ? 'at the top level' : `in \`${dotted(path)}\``;
}

function describeSubject(path: ValuePath): string {
  return path.length === 0 ? 'The file' : `\`${dotted(path)}\``;
}

function dotted(path: ValuePath): string {
  return path.map((segment, i) => (/^\d+$/.test(String(segment)) ? `[${segment}]` : `${i === 0 ? '' : '.'}${segment}`)).join('');
}

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function lowerFirst(text: string): string {
  const trimmed = text.replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed[0].toLowerCase() + trimmed.slice(1) : trimmed;
}
