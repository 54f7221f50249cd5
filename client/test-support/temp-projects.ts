import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Gen1EnvStacks } from '../../test/fake-aws';

const EXAMPLES = resolve(__dirname, '../../examples');

/** A temp copy of an example project, removed by `dispose`. */
export interface TempProject {
  root: string;
  write(relativePath: string, content: unknown): void;
  read(relativePath: string): unknown;
  dispose(): void;
}

export function copyExample(name: 'gen1-blog' | 'gen2-todo'): TempProject {
  const parent = mkdtempSync(join(tmpdir(), 'lens-project-'));
  const root = join(parent, name);
  cpSync(join(EXAMPLES, name), root, { recursive: true });
  return {
    root,
    write(relativePath, content) {
      const path = join(root, relativePath);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    },
    read(relativePath) {
      return JSON.parse(readFileSync(join(root, relativePath), 'utf8'));
    },
    dispose: () => rmSync(parent, { recursive: true, force: true }),
  };
}

/**
 * The gen1-blog example pointed at seeded stacks: team-provider-info.json gets one entry per seeded
 * env with its root stack name and ARN, local-env-info.json checks out `currentEnv`.
 */
export function gen1BlogProject(
  envs: readonly Gen1EnvStacks[],
  options: { region: string; currentEnv?: string; profiles?: Record<string, string> },
): TempProject {
  const project = copyExample('gen1-blog');
  const template = (project.read('amplify/team-provider-info.json') as Record<string, { awscloudformation: Record<string, string> }>).dev;
  const teamProviderInfo = Object.fromEntries(
    envs.map((env) => [
      env.env,
      {
        ...template,
        awscloudformation: { ...template.awscloudformation, Region: options.region, StackName: env.rootStackName, StackId: env.rootStackId },
      },
    ]),
  );
  project.write('amplify/team-provider-info.json', teamProviderInfo);
  if (options.currentEnv)
    project.write('amplify/.config/local-env-info.json', { projectPath: project.root, defaultEditor: 'code', envName: options.currentEnv });
  const profiles = options.profiles ?? {};
  project.write(
    'amplify/.config/local-aws-info.json',
    Object.fromEntries(
      envs.map((env) => [
        env.env,
        profiles[env.env] ? { configLevel: 'project', useProfile: true, profileName: profiles[env.env] } : { configLevel: 'general' },
      ]),
    ),
  );
  return project;
}

/** The seed options that match the gen1-blog example's backend-config.json. */
export const GEN1_BLOG_RESOURCES = {
  api: 'blog',
  auth: 'blogauth',
  functions: ['summarizePost'],
  storage: false as const,
  models: ['Post', 'Comment'],
};
