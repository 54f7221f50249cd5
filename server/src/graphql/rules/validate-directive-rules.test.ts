import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { diagnose, underlined } from '../../../test-support/graphql/diagnose';

function validateFindings(sdl: string, generation: 1 | 2 = 2) {
  return diagnose(sdl, { generation })
    .filter((d) => d.code.startsWith('validate-'))
    .map((d) => [d.code, underlined(sdl, d)]);
}

const model = (field: string) => `type Item @model {\n  id: ID!\n  ${field}\n}\n`;

describe('@validate rules', () => {
  it('accepts each validation on the types it is for, after @default', () => {
    const sdl = model(
      [
        'a: Int @validate(type: gt, value: "0") @validate(type: lte, value: "10")',
        'b: Float @validate(type: gte, value: "-1.5") @validate(type: lt, value: "1e3")',
        'c: String @default(value: "user_x") @validate(type: minLength, value: "3") @validate(type: maxLength, value: "10")',
        'd: String! @validate(type: startsWith, value: "a") @validate(type: endsWith, value: "z") @validate(type: matches, value: "^a.*z$")',
        'e: String @validate(type: minLength, value: "0")',
      ].join('\n  '),
    );
    expect(diagnose(sdl, { generation: 2 })).toEqual([]);
  });

  it('is only for fields of @model types', () => {
    expect(validateFindings('type Item {\n  a: Int @validate(type: gt, value: "0")\n}\n')).toEqual([
      ['validate-not-on-model', '@validate(type: gt, value: "0")'],
    ]);
  });

  it('is not for lists', () => {
    expect(validateFindings(model('tags: [String] @validate(type: minLength, value: "1")'))).toEqual([
      ['validate-on-list', '@validate(type: minLength, value: "1")'],
    ]);
  });

  it('must come after @default, with a fix that moves @default first', () => {
    const sdl = model('name: String @validate(type: minLength, value: "3") @default(value: "anon")');
    const diagnostics = diagnose(sdl, { generation: 2 });
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['validate-before-default', '@validate(type: minLength, value: "3")'],
    ]);
    expect(diagnostics[0].message).toBe(
      '@validate directive must be specified after @default directive. Move @default before the @validate directives of this field.',
    );
    const fixed = applyFix(sdl, diagnostics[0].fixes?.[0]);
    expect(fixed).toContain('name: String @default(value: "anon") @validate(type: minLength, value: "3")\n');
    expect(diagnose(fixed, { generation: 2 })).toEqual([]);
  });

  it('rejects the same validation type twice on a field', () => {
    const sdl = model('n: Int @validate(type: gt, value: "0") @validate(type: gt, value: "1")');
    const diagnostics = diagnose(sdl, { generation: 2 });
    expect(diagnostics.map((d) => d.code)).toEqual(['validate-duplicate-type']);
    expect(diagnostics[0].message).toMatch(
      /^Duplicate @validate directive with type 'gt' on field 'n'\. Each validation type can only be used once per field\./,
    );
  });

  it('checks that the validation fits the field type', () => {
    expect(validateFindings(model('n: String @validate(type: gt, value: "0")'))).toEqual([['validate-type-mismatch', 'gt']]);
    expect(validateFindings(model('n: Int @validate(type: minLength, value: "1")'))).toEqual([['validate-type-mismatch', 'minLength']]);
    expect(validateFindings(model('n: AWSEmail @validate(type: maxLength, value: "9")'))).toEqual([['validate-type-mismatch', 'maxLength']]);
    expect(validateFindings(model('n: ID @validate(type: startsWith, value: "a")'))).toEqual([['validate-type-mismatch', 'startsWith']]);
    const [diagnostic] = diagnose(model('n: String @validate(type: gt, value: "0")'), { generation: 2 });
    expect(diagnostic.message).toBe("Validation type 'gt' can only be used with numeric fields (Int, Float). Field 'n' is of type 'String'.");
  });

  it('requires non-negative integer lengths, read as parseInt reads them', () => {
    expect(validateFindings(model('n: String @validate(type: minLength, value: "-1")'))).toEqual([['validate-invalid-length', '"-1"']]);
    expect(validateFindings(model('n: String @validate(type: maxLength, value: "ten")'))).toEqual([['validate-invalid-length', '"ten"']]);
    expect(validateFindings(model('n: String @validate(type: maxLength, value: "10 chars")'))).toEqual([]);
    const [diagnostic] = diagnose(model('n: String @validate(type: minLength, value: "-1")'), { generation: 2 });
    expect(diagnostic.message).toMatch(/^minLength value must be a non-negative integer\. Received '-1' for field 'n'\./);
  });

  it('requires numbers for numeric validations', () => {
    expect(validateFindings(model('n: Float @validate(type: lt, value: "abc")'))).toEqual([['validate-invalid-number', '"abc"']]);
    expect(validateFindings(model('n: Float @validate(type: lt, value: "-0.5")'))).toEqual([]);
  });

  it('leaves Gen 1 to the SDL layer, where @validate is unknown', () => {
    expect(validateFindings(model('n: String @validate(type: gt, value: "x")'), 1)).toEqual([]);
  });
});
