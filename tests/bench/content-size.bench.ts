// The content script's size (issue 4, goal: ≤ 30 KB minified), as built in .output/, raw and gzip,
// and what it is made of (esbuild's view of src/content/index.ts, minified). Prints; never fails.
// Run after a build: npx vite-node tests/bench/content-size.bench.ts
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUILT = ['.output/chrome-mv3/content-scripts/content.js', '.output/firefox-mv2/content-scripts/content.js'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  for (const file of BUILT) {
    if (!existsSync(file)) {
      console.log(`${file}: not built (run npm run build:all)`);
      continue;
    }
    const code = readFileSync(file);
    console.log(`${file}: ${kb(code.length)} minified, ${kb(gzipSync(code).length)} gzip (goal ≤ 30 KB minified)`);
  }

  const result = await build({
    entryPoints: ['src/content/index.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const groups = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = path.startsWith('src/sites/') ? 'src/sites/* (15 adapters)' : path.includes('node_modules') ? `node_modules: ${path.split('node_modules/').pop()!.split('/').slice(0, 2).join('/')}` : path;
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  console.log(`\nsrc/content/index.ts alone (esbuild, minified): ${kb(output.bytes)}; the rest of the built file is WXT's content-script wrapper and what it imports`);
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${kb(bytes).padStart(8)}  ${group}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
