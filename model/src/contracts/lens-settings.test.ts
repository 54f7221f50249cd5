import { describe, expect, it } from 'vitest';
import { readInitializationOptions } from './initialization-options';
import { readLensSetting, readLensSettingsSection } from './lens-settings';

describe('readLensSetting', () => {
  it('keeps values of the declared type and allowed value', () => {
    expect(readLensSetting('transformerVersion', '1')).toBe('1');
    expect(readLensSetting('logs.bufferSize', 5_000)).toBe(5_000);
    expect(readLensSetting('schemaFiles', ['schemas/*.graphql'])).toEqual(['schemas/*.graphql']);
  });

  it('falls back to the default for anything else a settings file may hold', () => {
    expect(readLensSetting('transformerVersion', '3')).toBe('auto');
    expect(readLensSetting('logs.timeZone', null)).toBe('local');
    expect(readLensSetting('logs.bufferSize', '5000')).toBe(10_000);
    expect(readLensSetting('environments.refreshIntervalSeconds', Number.NaN)).toBe(60);
    expect(readLensSetting('gen2AppIds', 'd1abc')).toEqual([]);
  });

  it('reads a number where the allowed values are digits, and drops list items that are not strings', () => {
    expect(readLensSetting('transformerVersion', 2)).toBe('2');
    expect(readLensSetting('schemaFiles', ['a.graphql', 3, null])).toEqual(['a.graphql']);
  });

  it('hands out a fresh default list, so a caller cannot change the declaration', () => {
    const list = readLensSetting('schemaFiles', undefined);
    list.push('x');
    expect(readLensSetting('schemaFiles', undefined)).toEqual([]);
  });
});

describe('readLensSettingsSection', () => {
  it('reads the nested section VS Code answers and the flat dotted keys other editors send', () => {
    expect(readLensSettingsSection({ trace: { server: 'verbose' }, logs: { timeZone: 'utc' } })).toMatchObject({
      'trace.server': 'verbose',
      'logs.timeZone': 'utc',
      schemaFiles: [],
    });
    expect(readLensSettingsSection({ 'logs.bufferSize': 2_000 })['logs.bufferSize']).toBe(2_000);
  });

  it('gives every default for no section at all', () => {
    expect(readLensSettingsSection(null).transformerVersion).toBe('auto');
  });
});

describe('readInitializationOptions', () => {
  it('reads the settings it carries as the settings are read, and keeps JSON features on unless turned off', () => {
    expect(readInitializationOptions({ schemaFiles: ['x/*.graphql'], transformerVersion: 1 })).toEqual({
      settings: { schemaFiles: ['x/*.graphql'], transformerVersion: '1' },
      jsonSchemaFeatures: true,
      yamlSchemaFeatures: true,
      workspaceTrusted: true,
    });
    expect(readInitializationOptions({ jsonSchemaFeatures: false }).jsonSchemaFeatures).toBe(false);
    expect(readInitializationOptions({ workspaceTrusted: false }).workspaceTrusted).toBe(false);
    expect(readInitializationOptions('nonsense').settings).toEqual({ schemaFiles: [], transformerVersion: 'auto' });
  });
});
