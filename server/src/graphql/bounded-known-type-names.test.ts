import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTED_NAMES } from './bounded-known-type-names';
import { diagnose } from '../../test-support/graphql/diagnose';

describe('unknown types, with suggestions bounded', () => {
  it('reports as graphql-js does: the message with its suggestion, for every use of the name', () => {
    const diagnostics = diagnose('type Post {\n  id: ID!\n  a: Pots\n  b: Pots\n  c: String\n}\n');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Unknown type "Pots". Did you mean "Post"?',
      'Unknown type "Pots". Did you mean "Post"?',
    ]);
  });

  it('suggests for the first different unknown names only, and still reports every one', () => {
    const count = MAX_SUGGESTED_NAMES + 50;
    const types = Array.from({ length: count }, (_, i) => `type Name${i} {\n  id: ID!\n  other: Nme${i}\n}\n`).join('\n');
    const diagnostics = diagnose(`${types}\ntype Extra {\n  id: ID!\n  again: Nme0\n  scalar: Int\n}\n`);
    expect(diagnostics).toHaveLength(count + 1);
    const suggested = diagnostics.filter((d) => d.message.includes('Did you mean'));
    expect(suggested).toHaveLength(MAX_SUGGESTED_NAMES + 1);
    expect(diagnostics.find((d) => d.message.startsWith(`Unknown type "Nme${count - 1}"`))?.message).toBe(`Unknown type "Nme${count - 1}".`);
  });
});
