// A plan packed into the fragment of a link (the part after "#", which browsers never send to a
// server), short enough for a small QR code. Only step ids, their order, target dates and ticks
// travel, and the person's notes only when they choose. Nothing from the questionnaire is ever put in.
//
// Format 1: "1" then base64url of raw DEFLATE (with the preset dictionary in share-dictionary.ts) of
// UTF-8 text with one line per step: id, target date, "1" if done, note; separated by tabs, empty
// fields at the end left off.
import { deflateSync, inflateSync } from 'fflate';
import { emptyPlan, loadPlan, type Plan } from './plan.ts';
import { SHARE_DICTIONARY_V1 } from './share-dictionary.ts';

const FORMAT_V1 = '1';
/** Longer fragments are not plans this app made; refusing them keeps decoding cheap. */
const MAX_FRAGMENT_LENGTH = 8000;
const MAX_STEPS = 100;

const dictionary = new TextEncoder().encode(SHARE_DICTIONARY_V1);

export interface ShareOptions {
  /** Put the person's notes in the link too. Off unless they tick the box. */
  withNotes: boolean;
}

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined; // a length no base64 text can have
  }
}

/** The fragment (without "#") that carries this plan. */
export function encodePlanFragment(plan: Plan, { withNotes }: ShareOptions): string {
  const lines = plan.steps.map((step) => {
    const fields = [step.id, step.targetDate ?? '', step.done ? '1' : '', withNotes && step.note ? oneLine(step.note) : ''];
    while (fields.length > 1 && fields.at(-1) === '') fields.pop();
    return fields.join('\t');
  });
  const packed = deflateSync(new TextEncoder().encode(lines.join('\n')), { level: 9, dictionary });
  return FORMAT_V1 + toBase64Url(packed);
}

export interface OpenedPlan {
  plan: Plan;
  /** "damaged" when the link could not be read at all, or some of its steps could not. */
  problem: 'none' | 'damaged';
}

/**
 * The plan in a shared link's fragment (with or without its "#"). Never throws: a link that was cut
 * short, mistyped or tampered with gives the steps that can still be read, or an empty plan.
 * Shared steps count as added on `today`.
 */
export function decodePlanFragment(fragment: string, today: string): OpenedPlan {
  const damaged: OpenedPlan = { plan: emptyPlan(), problem: 'damaged' };
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(FORMAT_V1) || text.length > MAX_FRAGMENT_LENGTH) return damaged;
  const bytes = fromBase64Url(text.slice(FORMAT_V1.length));
  if (!bytes?.length) return damaged;
  let lines: string[];
  try {
    const unpacked = new TextDecoder('utf-8', { fatal: true }).decode(inflateSync(bytes, { dictionary }));
    lines = unpacked === '' ? [] : unpacked.split('\n');
  } catch {
    return damaged;
  }
  if (lines.length > MAX_STEPS) return damaged;
  const steps = lines.map((line) => {
    const [id, targetDate, done, note] = line.split('\t');
    return { id, addedOn: today, targetDate: targetDate || undefined, done: done === '1', note };
  });
  const { plan, problem } = loadPlan({ version: emptyPlan().version, steps });
  return { plan, problem: problem === 'none' ? 'none' : 'damaged' };
}
