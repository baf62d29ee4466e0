// Finds characters on a page that no installed font can draw (the boxes people call "tofu"). Each
// character is drawn on a canvas in the page's own fonts and compared with a code point that no font
// has, which every browser draws as the same empty box.
import type { Page } from 'playwright-core';

export async function missingGlyphs(page: Page, extraText = ''): Promise<string[]> {
  return page.evaluate((extra) => {
    const text = document.body.innerText + extra;
    // Marks and invisible format characters are drawn with the letter before them, not on their own.
    const characters = [...new Set([...text])].filter((character) => !/[\s\p{Cf}\p{Mn}\p{Me}]/u.test(character) && character.codePointAt(0)! > 0x7f);
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const font = getComputedStyle(document.body).fontFamily;
    const draw = (character: string) => {
      context.clearRect(0, 0, 64, 64);
      context.font = `32px ${font}`;
      context.fillText(character, 8, 44);
      return context.getImageData(0, 0, 64, 64).data.join(',');
    };
    const box = draw('\u0378'); // unassigned in Unicode, so no font has it
    return characters.filter((character) => draw(character) === box);
  }, extraText);
}
