import { describe, expect, it } from 'vitest';
import type { Hover, Position } from 'vscode-languageserver-types';
import { CURSOR, withCursor } from '../../../../test/support/cursor';
import { hoverJsonConfig } from './json-config-service';
import type { JsonConfigKind } from './json-language-service';

/** Hovers at the `‸` in `text`; returns the hover's text and the hovered source text. */
async function hoverAt(kind: JsonConfigKind, textWithCursor: string): Promise<{ text: string; hovered: string } | null> {
  const { text, position } = withCursor(textWithCursor);
  const hover = await hoverJsonConfig(kind, 'file:///test.json', text, position);
  if (!hover) return null;
  const lines = text.split('\n');
  const at = (p: Position) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  const hovered = hover.range ? text.slice(at(hover.range.start), at(hover.range.end)) : '';
  return { text: hoverText(hover), hovered };
}

/** The hover as a reader sees it: markdown escapes removed. */
function hoverText(hover: Hover): string {
  return rawHoverText(hover).replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
}

function rawHoverText(hover: Hover): string {
  const contents = hover.contents;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
  return contents.value;
}

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('hoverJsonConfig', () => {
  it('describes a key from the schema', async () => {
    const hover = await hoverAt('backend-config', '{ "function": { "fn": { "bu‸ild": true } } }');
    expect(hover?.text).toContain('Whether the resource is built before it is deployed');
    expect(hover?.hovered).toBe('"build"');
  });

  it('describes keys of the reused schemas', async () => {
    const hover = await hoverAt('auth-cli-inputs', '{ "version": "1", "cognitoConfig": { "mfaConfig‸uration": "OFF" } }');
    expect(hover?.text).toContain('Multi-factor authentication');
  });

  it("describes an amplify_outputs.json key of the file's version", async () => {
    const hover = await hoverAt('amplify-outputs', '{ "version": "1.5", "data": { "default_author‸ization_type": "API_KEY" } }');
    expect(hover?.text).toContain('The authorization mode requests use unless they name another.');
  });

  it('describes a cli.json flag written in any letter case', async () => {
    const hover = await hoverAt('cli-json', '{ "features": { "graphQLTransformer": { "transformer‸Version": 2 } } }');
    expect(hover?.text).toContain('The GraphQL transformer version');
  });

  it('describes free-form keys by their container and returns null outside any value', async () => {
    expect(await hoverAt('parameters', '{ "someParam‸eter": "x" }')).toEqual({
      text: 'A CloudFormation parameter value of this resource.',
      hovered: '"someParameter"',
    });
    expect(await hoverAt('team-provider-info', '{ "dev": { "awscloudformation": { "Region": "eu-west-1" } } }‸')).toBeNull();
  });
});

describe('hoverJsonConfig never shows secrets', () => {
  const teamProviderInfo = `{
  "dev": {
    "categories": {
      "auth": { "blogauth": { "googleClientSecret": "${SECRET}", "hostedUIProviderCreds": "[{\\"client_secret\\":\\"${SECRET}\\"}]" } },
      "function": { "fn": { "anything": "${SECRET}" } }
    }
  }
}`;

  it.each([
    ['the key of a secret', 'googleClient‸Secret'],
    ['the value of a secret', `"${SECRET.slice(0, 8)}‸${SECRET.slice(8)}"`],
    ['a secret inside a serialized value', 'hostedUIProvider‸Creds'],
    ['a secret-shaped value under an ordinary key', `"anything": "${SECRET.slice(0, 4)}‸`],
  ])('on %s in team-provider-info.json', async (_what, marker) => {
    const markerText = marker.replace(CURSOR, '');
    const offset = teamProviderInfo.indexOf(markerText) + marker.indexOf(CURSOR);
    const hover = await hoverAt('team-provider-info', teamProviderInfo.slice(0, offset) + CURSOR + teamProviderInfo.slice(offset));
    expect(hover).not.toBeNull();
    expect(hover?.text).not.toContain(SECRET);
    expect(hover?.text).not.toContain(SECRET.slice(0, 10));
  });

  it('says why the value is withheld and still describes the setting', async () => {
    const hover = await hoverAt('team-provider-info', teamProviderInfo.replace('googleClientSecret', 'googleClient‸Secret'));
    expect(hover?.text).toBe(
      'An environment-specific parameter value of this resource.\n\nThe value is not shown: it looks like a secret. Keep this file out of shared logs and screenshots.',
    );
  });

  it('shows no value in parameters.json, even for keys with enum values', async () => {
    const hover = await hoverAt(
      'parameters',
      `{ "DynamoDBBillingMode": "PAY_PER_REQUEST", "apiKey": "${SECRET}", "dbPass‸word": "hunter2-hunter2" }`,
    );
    expect(hover?.text).toContain('The value is not shown');
    expect(hover?.text).not.toContain('hunter2');
    const enumHover = await hoverAt('parameters', '{ "DynamoDBBillingMode": "PAY_PER_‸REQUEST" }');
    expect(enumHover?.text).toContain('Billing mode of the model tables');
    expect(enumHover?.text).not.toContain('The value is not shown');
  });
});
