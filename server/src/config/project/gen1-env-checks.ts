import type { LensDiagnostic } from '../../lens-diagnostic';
import { objectEntries, propertyValue, readJsonDocument, stringValue } from './json-locations';
import type { ProjectFiles } from 'amplify-lens-model/files';

const TEAM_PROVIDER_INFO = 'amplify/team-provider-info.json';
const LOCAL_ENV_INFO = 'amplify/.config/local-env-info.json';
const LOCAL_AWS_INFO = 'amplify/.config/local-aws-info.json';

/**
 * The environments this clone uses against the ones the team shares. team-provider-info.json is
 * the committed list of envs and their stacks; the local files say which env is checked out and
 * how to reach AWS for each. Without team-provider-info.json (git-ignored, not pulled yet) there
 * is nothing to compare with.
 */
export async function checkEnvironments(files: ProjectFiles): Promise<LensDiagnostic[]> {
  const teamProviderInfo = await readJsonDocument(files, TEAM_PROVIDER_INFO);
  if (teamProviderInfo?.root?.type !== 'object') return [];
  const envNames = objectEntries(teamProviderInfo.root).map(([name]) => name);
  const known = envNames.length === 0 ? 'it lists no environments' : `its environments: ${envNames.join(', ')}`;
  const diagnostics: LensDiagnostic[] = [];

  const localEnv = await readJsonDocument(files, LOCAL_ENV_INFO);
  const envNameNode = propertyValue(localEnv?.root, 'envName');
  const envName = stringValue(envNameNode);
  if (localEnv && envName !== undefined && !envNames.includes(envName)) {
    diagnostics.push(
      localEnv.diagnostic(
        envNameNode,
        'error',
        'config-env-missing',
        `The checked-out environment '${envName}' is not in team-provider-info.json (${known}), so every CLI ` +
          `command fails to find its stack. Run \`amplify env checkout <env>\` for an environment that exists, ` +
          `or \`amplify env pull\` / \`amplify pull\` to fetch '${envName}'.`,
      ),
    );
  }

  const localAws = await readJsonDocument(files, LOCAL_AWS_INFO);
  for (const [name, , keyNode] of objectEntries(localAws?.root)) {
    if (envNames.includes(name) || !localAws) continue;
    diagnostics.push(
      localAws.diagnostic(
        keyNode,
        'warning',
        'config-local-env-unknown',
        `The local AWS settings name the environment '${name}', which team-provider-info.json does not list ` +
          `(${known}); \`amplify env list\` still shows it. If it was removed, delete this entry; otherwise run ` +
          `\`amplify env pull\` to restore it.`,
      ),
    );
  }
  return diagnostics;
}
