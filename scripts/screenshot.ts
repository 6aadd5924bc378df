// Renders docs/comment.png: the PR comment of a failing, sampled run, as the
// built action writes it, laid out in GitHub's markdown style and captured
// with headless Chromium (Debian's chromium package), with a trend of two earlier pushes. Re-run after changing
// the report: npm run screenshot
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { runAction } from '../sim/run-action.ts';
import { playScenario } from '../sim/scenarios.ts';
import { startVendorSim } from '../sim/vendor-sim.ts';
import { trendLine, withTrend } from '../src/report/github/trend-data.ts';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const output = fileURLToPath(new URL('../docs/comment.png', import.meta.url));

const sim = await startVendorSim();
const baseUrl = playScenario(sim, 'aegis', 'fail', '991');
const result = await runAction({
  inputs: {
    provider: 'aegis',
    'run-id': '991',
    'api-key': 'screenshot',
    'base-url': baseUrl,
    'poll-interval': '100ms',
    'sample-rate': '0.9',
    name: 'support-bot evals',
  },
});
await sim.close();

// The comment as the third push of a simulated PR shows it: the trend of the
// two pushes before (scores 78 and 72.5 on this sim's scale) above the footer.
const earlier = trendLine([
  { sha: '3f2a9c1d0b7e', score: 78, verdict: 'pass' },
  { sha: '8e41d07a5c2b', score: 72.5, verdict: 'pass' },
]);
const comment = withTrend(result.summary, earlier, { sha: '0123456789ab', score: Number(result.outputs.score), verdict: 'fail' }).body;
// Our own report, so its HTML (details, summary) is ours to render.
const body = micromark(comment, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const css = readFileSync(fileURLToPath(import.meta.resolve('github-markdown-css/github-markdown-light.css')), 'utf8');
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; padding: 24px; background: #fff; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.box { width: 880px; border: 1px solid #d1d9e0; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-size: 14px; color: #59636e; border-radius: 6px 6px 0 0; }
.head b { color: #1f2328; }
.markdown-body { padding: 16px; font-size: 14px; }
</style></head><body><div class="box"><div class="head"><b>github-actions</b> <span>bot</span> commented</div>
<article class="markdown-body">${body}</article></div></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'eval-gate-shot-'));
const html = join(dir, 'comment.html');
writeFileSync(html, page);
execFileSync(
  CHROMIUM,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${join(dir, 'profile')}`,
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    '--window-size=930,1050',
    `--screenshot=${output}`,
    `file://${html}`,
  ],
  { stdio: 'inherit' },
);
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${output}`);
