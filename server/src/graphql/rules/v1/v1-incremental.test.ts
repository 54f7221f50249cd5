import { describe, expect, it } from 'vitest';
import { analyzeSchema, ParseCache } from '../../analyze-schema';
import { v1Settings } from '../../../../test-support/graphql/v1-diagnostics';

const BLOG = 'file:///p/amplify/backend/api/app/schema/blog.graphql';
const POST = 'file:///p/amplify/backend/api/app/schema/post.graphql';
const blog = 'type Blog @model {\n  id: ID!\n  posts: [Post] @connection(keyName: "byBlog", fields: ["id"])\n}\n';
const postWithKey = 'type Post @model @key(name: "byBlog", fields: ["blogID"]) {\n  id: ID!\n  blogID: ID!\n}\n';
const postWithoutKey = 'type Post @model {\n  id: ID!\n  blogID: ID!\n}\n';

/** The v1 rules remember clean definitions between analyses; an edit elsewhere must still be seen. */
describe('v1 rules across edits', () => {
  const settings = v1Settings();
  const codes = (cache: ParseCache, post: string, blogText = blog) =>
    analyzeSchema(
      [
        { uri: BLOG, text: blogText },
        { uri: POST, text: post },
      ],
      settings,
      cache,
    )
      .diagnostics.filter((d) => d.severity !== 'hint')
      .map((d) => d.code);

  it('re-checks a connection when the related type loses or gains the key it names', () => {
    const cache = new ParseCache();
    expect(codes(cache, postWithKey)).toEqual([]);
    expect(codes(cache, postWithoutKey)).toEqual(['connection-unknown-key']);
    expect(codes(cache, postWithKey)).toEqual([]);
  });

  it('re-checks keys and auth when the API settings change', () => {
    const cache = new ParseCache();
    const owner = 'type Post @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n}\n';
    const run = (authProviders: ReadonlySet<'apiKey' | 'userPools'>) =>
      analyzeSchema([{ uri: POST, text: owner }], v1Settings({ authProviders }), cache).diagnostics.map((d) => d.code);
    expect(run(new Set(['userPools']))).toEqual([]);
    expect(run(new Set(['apiKey']))).toEqual(['auth-provider-not-configured']);
  });

  it('moves the v2 rewrite hints with their directives when lines are added above', () => {
    const cache = new ParseCache();
    const first = analyzeSchema([{ uri: POST, text: postWithKey }], settings, cache).diagnostics.filter((d) => d.severity === 'hint');
    const moved = analyzeSchema([{ uri: POST, text: `# Posts\n\n${postWithKey}` }], settings, cache).diagnostics.filter(
      (d) => d.severity === 'hint',
    );
    expect(first.map((d) => d.range.start.line)).toEqual([0]);
    expect(moved.map((d) => d.range.start.line)).toEqual([2]);
    expect(moved[0].fixes?.[0].edits.every((edit) => edit.range.start.line >= 2)).toBe(true);
  });
});
