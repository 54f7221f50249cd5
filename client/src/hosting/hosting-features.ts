/**
 * What the Hosting view, Open in AWS Console and the sandbox secret commands run, in one module,
 * imported only with `import()`: the bundler keeps what only it uses unevaluated until the Hosting
 * view is first shown or one of these commands first runs. It stays inside extension.js rather than
 * a bundle of its own: most of what it uses (the panels, the deploy rules, the AWS problem
 * classification) is already there, and a bundle of its own would ship a second copy (14 KB of
 * the package, which must stay under 1 MB).
 */
export { startHosting, type HostingDependencies, type StartedHosting } from './start-hosting';
export { openResourceInConsole } from '../console/open-in-console-command';
export { runSandboxSecretCommand } from '../sandbox-secrets/sandbox-secret-commands';
