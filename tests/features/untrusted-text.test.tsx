import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodePlanFragment } from '../../src/core/plan/share-link';
import { renderApp } from '../support/render-app';

const HOSTILE_NOTE = '<img src=x onerror="window.hacked=true"><b>Call</b> <a href="javascript:alert(1)">me</a>';

describe('text from a shared link', () => {
  it('is shown as the text it is, never as HTML', async () => {
    const fragment = encodePlanFragment({ version: 2, steps: [{ id: 'job:care-worker', addedOn: '2026-11-23', done: false, note: HOSTILE_NOTE }] }, { withNotes: true });
    window.history.replaceState(null, '', `/p#${fragment}`);
    const { container } = await renderApp(`/p#${fragment}`);
    await screen.findByRole('heading', { level: 1, name: 'My plan' });
    expect((await screen.findAllByDisplayValue(HOSTILE_NOTE)).length).toBeGreaterThan(0);
    expect(container.querySelector('img, b, a[href^="javascript"]')).toBeNull();
    expect('hacked' in window).toBe(false);
  });
});
