import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { diagnose, summarize, underlined } from '../../../test-support/graphql/diagnose';

const post = 'type Post {\n  id: ID!\n  title: String\n  description: String\n  views: Int\n}\n';

function httpDiagnostics(sdl: string) {
  return diagnose(sdl).filter((d) => d.code.startsWith('http-'));
}

describe('@http rules', () => {
  describe('documented examples', () => {
    const examples = {
      'plain GET': 'type Query {\n  listPosts: [Post] @http(url: "https://www.example.com/posts")\n}\n',
      headers:
        'type Query {\n  listPosts: [Post]\n    @http(\n      url: "https://www.example.com/posts"\n      headers: [{ key: "X-Header", value: "X-Header-Value" }]\n    )\n}\n',
      'path parameter': 'type Query {\n  getPost: Post @http(url: "https://www.example.com/posts/:id")\n}\n',
      'query string':
        'type Query {\n  listPosts(sort: String!, from: String!, limit: Int!): Post\n    @http(url: "https://www.example.com/posts")\n}\n',
      body: 'type Mutation {\n  addPost(title: String!, description: String!, views: Int): Post\n    @http(method: POST, url: "https://www.example.com/post")\n}\n',
      'env in the url': 'type Query {\n  listPosts: Post @http(url: "https://www.example.com/${env}/posts")\n}\n',
      'plain http': 'type Query {\n  listPosts: Post @http(url: "http://localhost:3000/posts")\n}\n',
    };
    for (const [name, sdl] of Object.entries(examples)) {
      it(`accepts: ${name}`, () => expect(diagnose(post + sdl)).toEqual([]));
    }
  });

  it('flags a url without http(s) and offers to prefix https://', () => {
    const sdl = 'type Query {\n  listPosts: [String] @http(url: "www.example.com/posts")\n}\n';
    const [diagnostic, ...rest] = httpDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(summarize([diagnostic])).toEqual(['http-invalid-url@2:34-2:57']);
    expect(underlined(sdl, diagnostic)).toBe('"www.example.com/posts"');
    expect(diagnostic.message).toContain('requires a url parameter that begins with http:// or https://');
    expect(applyFix(sdl, diagnostic.fixes?.[0])).toContain('@http(url: "https://www.example.com/posts")');
  });

  it('rejects an upper-case scheme as the transformer does and offers to lower it', () => {
    const sdl = 'type Query {\n  a: String @http(url: "HTTPS://example.com")\n}\n';
    const [diagnostic] = httpDiagnostics(sdl);
    expect(applyFix(sdl, diagnostic.fixes?.[0])).toContain('@http(url: "https://example.com")');
  });

  it('offers no fix for another scheme', () => {
    const sdl = 'type Query {\n  a: String @http(url: "ftp://example.com/file")\n}\n';
    const [diagnostic] = httpDiagnostics(sdl);
    expect(diagnostic.code).toBe('http-invalid-url');
    expect(diagnostic.fixes).toBeUndefined();
  });
});
