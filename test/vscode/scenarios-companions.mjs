// Lens beside the extensions people already have: the GraphQL syntax extension and Red Hat's YAML
// extension, installed as stand-ins with their identifiers and contributions (see stand-ins/; the
// real ones cannot be downloaded here). One window, in order.
import { join } from 'node:path';
import { GEN1_SCHEMA, mod, openFile, textMateScopesAt } from './scenario-steps.mjs';

/** amplify.yml with a misspelt key (a schema problem) and a baseDirectory the example's build never writes. */
export const COMPANIONS_AMPLIFY_YML = `version: 1
frontend:
  phases:
    build:
      commands:
        - npm run build
  artifacts:
    baseDirectory: dist
    fils:
      - '**/*'
`;

export const companionScenarios = [
  {
    name: 'with the GraphQL syntax extension installed, its grammar highlights the schema and Lens adds the Amplify directives, with no grammar overwritten',
    async run(page, { artifacts, consoleMessages }) {
      await page.locator('.monaco-workbench').click();
      await openFile(page, GEN1_SCHEMA);
      await page.locator('.part.editor .monaco-editor .view-lines').first().click();
      const scopes = await textMateScopesAt(page, 10, 13);
      if (!scopes.includes('support.function.directive.amplify.graphql'))
        throw new Error(`no Amplify directive scope at @model: ${scopes.join(' ')}`);
      if (scopes.at(-1) !== 'source.graphql') throw new Error(`expected the GraphQL extension's grammar at the root, saw ${scopes.at(-1)}`);
      const keyword = await textMateScopesAt(page, 10, 2);
      if (!keyword.includes('keyword.graphql.stand-in')) throw new Error(`"type" is not the GraphQL extension's token: ${keyword.join(' ')}`);
      const overwritten = consoleMessages().filter((message) => message.text.includes('Overwriting grammar scope name'));
      if (overwritten.length > 0) throw new Error(`VS Code warned: ${overwritten.map((message) => message.text).join('\n')}`);
      await page.screenshot({ path: join(artifacts, 'graphql-extension-highlighting.png') });
    },
  },
  {
    name: "with Red Hat's YAML extension installed, amplify.yml's schema problems are left to it and Lens keeps its cross-file check",
    async run(page, { artifacts }) {
      // Back in the editor, with the token inspector closed, before Quick Open.
      await page.keyboard.press('Escape');
      await page.locator('.part.editor .monaco-editor .view-lines').first().click();
      await openFile(page, 'amplify.yml');
      await page.keyboard.press(`${mod}+Shift+M`);
      const problems = page.locator('.markers-panel');
      await problems.getByText('amplify-yml-base-directory-mismatch', { exact: false }).first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(2000); // a schema problem would be published with it
      const text = await problems.innerText();
      if (text.includes('yaml-schema-unknown-property')) throw new Error(`Lens reported a schema problem the YAML extension owns:\n${text}`);
      await page.screenshot({ path: join(artifacts, 'yaml-validated-once.png') });
    },
  },
];
