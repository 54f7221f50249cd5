import { describe, expect, it } from 'vitest';
import { GitignoreMatcher, parseGitignore } from './gitignore-matcher';

function matcher(text: string, base = ''): GitignoreMatcher {
  return new GitignoreMatcher(parseGitignore(text, base));
}

const AMPLIFY_GEN1 = `#amplify-do-not-edit-begin
amplify/\\#current-cloud-backend
amplify/.config/local-*
amplify/logs
amplify/mock-data
amplify/mock-api-resources
amplify/backend/amplify-meta.json
amplify/backend/.temp
build/
dist/
node_modules/
aws-exports.js
awsconfiguration.json
amplifyconfiguration.json
amplifyconfiguration.dart
amplify-build-config.json
amplify-gradle-config.json
amplifytools.xcconfig
.secret-*
**.sample
#amplify-do-not-edit-end
`;

describe('parseGitignore', () => {
  it('skips comments and blank lines and reads negation, directory-only and anchoring', () => {
    const rules = parseGitignore('# comment\n\n!keep.txt\nbuild/\n/top\nsrc/gen\nname\n');
    expect(rules.map(({ pattern, negated, directoryOnly, anchored }) => ({ pattern, negated, directoryOnly, anchored }))).toEqual([
      { pattern: '!keep.txt', negated: true, directoryOnly: false, anchored: false },
      { pattern: 'build/', negated: false, directoryOnly: true, anchored: false },
      { pattern: '/top', negated: false, directoryOnly: false, anchored: true },
      { pattern: 'src/gen', negated: false, directoryOnly: false, anchored: true },
      { pattern: 'name', negated: false, directoryOnly: false, anchored: false },
    ]);
  });

  it('handles CRLF files and trailing spaces (kept when escaped)', () => {
    const m = matcher('a.txt   \r\nb\\ \r\n');
    expect(m.isIgnored('a.txt', false)).toBe(true);
    expect(m.isIgnored('b ', false)).toBe(true);
    expect(m.isIgnored('b', false)).toBe(false);
  });
});

