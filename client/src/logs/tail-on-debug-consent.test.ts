import { describe, expect, it } from 'vitest';
import { NEVER_TAIL, TAIL_WHILE_DEBUGGING, TailOnDebugConsent } from './tail-on-debug-consent';

function scriptedUi(answers: (string | undefined)[]) {
  const questions: string[] = [];
  const remembered: string[] = [];
  let told = 0;
  const ui = {
    ask: async (question: string) => {
      questions.push(question);
      return answers.shift();
    },
    remember: async (mode: 'function' | 'off') => void remembered.push(mode),
    billingTold: () => void told++,
  };
  return { ui, questions, remembered, told: () => told };
}

describe('tailing on debug when the setting says ask', () => {
  it('asks once, naming the function and the billing, and saves the answer as the setting', async () => {
    const { ui, questions, remembered, told } = scriptedUi([TAIL_WHILE_DEBUGGING]);
    const consent = new TailOnDebugConsent(ui);
    expect(await consent.allows('ask', ['summarizePost'])).toBe(true);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/summarizePost/);
    expect(questions[0]).toMatch(/billed per minute/);
    expect(remembered).toEqual(['function']);
    expect(told()).toBe(1);
  });

  it('saves "Never" as off and tails nothing', async () => {
    const { ui, remembered } = scriptedUi([NEVER_TAIL]);
    expect(await new TailOnDebugConsent(ui).allows('ask', ['a', 'b'])).toBe(false);
    expect(remembered).toEqual(['off']);
  });

  it('asks one question for runs that start together, and none again in the window once dismissed', async () => {
    const { ui, questions, remembered } = scriptedUi([undefined, TAIL_WHILE_DEBUGGING]);
    const consent = new TailOnDebugConsent(ui);
    expect(await Promise.all([consent.allows('ask', ['a']), consent.allows('ask', ['b'])])).toEqual([false, false]);
    expect(await consent.allows('ask', ['a'])).toBe(false);
    expect(questions).toHaveLength(1);
    expect(remembered).toEqual([]);
  });

  it('does not ask when the setting already answers', async () => {
    const { ui, questions } = scriptedUi([]);
    const consent = new TailOnDebugConsent(ui);
    expect(await consent.allows('function', ['a'])).toBe(true);
    expect(await consent.allows('always', ['a'])).toBe(true);
    expect(await consent.allows('off', ['a'])).toBe(false);
    expect(questions).toEqual([]);
  });
});
