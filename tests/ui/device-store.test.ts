import { afterEach, describe, expect, it } from 'vitest';
import { clearStored, isSharedDevice, readStored, setSharedDevice, writeStored } from '../../src/ui/device-store';

describe('what the app keeps on the device', () => {
  afterEach(() => setSharedDevice(false));

  it('saves to the device normally, and clearing removes only what Care Routes saved', () => {
    localStorage.setItem('another-app', 'keep me');
    writeStored('plan', { steps: [] });
    expect(localStorage.getItem('care-routes.plan')).toBe('{"steps":[]}');
    clearStored();
    expect(readStored('plan')).toBeUndefined();
    expect(Object.keys(localStorage)).toEqual(['another-app']);
  });

  it('in shared-device mode, writes nothing to storage and forgets what was saved before', () => {
    writeStored('plan', { steps: ['from before'] });
    setSharedDevice(true);
    expect(isSharedDevice()).toBe(true);
    expect(readStored('plan')).toBeUndefined();
    writeStored('answers', { age: 30 });
    expect(readStored('answers')).toEqual({ age: 30 });
    expect(Object.keys(localStorage)).toEqual([]);
    expect(Object.keys(sessionStorage)).toEqual(['care-routes.shared-device']);
  });

  it('turning shared-device mode off forgets the last person too', () => {
    setSharedDevice(true);
    writeStored('answers', { age: 30 });
    setSharedDevice(false);
    expect(readStored('answers')).toBeUndefined();
    expect(Object.keys(sessionStorage)).toEqual([]);
  });
});
