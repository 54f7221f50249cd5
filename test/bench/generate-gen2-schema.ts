/**
 * A Gen 2 data schema of `models` models written as a project writes it: pairs of parent/child
 * models related by a.hasMany/a.belongsTo, enums, a secondary index, owner and group rules.
 * `importFrom` picks where `a` comes from (the backend for the project, the data-schema package
 * for the tsc reference, which type-checks against its real types).
 */
export function generateGen2Schema(models: number, importFrom = '@aws-amplify/backend'): string {
  const lines = [
    importFrom === '@aws-amplify/backend'
      ? "import { type ClientSchema, a, defineData } from '@aws-amplify/backend';"
      : `import { type ClientSchema, a } from '${importFrom}';\nconst defineData = (props: unknown) => props;`,
    '',
    'const schema = a.schema({',
    "  Status: a.enum(['DRAFT', 'ACTIVE', 'ARCHIVED']),",
  ];
  for (let i = 0; i < models; i += 2) {
    const parent = `Project${i}`;
    const child = `Task${i}`;
    lines.push(
      `  ${parent}: a`,
      '    .model({',
      '      title: a.string().required(),',
      '      description: a.string(),',
      "      status: a.ref('Status'),",
      '      budget: a.float(),',
      `      tasks: a.hasMany('${child}', 'projectId'),`,
      '    })',
      "    .authorization((allow) => [allow.owner(), allow.groups(['Admins']).to(['read'])]),",
      `  ${child}: a`,
      '    .model({',
      '      name: a.string().required(),',
      '      done: a.boolean().default(false),',
      '      dueOn: a.date(),',
      "      priority: a.enum(['LOW', 'HIGH']),",
      '      projectId: a.id(),',
      `      project: a.belongsTo('${parent}', 'projectId'),`,
      '    })',
      "    .secondaryIndexes((index) => [index('projectId').sortKeys(['dueOn'])])",
      "    .authorization((allow) => [allow.owner(), allow.authenticated().to(['read'])]),",
    );
  }
  lines.push(
    '});',
    '',
    'export type Schema = ClientSchema<typeof schema>;',
    '',
    "export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: 'userPool' } });",
    '',
  );
  return lines.join('\n');
}
