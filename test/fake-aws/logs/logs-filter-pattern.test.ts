import { describe, expect, it } from 'vitest';
import { compileFilterPattern } from './logs-filter-pattern';

const lines = {
  info: '2026-05-14T09:31:00.003Z\tabc\tINFO\tSummarized post 42',
  error: '2026-05-14T09:31:00.009Z\tabc\tERROR\tInvoke Error \t{"errorType":"TypeError"}',
  timeout: 'Task timed out after 3.00 seconds',
  json: '{"level":"ERROR","message":"boom","latency":250,"user":{"id":"u-1"}}',
  jsonInfo: '{"level":"INFO","message":"ok","latency":20}',
};
const matching = (pattern: string) =>
  Object.entries(lines)
    .filter(([, line]) => compileFilterPattern(pattern)(line))
    .map(([name]) => name);

describe('compileFilterPattern', () => {
  it('matches everything without a pattern', () => {
    expect(matching('')).toEqual(Object.keys(lines));
  });
  it('requires every term, case-sensitively, and quoted phrases whole', () => {
    expect(matching('ERROR TypeError')).toEqual(['error']);
    expect(matching('summarized')).toEqual([]);
    expect(matching('"timed out"')).toEqual(['timeout']);
  });
  it('takes any of ?terms', () => {
    expect(matching('?TypeError ?timed')).toEqual(['error', 'timeout']);
  });
  it('leaves out -terms', () => {
    expect(matching('ERROR -TypeError')).toEqual(['json']);
  });
  it('matches %regex%', () => {
    expect(matching('%post \\d+%')).toEqual(['info']);
  });
  it('selects JSON fields with comparisons, wildcards, && and ||', () => {
    expect(matching('{ $.level = "ERROR" }')).toEqual(['json']);
    expect(matching('{ $.level = "ERR*" }')).toEqual(['json']);
    expect(matching('{ $.latency > 100 }')).toEqual(['json']);
    expect(matching('{ $.level = "INFO" || $.user.id = "u-1" }')).toEqual(['json', 'jsonInfo']);
    expect(matching('{ $.level != "ERROR" && $.latency < 100 }')).toEqual(['jsonInfo']);
  });
  it('refuses what it does not implement, as an invalid parameter', () => {
    expect(() => compileFilterPattern('[ip, user]')).toThrow(expect.objectContaining({ code: 'InvalidParameterException' }));
    expect(() => compileFilterPattern('{ ($.a = 1) }')).toThrow(expect.objectContaining({ code: 'InvalidParameterException' }));
  });
});
