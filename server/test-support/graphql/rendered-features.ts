import { CompletionItemKind, type CompletionItem, type Hover, type MarkupContent } from 'vscode-languageserver-types';
import { analyzeSchema } from '../../src/graphql/analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../../src/graphql/api-settings';
import { hoverSchema } from '../../src/graphql/hover/hover-schema';
import { LineIndex } from '../../src/graphql/line-index';
import { withCursor } from '../../../test/support/cursor';
import { completeAt } from './complete-at';
import { SCHEMA_URI } from './diagnose';

/**
 * Features rendered as a reviewer reads them, for snapshot tests: what a hover highlights and
 * says, and a completion list as the editor orders it, one item a line.
 */

/** The hover at the `‸` in `sdl`: the highlighted text, a rule, then the markdown; `(no hover)` when none. */
export function renderedHover(sdl: string, settings: Partial<ApiSettings> = {}): string {
  const { text, position } = withCursor(sdl);
  const hover: Hover | null = hoverSchema(analyzeSchema([{ uri: SCHEMA_URI, text }], defaultApiSettings(settings)), SCHEMA_URI, position);
  if (!hover) return '(no hover)';
  const lines = new LineIndex(text);
  const highlighted = hover.range ? text.slice(lines.offsetAt(hover.range.start), lines.offsetAt(hover.range.end)) : '(no range)';
  const contents = hover.contents as MarkupContent;
  return `${highlighted}\n────\n${contents.value}`;
}

const KIND_NAMES = new Map(Object.entries(CompletionItemKind).map(([name, value]) => [value as number, name]));

/** The completions at the `‸` in `sdl`, in the editor's order: `label · Kind · detail`. */
export function renderedCompletions(sdl: string, settings: Partial<ApiSettings> = {}): string {
  const items: CompletionItem[] = completeAt(sdl, settings);
  return [...items]
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label))
    .map((item) => [item.label, KIND_NAMES.get(item.kind ?? 0) ?? 'Text', item.detail].filter(Boolean).join(' · '))
    .join('\n');
}
