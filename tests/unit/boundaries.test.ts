// STYLE.md convention 2: src/ by responsibility. matching/ and settings/ are pure (no browser API);
// sites/ imports only matching/; content/, background/ and ui/ never import each other; the content
// script stays free of zod and Preact.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Runtime imports only: `import type` is erased and crosses no boundary. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) found.push(match[2]!);
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  return found;
}

function area(file: string): string {
  const rel = relative(SRC, file);
  return rel.includes('/') ? rel.split('/')[0]! : rel;
}

function resolveArea(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return area(resolve(dirname(from), spec));
}

const RULES: Record<string, { forbiddenAreas?: string[]; allowedAreas?: string[]; forbiddenPackages: RegExp[] }> = {
  matching: { allowedAreas: ['matching', 'sites'], forbiddenPackages: [/^wxt/, /webextension-polyfill/, /^preact/] },
  settings: { allowedAreas: ['settings', 'matching', 'sites', 'compiled.ts'], forbiddenPackages: [/^wxt/, /webextension-polyfill/, /^preact/] },
  sites: { allowedAreas: ['sites', 'matching'], forbiddenPackages: [/^wxt/, /webextension-polyfill/, /^preact/, /^zod/] },
  content: { forbiddenAreas: ['background', 'ui', 'settings'], forbiddenPackages: [/^zod/, /^preact/] },
  background: { forbiddenAreas: ['content', 'ui'], forbiddenPackages: [/^preact/] },
  ui: { forbiddenAreas: ['content', 'background'], forbiddenPackages: [] },
};

describe('import boundaries', () => {
  const files = filesUnder(SRC);
  it('finds the source', () => expect(files.length).toBeGreaterThan(5));

  for (const file of files) {
    const rule = RULES[area(file)];
    if (!rule) continue;
    it(`${relative(SRC, file)} respects the ${area(file)}/ boundary`, () => {
      for (const spec of importsOf(file)) {
        const target = resolveArea(file, spec);
        if (target === null) {
          for (const pkg of rule.forbiddenPackages) expect(spec, `${spec} may not be imported here`).not.toMatch(pkg);
          continue;
        }
        if (rule.allowedAreas) expect(rule.allowedAreas, `${spec} crosses into ${target}/`).toContain(target);
        if (rule.forbiddenAreas) expect(rule.forbiddenAreas, `${spec} crosses into ${target}/`).not.toContain(target);
      }
    });
  }
});
