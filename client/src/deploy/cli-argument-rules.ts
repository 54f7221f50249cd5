/**
 * What the CLIs themselves accept as names, checked before a name reaches a command line. The
 * names come from the repository (team-provider-info.json's env names) or from stacks in the
 * account, so they are untrusted: a name the CLI would never have created is refused with a
 * message, even though the process is started without a shell and every argument is quoted.
 */
import type { DeployActionInput } from './deploy-command-catalog';

interface NameRule {
  pattern: RegExp;
  /** How the rule reads to the user. */
  rule: string;
}

export const CLI_NAME_RULES = {
  /** amplify-cli, packages/amplify-cli/src/init-steps/s0-analyzeProject.ts (`isEnvNameValid`), used by `init` and `env add` since 2019. */
  envName: { pattern: /^[a-z]{2,10}$/, rule: 'Amplify env names are 2–10 lower-case letters.' },
  /** amplify-backend, packages/cli/src/commands/sandbox/sandbox_command.ts (`--identifier`). */
  identifier: { pattern: /^[a-zA-Z0-9-]{1,15}$/, rule: 'Sandbox identifiers are up to 15 letters, digits and dashes.' },
  /** Amplify's AppId (`d` and lower-case letters and digits, at most 20), as the Amplify API defines it. */
  appId: { pattern: /^d[a-z0-9]{1,19}$/, rule: 'Amplify app ids are a "d" followed by lower-case letters and digits.' },
  /**
   * ampx accepts any non-empty branch (packages/cli/src/commands/pipeline-deploy/pipeline_deploy_command.ts);
   * Lens passes the characters git branches are made of in practice and nothing a shell reads.
   */
  branch: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9._/+@=#-]{0,254}$/,
    rule: 'Lens deploys branches named with letters, digits and . _ / + @ = # - only.',
  },
  /** CloudFormation stack names. */
  stackName: { pattern: /^[A-Za-z][A-Za-z0-9-]{0,127}$/, rule: 'CloudFormation stack names are letters, digits and dashes.' },
} as const satisfies Record<string, NameRule>;

type CheckedField = keyof typeof CLI_NAME_RULES & keyof DeployActionInput;

/** Why the input cannot go on a command line, or undefined when every name it carries is one the CLI accepts. */
export function invalidActionInput(input: DeployActionInput): string | undefined {
  for (const field of Object.keys(CLI_NAME_RULES) as CheckedField[]) {
    const value = input[field];
    if (value === undefined) continue;
    const { pattern, rule } = CLI_NAME_RULES[field];
    if (typeof value !== 'string' || !pattern.test(value))
      return `Lens will not pass ${JSON.stringify(String(value)).slice(0, 80)} to the CLI: ${rule}`;
  }
  return undefined;
}
