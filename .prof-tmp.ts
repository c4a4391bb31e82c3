import { readFileSync } from 'node:fs';
import { launchChromium } from '/work/main/tests/e2e/harness/chromium';
import { startSiteServer } from '/work/main/tests/e2e/harness/server';
import { applySettings, demoSettings } from '/work/main/tests/e2e/filter-helpers';
process.chdir('/work/main');
const html = readFileSync('../shared/fixtures/youtube/yt-search-benjamin-code-2022-03.html');
const src = readFileSync((process.env.EXT || '.output/chrome-mv3') + '/filter-youtube.js', 'utf8').split('\n');
const server = await startSiteServer((url) => (url.pathname === '/results' ? { body: html } : undefined));
const args = server.chromiumArgs().map((a) => a.startsWith('--host-resolver-rules=') ? `${a},MAP * ~NOTFOUND` : a);
const b = await launchChromium({ extraArgs: args, ...(process.env.EXT ? { extensionDir: process.env.EXT } : {}) });
await applySettings(b, process.env.NOBODY ? demoSettings((s) => (s.people = [])) : process.env.HIDE ? demoSettings((s) => s.people[0]!.names.push('Benjamin Code')) : demoSettings());
for (const p of b.context.pages()) if (p.url().startsWith('chrome-extension:')) await p.close();
const page = await b.context.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const self = new Map<string, number>();
let total = 0;
const RUNS = Number(process.env.RUNS ?? 10);
for (let r = 0; r <= RUNS; r++) {
  await page.goto('about:blank');
  await cdp.send('Profiler.start');
  await page.goto('https://www.youtube.com/results?search_query=benjamin+code', { waitUntil: 'load' });
  const { profile } = await cdp.send('Profiler.stop');
  if (r === 0) continue;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  for (const [id, us] of dt) {
    const n = byId.get(id)!;
    const cf = n.callFrame;
    if (cf.functionName === '(garbage collector)') { self.set('GC', (self.get('GC') ?? 0) + us); continue; }
    if (cf.functionName === '(program)') { self.set('program', (self.get('program') ?? 0) + us); continue; }
    if (cf.functionName === '(idle)') { self.set('idle', (self.get('idle') ?? 0) + us); continue; }
    if (!cf.url.startsWith('chrome-extension')) {
      let p = parent.get(id); let anc; while (p !== undefined) { const pn = byId.get(p)!; if (pn.callFrame.url.startsWith('chrome-extension')) { anc = pn; break; } p = parent.get(p); }
      if (!anc) continue;
      const key = `native ${cf.functionName} < ${anc.callFrame.functionName} L${anc.callFrame.lineNumber}:${anc.callFrame.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + us); total += us; continue;
    }
    const key = `${cf.functionName || '(anon)'} L${cf.lineNumber}:${cf.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
}
console.log('program', ((self.get('program') ?? 0) / RUNS / 1000).toFixed(2), 'idle', ((self.get('idle') ?? 0) / RUNS / 1000).toFixed(2));
console.log('total ext self ms/run', (total / RUNS / 1000).toFixed(2), 'GC ms/run', ((self.get('GC') ?? 0) / RUNS / 1000).toFixed(2));
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  const m = /L(\d+):(\d+)/.exec(k);
  const snip = m ? (src[Number(m[1])] ?? '').slice(Number(m[2]), Number(m[2]) + 90) : '';
  console.log((us / RUNS / 1000).toFixed(2).padStart(6), k.padEnd(22), snip);
}
await b.close(); await server.close();
