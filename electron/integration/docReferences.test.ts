import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands alone: code comments and docs cite `domain.md`, `design.md` and
 * `messages.md` by section ("messages.md §6.1"), and those are the project's own files in docs/.
 * This holds every such citation to a section that exists, and no path to leave the repository.
 */
const root = join(__dirname, '..', '..');
const scanned = [
  'electron',
  'shared',
  'renderer',
  'e2e',
  'scripts',
  'docs',
  'fixtures',
  'README.md',
];
const textFile = /\.(ts|tsx|mjs|js|cjs|css|html|md|json)$/;
const cited = ['domain', 'design', 'messages'] as const;

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return textFile.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) =>
    name === 'node_modules' ? [] : filesUnder(join(path, name)),
  );
}

/** Section numbers of a doc: its numbered headings, plus the numbered open points under §9. */
function sectionsOf(doc: (typeof cited)[number]): Set<string> {
  const text = readFileSync(join(root, 'docs', `${doc}.md`), 'utf8');
  const sections = new Set([...text.matchAll(/^#+ (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1] ?? ''));
  const openPoints = text.split(/^## 9\. /m)[1];
  if (openPoints) {
    for (const m of openPoints.matchAll(/^(\d+)\. /gm)) sections.add(`9.${m[1]}`);
  }
  return sections;
}

/** Every "<doc>.md §a, §b–c" citation in a text, as [doc, section] pairs. */
function citations(text: string): [string, string][] {
  const out: [string, string][] = [];
  const citation = /\b(domain|design|messages)\.md`?((?:[ ,]*(?:and )?§[\d.]+(?:[–-][\d.]+)?)*)/g;
  for (const m of text.matchAll(citation)) {
    for (const ref of (m[2] ?? '').matchAll(/§([\d.]+)(?:[–-]([\d.]+))?/g)) {
      for (const section of [ref[1], ref[2]]) {
        if (section) out.push([m[1] ?? '', section.replace(/\.$/, '')]);
      }
    }
  }
  return out;
}

const files = scanned.flatMap(filesUnder);

describe('the repository cites only its own documents', () => {
  it('reads a citation list the way the check below does', () => {
    expect(citations('(domain.md §7–8) and messages.md §0.2, §4 and `design.md` §5.')).toEqual([
      ['domain', '7'],
      ['domain', '8'],
      ['messages', '0.2'],
      ['messages', '4'],
      ['design', '5'],
    ]);
  });

  it('has docs/domain.md, design.md and messages.md, each saying it is the project’s own', () => {
    for (const doc of cited) {
      const text = readFileSync(join(root, 'docs', `${doc}.md`), 'utf8');
      expect(text.split('\n').slice(0, 4).join(' ')).toMatch(/project's own statement/);
    }
  });

  it('points nowhere outside the repository', () => {
    const outside = ['../' + 'shared/docs', 'shared/' + 'docs/', '../' + 'shared/fixtures'];
    const found = files.flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return outside.filter((p) => text.includes(p)).map((p) => `${file}: ${p}`);
    });
    expect(found).toEqual([]);
  });

  it('cites only sections that exist in docs/', () => {
    const sections = new Map<string, Set<string>>(cited.map((doc) => [doc, sectionsOf(doc)]));
    const missing: string[] = [];
    let count = 0;
    for (const file of files) {
      for (const [doc, section] of citations(readFileSync(join(root, file), 'utf8'))) {
        count += 1;
        if (!sections.get(doc)?.has(section)) missing.push(`${file}: ${doc}.md §${section}`);
      }
    }
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(50);
  });
});

describe('the packaging configuration names icons that exist', () => {
  it('finds every icon electron-builder is pointed at', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      build: {
        directories: { buildResources: string };
        linux: { icon: string };
        win: { icon: string };
        mac: { icon: string };
      };
    };
    const { build } = pkg;
    expect(existsSync(join(root, build.directories.buildResources, 'icon.png'))).toBe(true);
    expect(existsSync(join(root, build.win.icon))).toBe(true);
    expect(existsSync(join(root, build.mac.icon))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(join(root, build.linux.icon, `${size}x${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
