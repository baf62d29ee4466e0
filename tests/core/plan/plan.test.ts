import { describe, expect, it } from 'vitest';
import { addToPlan, emptyPlan, loadPlan, mergePlans, moveStep, NOTE_MAX_LENGTH, removeFromPlan, updateStep, type Plan } from '../../../src/core/plan/plan';

const today = '2026-11-23';
const threeSteps = (): Plan => ['job:care-worker', 'course:care-certificate', 'programme:adult-skills-fund'].reduce((plan, id) => addToPlan(plan, id, today), emptyPlan());

describe('a plan', () => {
  it('keeps steps in the order they were added, once each', () => {
    const plan = addToPlan(threeSteps(), 'job:care-worker', '2026-12-01');
    expect(plan.steps.map((step) => step.id)).toEqual(['job:care-worker', 'course:care-certificate', 'programme:adult-skills-fund']);
    expect(plan.steps[0]).toEqual({ id: 'job:care-worker', addedOn: today, done: false });
  });

  it('moves a step up or down, and not past either end', () => {
    const plan = threeSteps();
    expect(moveStep(plan, 'programme:adult-skills-fund', -1).steps.map((step) => step.id)).toEqual(['job:care-worker', 'programme:adult-skills-fund', 'course:care-certificate']);
    expect(moveStep(plan, 'job:care-worker', -1)).toBe(plan);
    expect(moveStep(plan, 'programme:adult-skills-fund', 1)).toBe(plan);
  });

  it('takes a note, a target date and a tick, and an empty note or bad date removes them', () => {
    let plan = updateStep(threeSteps(), 'course:care-certificate', { note: 'Ask the manager about paid time', targetDate: '2027-02-01', done: true });
    expect(plan.steps[1]).toEqual({ id: 'course:care-certificate', addedOn: today, note: 'Ask the manager about paid time', targetDate: '2027-02-01', done: true });
    plan = updateStep(plan, 'course:care-certificate', { note: '   ', targetDate: '2027-13-45' });
    expect(plan.steps[1]).toEqual({ id: 'course:care-certificate', addedOn: today, done: true });
    expect(updateStep(plan, 'job:care-worker', { note: 'x'.repeat(NOTE_MAX_LENGTH + 50) }).steps[0]?.note).toHaveLength(NOTE_MAX_LENGTH);
  });

  it('takes in the steps of a shared plan after its own, without doubling any', () => {
    const shared = updateStep(addToPlan(addToPlan(emptyPlan(), 'job:care-worker', today), 'job:nursing-associate', today), 'job:care-worker', { done: true });
    const merged = mergePlans(threeSteps(), shared);
    expect(merged.steps.map((step) => step.id)).toEqual(['job:care-worker', 'course:care-certificate', 'programme:adult-skills-fund', 'job:nursing-associate']);
    expect(merged.steps[0]?.done).toBe(false);
  });

  it('removes a step', () => {
    expect(removeFromPlan(threeSteps(), 'job:care-worker').steps).toHaveLength(2);
  });
});

describe('loading a saved plan', () => {
  it('reads its own saves back exactly', () => {
    const plan = updateStep(threeSteps(), 'job:care-worker', { note: 'Apply by Friday', targetDate: '2026-12-05' });
    expect(loadPlan(JSON.parse(JSON.stringify(plan)))).toEqual({ plan, problem: 'none' });
  });

  it('brings a version 1 save forward without losing a step', () => {
    const saved = { version: 1, steps: [{ id: 'job:care-worker', addedOn: '2026-10-01' }] };
    expect(loadPlan(saved)).toEqual({ plan: { version: 2, steps: [{ id: 'job:care-worker', addedOn: '2026-10-01', done: false }] }, problem: 'none' });
  });

  it('keeps what it can from a damaged save and says so', () => {
    const saved = { version: 2, steps: [{ id: 'job:care-worker', addedOn: today, done: true }, { id: 'DROP TABLE', addedOn: today }, 42, { id: 'job:care-worker', addedOn: today }] };
    expect(loadPlan(saved)).toEqual({ plan: { version: 2, steps: [{ id: 'job:care-worker', addedOn: today, done: true }] }, problem: 'damaged' });
    expect(loadPlan('not a plan')).toEqual({ plan: emptyPlan(), problem: 'damaged' });
    expect(loadPlan(null), 'storage that held text which was not JSON').toEqual({ plan: emptyPlan(), problem: 'damaged' });
  });

  it('says when a save comes from a newer version of the app, and keeps the steps it understands', () => {
    const saved = { version: 9, steps: [{ id: 'job:care-worker', addedOn: today, done: false, colour: 'green' }] };
    expect(loadPlan(saved)).toEqual({ plan: { version: 2, steps: [{ id: 'job:care-worker', addedOn: today, done: false }] }, problem: 'newer-version' });
  });

});
