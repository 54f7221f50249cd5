import { describe, expect, it } from 'vitest';
import { diagnose, underlined } from '../../../test-support/graphql/diagnose';

const TEAM = 'type Team @model @auth(rules: [{ allow: owner }]) {\n  id: ID! @primaryKey(sortKeyFields: ["name"])\n  name: String!\n}\n';

function project(fields: string, projectAuth = ' @auth(rules: [{ allow: owner }])', team = TEAM): string {
  return `type Project @model${projectAuth} {\n  id: ID!\n  teamID: ID\n  teamName: String\n  team: Team @hasOne(fields: ${fields})\n}\n${team}`;
}

describe('@hasOne/@belongsTo fields against the related key, with @auth', () => {
  it('rejects one field for a composite key when both models have @auth', () => {
    const sdl = project('["teamID"]');
    const diagnostics = diagnose(sdl).filter((d) => d.code === 'auth-related-key-size');
    expect(diagnostics.map((d) => underlined(sdl, d))).toEqual(['["teamID"]']);
    expect(diagnostics[0].message).toMatch(
      /^Invalid @hasOne on Project:team\. Provided fields do not match the size of primary key\(s\) for Team\. With @auth on both models, list a field of Project for each key field of Team \('id', 'name'\)/,
    );
  });

  it('accepts the whole key', () => {
    expect(diagnose(project('["teamID", "teamName"]'))).toEqual([]);
  });

  it('is not a problem without @auth on either side (the relational transformer accepts it)', () => {
    expect(diagnose(project('["teamID"]', '')).filter((d) => d.code === 'auth-related-key-size')).toEqual([]);
    const openTeam = TEAM.replace(' @auth(rules: [{ allow: owner }])', '');
    expect(
      diagnose(project('["teamID"]', ' @auth(rules: [{ allow: owner }])', openTeam)).filter((d) => d.code === 'auth-related-key-size'),
    ).toEqual([]);
  });

  it('counts field-level @auth as @auth, and checks @belongsTo the same way', () => {
    const sdl = [
      'type Member @model {',
      '  id: ID!',
      '  secret: String @auth(rules: [{ allow: owner }])',
      '  teamID: ID',
      '  team: Team @belongsTo(fields: ["teamID"])',
      '}',
      TEAM,
    ].join('\n');
    expect(
      diagnose(sdl)
        .filter((d) => d.code === 'auth-related-key-size')
        .map((d) => underlined(sdl, d)),
    ).toEqual(['["teamID"]']);
  });
});
