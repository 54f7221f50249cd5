import { Kind, type DirectiveNode, type FieldDefinitionNode, type ObjectValueNode, type ValueNode } from 'graphql';
import { findArgument, findDirective, listItemNodes, objectFieldNode, type AmplifySchemaModel } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { closestName, renameStringFix } from '../directive-rule-support';
import { describeJsonSchemaProblem, jsonSchemaProblem } from './ai-json-schema-checks';

/** Bedrock's ToolSpecification name, as the transformer checks it (`validateToolDefinitions`). */
const TOOL_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;
/** Tool arguments become a JSON schema of input types, enums and scalars (conversation `tools/graphql-json-schema-type.ts`). */
const ARGUMENT_KINDS = new Set<string>([Kind.INPUT_OBJECT_TYPE_DEFINITION, Kind.ENUM_TYPE_DEFINITION]);
/** Prefixes of the queries Amplify generates (`get`, `list`, `sync`, `search`): such a name may exist without being declared. */
const GENERATED_QUERY = /^(get|list|sync|search)[A-Z]/;

/**
 * `tools` of `@conversation` (conversation-field-handler.ts `validateToolDefinitions`,
 * tools/process-tools.ts `processTools`):
 * - "Tool name must be between 1 and 64 characters, start with a letter, and contain only letters,
 *   numbers, and underscores. Found: <name>";
 * - "Tool definitions must contain a modelName and modelOperation, or queryName. Invalid tools: …";
 * - a model tool names an object type ("Could not find type definition for <M>") whose list query
 *   exists, and a query tool a field of `Query` ("Tool "<t>" defined in @conversation directive
 *   has no matching Query field definition"). Generated query names depend on pluralization, so
 *   only names that no generated query can have are reported;
 * - a query tool's arguments can be described as JSON schema ("Disallowed required field type …").
 */
export function checkConversationTools(directive: DirectiveNode, context: RuleContext): void {
  const tools = findArgument(directive, 'tools')?.value;
  if (!tools || tools.kind === Kind.NULL) return;
  for (const tool of listItemNodes(tools)) {
    if (tool.kind !== Kind.OBJECT) continue;
    const name = objectFieldNode(tool, 'name')?.value;
    if (name?.kind === Kind.STRING && !(TOOL_NAME.test(name.value) && name.value.length <= 64)) {
      context.report({
        node: name,
        code: 'conversation-tool-name',
        message: `Tool name must be between 1 and 64 characters, start with a letter, and contain only letters, numbers, and underscores. Found: ${name.value}`,
      });
      continue;
    }
    checkToolTarget(tool, name?.kind === Kind.STRING ? name.value : '(unnamed)', context);
  }
}

function checkToolTarget(tool: ObjectValueNode, toolName: string, context: RuleContext): void {
  // The transformer tests `!== undefined` on the arguments as read, so an explicit null counts as given.
  const isModelTool = has(tool, 'modelName') && has(tool, 'modelOperation') && !has(tool, 'queryName');
  const isQueryTool = has(tool, 'queryName') && !has(tool, 'modelName') && !has(tool, 'modelOperation');
  if (!isModelTool && !isQueryTool) {
    context.report({
      node: tool,
      code: 'conversation-tool-shape',
      message: `Tool definitions must contain a modelName and modelOperation, or queryName. Invalid tools: ${toolName}. Give either queryName, or modelName with modelOperation: list.`,
    });
    return;
  }
  const target = stringAt(tool, isModelTool ? 'modelName' : 'queryName');
  if (!target) return;
  if (isModelTool) checkModelTool(target, toolName, context);
  else checkQueryTool(target, toolName, context);
}

function checkModelTool(modelName: { value: string; node: ValueNode }, toolName: string, { model, report }: RuleContext): void {
  const type = model.objectType(modelName.value);
  if (!type) {
    const suggestion = closestName(
      modelName.value,
      model.modelTypes.map((candidate) => candidate.name.value),
    );
    report({
      node: modelName.node,
      code: 'conversation-tool-unknown-model',
      message: `Could not find type definition for ${modelName.value}: tool "${toolName}" names no model of this schema.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      fixes: renameStringFix(modelName.node, suggestion),
    });
    return;
  }
  const modelDirective = findDirective(type, 'model');
  const queries = modelDirective && findArgument(modelDirective, 'queries')?.value;
  // `queries: null` or `list: null` turn the list query off; the tool then finds no Query field.
  const listOff = queries?.kind === Kind.NULL || (queries?.kind === Kind.OBJECT && objectFieldNode(queries, 'list')?.value.kind === Kind.NULL);
  if (listOff) {
    report({
      node: modelName.node,
      code: 'conversation-tool-no-query',
      message: `Tool "${toolName}" defined in @conversation directive has no matching Query field definition: @model on ${modelName.value} turns its list query off. Turn the list query back on, or use a query tool.`,
    });
  }
}

function checkQueryTool(queryName: { value: string; node: ValueNode }, toolName: string, context: RuleContext): void {
  const { model, report } = context;
  const field = queryField(model, queryName.value);
  if (!field) {
    if (mayBeGenerated(model, queryName.value)) return;
    const declared = declaredQueryFields(model).map((candidate) => candidate.name.value);
    const suggestion = closestName(queryName.value, declared);
    report({
      node: queryName.node,
      code: 'conversation-tool-no-query',
      message: `Tool "${toolName}" defined in @conversation directive has no matching Query field definition. ${suggestion ? `Did you mean '${suggestion}'?` : 'Name a field of the Query type.'}`,
      fixes: renameStringFix(queryName.node, suggestion),
    });
    return;
  }
  for (const argument of field.arguments ?? []) {
    const problem = jsonSchemaProblem(argument.type, model, ARGUMENT_KINDS, `${queryName.value}(${argument.name.value}:)`);
    if (problem) {
      report({
        node: queryName.node,
        code: 'conversation-tool-unsupported-argument',
        message: `Tool "${toolName}": ${describeJsonSchemaProblem(problem, 'conversation tools')}`,
      });
      return;
    }
  }
}

/** Fields of the type named `Query` (the transformer looks it up by that name) and its extensions. */
function declaredQueryFields(model: AmplifySchemaModel): FieldDefinitionNode[] {
  return model.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Query'
      ? [...(definition.fields ?? [])]
      : [],
  );
}

function queryField(model: AmplifySchemaModel, name: string): FieldDefinitionNode | undefined {
  return declaredQueryFields(model).find((field) => field.name.value === name);
}

/**
 * Whether a name Lens cannot find may still be a query the transformers add: `get…`, `list…`,
 * `sync…`, `search…`, an `@index`'s `queryField`, or (when an `@index` has none, and Gen 2 names
 * index queries itself) a `…By…` name.
 */
function mayBeGenerated(model: AmplifySchemaModel, name: string): boolean {
  if (GENERATED_QUERY.test(name)) return true;
  for (const { directive } of model.directives.fieldDirectiveUses('index')) {
    const queryField = findArgument(directive, 'queryField')?.value;
    if (queryField?.kind === Kind.STRING && queryField.value === name) return true;
    if (!queryField && /By[A-Z]/.test(name)) return true;
  }
  return false;
}

function has(object: ObjectValueNode, key: string): boolean {
  return objectFieldNode(object, key) !== undefined;
}

function stringAt(object: ObjectValueNode, key: string): { value: string; node: ValueNode } | undefined {
  const value = objectFieldNode(object, key)?.value;
  return value?.kind === Kind.STRING ? { value: value.value, node: value } : undefined;
}
