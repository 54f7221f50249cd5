/** The sandbox secret commands; registered at activation, their work loaded on first use. */
export const SANDBOX_SECRET_COMMANDS = {
  manage: 'amplifyLens.sandboxSecrets.manage',
  set: 'amplifyLens.sandboxSecrets.set',
  remove: 'amplifyLens.sandboxSecrets.remove',
} as const;

export type SandboxSecretCommand = keyof typeof SANDBOX_SECRET_COMMANDS;
