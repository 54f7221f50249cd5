/**
 * What the timeline shows when the CLI stopped before CloudFormation started (the transformer
 * refused the schema, the type check or the build failed): that nothing was deployed, the CLI's
 * reason, and a link to the place it names, instead of an empty tree with the root stack waiting.
 */
import type { DeployTimelineSnapshot, ProjectLink } from 'amplify-lens-model/panels';
import { codicon, h } from '../shared/dom';

export interface NotDeployedActions {
  openLink(link: ProjectLink): void;
  copy(text: string): void;
}

export function notDeployedView(notDeployed: NonNullable<DeployTimelineSnapshot['notDeployed']>, actions: NotDeployedActions): HTMLElement {
  const link = notDeployed.link;
  return h(
    'section',
    { className: 'not-deployed', role: 'alert', 'aria-label': 'Nothing was deployed' },
    h('h2', {}, codicon('error'), ' Nothing was deployed'),
    h('p', {}, 'The CLI stopped before CloudFormation started, so no stack changed.'),
    h(
      'p',
      { className: 'failure' },
      h('span', { className: 'reason' }, notDeployed.reason),
      link
        ? h(
            'button',
            { className: 'link', title: `Open ${link.label}`, onClick: () => actions.openLink(link) },
            codicon('go-to-file'),
            ` ${link.label}`,
          )
        : '',
      h(
        'button',
        { className: 'icon', 'aria-label': 'Copy the reason', title: 'Copy the reason', onClick: () => actions.copy(notDeployed.reason) },
        codicon('copy'),
      ),
    ),
  );
}
