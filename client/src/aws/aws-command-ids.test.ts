import { ENVIRONMENT_OVERVIEW_COMMANDS } from 'amplify-lens-model/panels';
import { describe, expect, it } from 'vitest';
import { AWS_COMMANDS } from './aws-command-ids';

describe('the commands a load problem offers', () => {
  it('are exactly those the environment overview may ask the host to run', () => {
    expect([...ENVIRONMENT_OVERVIEW_COMMANDS].sort()).toEqual(Object.values(AWS_COMMANDS).sort());
  });
});
