export { recordDeployment, type DeploymentOperation, type DeploymentOptions } from './deployment-history';
export { gen1Seed, type Gen1EnvStacks, type Gen1Seed, type Gen1SeedOptions } from './gen1-seed';
export {
  gen2BackendHash,
  gen2StackName,
  parseGen2StackName,
  type Gen2BackendIdentifier,
  type Gen2DeploymentType,
} from './gen2-backend-identifier';
export { gen2Seed, type Gen2BackendStacks, type Gen2Seed, type Gen2SeedOptions } from './gen2-seed';
export { manyStacksSeed, type ManyStacksSeed } from './many-stacks-seed';
export { SeedClock } from './seed-clock';
