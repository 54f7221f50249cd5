import type { ASTNode, Location, Source } from 'graphql';
import { LineIndex } from './line-index';
import type { Range } from '../lens-diagnostic';

/**
 * Where a parsed graphql `Source` sits in a user's file. When a file has a syntax error we parse
 * its definitions one by one, each as its own `Source` whose offsets start at `baseOffset`.
 */
interface SourcePlacement {
  uri: string;
  lineIndex: LineIndex;
  baseOffset: number;
}

const placements = new WeakMap<Source, SourcePlacement>();

export function registerSource(source: Source, uri: string, lineIndex: LineIndex, baseOffset = 0): void {
  placements.set(source, { uri, lineIndex, baseOffset });
}

export interface NodeLocation {
  uri: string;
  range: Range;
  /** Offsets in the user's file. */
  start: number;
  end: number;
}

export function locateOffsets(source: Source, start: number, end: number): NodeLocation | undefined {
  const placement = placements.get(source);
  if (!placement) return undefined;
  const fileStart = placement.baseOffset + start;
  const fileEnd = placement.baseOffset + end;
  return {
    uri: placement.uri,
    start: fileStart,
    end: fileEnd,
    range: { start: placement.lineIndex.positionAt(fileStart), end: placement.lineIndex.positionAt(fileEnd) },
  };
}

export function locateLocation(loc: Location | undefined): NodeLocation | undefined {
  return loc ? locateOffsets(loc.source, loc.start, loc.end) : undefined;
}

export function locateNode(node: ASTNode | undefined): NodeLocation | undefined {
  return locateLocation(node?.loc);
}

/** The file a node was parsed from, without working out where in it (no line index needed). */
export function uriOf(node: ASTNode): string | undefined {
  const loc = node.loc;
  return loc ? placements.get(loc.source)?.uri : undefined;
}

/** The file text a node was parsed from, if known (used by fixes that need surrounding text). */
export function fileTextOf(node: ASTNode): string | undefined {
  const loc = node.loc;
  return loc ? placements.get(loc.source)?.lineIndex.text : undefined;
}

export function lineIndexOf(node: ASTNode): LineIndex | undefined {
  const loc = node.loc;
  return loc ? placements.get(loc.source)?.lineIndex : undefined;
}
