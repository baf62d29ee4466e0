import fc from 'fast-check';
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { planStepIds } from '../../../src/core/content';
import { emptyPlan, type Plan } from '../../../src/core/plan/plan';
import { decodePlanFragment, encodePlanFragment } from '../../../src/core/plan/share-link';
import { SHARE_DICTIONARY_V1 } from '../../../src/core/plan/share-dictionary';
import { fingerprint } from '../../../src/core/translation/content';
import { realCatalogue } from '../../support/catalogue';

const today = '2026-11-23';
// A long but ordinary host, such as a council might use.
const origin = 'https://careroutes.example-council.gov.uk';
const catalogue = realCatalogue();
const allIds = planStepIds(catalogue);

const planOf = (ids: string[]): Plan => ({
  version: 2,
  steps: ids.map((id, index) => ({ id, addedOn: today, targetDate: `2027-${String((index % 12) + 1).padStart(2, '0')}-${String(index + 10)}`, done: index % 3 === 0 })),
});

/** Draws a QR code as black and white pixels, with the quiet zone a scanner needs around it. */
function qrPixels(text: string, scale = 4, quiet = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const width = (modules.size + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const row = Math.floor(y / scale) - quiet;
      const column = Math.floor(x / scale) - quiet;
      const dark = row >= 0 && column >= 0 && row < modules.size && column < modules.size && modules.get(row, column);
      if (dark) pixels.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { pixels, width };
}

describe('a plan in a link', () => {
  it('comes back with the same steps, order, dates and ticks, but no notes unless asked', () => {
    const plan = planOf(['job:care-worker', 'course:care-certificate', 'programme:adult-skills-fund']);
    plan.steps[1]!.note = 'Ask about\tpaid time\non shift';
    const withoutNotes = decodePlanFragment(encodePlanFragment(plan, { withNotes: false }), today);
    expect(withoutNotes.problem).toBe('none');
    expect(withoutNotes.plan.steps).toEqual(plan.steps.map(({ note: _note, ...step }) => step));
    const withNotes = decodePlanFragment('#' + encodePlanFragment(plan, { withNotes: true }), today);
    expect(withNotes.plan.steps[1]?.note).toBe('Ask about paid time on shift');
  });

  it('carries an empty plan as an empty plan', () => {
    expect(decodePlanFragment(encodePlanFragment(emptyPlan(), { withNotes: false }), today)).toEqual({ plan: emptyPlan(), problem: 'none' });
  });

  it('fits a QR code of version 10 or lower at error correction M for ten of the longest steps, and scans back', () => {
    const longest = [...allIds].sort((a, b) => b.length - a.length).slice(0, 10);
    const link = `${origin}/p#${encodePlanFragment(planOf(longest), { withNotes: false })}`;
    const code = QRCode.create(link, { errorCorrectionLevel: 'M' });
    expect(code.version).toBeLessThanOrEqual(10);
    const { pixels, width } = qrPixels(link);
    const scanned = jsQR(pixels, width, width);
    expect(scanned?.data).toBe(link);
    const fragment = new URL(scanned!.data).hash;
    expect(decodePlanFragment(fragment, today).plan.steps.map((step) => step.id)).toEqual(longest);
  });

  it('fits version 10 for any ten steps from the catalogue', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(allIds, { minLength: 10, maxLength: 10 }), (ids) => {
        const link = `${origin}/p#${encodePlanFragment(planOf(ids), { withNotes: false })}`;
        expect(QRCode.create(link, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(10);
      }),
      { numRuns: 200 },
    );
  });

  it('gives an empty plan and says so for a link that is not a plan', () => {
    for (const fragment of ['', '#', '1', '#2abc', '1!!!!', '1AAAA', 'hello', '1' + 'A'.repeat(9000)]) {
      expect(decodePlanFragment(fragment, today)).toEqual({ plan: emptyPlan(), problem: 'damaged' });
    }
  });

  it('keeps the dictionary of link format 1 exactly as links were made with it', () => {
    // Changing it would break every plan link already shared. Add a new format instead.
    expect(`${SHARE_DICTIONARY_V1.length}:${fingerprint(SHARE_DICTIONARY_V1)}`).toBe('9302:bf2c6693');
  });
});
