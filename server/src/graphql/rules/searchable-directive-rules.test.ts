import { describe, expect, it } from 'vitest';
import { diagnose, underlined } from '../../../test-support/graphql/diagnose';

function searchableDiagnostics(sdl: string, generation: 1 | 2 = 1) {
  return diagnose(sdl, { generation }).filter((d) => d.code.startsWith('searchable-'));
}

describe('@searchable rules', () => {
  it('accepts the documented examples', () => {
    expect(diagnose('type Todo @model @searchable {\n  content: String\n}\n')).toEqual([]);
    expect(diagnose('type Post @model @searchable(queries: { search: "findPosts" }) {\n  id: ID!\n  title: String!\n  views: Int\n}\n')).toEqual(
      [],
    );
  });

  it('requires @model', () => {
    const sdl = 'type Todo @searchable {\n  content: String\n}\n';
    const diagnostics = searchableDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['searchable-not-on-model', '@searchable']]);
    expect(diagnostics[0].message).toContain('Types annotated with @searchable must also be annotated with @model.');
  });

  it('requires fields', () => {
    const sdl = 'type Todo @model @searchable\n';
    expect(searchableDiagnostics(sdl).map((d) => d.code)).toEqual(['searchable-no-fields']);
  });

  it('warns that @searchable is deprecated in Gen 2 only', () => {
    const sdl = 'type Todo @model @searchable {\n  content: String\n}\n';
    expect(searchableDiagnostics(sdl)).toEqual([]);
    const [diagnostic] = searchableDiagnostics(sdl, 2);
    expect(diagnostic.code).toBe('searchable-deprecated');
    expect(diagnostic.severity).toBe('warning');
    expect(diagnostic.message).toContain('@searchable is deprecated. This functionality will be removed in the next major release.');
  });
});
