/** Running the Amplify CLIs as tasks, following their stacks, and keeping each env's last outcome. */
export { registerDeployCommands, SHOW_DEPLOY_TIMELINE_COMMAND } from './register-deploy-commands';
export type { DeployDependencies } from './deploy-controller';
export { lastDeployOutcome, outcomeWords, type DeployOutcome } from './deploy-outcome-store';
export type { DeployTimelineSource } from './deploy-timeline-source';
