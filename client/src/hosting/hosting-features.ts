/**
 * What the Hosting view, Open in AWS Console and the sandbox secret commands run, in one module:
 * the build makes it a bundle of its own (client/out/hosting-features.js), required when the
 * Hosting view is first shown or one of these commands first runs, so activation does not read or
 * evaluate it. Import it only with `import()`.
 */
export { startHosting, type HostingDependencies, type StartedHosting } from './start-hosting';
export { openResourceInConsole } from '../console/open-in-console-command';
export { runSandboxSecretCommand } from '../sandbox-secrets/sandbox-secret-commands';
