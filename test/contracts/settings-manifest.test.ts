import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LENS_SETTINGS, LENS_SETTINGS_SECTION } from 'amplify-lens-model/contracts';
import { repoRoot } from '../support/repo-root';

/** package.json's `contributes.configuration.properties`: what VS Code shows and stores. */
const properties = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')).contributes.configuration.properties as Record<
  string,
  Record<string, unknown>
>;

/** The parts of a declaration that decide a value's type: what the readers are typed by. */
function shapeOf(declaration: Record<string, unknown>) {
  const { type, default: fallback, enum: allowed, minimum, maximum, items } = declaration;
  return { type, default: fallback, enum: allowed, minimum, maximum, items };
}

describe('the settings contract and the manifest', () => {
  it('declare the same settings', () => {
    const manifestKeys = Object.keys(properties).map((key) => key.replace(`${LENS_SETTINGS_SECTION}.`, ''));
    expect(Object.keys(properties).every((key) => key.startsWith(`${LENS_SETTINGS_SECTION}.`))).toBe(true);
    expect(manifestKeys.sort()).toEqual(Object.keys(LENS_SETTINGS).sort());
  });

  it.each(Object.keys(LENS_SETTINGS))('give amplifyLens.%s the same type, default and allowed values', (key) => {
    const declared = properties[`${LENS_SETTINGS_SECTION}.${key}`];
    expect(declared, `package.json declares amplifyLens.${key}`).toBeDefined();
    expect(shapeOf(LENS_SETTINGS[key as keyof typeof LENS_SETTINGS] as Record<string, unknown>)).toEqual(shapeOf(declared));
  });
});