describe('GitignoreMatcher', () => {
  it("answers for the Amplify CLI's own block", () => {
    const m = matcher(AMPLIFY_GEN1);
    expect(m.isIgnored('amplify/#current-cloud-backend', true)).toBe(true);
    expect(m.isIgnored('amplify/#current-cloud-backend/amplify-meta.json', false)).toBe(true);
    expect(m.isIgnored('amplify/.config/local-env-info.json', false)).toBe(true);
    expect(m.isIgnored('amplify/.config/local-aws-info.json', false)).toBe(true);
    expect(m.isIgnored('amplify/.config/project-config.json', false)).toBe(false);
    expect(m.isIgnored('amplify/backend/amplify-meta.json', false)).toBe(true);
    expect(m.isIgnored('amplify/backend/backend-config.json', false)).toBe(false);
    expect(m.isIgnored('amplify/backend/.temp', true)).toBe(true);
    expect(m.isIgnored('src/aws-exports.js', false)).toBe(true);
    expect(m.isIgnored('amplify/hooks/post-push.sh.sample', false)).toBe(true);
    expect(m.isIgnored('amplify/team-provider-info.json', false)).toBe(false);
    expect(m.isIgnored('amplify/backend/function/f/build/parameters.json', false)).toBe(true);
    // anchored to the .gitignore's folder: a nested amplify/ folder is not matched
    expect(m.isIgnored('packages/web/amplify/backend/amplify-meta.json', false)).toBe(false);
  });

  it('treats a comment-looking escaped hash as a literal name', () => {
    expect(matcher('\\#file').isIgnored('#file', false)).toBe(true);
    expect(matcher('#file').isIgnored('#file', false)).toBe(false);
  });

  it('matches unanchored names at any depth, anchored ones only below the base', () => {
    const m = matcher('secret.json\n/root-only.json\nconf/*.json\n');
    expect(m.isIgnored('secret.json', false)).toBe(true);
    expect(m.isIgnored('a/b/secret.json', false)).toBe(true);
    expect(m.isIgnored('root-only.json', false)).toBe(true);
    expect(m.isIgnored('sub/root-only.json', false)).toBe(false);
    expect(m.isIgnored('conf/a.json', false)).toBe(true);
    expect(m.isIgnored('conf/deep/a.json', false)).toBe(false);
    expect(m.isIgnored('x/conf/a.json', false)).toBe(false);
  });

  it('applies directory-only patterns to folders and to what they contain, not to files', () => {
    const m = matcher('out/\n');
    expect(m.isIgnored('out', true)).toBe(true);
    expect(m.isIgnored('out', false)).toBe(false);
    expect(m.isIgnored('pkg/out/file.js', false)).toBe(true);
  });

  it('supports the ** forms', () => {
    const leading = matcher('**/generated');
    expect(leading.isIgnored('generated', true)).toBe(true);
    expect(leading.isIgnored('a/b/generated', false)).toBe(true);
    const trailing = matcher('logs/**');
    expect(trailing.isIgnored('logs/a/b.txt', false)).toBe(true);
    expect(trailing.isIgnored('logs', true)).toBe(false);
    const middle = matcher('a/**/z.txt');
    expect(middle.isIgnored('a/z.txt', false)).toBe(true);
    expect(middle.isIgnored('a/b/c/z.txt', false)).toBe(true);
    expect(middle.isIgnored('b/a/z.txt', false)).toBe(false);
    const bare = matcher('**.sample');
    expect(bare.isIgnored('deep/x/pre-push.js.sample', false)).toBe(true);
  });

  it('supports ? and character classes, negated classes and a literal [', () => {
    const m = matcher('file?.txt\n[ab]*.log\n[!x]y\nodd[name\n');
    expect(m.isIgnored('file1.txt', false)).toBe(true);
    expect(m.isIgnored('file12.txt', false)).toBe(false);
    expect(m.isIgnored('a1.log', false)).toBe(true);
    expect(m.isIgnored('c1.log', false)).toBe(false);
    expect(m.isIgnored('zy', false)).toBe(true);
    expect(m.isIgnored('xy', false)).toBe(false);
    expect(m.isIgnored('odd[name', false)).toBe(true);
  });

  it('lets the last matching pattern win, so ! re-includes', () => {
    const m = matcher('amplify_outputs*\n!amplify_outputs.example.json\n');
    expect(m.isIgnored('amplify_outputs.json', false)).toBe(true);
    expect(m.isIgnored('amplify_outputs.example.json', false)).toBe(false);
    expect(matcher('!a.txt\na.txt\n').isIgnored('a.txt', false)).toBe(true);
  });

  it('cannot re-include a file whose folder is ignored, but can re-include through /*', () => {
    expect(matcher('amplify/\n!amplify/backend.ts\n').isIgnored('amplify/backend.ts', false)).toBe(true);
    const m = matcher('/amplify/*\n!/amplify/backend.ts\n');
    expect(m.isIgnored('amplify/backend.ts', false)).toBe(false);
    expect(m.isIgnored('amplify/other.ts', false)).toBe(true);
  });

  it('scopes rules to the folder of their .gitignore, deeper files winning', () => {
    const m = new GitignoreMatcher([...parseGitignore('*.json\n'), ...parseGitignore('!keep.json\n/local.txt\n', 'app')]);
    expect(m.isIgnored('app/keep.json', false)).toBe(false);
    expect(m.isIgnored('other/keep.json', false)).toBe(true);
    expect(m.isIgnored('app/local.txt', false)).toBe(true);
    expect(m.isIgnored('app/sub/local.txt', false)).toBe(false);
    expect(m.isIgnored('local.txt', false)).toBe(false);
  });

  it('answers at once for a pattern a regular expression would backtrack on for ever', () => {
    // As a regular expression, `[^/]*a[^/]*a…b` tries every split of the name between its stars.
    const m = matcher(`${'*a'.repeat(30)}*b\n[a-c]${'*a'.repeat(30)}*[!b]x\n`);
    expect(m.isIgnored('a'.repeat(250), false)).toBe(false);
    expect(m.isIgnored(`${'a'.repeat(250)}b`, false)).toBe(true);
    expect(m.isIgnored(`src/${'a'.repeat(100)}/${'a'.repeat(100)}zx`, false)).toBe(true);
  });

  it('reads classes as git does: ranges, negation that never matches a slash, literal brackets', () => {
    const m = matcher('log[0-9].txt\nfile[!a].md\nodd[.txt\n');
    expect(m.isIgnored('log7.txt', false)).toBe(true);
    expect(m.isIgnored('logx.txt', false)).toBe(false);
    expect(m.isIgnored('fileb.md', false)).toBe(true);
    expect(m.isIgnored('filea.md', false)).toBe(false);
    expect(m.isIgnored('odd[.txt', false)).toBe(true);
  });

  it('reports the rule that decided', () => {
    expect(matcher('a\n!b\n').matchingRule('b', false)?.pattern).toBe('!b');
    expect(matcher('a\n').matchingRule('c', false)).toBeUndefined();
  });
});
