/**
 * The question an action asks before it changes the cloud or the project's files. Anything that
 * deploys asks, whoever started it: a tree row, the palette, or a panel's message (which is
 * untrusted input). Push and publish ask with `amplify status`'s table in front of the user
 * (deploy-prompts.ts); the others ask here. Pure, so each wording is tested.
 */
import type { AmplifyEnvironment } from '../environments/environment-types';
import type { DeployAction, DeployActionInput } from './deploy-command-catalog';

export interface DeployConfirmation {
  question: string;
  /** The button that goes ahead. */
  action: string;
  detail: string;
}

export function deployConfirmation(
  action: DeployAction,
  environment: Pick<AmplifyEnvironment, 'name' | 'isCurrent'> | undefined,
  input: DeployActionInput,
): DeployConfirmation | undefined {
  switch (action.id) {
    case 'sandboxOnce':
    case 'sandboxWatch': {
      // Another user's sandbox was confirmed already, by the env-switch question.
      if (input.identifier) return undefined;
      const which = environment ? `your sandbox ${environment.name}` : 'your sandbox';
      return {
        question: action.id === 'sandboxWatch' ? `Start ${which} and redeploy it on every save?` : `Deploy ${which} once?`,
        action: action.title,
        detail: 'npx ampx sandbox creates or updates the sandbox’s resources in your AWS account.',
      };
    }
    case 'branchDeploy':
      return {
        question: `Deploy the branch ${input.branch ?? environment?.name ?? ''} of app ${input.appId ?? ''}?`,
        action: action.title,
        detail: 'npx ampx pipeline-deploy updates the branch’s backend in the cloud, as the Amplify Hosting build does.',
      };
    case 'pull':
      return {
        question: `Pull the backend${environment ? ` of ${environment.name}` : ''} from the cloud?`,
        action: action.title,
        detail: 'amplify pull replaces the local backend files (amplify/backend) with the deployed ones; local changes not pushed yet are lost.',
      };
    default:
      return undefined;
  }
}
