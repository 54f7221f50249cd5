import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { analyzeSchema } from '../../src/graphql/analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../../src/graphql/api-settings';
import { LineIndex } from '../../src/graphql/line-index';
import { SCHEMA_URI } from './diagnose';
import { completeSchema } from '../../src/graphql/completion/complete-schema';
import { CURSOR, withCursor } from '../../../test/support/cursor';

/** Completions at the `‸` in `sdl`; `others` are further files of the same API. */
export function completeAt(sdl: string, settings: Partial<ApiSettings> = {}, others: Record<string, string> = {}): CompletionItem[] {
  const { text, position } = withCursor(sdl);
  const files = [{ uri: SCHEMA_URI, text }, ...Object.entries(others).map(([uri, other]) => ({ uri, text: other }))];
  const analysis = analyzeSchema(files, defaultApiSettings(settings));
  return completeSchema(analysis, SCHEMA_URI, position);
}

export function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

/** Labels in the order an editor shows them (by sortText, then label). */
export function sortedLabels(items: CompletionItem[]): string[] {
  return [...items]
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label))
    .map((item) => item.label);
}

export function itemNamed(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no completion "${label}" among ${labels(items).join(', ')}`);
  return item;
}

/** The schema text after accepting `label` (cursor mark removed, snippet placeholders kept). */
export function accept(sdl: string, items: CompletionItem[], label: string): string {
  const text = sdl.replace(CURSOR, '');
  const edit = itemNamed(items, label).textEdit as TextEdit;
  const lines = new LineIndex(text);
  return text.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + text.slice(lines.offsetAt(edit.range.end));
}

export function documentation(item: CompletionItem): string {
  const doc = item.documentation;
  return typeof doc === 'string' ? doc : (doc?.value ?? '');
}
