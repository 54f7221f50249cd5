/** The environment model: envs, sandboxes and branches with their stacks, health, resources and outputs. */
export * from './environment-types';
export { eventsOfLatestOperation, latestDeployStart, latestFailureReason } from './deploy-events';
export { loadEnvironmentDetails, type EnvironmentDetailsOptions } from './environment-details-loader';
export { deriveHealth, type DerivedHealth } from './environment-health';
export { gen1Outputs, gen2Outputs } from './environment-outputs';
export { gen2StackName, parseGen2StackName, type Gen2StackIdentity } from './gen2-stack-names';
export { loadEnvironments, type LoadEnvironmentsOptions } from './load-environments';
export type { StackReader, StackReaderSource } from './stack-reader';
