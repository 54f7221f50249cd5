import type { LensDiagnostic, QuickFix, Range } from '../lens-diagnostic';
import { LineIndex } from '../graphql/line-index';
import { pathToUri } from '../workspace/uri-paths';
import type { SourceTexts } from './fixes/field-insertion';
import { missingCounterpartFixes, missingReferenceFieldFixes } from './fixes/relationship-fixes';
import type { DataSchemaReading, SourcePlace } from '../gen2-source/schema-reading';
import type { EvaluationFailure } from './worker/worker-protocol';

export const FAILURE_CODES = {
  builder: 'gen2-schema-builder-error',
  load: 'gen2-schema-load-failed',
  timeout: 'gen2-schema-timeout',
  dependencies: 'gen2-schema-dependencies-missing',
  noData: 'gen2-schema-not-evaluated',
} as const;

interface Context {
  reading: DataSchemaReading;
  texts: SourceTexts;
  resourcePath: string;
  projectRoot: string;
}

/**
 * The one diagnostic an evaluation that did not produce SDL gets: what failed, where, and how to
 * fix it. The builder's own exceptions are placed on the construct they name; a load failure on
 * the line that threw (or the import that did not resolve); the rest on the `defineData` call.
 */
export function failureDiagnostic(failure: EvaluationFailure, context: Context): LensDiagnostic {
  if (failure.phase === 'transform') return builderErrorDiagnostic(failure.message, context);
  const at = (place: SourcePlace) => ({ uri: place.uri, range: rangeOf(place, context.texts) });
  const onData = at(context.reading.defineData);
  if (failure.phase === 'toolchain') {
    return {
      ...onData,
      severity: 'information',
      code: FAILURE_CODES.dependencies,
      message:
        "Amplify Lens checks this data schema by running it with the project's own esbuild (or typescript) and @aws-amplify/data-schema, " +
        `and the project's dependencies are not installed. Run \`npm install\` in ${context.projectRoot} to check the schema as a deploy would.`,
    };
  }
  if (failure.timedOut) {
    return {
      ...onData,
      severity: 'warning',
      code: FAILURE_CODES.timeout,
      message: `Running this resource file to read its data schema was stopped: ${failure.message}. Check it for a loop or a long computation at load time; \`npx ampx sandbox\` would hang on it too.`,
    };
  }
  if (failure.phase === 'no-define-data') {
    return {
      ...onData,
      severity: 'information',
      code: FAILURE_CODES.noData,
      message: 'Running this resource file did not call defineData, so Amplify Lens has no data schema to check (is the call conditional?).',
    };
  }
  if (failure.missingModule) {
    const place = importPlace(context, failure.missingModule) ?? context.reading.defineData;
    const relative = failure.missingModule.startsWith('.');
    return {
      ...at(place),
      severity: 'error',
      code: FAILURE_CODES.load,
      message: relative
        ? `Cannot find module '${failure.missingModule}': no such file next to the file importing it. Fix the import path; \`npx ampx sandbox\` fails on it too.`
        : `Cannot find module '${failure.missingModule}': it is not installed. Run \`npm install ${failure.missingModule}\` in ${context.projectRoot}.`,
    };
  }
  const frame = failure.frames.find((f) => f.path === context.resourcePath) ?? failure.frames[0];
  const uri = frame ? pathToUri(frame.path) : undefined;
  const text = uri ? context.texts.get(uri) : undefined;
  const located = frame && uri && text !== undefined && frame.path === context.resourcePath;
  const where = frame && !located ? ` (at ${frame.path}:${frame.line}:${frame.column})` : '';
  return {
    ...(located ? { uri: uri!, range: lineRange(text!, frame!.line - 1, frame!.column - 1) } : onData),
    severity: 'error',
    code: FAILURE_CODES.load,
    message: `Running this resource file failed: ${failure.message}${where}. \`npx ampx sandbox\` fails the same way; fix it to have the data schema checked.`,
  };
}

const COUNTERPART =
  /^Unable to find associated relationship definition in (\w+) for (\w+)\.(\w+): \[?\w+\]? @(hasMany|hasOne|belongsTo)\(references: \[([^\]]*)\]\)/;
