import { InsertTextFormat, MarkupKind, type CompletionItem, type CompletionItemKind } from 'vscode-languageserver-types';
import type { ApiSettings } from '../api-settings';
import type { LineIndex } from '../line-index';
import type { CompletionSite } from './completion-context';
import type { SchemaIndex } from '../syntax/schema-index';

/** Everything an item builder needs about one completion request. */
export interface CompletionRequest {
  site: CompletionSite;
  settings: ApiSettings;
  index: SchemaIndex;
  lineIndex: LineIndex;
  text: string;
}

export interface ItemSpec {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: string;
  /** Text replacing the typed word (or the typed string's content). */
  insert: string;
  /** `insert` uses snippet placeholders (`$1`). */
  snippet?: boolean;
  sortText?: string;
  filterText?: string;
  preselect?: boolean;
  deprecated?: boolean;
  /** Ask the editor for the next suggestions right away (after inserting `key: `). */
  retrigger?: boolean;
}

export function completionItem(request: CompletionRequest, spec: ItemSpec): CompletionItem {
  const { site, lineIndex } = request;
  const item: CompletionItem = {
    label: spec.label,
    kind: spec.kind,
    textEdit: {
      range: { start: lineIndex.positionAt(site.replaceStart), end: lineIndex.positionAt(site.replaceEnd) },
      newText: spec.insert,
    },
  };
  if (spec.detail) item.detail = spec.detail;
  if (spec.documentation) item.documentation = { kind: MarkupKind.Markdown, value: spec.documentation };
  if (spec.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
  if (spec.sortText) item.sortText = spec.sortText;
  if (spec.filterText) item.filterText = spec.filterText;
  if (spec.preselect) item.preselect = true;
  if (spec.deprecated) item.tags = [1 /* CompletionItemTag.Deprecated */];
  if (spec.retrigger) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return item;
}

/** The first non-blank character after the replaced text, to avoid inserting `(` or `:` twice. */
export function nextCharacter(request: CompletionRequest): string {
  const rest = request.text.slice(request.site.replaceEnd + (request.site.inString ? 1 : 0));
  return /^[ \t]*(\S?)/.exec(rest)?.[1] ?? '';
}

/** Escapes text for use inside a snippet. */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (ch) => `\\${ch}`);
}
