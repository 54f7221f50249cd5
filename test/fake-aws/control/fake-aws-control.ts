import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeStackEvent } from '../cloudformation-model';
import type { FakeCloudFormationState } from '../fake-cloudformation-state';
import { readBody } from '../loopback-http';
import { gen2StackName, type Gen2BackendIdentifier } from '../seeds/gen2-backend-identifier';
import { DeployScenarioRun, deployScenarioSteps, isDeployScenario } from '../scenarios';

/** Routes under this prefix drive the fake; CloudFormation's own requests never use a path. */
export const CONTROL_PREFIX = '/__lens/';
const DEFAULT_STEP_MS = 25;

/** What `POST /__lens/deploys` takes: the root stack by name, or a Gen 2 backend by its identifier parts. */
export interface StartDeployRequest {
  stack?: string;
  backend?: Gen2BackendIdentifier;
  scenario: string;
  stepMs?: number;
}

/** An event as the fake CLIs print it. */
export interface ControlEvent {
  stackName: string;
  logicalId: string;
  physicalId?: string;
  resourceType: string;
  status: string;
  reason?: string;
  timestamp: string;
}

export interface DeployProgress {
  done: boolean;
  error?: string;
  rootStatus: string;
  events: ControlEvent[];
  /** Pass back as `after` to read only newer events. */
  next: number;
}

/**
 * The control endpoint the fake CLIs call in place of CloudFormation's CreateChangeSet/ExecuteChangeSet:
 * start a named deploy scenario on a root stack, then read its events as they are written. Lives on the
 * fake CloudFormation's port so a test hands the CLIs one URL.
 */
export class FakeAwsControl {
  private readonly runs = new Map<string, DeployScenarioRun>();

  constructor(private readonly state: FakeCloudFormationState) {}

  /** Answers the request when it is a control route; false leaves it to CloudFormation. */
  handles(request: IncomingMessage, response: ServerResponse): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(CONTROL_PREFIX)) return false;
    readJson(request)
      .then((body) => this.route(request.method ?? 'GET', url, body))
      .then(([status, payload]) => sendJson(response, status, payload))
      .catch((error: unknown) => sendJson(response, 500, { message: String(error) }));
    return true;
  }

  /** Stops every running scenario (the server is closing). */
  stop(): void {
    for (const run of this.runs.values()) run.stop();
  }

  private async route(method: string, url: URL, body: unknown): Promise<[number, unknown]> {
    const parts = url.pathname.slice(CONTROL_PREFIX.length).split('/').filter(Boolean);
    if (method === 'POST' && parts.length === 1 && parts[0] === 'deploys') return this.startDeploy(body as StartDeployRequest);
    if (method === 'GET' && parts.length === 2 && parts[0] === 'deploys') {
      const run = this.runs.get(parts[1]!);
      if (!run) return [404, { message: `no deploy ${parts[1]}` }];
      return [200, this.progress(run, Number(url.searchParams.get('after') ?? 0))];
    }
    return [404, { message: `no control route ${method} ${url.pathname}` }];
  }

  private startDeploy(request: StartDeployRequest): [number, unknown] {
    if (!request || !isDeployScenario(request.scenario)) return [400, { message: `unknown scenario ${request?.scenario}` }];
    const name = request.backend ? gen2StackName(request.backend) : request.stack;
    const stack = name ? this.state.findStack(name) : undefined;
    if (!stack) return [400, { message: `Stack with id ${name} does not exist` }];
    // The service's own refusal of a second update while one runs.
    if (stack.status.endsWith('_IN_PROGRESS')) {
      return [400, { message: `Stack:${stack.id} is in ${stack.status} state and can not be updated.` }];
    }
    const id = `deploy-${this.runs.size + 1}`;
    const steps = deployScenarioSteps(this.state, stack.id, request.scenario);
    this.runs.set(id, new DeployScenarioRun(id, stack.name, this.state, steps, request.stepMs ?? DEFAULT_STEP_MS).start());
    return [200, { id, stackName: stack.name, stackId: stack.id, region: this.state.region, resources: this.countResources(stack.id) }];
  }

  /** Every resource of the tree, nested stacks included, as CDK counts them for its `i/n` column. */
  private countResources(stackId: string): number {
    return (
      this.state.getStack(stackId).resources.length +
      this.state.nestedStacksOf(stackId).reduce((sum, child) => sum + this.countResources(child.id), 0)
    );
  }

  private progress(run: DeployScenarioRun, after: number): DeployProgress {
    const events = run.events.slice(after).map(toControlEvent);
    return { done: run.done, error: run.error, rootStatus: this.state.getStack(run.rootStackName).status, events, next: after + events.length };
  }
}

function toControlEvent(event: FakeStackEvent): ControlEvent {
  return {
    stackName: event.stackName,
    logicalId: event.logicalId,
    physicalId: event.physicalId,
    resourceType: event.resourceType,
    status: event.status,
    reason: event.statusReason,
    timestamp: event.timestamp.toISOString(),
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request);
  return text ? JSON.parse(text) : undefined;
}

function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.byteLength });
  response.end(body);
}
