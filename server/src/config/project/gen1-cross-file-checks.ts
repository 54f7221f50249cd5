import { compareDiagnostics, type LensDiagnostic } from '../../lens-diagnostic';
import { checkBackendConfig } from './gen1-backend-config-checks';
import { checkEnvironments } from './gen1-env-checks';
import type { ProjectFiles } from 'amplify-lens-model/files';

/**
 * The Gen 1 checks that need more than one file: resources against their folders, dependencies
 * against the resources and their outputs, parameters against their users, and the local
 * environment against the team's. Each finding sits on the file where the fix belongs.
 */
export async function checkGen1Project(files: ProjectFiles): Promise<LensDiagnostic[]> {
  const found = await Promise.all([checkBackendConfig(files), checkEnvironments(files)]);
  return found.flat().sort(compareDiagnostics);
}
