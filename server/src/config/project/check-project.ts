import { compareDiagnostics, type LensDiagnostic } from '../../lens-diagnostic';
import { checkGen1Project } from './gen1-cross-file-checks';
import { checkHostingFiles } from './hosting-checks';
import { checkSecretsIgnored } from './secret-hygiene';
import type { ProjectFiles } from 'amplify-lens-model/files';

/**
 * The project-level checks that apply to a project of this generation: Gen 1's cross-file
 * consistency, Amplify Hosting's files against the front end, and what must stay out of git.
 */
export async function checkProject(files: ProjectFiles, generation: 1 | 2): Promise<LensDiagnostic[]> {
  const found = await Promise.all([
    generation === 1 ? checkGen1Project(files) : Promise.resolve([]),
    checkSecretsIgnored(files, generation),
    checkHostingFiles(files),
  ]);
  return found.flat().sort(compareDiagnostics);
}
