import { afterEach, describe, expect, it } from 'vitest';
import { ProjectIndex } from '../workspace/project-index';
import { pathToUri } from '../workspace/uri-paths';
import { Gen2SchemaDocuments } from './gen2-schema-documents';
import { positionOf } from '../../../test/support/cursor';
import { Gen2TestProject, WORKER_PATH } from '../../test-support/gen2/gen2-test-project';

const INLINE = `import { defineData } from '@aws-amplify/backend';

export const data = defineData({
  schema: /* GraphQL */ \`
    type Todo @model @auth(rules: [{ allow: public }]) {
      content: String
      author: Owner
    }
    type Owner @model @auth(rules: [{ allow: public }]) {
      name: String @defualt(value: "x")
    }
  \`,
});
`;

describe('an inline GraphQL schema in defineData', () => {
  let project: Gen2TestProject;
  let documents: Gen2SchemaDocuments;
  afterEach(async () => {
    documents.dispose();
    await project.dispose();
  });

  async function open(text: string, options: { workspaceTrusted?: boolean } = {}) {
    project = await Gen2TestProject.create({ 'amplify/backend.ts': 'export {}', 'amplify/data/resource.ts': text }, []);
    const index = new ProjectIndex();
    await index.indexFolders([project.root]);
    const uri = pathToUri(project.path('amplify/data/resource.ts'));
    documents = new Gen2SchemaDocuments(index, () => new Map([[uri, text]]), { workerPath: WORKER_PATH });
    documents.configure(options.workspaceTrusted !== false);
    return uri;
  }

  it('gets the schema diagnostics at their places in the TypeScript file, without running anything (even untrusted)', async () => {
    const uri = await open(INLINE, { workspaceTrusted: false });
    expect(documents.handles(uri)).toBe(true);
    const [resource] = documents.changed(uri);
    const diagnostics = (await documents.diagnosticsByFile(resource)).get(uri) ?? [];
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-directive']);
    expect(diagnostics[0].range.start).toEqual(positionOf(INLINE, '@defualt'));
    expect(documents.service.workerRunning).toBe(false);
  });

  it('knows the models of a GraphQL string are DynamoDB, as the data construct deploys them', async () => {
    const text = INLINE.replace('type Owner @model', 'type Owner @model @refersTo(name: "owners")').replace(' @defualt(value: "x")', '');
    const uri = await open(text, { workspaceTrusted: false });
    const [resource] = documents.changed(uri);
    const diagnostics = (await documents.diagnosticsByFile(resource)).get(uri) ?? [];
    expect(diagnostics.map((d) => d.code)).toEqual(['refers-to-not-sql']);
  });

  it('completes, hovers and goes to definition inside the template', async () => {
    const uri = await open(INLINE);
    const directives = await documents.complete(uri, positionOf(INLINE, '@defualt', 1));
    expect(directives.map((item) => item.label)).toContain('default');
    const hover = await documents.hover(uri, positionOf(INLINE, '@model', 2));
    expect(JSON.stringify(hover?.contents)).toContain('model');
    const [definition] = await documents.definition(uri, positionOf(INLINE, 'author: Owner', 9));
    expect(definition.range.start).toEqual(positionOf(INLINE, 'type Owner', 5));
    // Outside the template: not GraphQL.
    expect(await documents.complete(uri, positionOf(INLINE, 'defineData({', 3))).toEqual([]);
  });
});
