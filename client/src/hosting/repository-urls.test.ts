import { describe, expect, it } from 'vitest';
import { repositoryKey, sameRepository } from './repository-urls';

describe('repository keys', () => {
  it('reduce the spellings of one GitHub repository to one key', () => {
    const spellings = [
      'https://github.com/Example/Gen2-Todo',
      'https://github.com/example/gen2-todo.git',
      'git@github.com:example/gen2-todo.git',
      'ssh://git@github.com:22/example/gen2-todo.git',
      'https://someone:token@github.com/example/gen2-todo/',
      'git+ssh://git@github.com/example/gen2-todo',
    ];
    expect(new Set(spellings.map(repositoryKey))).toEqual(new Set(['github.com/example/gen2-todo']));
  });

  it('keep GitLab subgroups, Bitbucket users and CodeCommit regions apart', () => {
    expect(repositoryKey('git@gitlab.com:group/sub/project.git')).toBe('gitlab.com/group/sub/project');
    expect(repositoryKey('https://user@bitbucket.org/team/site.git')).toBe('bitbucket.org/team/site');
    expect(repositoryKey('codecommit::eu-west-1://my-repo')).toBe('git-codecommit.eu-west-1.amazonaws.com/v1/repos/my-repo');
    expect(sameRepository('codecommit::eu-west-1://profile@my-repo', 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/my-repo')).toBe(
      true,
    );
    expect(sameRepository('codecommit::us-east-1://my-repo', 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/my-repo')).toBe(false);
  });

  it('refuse what is not a repository URL', () => {
    for (const text of ['', 'file:///etc/passwd', 'javascript:alert(1)', 'https://github.com/', '../../x', 'git@github.com:a/../b']) {
      expect(repositoryKey(text)).toBeUndefined();
    }
    expect(sameRepository('git@github.com:a/b.git', 'https://github.com/a/c')).toBe(false);
  });
});
