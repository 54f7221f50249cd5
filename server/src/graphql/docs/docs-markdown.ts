import { print, type GraphQLArgument, type GraphQLDirective, type GraphQLInputField } from 'graphql';
import { APPSYNC_DIRECTIVE_DOCS, V1_DIRECTIVE_DOCS } from './appsync-and-v1-directive-docs';
import { DIRECTIVE_DOCS, type DirectiveDoc } from './directive-docs';
import { directiveSignature } from './directive-schema';
import { ENUM_VALUE_DOCS, INPUT_FIELD_DOCS } from './input-type-docs';
import { SCALAR_DOCS } from './scalar-docs';

/** Markdown for hover and completion documentation, one renderer per kind of symbol. */
export function directiveDoc(name: string): DirectiveDoc | undefined {
  return DIRECTIVE_DOCS[name] ?? APPSYNC_DIRECTIVE_DOCS[name] ?? V1_DIRECTIVE_DOCS[name];
}

const graphqlBlock = (sdl: string) => '```graphql\n' + sdl + '\n```';
function docsLink(url: string): string {
  const label = url.startsWith('https://docs.aws.amazon.com')
    ? 'AWS AppSync documentation'
    : url.startsWith('https://spec.graphql.org')
      ? 'GraphQL specification'
      : 'Amplify documentation';
  return `[${label}](${url})`;
}

export function directiveMarkdown(directive: GraphQLDirective): string {
  const doc = directiveDoc(directive.name);
  const parts = [graphqlBlock(directiveSignature(directive))];
  if (doc) parts.push(doc.summary, '**Example**\n\n' + graphqlBlock(doc.example), docsLink(doc.link));
  return parts.join('\n\n');
}

export function argumentMarkdown(directive: GraphQLDirective, argument: GraphQLArgument): string {
  const defaultValue = argument.astNode?.defaultValue ? ` = ${print(argument.astNode.defaultValue)}` : '';
  const parts = [graphqlBlock(`@${directive.name}(${argument.name}: ${String(argument.type)}${defaultValue})`)];
  const text = directiveDoc(directive.name)?.arguments[argument.name];
  if (text) parts.push(text);
  const link = directiveDoc(directive.name)?.link;
  if (link) parts.push(docsLink(link));
  return parts.join('\n\n');
}

export function inputFieldDoc(typeName: string, fieldName: string): string | undefined {
  return INPUT_FIELD_DOCS[typeName]?.[fieldName];
}

export function inputFieldMarkdown(typeName: string, field: GraphQLInputField, link?: string): string {
  const parts = [graphqlBlock(`input ${typeName} {\n  ${field.name}: ${String(field.type)}\n}`)];
  const text = inputFieldDoc(typeName, field.name);
  if (text) parts.push(text);
  if (link) parts.push(docsLink(link));
  return parts.join('\n\n');
}

export function enumValueDoc(enumName: string, value: string): string | undefined {
  return ENUM_VALUE_DOCS[enumName]?.[value];
}

export function enumValueMarkdown(enumName: string, value: string, link?: string): string {
  const parts = [graphqlBlock(`${enumName}.${value}`)];
  const text = enumValueDoc(enumName, value);
  if (text) parts.push(text);
  if (link) parts.push(docsLink(link));
  return parts.join('\n\n');
}

export function isDocumentedScalar(name: string): boolean {
  return Object.hasOwn(SCALAR_DOCS, name);
}

export function scalarMarkdown(name: string): string | undefined {
  const doc = SCALAR_DOCS[name];
  if (!doc) return undefined;
  return [graphqlBlock(`scalar ${name}`), doc.summary, `Example value: \`${doc.example}\``, docsLink(doc.link)].join('\n\n');
}
