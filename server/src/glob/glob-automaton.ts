/**
 * Glob patterns matched in time linear in the path, whatever the pattern. A regular expression
 * built from a glob (`[^/]*a[^/]*a…b`) backtracks through every way of splitting the path between
 * its stars: a dozen stars and a 60-character name already take longer than anyone waits. Globs
 * in settings, `.gitignore` files and `customHttp.yml` all come from repositories Lens did not
 * write, so each syntax is translated into this automaton instead (Thompson's construction): one
 * state per piece of the pattern, and the set of current states advanced over the path once.
 */
export type CharTest = (char: string) => boolean;

export const ANY_CHAR: CharTest = () => true;
export const NOT_SLASH: CharTest = (char) => char !== '/';

export interface GlobMatcher {
  /** Named as RegExp's method, so a matcher stands where a RegExp stood. */
  test(path: string): boolean;
}

interface State {
  /** Steps that consume one character passing `test`. */
  steps: { test: CharTest; to: number }[];
  /** Steps that consume nothing. */
  free: number[];
}

/** The automaton under construction, built piece by piece from `state` onwards. */
export class GlobBuilder {
  private readonly states: State[] = [{ steps: [], free: [] }];
  /** Where the next piece starts. */
  state = 0;

  add(): number {
    this.states.push({ steps: [], free: [] });
    return this.states.length - 1;
  }

  /** One character passing `test` (a literal, `?`, a `[…]` class). */
  one(test: CharTest): this {
    const next = this.add();
    this.states[this.state].steps.push({ test, to: next });
    this.state = next;
    return this;
  }

  literal(char: string): this {
    return this.one((candidate) => candidate === char);
  }

  /** Any number of characters passing `test` (`*`: NOT_SLASH; `**`: ANY_CHAR). */
  repeat(test: CharTest): this {
    const loop = this.add();
    this.states[this.state].free.push(loop);
    this.states[loop].steps.push({ test, to: loop });
    this.state = loop;
    return this;
  }

  /** `**\/`: nothing at all, or any text ending with a `/`. */
  anyFolders(): this {
    const loop = this.add();
    const after = this.add();
    this.states[this.state].free.push(loop, after);
    this.states[loop].steps.push({ test: ANY_CHAR, to: loop }, { test: (char) => char === '/', to: after });
    this.state = after;
    return this;
  }

  /** Alternatives from the current state, each built by one callback; they join after. */
  branches(alternatives: readonly ((builder: this) => void)[]): this {
    const from = this.state;
    const joined = this.add();
    for (const build of alternatives) {
      this.state = this.add();
      this.states[from].free.push(this.state);
      build(this);
      this.states[this.state].free.push(joined);
    }
    this.state = joined;
    return this;
  }

  /** The finished pattern: the whole path must lead from the start to the current state. */
  matcher(): GlobMatcher {
    const states = this.states;
    const accept = this.state;
    return { test: (path) => accepts(states, accept, path) };
  }
}

function accepts(states: readonly State[], accept: number, path: string): boolean {
  let current = closure(states, [0]);
  for (let index = 0; index < path.length; index++) {
    const char = path[index];
    const next: number[] = [];
    for (const state of current) {
      for (const { test, to } of states[state].steps) if (test(char)) next.push(to);
    }
    if (next.length === 0) return false;
    current = closure(states, next);
  }
  return current.includes(accept);
}

/** The states reachable from `from` without consuming a character, each once. */
function closure(states: readonly State[], from: number[]): number[] {
  const seen = new Set<number>();
  const stack = [...from];
  while (stack.length > 0) {
    const state = stack.pop()!;
    if (seen.has(state)) continue;
    seen.add(state);
    for (const to of states[state].free) if (!seen.has(to)) stack.push(to);
  }
  return [...seen];
}
