import { describe, expect, it } from 'vitest';
import { workerEnvironment } from './worker-environment';

describe('the schema worker environment', () => {
  it('keeps what Node needs and drops credentials, tokens and everything else', () => {
    const env = workerEnvironment({
      PATH: '/usr/bin',
      HOME: '/home/dev',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'token',
      AWS_PROFILE: 'prod',
      GITHUB_TOKEN: 'ghp_x',
      NPM_TOKEN: 'npm_x',
      NODE_OPTIONS: '--require /tmp/evil.js',
      ELECTRON_RUN_AS_NODE: '1',
      SystemRoot: 'C:\\Windows',
    });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/dev', ELECTRON_RUN_AS_NODE: '1', SystemRoot: 'C:\\Windows' });
  });
});
