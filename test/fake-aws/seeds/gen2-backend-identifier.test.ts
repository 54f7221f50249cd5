import { describe, expect, it } from 'vitest';
import { gen2BackendHash, gen2StackName, parseGen2StackName } from './gen2-backend-identifier';

// Expected names are the ones amplify-backend's own tests pin for BackendIdentifierConversions.
describe('Gen 2 stack names', () => {
  it('strips non-alphanumerics but hashes the raw namespace and name', () => {
    expect(
      gen2StackName({ namespace: 't-_e.s,@ t--T@,,  !@#$%^&*(){}:":<>?/|\\[]   H/I. .S', name: 't-_h.i,@ ng1-&&%2@@3-   _', type: 'branch' }),
    ).toBe('amplify-testTHIS-thing123-branch-70899a9dd1');
  });

  it('cuts a long name to 50 characters', () => {
    expect(
      gen2StackName({
        namespace: 'reasonableName',
        name: 'InsanelyLongUserNameProvidedByCustomerDoNotKnowWhatCustomersAreThinkingWhenChoosingThisGreatBigName',
        type: 'sandbox',
      }),
    ).toBe('amplify-reasonableName-InsanelyLongUserNameProvidedByCustomerDoNotKnowWha-sandbox-25ed708259');
  });

  it('cuts a long namespace to what fits in 128 characters', () => {
    const name = gen2StackName({
      namespace:
        'InsanelyLongNamespaceProvidedByCustomerDoNotKnowWhatCustomersAreThinkingWhenChoosingThisGreatBigNameButItIsStillTheoreticallyPossible',
      name: 'userName',
      type: 'sandbox',
    });
    expect(name).toBe(
      'amplify-InsanelyLongNamespaceProvidedByCustomerDoNotKnowWhatCustomersAreThinkingWhenChoosingThisGre-userName-sandbox-119c592989',
    );
    expect(name.length).toBeLessThanOrEqual(128);
  });

  it('keeps a given hash', () => {
    expect(gen2StackName({ namespace: 'myCustomStack', name: 'main', type: 'standalone', hash: 'testHash' })).toBe(
      'amplify-myCustomStack-main-standalone-testHash',
    );
  });

  it('hashes with sha512 over namespace then name', () => {
    expect(
      gen2BackendHash('reasonableName', 'InsanelyLongUserNameProvidedByCustomerDoNotKnowWhatCustomersAreThinkingWhenChoosingThisGreatBigName'),
    ).toBe('25ed708259');
  });

  it('parses names back into their parts, and refuses anything else', () => {
    expect(parseGen2StackName('amplify-reasonableName-userName-sandbox-testHash')).toEqual({
      namespace: 'reasonableName',
      name: 'userName',
      type: 'sandbox',
      hash: 'testHash',
    });
    expect(parseGen2StackName('amplify-missing-sandbox-testHash')).toBeUndefined();
    expect(parseGen2StackName('wrong-name-for-amplify-stack')).toBeUndefined();
    expect(parseGen2StackName('amplify-wrong-suffix-thing-testHash')).toBeUndefined();
    expect(parseGen2StackName('amplify-myproject-dev-a1b2c')).toBeUndefined();
  });
});
