/**
 * How each environment health reads at a glance: a word for the row's description, a word for the
 * tooltip, and a codicon with a theme color (green pass, spinning sync, red error, …).
 */
import type { EnvironmentHealth } from '../panels/environment-health';
import type { ViewNodeIcon } from './view-node-icon';

export interface HealthPresentation {
  /** Lower case, for the row's description ("deployed", "deploying…"). */
  label: string;
  /** Sentence case, for tooltips. */
  title: string;
  icon: ViewNodeIcon;
}

const HEALTH_PRESENTATION: Record<EnvironmentHealth, HealthPresentation> = {
  deployed: { label: 'deployed', title: 'Deployed', icon: { id: 'pass', color: 'testing.iconPassed' } },
  deploying: { label: 'deploying…', title: 'Deploying', icon: { id: 'sync~spin' } },
  failed: { label: 'failed', title: 'Failed', icon: { id: 'error', color: 'testing.iconFailed' } },
  deleting: { label: 'deleting…', title: 'Deleting', icon: { id: 'trash', color: 'list.warningForeground' } },
  drifted: { label: 'drifted', title: 'Drifted from its template', icon: { id: 'warning', color: 'list.warningForeground' } },
  'not-deployed': { label: 'not deployed', title: 'Not deployed in this account and region', icon: { id: 'circle-outline' } },
  unknown: { label: 'unknown', title: 'Status unknown', icon: { id: 'question' } },
};

export function healthPresentation(health: EnvironmentHealth): HealthPresentation {
  return HEALTH_PRESENTATION[health] ?? HEALTH_PRESENTATION.unknown;
}

export const ALL_HEALTHS = Object.keys(HEALTH_PRESENTATION) as EnvironmentHealth[];
