import { describe, expect, it } from 'vitest';
import { applyEdits, flagged, relationalDiagnostics } from '../../../../test-support/graphql/relational-diagnostics';

describe('@hasOne placement and shape', () => {
  it('rejects a list, offering @hasMany or a single type', () => {
    const sdl = 'type Team @model {\n  id: ID!\n  projects: [Project] @hasOne\n}\ntype Project @model {\n  id: ID!\n}\n';
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-list-shape@3:13-3:22 [Project]']);
    expect(diagnostic.message).toBe('@hasOne cannot be used with lists. Use @hasMany instead, or change Team.projects to Project.');
    expect(applyEdits(sdl, diagnostic.fixes![0].edits)).toContain('projects: [Project] @hasMany');
    expect(applyEdits(sdl, diagnostic.fixes![1].edits)).toContain('projects: Project @hasOne');
  });

  it('reports every misplacement at once: a non-model parent and a non-model related type', () => {
    const sdl = 'type Team {\n  id: ID!\n  project: Project @hasOne\n}\ntype Project {\n  id: ID!\n}\n';
    expect(flagged(sdl)).toEqual(['relational-related-not-model@3:12-3:19 Project', 'relational-parent-not-model@3:20-3:27 @hasOne']);
  });

  it('flags a relational field declared on an interface', () => {
    const sdl = 'interface Owned {\n  team: Team @hasOne\n}\ntype Team @model {\n  id: ID!\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-parent-not-model@2:14-2:21 @hasOne']);
    expect(diagnostic.fixes).toBeUndefined();
  });
});

describe('@hasOne with references', () => {
  const valid = `
type Team @model {
  id: ID!
  project: Project @hasOne(references: ["teamId"])
}
type Project @model {
  id: ID!
  teamId: ID
  team: Team @belongsTo(references: ["teamId"])
}
`;

  it('rejects a required field', () => {
    const sdl = valid.replace('project: Project @hasOne', 'project: Project! @hasOne');
    const [diagnostic, ...rest] = relationalDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(flagged(sdl)).toEqual(['relational-required-field@4:12-4:20 Project!']);
    expect(diagnostic.message).toBe("@hasOne fields must not be required. Change 'Team.project: Project!' to 'Team.project: Project'");
  });

  it('needs the @belongsTo counterpart and offers to add it', () => {
    const sdl =
      'type Team @model {\n  id: ID!\n  project: Project @hasOne(references: ["teamId"])\n}\ntype Project @model {\n  id: ID!\n  teamId: ID\n}\n';
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-unidirectional@3:20-3:51 @hasOne(references: ["teamId"])']);
    expect(diagnostic.fixes![0].title).toBe('Add the missing @belongsTo counterpart Project.team');
    const fixed = applyEdits(sdl, diagnostic.fixes![0].edits);
    expect(fixed).toContain('  teamId: ID\n  team: Team @belongsTo(references: ["teamId"])\n}');
    expect(relationalDiagnostics(fixed)).toEqual([]);
  });

  it('compares reference types with the primary key, treating ID and String alike', () => {
    const sdl = valid.replace('teamId: ID', 'teamId: String');
    expect(relationalDiagnostics(sdl)).toEqual([]);
    const mismatched = valid.replace('teamId: ID', 'teamId: Int');
    expect(flagged(mismatched)).toEqual(['relational-reference-type-mismatch@8:11-8:14 Int']);
  });

  it('compares with an implicit ID key when the model has no @primaryKey, as the transformer does', () => {
    const sdl = valid.replace('type Team @model {\n  id: ID!', 'type Team @model {\n  id: Int!');
    expect(relationalDiagnostics(sdl)).toEqual([]);
  });
});

describe('@hasOne with legacy fields', () => {
  const teamWithSortKey = 'type Team @model {\n  id: ID! @primaryKey(sortKeyFields: ["name"])\n  name: String!\n}\n';

  it('checks the fields against the related primary key and its sort keys', () => {
    const sdl = `type Project @model {\n  id: ID!\n  teamID: ID\n  teamName: Int\n  team: Team @hasOne(fields: ["teamID", "teamName"])\n}\n${teamWithSortKey}`;
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-field-type-mismatch@5:41-5:51 "teamName"']);
    expect(diagnostic.message).toBe('teamName field is not of type String. Change Project.teamName to String to match Team.name.');
    expect(relationalDiagnostics(applyEdits(sdl, diagnostic.fixes![0].edits))).toEqual([]);
  });

  it('rejects an empty fields list', () => {
    const sdl = `type Project @model {\n  id: ID!\n  team: Team @hasOne(fields: [])\n}\n${teamWithSortKey}`;
    const [diagnostic] = relationalDiagnostics(sdl);
    expect(flagged(sdl)).toEqual(['relational-empty-fields@3:30-3:32 []']);
    expect(diagnostic.message).toMatch(/^No fields passed to @hasOne directive\./);
  });

  it('accepts a single string for fields, as GraphQL input coercion does', () => {
    const sdl = 'type Project @model {\n  id: ID!\n  teamID: ID\n  team: Team @hasOne(fields: "teamID")\n}\ntype Team @model {\n  id: ID!\n}\n';
    expect(relationalDiagnostics(sdl)).toEqual([]);
  });

  it('warns about legacy fields and a required field only in Gen 2', () => {
    const sdl =
      'type Project @model {\n  id: ID!\n  teamID: ID!\n  team: Team! @hasOne(fields: ["teamID"])\n}\ntype Team @model {\n  id: ID!\n}\n';
    expect(relationalDiagnostics(sdl)).toEqual([]);
    expect(flagged(sdl, { generation: 2 })).toEqual([
      'relational-required-deprecated@4:9-4:14 Team!',
      'relational-fields-deprecated@4:23-4:41 fields: ["teamID"]',
    ]);
  });
});
