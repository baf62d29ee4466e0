// Runs axe-core on rendered markup. jsdom cannot compute colours, so contrast is left to the
// real-browser scan in tests/e2e.
import axe from 'axe-core';

export async function accessibilityViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}
