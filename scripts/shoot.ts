// Renders a PR comment's markdown as GitHub lays it out (its markdown CSS) and
// captures it with headless Chromium (Debian's chromium package): the README's pictures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Writes `output` (a PNG) of `markdown` as a comment by github-actions, in a window `heightPx` tall. */
export function shootComment(markdown: string, output: string, heightPx: number): void {
  // Our own report, so its HTML (details, summary) is ours to render.
  const body = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
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
      `--window-size=930,${heightPx}`,
      `--screenshot=${output}`,
      `file://${html}`,
    ],
    { stdio: 'inherit' },
  );
  rmSync(dir, { recursive: true, force: true });
  console.log(`wrote ${output}`);
}
