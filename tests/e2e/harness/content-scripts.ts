// The content scripts of a built extension (.output/<target>): every one its manifest lists, and the
// all-sites script the background registers at runtime. Read by the size test and the size bench.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The issue 4 goal for one content script, minified: 30 KB. */
export const CONTENT_SCRIPT_LIMIT = 30 * 1024;

/** The content script files of the build in `dir` (names relative to it). */
export function contentScripts(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const listed = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  return [...new Set([...listed, 'filter-other.js'])].filter((file) => existsSync(join(dir, file)));
}
