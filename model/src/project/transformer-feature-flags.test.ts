import { describe, expect, it } from 'vitest';
import { chooseTransformerVersion, resolveTransformerFlags } from 'amplify-lens-model/project';

function versionFor(flags: Record<string, unknown> | undefined, existingProject = true): 1 | 2 {
  return chooseTransformerVersion(resolveTransformerFlags(flags ?? {}, {}, { existingProject })).version;
}

describe('the transformer version, as the Amplify CLI decides it', () => {
  // The table of the CLI's behaviour for a project with amplify/.config/project-config.json.
  it.each([
    ['no graphqltransformer section', undefined, 1],
    ['transformerversion 2 alone', { transformerversion: 2 }, 1],
    ['useexperimentalpipelinedtransformer false', { useexperimentalpipelinedtransformer: false, transformerversion: 2 }, 1],
    ['pipelined with transformerversion 1 (the CLI rewrites it to 2)', { useexperimentalpipelinedtransformer: true, transformerversion: 1 }, 2],
    ['both set for v2, as CLI 7+ writes them', { useexperimentalpipelinedtransformer: true, transformerversion: 2 }, 2],
    ['pipelined alone', { useexperimentalpipelinedtransformer: true }, 2],
  ] as const)('an existing project with %s uses v%s', (_name, flags, expected) => {
    expect(versionFor(flags)).toBe(expected);
  });

  it('takes the new-project defaults only where there is no project-config.json', () => {
    expect(versionFor(undefined, false)).toBe(2);
    expect(versionFor({ useexperimentalpipelinedtransformer: false }, false)).toBe(1);
  });

  it('lets the env file override cli.json and names the file that decided', () => {
    const flags = resolveTransformerFlags(
      { useexperimentalpipelinedtransformer: true, transformerversion: 2 },
      { useexperimentalpipelinedtransformer: false },
      { existingProject: true, envFileName: 'cli.prod.json' },
    );
    expect(chooseTransformerVersion(flags)).toEqual({
      version: 1,
      reason: 'amplify/cli.prod.json sets graphqltransformer.useexperimentalpipelinedtransformer to false',
    });
  });

  it('fills the other flags with the existing-project defaults', () => {
    const { values } = resolveTransformerFlags({ transformerversion: 2 }, {}, { existingProject: true });
    expect(values).toMatchObject({
      secondarykeyasgsi: false,
      enableautoindexquerynames: false,
      respectprimarykeyattributesonconnectionfield: false,
      transformerversion: 2,
    });
  });
});
