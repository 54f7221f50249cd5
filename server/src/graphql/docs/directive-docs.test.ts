import { isEnumType, isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AWS_SCALARS, BUILT_IN_SCALARS } from '../amplify-directive-definitions';
import { defaultApiSettings } from '../api-settings';
import { amplifyDirectives, directiveSchema, directiveSignature, findAmplifyDirective, inputTypeAtPath } from './directive-schema';
import { directiveDoc, directiveMarkdown, enumValueDoc, inputFieldDoc, scalarMarkdown } from './docs-markdown';

const VARIANTS = {
  'Gen 2': defaultApiSettings({ generation: 2 }),
  'Gen 1, transformer v2': defaultApiSettings(),
  'Gen 1, transformer v1': defaultApiSettings({ transformerVersion: 1 }),
};

describe.each(Object.entries(VARIANTS))('the documentation catalog covers the package SDL (%s)', (_name, settings) => {
  it('documents every directive and each of its arguments', () => {
    const missing: string[] = [];
    for (const directive of amplifyDirectives(settings)) {
      const doc = directiveDoc(directive.name);
      if (!doc) missing.push(`@${directive.name}`);
      for (const argument of directive.args) {
        if (!doc?.arguments[argument.name]) missing.push(`@${directive.name}(${argument.name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("documents every field of the directives' input types and every enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(directiveSchema(settings).getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const field of Object.keys(type.getFields())) {
          if (!inputFieldDoc(type.name, field)) missing.push(`${type.name}.${field}`);
        }
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!enumValueDoc(type.name, value.name)) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('directive schema lookups', () => {
  const settings = defaultApiSettings({ generation: 2 });

  it("offers only the directives of the API's generation and transformer version", () => {
    const names = (s: typeof settings) => amplifyDirectives(s).map((directive) => directive.name);
    expect(names(settings)).toContain('validate');
    expect(names(defaultApiSettings())).not.toContain('validate');
    expect(names(defaultApiSettings({ transformerVersion: 1 }))).toEqual(expect.arrayContaining(['key', 'connection', 'versioned']));
    expect(names(defaultApiSettings({ transformerVersion: 1 }))).not.toContain('hasMany');
    expect(names(settings)).not.toContain('skip');
  });

  it('resolves the input type at a path through lists and input objects', () => {
    const auth = findAmplifyDirective('auth', settings)!;
    expect(String(inputTypeAtPath(auth, ['rules']))).toBe('[AuthRule!]!');
    expect(String(inputTypeAtPath(auth, ['rules', 'provider']))).toBe('AuthProvider');
    expect(String(inputTypeAtPath(auth, ['rules', 'operations']))).toBe('[ModelOperation]');
    expect(inputTypeAtPath(auth, ['rules', 'nope'])).toBeUndefined();
    expect(String(inputTypeAtPath(findAmplifyDirective('index', settings)!, ['projection', 'type']))).toBe('ProjectionType');
  });

  it('prints signatures from the package, breaking long ones over lines', () => {
    expect(directiveSignature(findAmplifyDirective('primaryKey', settings)!)).toBe(
      'directive @primaryKey(sortKeyFields: [String]) on FIELD_DEFINITION',
    );
    expect(directiveSignature(findAmplifyDirective('hasMany', settings)!)).toBe(
      'directive @hasMany(\n  indexName: String\n  fields: [String!]\n  references: [String!]\n  limit: Int = 100\n) on FIELD_DEFINITION',
    );
  });

  it('renders directive markdown with signature, summary, example and link', () => {
    const markdown = directiveMarkdown(findAmplifyDirective('model', settings)!);
    expect(markdown).toContain('directive @model(');
    expect(markdown).toContain('DynamoDB table');
    expect(markdown).toContain('type Todo @model');
    expect(markdown).toContain('(https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/data-modeling/)');
  });

  it('documents every AWS and built-in scalar', () => {
    for (const scalar of [...AWS_SCALARS, ...BUILT_IN_SCALARS]) expect(scalarMarkdown(scalar), scalar).toMatch(/scalar \w+/);
    expect(scalarMarkdown('AWSDateTime')).toContain('AWS AppSync documentation');
  });
});
