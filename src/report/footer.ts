import type { RunnerContext } from './github/context.ts';
import { escapeInline, safeLink } from './escape.ts';

/** How the footer starts, so that a section can be put above it (the trend, in the sticky comment). */
export const FOOTER_START = '_eval-gate';

/** The last line: where the report came from and when. The time is kept here so comparisons can leave it out. */
export function footer(context: RunnerContext, now: Date): string {
  const parts = ['eval-gate'];
  if (context.workflowRunUrl) parts.push(safeLink('workflow run', context.workflowRunUrl));
  if (context.commitSha) parts.push(`commit ${escapeInline(context.commitSha.slice(0, 12), 12)}`);
  parts.push(`updated ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`);
  return `_${parts.join(' · ')}_`;
}
