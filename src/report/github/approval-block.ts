// The block a decision adds to the sticky comment: who, when, why, what was failing. Every piece of it is escaped.
import { escapeInline } from '../escape.ts';
import { COMMAND } from '../../review/command.ts';
import type { Notice } from '../../review/outcome.ts';
import {
  BLOCK_END,
  BLOCK_START,
  type Decision,
  decisionLine,
  type GateState,
  withHeaderLines,
  withoutDecision,
} from '../../review/record.ts';

const short = (sha: string) => sha.slice(0, 7);

/** `2026-01-01T12:00:00Z` as `2026-01-01 12:00 UTC`; anything else escaped as it is. */
function when(at: string): string {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(at);
  return match ? `${match[1]} ${match[2]} UTC` : escapeInline(at, 40);
}

function wasFailing(decision: Decision): string {
  const { labels, items } = decision.failing;
  if (items.length === 0) return 'nothing';
  const shown = labels.map((label) => escapeInline(label, 160)).join('; ');
  const more = items.length > labels.length ? `; and ${items.length - labels.length} more` : '';
  return `${shown}${more}${decision.failing.complete ? '' : ' (the vendor listed only some failing records)'}`;
}

/** The decision's block, between markers so that the next decision replaces it. */
export function decisionBlock(decision: Decision): string {
  const title = decision.decision === 'approve' ? '✅ **Approved**' : '⛔ **Rejected**';
  const lines = [
    `> ${title} by ${escapeInline(`@${decision.by}`, 60)} on ${when(decision.at)}: ${escapeInline(decision.reason, 500)}`,
    `> **${decision.decision === 'approve' ? 'Was failing' : 'Failing'}:** ${wasFailing(decision)}`,
  ];
  if (decision.carriedFrom) {
    lines.push(
      `> _Carried forward from commit ${escapeInline(short(decision.carriedFrom), 10)}: what fails now is the same as, or less than, what was approved._`,
    );
  }
  return `${BLOCK_START}\n${lines.join('\n>\n')}\n${BLOCK_END}`;
}

/** Shown while a run flagged for review waits for a person. */
export function awaitingBlock(): string {
  return `${BLOCK_START}\n> ⏳ **Awaiting review.** A person with write access comments \`${COMMAND} approve <reason>\` or \`${COMMAND} reject <reason>\`.\n${BLOCK_END}`;
}

/** Said when an approval of an earlier commit does not cover this one. */
export function notCoveredBlock(decision: Decision, newCount: number | null): string {
  const what =
    newCount === null ? 'the vendor listed only some failing records, so they cannot be matched' : `${newCount} newly failing item(s)`;
  return `${BLOCK_START}\n> ⚠️ The approval by ${escapeInline(`@${decision.by}`, 60)} for commit ${escapeInline(short(decision.sha), 10)} does not carry forward: ${what}. A new \`${COMMAND} approve <reason>\` is needed.\n${BLOCK_END}`;
}

/** Puts the block under the report's title (its first `## ` line), or first when there is none; withoutDecision takes it out again. */
export function placeBlock(markdown: string, block: string): string {
  const title = /^## .*$/m.exec(markdown);
  if (!title) return `${block}\n\n${markdown}`;
  const end = title.index + title[0].length;
  return `${markdown.slice(0, end)}\n\n${block}${markdown.slice(end)}`;
}

/** The block for what the review has to say on a push. */
export function noticeBlock(notice: Notice): string {
  if (notice.kind === 'awaiting') return awaitingBlock();
  if (notice.kind === 'decision') return decisionBlock(notice.decision);
  return notCoveredBlock(notice.decision, notice.newCount);
}

/** The gate's comment after a command: the decision's hidden line and block in place of the last ones; null withdraws it. */
export function commentWithDecision(body: string, state: GateState, decision: Decision | null): string {
  const clean = withoutDecision(body);
  const withLine = decision ? withHeaderLines(clean, [decisionLine(decision)]) : clean;
  const block = decision ? decisionBlock(decision) : state.held && state.verdict === 'pass' ? awaitingBlock() : null;
  return block ? placeBlock(withLine, block) : withLine;
}