const REFERENCE_FIELD =
  /^reference field '(\w+)' must be defined on (\w+)\. (\w+)\.(\w+): \[?\w+\]? @(hasMany|hasOne|belongsTo)\(references: \[([^\]]*)\]\)/;

/** The data-schema builder threw while generating the SDL (SchemaProcessor.ts): place it on what it names. */
function builderErrorDiagnostic(message: string, context: Context): LensDiagnostic {
  const { reading, texts } = context;
  let place: SourcePlace | undefined;
  let fixes: QuickFix[] = [];
  const counterpart = COUNTERPART.exec(message);
  const reference = REFERENCE_FIELD.exec(message);
  if (counterpart) {
    const [, related, model, field, kind, references] = counterpart;
    place = relationshipPlace(reading, model, field);
    fixes = missingCounterpartFixes(reading, texts, { model, field, kind, related, references: quoted(references) });
  } else if (reference) {
    const [, field, child, parent, parentField, , references] = reference;
    const root = reading.types.get(parent)?.fields.get(parentField)?.root;
    const referencesArgument = root?.call.args[1];
    const element =
      referencesArgument?.kind === 'array'
        ? referencesArgument.elements.find((e) => e.kind === 'string' && e.value === field)
        : referencesArgument;
    place = root && element ? { uri: root.uri, start: element.start, end: element.end } : relationshipPlace(reading, parent, parentField);
    fixes = missingReferenceFieldFixes(reading, texts, child, parent, field, Math.max(0, quoted(references).indexOf(field)));
  } else {
    place = namedPlace(reading, message);
  }
  const target = place ?? reading.defineData;
  return {
    uri: target.uri,
    range: rangeOf(target, texts),
    severity: 'error',
    code: FAILURE_CODES.builder,
    message: `The data schema does not build: ${message.trim().replace(/\.$/, '')}${fixes.length > 0 ? ' (a quick fix adds it)' : ''}. \`npx ampx sandbox\` stops on this too.`,
    ...(fixes.length > 0 ? { fixes } : {}),
  };
}

function quoted(list: string): string[] {
  return [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

function relationshipPlace(reading: DataSchemaReading, model: string, field: string): SourcePlace | undefined {
  const found = reading.types.get(model)?.fields.get(field);
  if (!found) return reading.types.get(model)?.key;
  return found.root ? { uri: found.root.uri, start: found.root.call.start, end: found.root.call.end } : found.key;
}

/** The first `Model.field` (or model, or field of some model) a builder message names. */
function namedPlace(reading: DataSchemaReading, message: string): SourcePlace | undefined {
  for (const match of message.matchAll(/\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b/g)) {
    const field = reading.types.get(match[1])?.fields.get(match[2]);
    if (field) return field.key;
  }
  for (const match of message.matchAll(/[A-Za-z_]\w*/g)) {
    const type = reading.types.get(match[0]);
    if (type) return type.key;
  }
  const field = /[Ff]ield `?(\w+)`?/.exec(message)?.[1];
  if (field) for (const type of reading.types.values()) if (type.fields.has(field)) return type.fields.get(field)!.key;
  return undefined;
}

/** The import specifier `specifier` in the files read (the resource file first). */
function importPlace(context: Context, specifier: string): SourcePlace | undefined {
  const uris = [pathToUri(context.resourcePath), ...context.texts.keys()];
  for (const uri of uris) {
    const text = context.texts.get(uri);
    if (text === undefined) continue;
    for (const quote of ["'", '"']) {
      const index = text.indexOf(`${quote}${specifier}${quote}`);
      if (index !== -1) return { uri, start: index, end: index + specifier.length + 2 };
    }
  }
  return undefined;
}

export function rangeOf(place: SourcePlace, texts: SourceTexts): Range {
  const lines = new LineIndex(texts.get(place.uri) ?? '');
  return { start: lines.positionAt(place.start), end: lines.positionAt(place.end) };
}

/** From `character` to the end of the line's code. */
function lineRange(text: string, line: number, character: number): Range {
  const lineText = text.split('\n')[line] ?? '';
  const end = Math.max(character + 1, lineText.trimEnd().length);
  return { start: { line, character }, end: { line, character: end } };
}
