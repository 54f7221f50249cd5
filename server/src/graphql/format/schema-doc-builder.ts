import {
  Kind,
  TokenKind,
  type ArgumentNode,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type EnumValueDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type NamedTypeNode,
  type NameNode,
  type OperationTypeDefinitionNode,
  type StringValueNode,
  type TypeNode,
  type UnionTypeDefinitionNode,
  type UnionTypeExtensionNode,
  type ValueNode,
} from 'graphql';
import { group, hardline, ifBreak, indent, join, line, softline, type Doc } from './format-doc';
import { CommentCursor, firstTokenFrom, type LexedToken, type SchemaComment } from './schema-comments';

type Located = { readonly loc?: { start: number; end: number } };

/** Items of a list or argument list: `, ` when on one line, one per line when broken. */
const ITEM_SEPARATOR: Doc = [ifBreak('', ', '), softline];

/**
 * Builds the layout of a parsed schema, following Prettier's GraphQL style: fields one per line,
 * directives on the line of what they annotate until it is too long, then one per line, arguments
 * and lists broken item by item when they do not fit. Literal values are copied as written.
 */
export class SchemaDocBuilder {
  private readonly cursor: CommentCursor;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly LexedToken[],
    comments: readonly SchemaComment[],
    document: DocumentNode,
  ) {
    this.cursor = new CommentCursor(text, comments, tokens, lineStartOffsets(document));
  }

  build(document: DocumentNode): Doc {
    const definitions = this.sequence(document.definitions, (definition) => this.definition(definition), true);
    return [definitions, this.cursor.dangling(this.text.length), hardline];
  }

  private definition(definition: DefinitionNode): Doc {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
        return this.fieldsType(definition, 'type', definition.fields ?? [], (field) => this.field(field));
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
        return this.fieldsType(definition, 'interface', definition.fields ?? [], (field) => this.field(field));
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
        return this.fieldsType(definition, 'input', definition.fields ?? [], (field) => this.inputValue(field));
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION:
        return this.fieldsType(definition, 'enum', definition.values ?? [], (value) => this.enumValue(value));
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_EXTENSION:
        return [
          this.description(definition),
          this.extend(definition.kind),
          'scalar ',
          this.name(definition.name),
          this.directives(definition.directives),
        ];
      case Kind.UNION_TYPE_DEFINITION:
      case Kind.UNION_TYPE_EXTENSION:
        return this.union(definition);
      case Kind.SCHEMA_DEFINITION:
      case Kind.SCHEMA_EXTENSION: {
        const operations = definition.operationTypes ?? [];
        const header = [this.description(definition), this.extend(definition.kind), 'schema', this.directives(definition.directives)];
        return [header, this.block(definition, operations, (operation) => this.operationType(operation))];
      }
      case Kind.DIRECTIVE_DEFINITION:
        return [
          this.description(definition),
          'directive @',
          this.name(definition.name),
          this.argumentDefinitions(definition.arguments, definition.name),
          definition.repeatable ? ' repeatable' : '',
          ' on ',
          join(
            ' | ',
            definition.locations.map((location) => location.value),
          ),
        ];
      default:
        // Queries and fragments have no place in a schema; keep them exactly as written.
        return this.verbatim(definition);
    }
  }

  /** `union U = A | B`, or one member per line (`| A`) when too long. */
  private union(definition: UnionTypeDefinitionNode | UnionTypeExtensionNode): Doc {
    const description = this.description(definition);
    const header = [this.extend(definition.kind), 'union ', this.name(definition.name), this.directives(definition.directives)];
    const members = definition.types ?? [];
    if (members.length === 0) return [description, header];
    const equals = this.punctuator(TokenKind.EQUALS, definition.name.loc!.end, ' =');
    const printed = members.map((member) => this.name(member.name));
    return [description, group([header, equals, ifBreak('', ' '), indent([ifBreak([line, '| '], ''), join([line, '| '], printed)])])];
  }

  private fieldsType<T extends Located>(
    definition: DefinitionNode & {
      name: NameNode;
      directives?: readonly ConstDirectiveNode[];
      interfaces?: readonly NamedTypeNode[];
      description?: StringValueNode;
    },
    keyword: string,
    items: readonly T[],
    printItem: (item: T) => Doc,
  ): Doc {
    const interfaces = definition.interfaces ?? [];
    return [
      this.description(definition),
      this.extend(definition.kind),
      `${keyword} `,
      this.name(definition.name),
      interfaces.length > 0
        ? [
            ' implements ',
            join(
              ' & ',
              interfaces.map((face) => this.located(face, face.name.value)),
            ),
          ]
        : '',
      this.directives(definition.directives),
      this.block(definition, items, printItem),
    ];
  }

  /** ` { … }` with one item per line; nothing when the definition has no body. */
  private block<T extends Located>(owner: Located, items: readonly T[], printItem: (item: T) => Doc): Doc {
    if (items.length === 0 || !owner.loc) return '';
    const open = this.tokenBefore(TokenKind.BRACE_L, items[0].loc!.start);
    const close = owner.loc.end - 1;
    return [
      this.cursor.inline(open.start),
      ' {',
      this.cursor.after(open.end),
      indent([hardline, this.sequence(items, printItem, true), this.cursor.dangling(close)]),
      hardline,
      '}',
    ];
  }

  /** Items one per line, each with its comments; one blank line kept where the author left any. */
  private sequence<T extends Located>(items: readonly T[], printItem: (item: T) => Doc, atStart: boolean): Doc {
    return items.map((item, index) => [
      index > 0 ? hardline : '',
      this.cursor.leading(item.loc!.start, atStart && index === 0),
      printItem(item),
      this.cursor.after(item.loc!.end),
    ]);
  }

  private field(field: FieldDefinitionNode): Doc {
    return [
      this.description(field),
      this.name(field.name),
      this.argumentDefinitions(field.arguments, field.name),
      this.punctuator(TokenKind.COLON, (field.arguments?.at(-1) ?? field.name).loc!.end, ': '),
      this.type(field.type),
      this.directives(field.directives),
    ];
  }

  private inputValue(value: InputValueDefinitionNode): Doc {
    return [
      this.description(value),
      this.name(value.name),
      this.punctuator(TokenKind.COLON, value.name.loc!.end, ': '),
      this.type(value.type),
      value.defaultValue ? [this.punctuator(TokenKind.EQUALS, value.type.loc!.end, ' = '), this.value(value.defaultValue)] : '',
      this.directives(value.directives),
    ];
  }

  private enumValue(value: EnumValueDefinitionNode): Doc {
    return [this.description(value), this.name(value.name), this.directives(value.directives)];
  }

  private operationType(operation: OperationTypeDefinitionNode): Doc {
    return [
      operation.operation,
      this.punctuator(TokenKind.COLON, operation.loc!.start, ': '),
      this.located(operation.type, operation.type.name.value),
    ];
  }

  /** `(a: Int, b: String)` of a field or directive definition. */
  private argumentDefinitions(argumentList: readonly InputValueDefinitionNode[] | undefined, name: NameNode): Doc {
    if (!argumentList || argumentList.length === 0) return '';
    const items = argumentList.map((argument) => [
      this.cursor.inline(argument.loc!.start),
      this.inputValue(argument),
      this.cursor.after(argument.loc!.end),
    ]);
    return this.parenthesized(name.loc!.end, argumentList[argumentList.length - 1].loc!.end, items);
  }

  private directives(directives: readonly (DirectiveNode | ConstDirectiveNode)[] | undefined): Doc {
    if (!directives || directives.length === 0) return '';
    const printed = directives.map((directive) => [
      this.cursor.inline(directive.loc!.start),
      this.directive(directive),
      this.cursor.after(directive.loc!.end),
    ]);
    return [' ', group(indent([softline, join(line, printed)]))];
  }

  private directive(directive: DirectiveNode): Doc {
    const argumentList = directive.arguments ?? [];
    if (argumentList.length === 0) return ['@', this.name(directive.name)];
    const items = argumentList.map((argument) => this.argument(argument));
    return ['@', this.name(directive.name), this.parenthesized(directive.name.loc!.end, argumentList[argumentList.length - 1].loc!.end, items)];
  }

  private argument(argument: ArgumentNode): Doc {
    return [
      this.cursor.inline(argument.loc!.start),
      this.name(argument.name),
      this.punctuator(TokenKind.COLON, argument.name.loc!.end, ': '),
      this.value(argument.value),
      this.cursor.after(argument.loc!.end),
    ];
  }

  /** `( … )` around items, the parentheses found after `openAfter` and after `lastItemEnd`. */
  private parenthesized(openAfter: number, lastItemEnd: number, items: Doc[]): Doc {
    const open = this.tokenAfter(TokenKind.PAREN_L, openAfter);
    const close = this.tokenAfter(TokenKind.PAREN_R, lastItemEnd);
    return group([
      this.cursor.inline(open.start),
      '(',
      this.cursor.after(open.end),
      indent([softline, join(ITEM_SEPARATOR, items), this.cursor.dangling(close.start)]),
      softline,
      ')',
    ]);
  }

  private value(value: ValueNode): Doc {
    const loc = value.loc!;
    switch (value.kind) {
      case Kind.LIST: {
        if (value.values.length === 0) return '[]';
        const items = value.values.map((item) => [this.cursor.inline(item.loc!.start), this.value(item), this.cursor.after(item.loc!.end)]);
        return group([
          '[',
          this.cursor.after(loc.start + 1),
          indent([softline, join(ITEM_SEPARATOR, items), this.cursor.dangling(loc.end - 1)]),
          softline,
          ']',
        ]);
      }
      case Kind.OBJECT: {
        if (value.fields.length === 0) return '{}';
        const fields = value.fields.map((field) => [
          this.cursor.inline(field.loc!.start),
          this.name(field.name),
          this.punctuator(TokenKind.COLON, field.name.loc!.end, ': '),
          this.value(field.value),
          this.cursor.after(field.loc!.end),
        ]);
        return group([
          '{ ',
          this.cursor.after(loc.start + 1),
          indent([softline, join(ITEM_SEPARATOR, fields), this.cursor.dangling(loc.end - 1)]),
          softline,
          ifBreak('', ' '),
          '}',
        ]);
      }
      case Kind.STRING:
        return value.block ? blockString(value, this.raw(value)) : this.raw(value);
      default:
        // Numbers, enums, booleans, null and variables: exactly as written.
        return this.raw(value);
    }
  }

  /** A definition's, field's or value's description (extensions have none), on its own lines. */
  private description(node: object): Doc {
    const description = 'description' in node ? (node.description as StringValueNode | undefined) : undefined;
    if (!description) return '';
    const printed = description.block ? blockString(description, this.raw(description)) : this.raw(description);
    return [this.cursor.inline(description.loc!.start), printed, this.cursor.after(description.loc!.end), hardline];
  }

  private extend(kind: Kind): string {
    return kind.endsWith('Extension') ? 'extend ' : '';
  }

  /** `[Post!]!` — built piece by piece so a comment inside a type stays where it was. */
  private type(type: TypeNode): Doc {
    const loc = type.loc!;
    switch (type.kind) {
      case Kind.NAMED_TYPE:
        return this.name(type.name);
      case Kind.LIST_TYPE:
        return [
          this.cursor.inline(loc.start),
          '[',
          this.cursor.after(loc.start + 1),
          this.type(type.type),
          this.cursor.inline(loc.end - 1),
          ']',
          this.cursor.after(loc.end),
        ];
      case Kind.NON_NULL_TYPE:
        return [this.type(type.type), this.cursor.inline(loc.end - 1), '!', this.cursor.after(loc.end)];
    }
  }

  private name(name: NameNode): Doc {
    return this.located(name, name.value);
  }

  /** A punctuator (the first of `kind` after `offset`) printed as `printed`, with comments around it kept. */
  private punctuator(kind: TokenKind, offset: number, printed: string): Doc {
    const token = this.tokenAfter(kind, offset);
    return [this.cursor.inline(token.start), printed, this.cursor.after(token.end)];
  }

  /** A node printed inline, with any comment inside or right after it kept. */
  private located(node: Located, printed: Doc): Doc {
    return [this.cursor.inline(node.loc!.start), printed, this.cursor.after(node.loc!.end)];
  }

  private verbatim(node: Located): Doc {
    this.cursor.inline(node.loc!.start);
    this.cursor.skipThrough(node.loc!.end);
    return this.raw(node);
  }

  private raw(node: Located): string {
    return this.text.slice(node.loc!.start, node.loc!.end).replace(/\r\n?/g, '\n');
  }

  /** The first token of `kind` starting at or after `offset`. */
  private tokenAfter(kind: TokenKind, offset: number): LexedToken {
    for (let i = firstTokenFrom(this.tokens, offset); i < this.tokens.length; i++) if (this.tokens[i].kind === kind) return this.tokens[i];
    throw new Error(`no ${kind} after offset ${offset}`);
  }

  /** The last token of `kind` starting before `offset`. */
  private tokenBefore(kind: TokenKind, offset: number): LexedToken {
    for (let i = firstTokenFrom(this.tokens, offset) - 1; i >= 0; i--) {
      if (this.tokens[i].kind === kind) return this.tokens[i];
    }
    throw new Error(`no ${kind} before offset ${offset}`);
  }
}

/** Where the printed schema always starts a line: each definition, body item and closing brace. */
function lineStartOffsets(document: DocumentNode): Set<number> {
  const starts = new Set<number>();
  for (const definition of document.definitions) {
    starts.add(definition.loc!.start);
    const items: readonly Located[] =
      'fields' in definition && definition.fields
        ? definition.fields
        : 'values' in definition && definition.values
          ? definition.values
          : 'operationTypes' in definition && definition.operationTypes
            ? definition.operationTypes
            : [];
    for (const item of items) starts.add(item.loc!.start);
    if (items.length > 0) starts.add(definition.loc!.end - 1);
  }
  return starts;
}

/**
 * A block string re-indented to its place, one line per line of its value. The value must come out
 * the same; where re-indenting could change it (leading whitespace on the first line, trailing
 * whitespace on a line) the string is kept exactly as written.
 */
function blockString(node: StringValueNode, raw: string): Doc {
  const lines = node.value.split('\n');
  const safe = node.value !== '' && !/^[ \t]/.test(lines[0]) && lines.every((text) => text === text.trimEnd());
  if (!safe) return raw;
  return ['"""', ...lines.flatMap((text) => [hardline, text.replaceAll('"""', '\\"""')]), hardline, '"""'];
}
