/**
 * `amplifyLens.logs.tailOnDebug: ask` (the default): Live Tail costs money by the minute, so Lens
 * does not start one behind a debug run nobody asked to be tailed. The first debug run that points
 * at a function asks, naming the function and the billing; "Tail While Debugging" and "Never" are
 * written to the user's settings as `function` and `off`, so the question is asked once. Dismissing
 * it tails nothing and is not asked again in this window. Runs starting together share one question.
 */
import type { TailOnDebugMode } from './debug-function-matching';

export type TailOnDebugSetting = TailOnDebugMode | 'ask';

export const TAIL_WHILE_DEBUGGING = 'Tail While Debugging';
export const NEVER_TAIL = 'Never';

export interface ConsentUi {
  ask(question: string, ...answers: string[]): PromiseLike<string | undefined>;
  /** Writes the answer to the user's (global) `amplifyLens.logs.tailOnDebug`. */
  remember(mode: 'function' | 'off'): PromiseLike<void>;
  /** The question told about the billing: the first tail need not tell again. */
  billingTold?(): void;
}

export class TailOnDebugConsent {
  private answer: Promise<boolean> | undefined;

  constructor(private readonly ui: ConsentUi) {}

  /** Whether to tail these functions for a debug run under `setting`. */
  allows(setting: TailOnDebugSetting, functionNames: readonly string[]): Promise<boolean> {
    if (setting !== 'ask') return Promise.resolve(setting !== 'off');
    return (this.answer ??= this.ask(functionNames));
  }

  private async ask(functionNames: readonly string[]): Promise<boolean> {
    const which = functionNames.length === 1 ? functionNames[0] : `${functionNames.length} functions (${functionNames.join(', ')})`;
    const question =
      `Tail the CloudWatch logs of ${which} while you debug? Live Tail is billed per minute of tailing; ` +
      'the tail stops when the debug run ends. Your answer is saved as the setting amplifyLens.logs.tailOnDebug.';
    const choice = await this.ui.ask(question, TAIL_WHILE_DEBUGGING, NEVER_TAIL);
    if (choice === undefined) return false;
    this.ui.billingTold?.();
    await this.ui.remember(choice === TAIL_WHILE_DEBUGGING ? 'function' : 'off');
    // The setting now answers; a later change of it (back to `ask`) asks again.
    this.answer = undefined;
    return choice === TAIL_WHILE_DEBUGGING;
  }
}
