import { describe, expect, it } from 'vitest';
import { FakeCloudFormationState } from './fake-cloudformation-state';

function stateWithNestedStack() {
  const state = new FakeCloudFormationState({ clock: () => new Date(Date.UTC(2024, 0, 1)) });
  const root = state.addStack({ name: 'root', resources: [{ logicalId: 'Bucket', type: 'AWS::S3::Bucket', physicalId: 'b' }] });
  const child = state.addStack({ parent: { stack: 'root', logicalId: 'apimain' } });
  return { state, root, child };
}

const lines = (events: { logicalId: string; status: string; statusReason?: string }[]) =>
  events.map((event) => `${event.logicalId} ${event.status}${event.statusReason ? ` (${event.statusReason})` : ''}`);

describe('FakeCloudFormationState', () => {
  it('writes a "User Initiated" event when a root stack operation starts, and moves LastUpdatedTime', () => {
    const { state, root } = stateWithNestedStack();
    state.updateStatus('root', 'UPDATE_IN_PROGRESS');
    expect(lines(root.events)).toEqual(['root UPDATE_IN_PROGRESS (User Initiated)']);
    expect(root.lastUpdatedTime).toEqual(root.events[0].timestamp);
    expect(root.events[0].physicalId).toBe(root.id);
  });

  it('mirrors a nested stack’s status on its parent’s resource: first when starting, last when finishing', () => {
    const { state, root, child } = stateWithNestedStack();
    state.updateStatus(child.name, 'UPDATE_IN_PROGRESS');
    state.updateStatus(child.name, 'UPDATE_FAILED', 'Resource handler returned message: boom');
    expect(lines(child.events)).toEqual([
      `${child.name} UPDATE_IN_PROGRESS`,
      `${child.name} UPDATE_FAILED (Resource handler returned message: boom)`,
    ]);
    expect(lines(root.events)).toEqual(['apimain UPDATE_IN_PROGRESS', 'apimain UPDATE_FAILED (Resource handler returned message: boom)']);
    expect(root.events[0].timestamp.getTime()).toBeLessThanOrEqual(child.events[0].timestamp.getTime());
    expect(root.resources.find((resource) => resource.logicalId === 'apimain')?.status).toBe('UPDATE_FAILED');
  });

  it('keeps event timestamps strictly increasing even when the clock stands still', () => {
    const { state, root } = stateWithNestedStack();
    state.updateResourceStatus('root', 'Bucket', 'UPDATE_IN_PROGRESS');
    state.updateResourceStatus('root', 'Bucket', 'UPDATE_COMPLETE');
    expect(root.events[1].timestamp.getTime()).toBeGreaterThan(root.events[0].timestamp.getTime());
  });

  it('deletes a stack tree child-first and keeps the records reachable by ARN only', () => {
    const { state, root, child } = stateWithNestedStack();
    state.deleteStack('root');
    expect(lines(root.events)).toEqual([
      'root DELETE_IN_PROGRESS (User Initiated)',
      'apimain DELETE_IN_PROGRESS',
      'apimain DELETE_COMPLETE',
      'Bucket DELETE_IN_PROGRESS',
      'Bucket DELETE_COMPLETE',
      'root DELETE_COMPLETE',
    ]);
    expect(child.status).toBe('DELETE_COMPLETE');
    expect(state.findStack('root')).toBeUndefined();
    expect(state.findStack(root.id)?.deletionTime).toBeInstanceOf(Date);
    expect(() => state.addStack({ name: 'root' })).not.toThrow();
  });

  it('refuses a second live stack of the same name', () => {
    const { state } = stateWithNestedStack();
    expect(() => state.addStack({ name: 'root' })).toThrow('Stack [root] already exists');
  });

  it('uses injected errors up in order and per action', () => {
    const state = new FakeCloudFormationState();
    state.injectError('ListStacks', 'Throttling', { times: 2 });
    expect(state.takeInjectedError('DescribeStacks')).toBeUndefined();
    expect(state.takeInjectedError('ListStacks')?.code).toBe('Throttling');
    expect(state.takeInjectedError('ListStacks')?.httpStatus).toBe(400);
    expect(state.takeInjectedError('ListStacks')).toBeUndefined();
  });

  it('derives the same ids from the same seed', () => {
    const a = new FakeCloudFormationState({ idSeed: 'x' }).addStack({ name: 's' });
    const b = new FakeCloudFormationState({ idSeed: 'x' }).addStack({ name: 's' });
    expect(a.id).toBe(b.id);
  });
});
