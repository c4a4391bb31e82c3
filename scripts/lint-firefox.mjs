// web-ext lint on the Firefox build: prints every finding and fails only on errors.
import { execFileSync } from 'node:child_process';

const out = execFileSync('npx', ['web-ext', 'lint', '-s', '.output/firefox-mv2', '-o', 'json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const report = JSON.parse(out.slice(out.indexOf('{')));
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind]) console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ''} ${item.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit(report.summary.errors === 0 ? 0 : 1);
