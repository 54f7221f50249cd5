import type { AmplifySchemaModel } from '../amplify-schema-model';
import type { ApiSettings } from '../api-settings';
import type { RuleContext } from '../rule-context';

/**
 * Remembers which parts of the schema ("units": the `@auth` uses of one definition, the relations
 * of one type, one `@default`) a rule found nothing wrong with, so the analysis after an edit checks again only what the edit can have
 * changed. A unit is keyed by its AST node: a definition the user did not touch keeps its nodes
 * from one analysis to the next (parse-schema-file.ts), and an edited one gets new nodes.
 *
 * What a unit's checks read outside its own nodes must be part of the check: the environment
 * (settings, root type names, the names and kinds of all types — see `ruleEnvironment`) and the
 * unit's `dependencies` (e.g. the definition a relation points at), compared by identity.
 *
 * Only clean units are remembered. A unit with findings is checked again every time, so its
 * diagnostics and quick fixes are always built from the current text (fix edits hold ranges,
 * which move when the text above them changes).
 */
export class CleanUnitMemo<Unit extends object> {
  private readonly clean = new WeakMap<Unit, { environment: object; dependencies: readonly unknown[] }>();

  /** Runs `check` on `unit` unless it was clean under the same environment and dependencies. */
  check(unit: Unit, dependencies: readonly unknown[], context: RuleContext, check: (context: RuleContext) => void): void {
    const environment = ruleEnvironment(context.model, context.settings);
    const known = this.clean.get(unit);
    if (known && known.environment === environment && sameItems(known.dependencies, dependencies)) return;
    let reported = false;
    check({
      model: context.model,
      settings: context.settings,
      files: context.files,
      report(finding) {
        reported = true;
        context.report(finding);
      },
    });
    if (reported) this.clean.delete(unit);
    else this.clean.set(unit, { environment, dependencies });
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A token that is the same object for two analyses exactly when their settings, root type names
 * and the kinds and names of their definitions (in order, so which definition of a repeated name
 * counts is the same) are equal. Rules may read those facts freely inside a remembered unit.
 */
const environments = new WeakMap<AmplifySchemaModel, { settings: ApiSettings; token: object }>();
/** Recent environment keys; one API is edited at a time, so a few suffice. */
const tokensByKey = new Map<string, object>();
const TOKEN_LIMIT = 16;

/** The last answer, since every unit of every rule of one analysis asks with the same model and settings. */
let last: { model: AmplifySchemaModel; settings: ApiSettings; token: object } | undefined;

export function ruleEnvironment(model: AmplifySchemaModel, settings: ApiSettings): object {
  if (last && last.model === model && last.settings === settings) return last.token;
  const token = environmentToken(model, settings);
  last = { model, settings, token };
  return token;
}

function environmentToken(model: AmplifySchemaModel, settings: ApiSettings): object {
  const known = environments.get(model);
  if (known && known.settings === settings) return known.token;
  const key = environmentKey(model, settings);
  let token = tokensByKey.get(key);
  if (!token) {
    token = {};
    tokensByKey.set(key, token);
    if (tokensByKey.size > TOKEN_LIMIT) tokensByKey.delete(tokensByKey.keys().next().value!);
  }
  environments.set(model, { settings, token });
  return token;
}

function environmentKey(model: AmplifySchemaModel, settings: ApiSettings): string {
  const parts = [
    settingsKey(settings),
    `${model.rootTypeName('query')} ${model.rootTypeName('mutation')} ${model.rootTypeName('subscription')}`,
  ];
  for (const definition of model.definitions) {
    parts.push('name' in definition && definition.name ? `${definition.kind} ${definition.name.value}` : definition.kind);
  }
  return parts.join('\n');
}

/** Every setting, whatever its shape (sets as sorted lists), so a setting added later is never left out. */
function settingsKey(settings: ApiSettings): string {
  return JSON.stringify(settings, (_key, value: unknown) =>
    value instanceof Set ? { set: [...(value as Set<unknown>)].map(String).sort() } : value,
  );
}
