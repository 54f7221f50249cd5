/**
 * How CloudFormation statuses and environment healths read to a person, shared by the sidebar's
 * views and the panels so the same status reads the same everywhere. Browser-safe.
 */
export * from './display-format';
export * from './environment-health-presentation';
export * from './stack-status-kinds';
export * from './stack-status-presentation';
export type { ViewNodeIcon } from './view-node-icon';
