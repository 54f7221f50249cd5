import { describe, expect, it } from 'vitest';
import type { ApiSettings } from '../api-settings';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { diagnose, underlined } from '../../../test-support/graphql/diagnose';

function functionDiagnostics(sdl: string, settings: Partial<ApiSettings> = {}) {
  return diagnose(sdl, settings).filter((d) => d.code.startsWith('function-'));
}

const project: Partial<ApiSettings> = {
  functionNames: new Set(['echofunction', 'worker', 'auditor']),
  envNames: ['dev', 'prod'],
};

describe('@function rules', () => {
  describe('documented examples', () => {
    const examples: Record<string, [string, Partial<ApiSettings>]> = {
      'function with ${env}': ['type Query {\n  echo(msg: String): String @function(name: "echofunction-${env}")\n}\n', project],
      'function of another deployment': ['type Query {\n  echo(msg: String): String @function(name: "echofunction")\n}\n', {}],
      'function in another region': [
        'type Query {\n  echo(msg: String): String @function(name: "echofunction", region: "us-east-1")\n}\n',
        project,
      ],
      'chained functions': [
        'type Mutation {\n  doSomeWork(msg: String): String\n    @function(name: "worker-function")\n    @function(name: "audit-function")\n}\n',
        {},
      ],
      'custom query on a model': [
        'type Todo @model(queries: { get: null }) {\n  id: ID!\n  name: String!\n}\ntype Query {\n  getMyTodo(id: ID!): Todo @function(name: "getmytodofunction-${env}")\n}\n',
        {},
      ],
      'event invocation (Gen 2)': [
        'type EventInvocationResponse {\n  success: Boolean!\n}\ntype Mutation {\n  doSomething(msg: String): EventInvocationResponse @function(name: "fn", invocationType: Event)\n}\n',
        { generation: 2 },
      ],
    };
    for (const [name, [sdl, settings]] of Object.entries(examples)) {
      it(`accepts: ${name}`, () => expect(diagnose(sdl, settings)).toEqual([]));
    }
  });

  it('accepts project functions by base name, ${env} form or an env-suffixed name', () => {
    for (const name of ['echofunction', 'echofunction-${env}', 'echofunction-dev', 'worker-prod', '${env}-ignored-echofunction']) {
      const sdl = `type Query {\n  echo: String @function(name: "${name}")\n}\n`;
      const codes = functionDiagnostics(sdl, project).map((d) => d.code);
      expect(codes, name).toEqual(name.startsWith('${env}-ignored') ? ['function-unknown-name'] : []);
    }
  });

  it('warns about an unknown function, lists the known ones and suggests the close one', () => {
    const sdl = 'type Query {\n  echo(msg: String): String @function(name: "echofuntion-${env}")\n}\n';
    const [diagnostic, ...rest] = functionDiagnostics(sdl, project);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('function-unknown-name');
    expect(diagnostic.severity).toBe('warning');
    expect(underlined(sdl, diagnostic)).toBe('"echofuntion-${env}"');
    expect(diagnostic.message).toContain("The project's functions are 'auditor', 'echofunction', 'worker'.");
    expect(applyFix(sdl, diagnostic.fixes?.[0])).toContain('@function(name: "echofunction-${env}")');
  });

  it('stays quiet when the project functions are unknown', () => {
    const sdl = 'type Query {\n  echo: String @function(name: "anything")\n}\n';
    expect(functionDiagnostics(sdl)).toEqual([]);
  });

  it('says so when the project has no functions', () => {
    const sdl = 'type Query {\n  echo: String @function(name: "echo-${env}")\n}\n';
    const [diagnostic] = functionDiagnostics(sdl, { functionNames: new Set() });
    expect(diagnostic.message).toContain('The project has no functions.');
  });

  describe('invocationType: Event (Gen 2)', () => {
    const response = 'type EventInvocationResponse {\n  success: Boolean!\n}\n';

    it('is only for Query and Mutation fields', () => {
      const sdl = `${response}type Todo @model {\n  id: ID!\n  x: EventInvocationResponse @function(name: "fn", invocationType: Event)\n}\n`;
      const diagnostics = functionDiagnostics(sdl, { generation: 2 });
      expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['function-event-invocation-parent', 'Event']]);
    });

    it('requires the EventInvocationResponse return type when the last function is an event', () => {
      const sdl = `${response}type Mutation {\n  a(msg: String): String @function(name: "x") @function(name: "fn", invocationType: Event)\n  b(msg: String): String @function(name: "fn", invocationType: Event) @function(name: "x")\n  c: EventInvocationResponse! @function(name: "fn", invocationType: Event)\n}\n`;
      const diagnostics = functionDiagnostics(sdl, { generation: 2 });
      expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
        ['function-event-invocation-return-type', 'String'],
        ['function-event-invocation-return-type', 'EventInvocationResponse!'],
      ]);
      expect(diagnostics[0].message).toContain("Invalid return type String for Mutation.a. Use return type 'EventInvocationResponse'");
      expect(applyFix(sdl, diagnostics[0].fixes?.[0])).toContain('a(msg: String): EventInvocationResponse @function');
    });

    it('checks the shape of EventInvocationResponse', () => {
      const sdl =
        'type EventInvocationResponse {\n  ok: Boolean\n}\ntype Mutation {\n  a: EventInvocationResponse @function(name: "fn", invocationType: Event)\n}\n';
      const diagnostics = functionDiagnostics(sdl, { generation: 2 });
      expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['function-event-response-shape', 'EventInvocationResponse']]);
    });
  });
});
