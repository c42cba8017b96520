/**
 * The characters every platform's default interface font draws (Segoe UI, San Francisco, DejaVu /
 * Liberation / Noto Sans): ASCII, the Latin-1 letters (Dutch accents and more), a few Latin-1
 * signs a doctor writes (° µ ± ² ³ × ·), the en and em dash, typographic quotes and the ellipsis.
 * Anything else on screen is drawn as an inline icon (components/Icon.tsx); a glyph such as ⏳
 * or ⚑ shows as an empty box where the font lacks it (issue 16 point 11).
 */
const SAFE_SIGNS = new Set([
  '\u00a0', // no-break space
  '°',
  'µ',
  '±',
  '²',
  '³',
  '×',
  '·',
  '–',
  '—',
  '‘',
  '’',
  '“',
  '”',
  '…',
]);

export function isSafeGlyph(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === '\n' || ch === '\r' || ch === '\t') return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  // Latin-1 letters À–ÿ, without the division sign.
  if (code >= 0xc0 && code <= 0xff && code !== 0xf7) return true;
  return SAFE_SIGNS.has(ch);
}

/** The characters of `text` that are not safe, each once, in order of appearance. */
export function unsafeGlyphs(text: string): string[] {
  const found: string[] = [];
  for (const ch of text) if (!isSafeGlyph(ch) && !found.includes(ch)) found.push(ch);
  return found;
}
