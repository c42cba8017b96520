import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { unsafeGlyphs } from './safeGlyphs';

/**
 * Issue 16 point 11: every icon renders with the platform's default fonts. Whatever text the
 * renderer can put on screen (string and template literals, JSX text, CSS outside comments) uses
 * only the safe set; status icons are inline SVG (Icon.tsx). Comments may say anything.
 */
const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    if (/\.test\.tsx?$/.test(name)) return [];
    return /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

/** The pieces of a TypeScript/TSX file that can reach the screen, with their line. */
function screenTexts(fileName: string, code: string): { line: number; text: string }[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      out.push({
        line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text: node.text,
      });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function cssTexts(code: string): { line: number; text: string }[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return withoutComments.split('\n').map((text, i) => ({ line: i + 1, text }));
}

function problems(path: string, code: string): string[] {
  const texts = path.endsWith('.css') ? cssTexts(code) : screenTexts(path, code);
  return texts.flatMap(({ line, text }) => {
    const bad = unsafeGlyphs(text);
    return bad.length > 0 ? [`${relative(root, path)}:${line}: ${bad.join(' ')}`] : [];
  });
}

describe('glyphs on screen', () => {
  it('no renderer source puts a glyph outside the safe set on screen', () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => problems(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds a status glyph in JSX text, an attribute, a template and CSS, but not in a comment', () => {
    expect(problems('a.tsx', 'const a = <span aria-hidden="true">⏳ </span>;')).toHaveLength(1);
    expect(problems('a.tsx', 'const a = <span title="⚑">x</span>;')).toHaveLength(1);
    expect(problems('a.tsx', 'const a = `${n} ✓`;')).toHaveLength(1);
    expect(problems('a.css', '.x::before { content: "●"; }')).toHaveLength(1);
    expect(problems('a.tsx', '// ⚠ a comment\n/** ✓ */ const a = 1;')).toEqual([]);
    expect(problems('a.css', '/* ⚠ */ .x { color: red; }')).toEqual([]);
  });

  it('lets Dutch text, units and punctuation through', () => {
    expect(
      unsafeGlyphs('Patiënt — 7,2 mmol/l · 37,5 °C · 5 µg ± 1 · “ja” … kg/m² – één ×10^9/l'),
    ).toEqual([]);
    expect(unsafeGlyphs('✓ ⚠ ⊘ ○ ● ⏳ ℹ ⚑ ▲ ✕ → ↑ ⁹ 😀')).toHaveLength(14);
  });
});
