export { planUpdate, type DeployFailure, type DeployStep } from './deploy-scenario-plan';
export {
  DEPLOY_SCENARIOS,
  GSI_FAILURE_REASON,
  LAMBDA_FAILURE_REASON,
  deployScenarioSteps,
  growBackend,
  isDeployScenario,
  type DeployScenarioName,
} from './deploy-scenarios';
export { DeployScenarioRun } from './deploy-scenario-run';
