// npm run icons — draws the app's PNG icons from public/favicon.svg with headless Chromium.
// Run it after changing the SVG; the PNGs are committed so builds need no browser.
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const outDirectory = new URL('../public/icons/', import.meta.url);
mkdirSync(outDirectory, { recursive: true });

// Maskable icons are cropped to a circle by some launchers: keep the mark inside the middle 80%.
const icons = [
  { file: 'icon-192.png', size: 192, padding: 0, background: 'transparent' },
  { file: 'icon-512.png', size: 512, padding: 0, background: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, padding: 0.2, background: '#005eb8' },
];

const browser = await launchChromium();
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = Math.round(icon.size * (1 - 2 * icon.padding));
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${icon.background}">
        <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
    );
    await page.screenshot({ path: new URL(icon.file, outDirectory).pathname, omitBackground: icon.background === 'transparent' });
    await page.close();
    console.log(`wrote public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
