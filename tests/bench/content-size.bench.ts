// The content scripts' size (issue 4, goal: ≤ 30 KB minified), as built in .output/, raw and gzip:
// one script per site (the engine and that site's adapter) and one for every other site. Then what
// the engine is made of, and what each adapter adds (esbuild, minified). Prints; never fails.
// Run after a build: npx vite-node tests/bench/content-size.bench.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CONTENT_SCRIPT_LIMIT, contentScripts } from '../e2e/harness/content-scripts';

const OUTPUTS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  for (const dir of OUTPUTS) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.log(`${dir}: not built (run npm run build:all)`);
      continue;
    }
    const sizes = contentScripts(dir).map((file) => {
      const code = readFileSync(join(dir, file));
      return { file, raw: code.length, gzip: gzipSync(code).length };
    });
    sizes.sort((a, b) => b.raw - a.raw);
    const largest = sizes[0]!;
    console.log(`${dir}: ${sizes.length} content scripts, largest ${largest.file} ${kb(largest.raw)} minified, ${kb(largest.gzip)} gzip (goal ≤ 30 KB minified: ${CONTENT_SCRIPT_LIMIT - largest.raw} bytes to spare); a page loads one`);
    for (const { file, raw, gzip } of sizes) console.log(`  ${kb(raw).padStart(8)}  ${kb(gzip).padStart(8)} gzip  ${file}`);
  }

  const result = await build({
    entryPoints: ['entrypoints/filter-facebook.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  console.log(`\nentrypoints/filter-facebook.ts (esbuild, minified): ${kb(output.bytes)}, made of:`);
  const inputs = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [path, { bytesInOutput }] of inputs) {
    if (bytesInOutput >= 100) console.log(`  ${kb(bytesInOutput).padStart(8)}  ${path.replace(/^.*node_modules\//, 'node_modules: ')}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
