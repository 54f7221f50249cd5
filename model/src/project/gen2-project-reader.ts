import { isRecord, stringOf } from '../files/json-values';
import { readProjectJson, type ProjectFiles } from '../files/project-files';
import type { Gen2ProjectInfo } from './amplify-project-types';
import { indexGen2Resources } from './gen2-resource-index';

/**
 * A Gen 2 project's sandbox namespace and resources. The namespace is the root package.json's
 * `name`, exactly what `ampx sandbox` reads from the folder above `amplify/` (LocalNamespaceResolver);
 * its sandbox stacks are named from it. The resources come from the masked scan of its
 * `amplify/**\/resource.ts` files.
 */
export async function readGen2Project(files: ProjectFiles): Promise<Gen2ProjectInfo> {
  const [packageJson, resources] = await Promise.all([readProjectJson(files, 'package.json'), indexGen2Resources(files)]);
  return { generation: 2, root: files.root, namespace: isRecord(packageJson) ? stringOf(packageJson.name) : undefined, resources };
}
