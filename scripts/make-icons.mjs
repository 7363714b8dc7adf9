// Renders public/icons/*.png from public/icons/icon.svg with the system Chromium.
// Run after changing the SVG: node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
// Maskable: full-bleed background, the glyph shrunk into the 80 % safe zone.
const maskable = svg
  .replace(/rx="\d+"/, 'rx="0"')
  .replace('<g id="glyph">', '<g id="glyph" transform="translate(256 256) scale(0.78) translate(-256 -256)">');

const targets = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon.png', size: 180, svg: maskable },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const t of targets) {
  await page.setViewportSize({ width: t.size, height: t.size });
  const sized = t.svg.replace('<svg ', `<svg width="${t.size}" height="${t.size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: t.size, height: t.size } });
  writeFileSync(new URL(`../public/icons/${t.file}`, import.meta.url), png);
  console.log(t.file, png.length, 'bytes');
}
await browser.close();
