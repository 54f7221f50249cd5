/** Amplify Hosting in the sidebar: the app of each project, its branches, builds and their logs, redeploy, retry and stop. */
export { registerHosting, type HostingDependencies, type RegisteredHosting } from './register-hosting';
export { HOSTING_COMMANDS, HOSTING_VIEW_ID } from './hosting-command-ids';
