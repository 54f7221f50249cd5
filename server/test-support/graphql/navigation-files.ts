import { analyzeSchema, type AnalyzedSchema } from '../../src/graphql/analyze-schema';
import { defaultApiSettings } from '../../src/graphql/api-settings';
import type { Location } from '../../src/lens-diagnostic';
import { LineIndex } from '../../src/graphql/line-index';

export const POSTS_URI = 'file:///project/amplify/backend/api/blog/schema/posts.graphql';
export const COMMENTS_URI = 'file:///project/amplify/backend/api/blog/schema/comments.graphql';

/** One API made of several schema files, keyed by uri. */
export function analyzeFiles(files: Record<string, string>): AnalyzedSchema {
  return analyzeSchema(
    Object.entries(files).map(([uri, text]) => ({ uri, text })),
    defaultApiSettings(),
  );
}

export { positionOf } from '../../../test/support/cursor';

/** `uri-tail@line:col text` of each location (1-based lines), so tests state what is pointed at. */
export function describeLocations(files: Record<string, string>, locations: Location[]): string[] {
  return locations.map(({ uri, range }) => {
    const index = new LineIndex(files[uri]);
    const text = files[uri].slice(index.offsetAt(range.start), index.offsetAt(range.end));
    return `${uri.slice(uri.lastIndexOf('/') + 1)}@${range.start.line + 1}:${range.start.character + 1} ${text}`;
  });
}
