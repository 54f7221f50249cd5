import { describe, expect, it } from 'vitest';
import { awsCliOnPath } from './aws-cli-presence';

describe('whether the AWS CLI can sign in', () => {
  it('finds aws in an absolute PATH folder', () => {
    const disk = new Set(['/usr/local/bin/aws', 'C:\\Program Files\\Amazon\\AWSCLIV2\\aws.exe']);
    const has = (file: string) => disk.has(file);
    expect(awsCliOnPath({ PATH: '/usr/bin:/usr/local/bin' }, 'linux', has)).toBe(true);
    expect(awsCliOnPath({ Path: 'C:\\Windows;C:\\Program Files\\Amazon\\AWSCLIV2' }, 'win32', has)).toBe(true);
  });

  it('does not count a relative folder (the project, where the terminal opens) or its absence', () => {
    const has = (file: string) => file === 'bin/aws' || file === 'aws';
    expect(awsCliOnPath({ PATH: 'bin:.:' }, 'linux', has)).toBe(false);
    expect(awsCliOnPath({}, 'linux', has)).toBe(false);
  });
});
