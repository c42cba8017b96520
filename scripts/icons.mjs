// Renders the application icon set for electron-builder from assets/icon.svg:
//   assets/icon.png              1024×1024 (electron-builder's generic icon; macOS fallback)
//   assets/icons/<n>x<n>.png     16 … 512 (Linux: electron-builder takes the folder)
//   assets/icon.ico              Windows, PNG-compressed entries 16 … 256
//   assets/icon.icns             macOS, PNG-compressed entries 16 … 1024
// Every size is rasterised from the vector by Chromium at that size (not scaled down from the
// large PNG), so small sizes stay sharp. The .ico and .icns containers are written here: both are
// a short header plus the PNGs (ICO since Windows Vista, ICNS types icp4…ic10 since macOS 10.7).
//
// Run:  node scripts/icons.mjs          (uses Playwright's Chromium, or /usr/bin/chromium,
//                                        or CHROMIUM_PATH). Not part of npm test.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = join(root, 'assets');
const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');

const linuxSizes = [16, 32, 48, 64, 128, 256, 512];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
// ICNS PNG types (Apple's "icns" container): 16, 32, 64, 128, 256, 512, 1024 px.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

function executablePath() {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no Playwright browser installed
  }
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

async function renderAll(sizes) {
  const browser = await chromium.launch({
    executablePath: executablePath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const out = new Map();
  try {
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${svgUrl}" width="${size}" height="${size}" style="display:block">` +
          `</body></html>`,
      );
      await page.locator('#icon').evaluate((img) => img.decode());
      const png = await page.locator('#icon').screenshot({ omitBackground: true });
      if (png.readUInt32BE(16) !== size || png.readUInt32BE(20) !== size) {
        throw new Error(`rendered ${size}: got ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`);
      }
      out.set(size, png);
    }
  } finally {
    await browser.close();
  }
  return out;
}

function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const [size, png] of pngs) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs.map(([, png]) => png)]);
}

function icns(chunks) {
  const parts = chunks.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const sizes = [...new Set([...linuxSizes, ...icoSizes, ...icnsTypes.map(([, s]) => s)])].sort(
  (a, b) => a - b,
);
const rendered = await renderAll(sizes);

mkdirSync(join(assets, 'icons'), { recursive: true });
writeFileSync(join(assets, 'icon.png'), rendered.get(1024));
for (const size of linuxSizes) {
  writeFileSync(join(assets, 'icons', `${size}x${size}.png`), rendered.get(size));
}
writeFileSync(join(assets, 'icon.ico'), ico(icoSizes.map((s) => [s, rendered.get(s)])));
writeFileSync(
  join(assets, 'icon.icns'),
  icns(icnsTypes.map(([type, s]) => [type, rendered.get(s)])),
);
console.log(`assets: icon.png, icons/{${linuxSizes.join(',')}}, icon.ico, icon.icns`);
