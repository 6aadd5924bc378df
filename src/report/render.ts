import { type GateDecision, type RunVerdict, type Verdict, verdictWords } from '../rules/rules.ts';
import { baselineSection } from './comparison.ts';
import { formatPair, formatRank } from '../numbers.ts';
import { breakLinking, escapeInline } from './escape.ts';
import { recordsSection } from './records.ts';
import { budgetsSection, runDetails, summaryTable } from './run-tables.ts';

/** GitHub rejects comments over 65,536 characters; this leaves room for the marker, the footer and the trend (TREND_MAX_CHARS). */
export const COMMENT_BODY_LIMIT = 60_000;
/** Kept free by every section, so the notes saying what was left out always fit. */
const NOTE_ROOM = 1200;

export interface RenderOptions {
  name: string | null;
  sampleRate: number;
  /** Characters the body may take; sections are trimmed to fit, records first. */
  limit?: number;
}

const HEADLINE: Record<Verdict, string> = {
  pass: '✅ Evals passed',
  fail: '❌ Evals failed',
  error: '⚠️ Evals could not be decided',
};

/** Said in place of a section that did not fit: a reviewer knows it exists and where to read it. */
export function leftOut(what: string): string {
  return `_${what} left out to keep this report under GitHub's size limit; the JSON report (the step's \`report\` output) and the vendor's run page have it._`;
}

function sampledNotice(v: RunVerdict, sampleRate: number): string {
  const [rank, rate] = formatPair(v.run.sampleRank, sampleRate, formatRank).map(breakLinking);
  return `> 🔍 **Selected for human review:** run ${escapeInline(v.run.runId, 200)} has sample rank ${rank} < sample-rate ${rate}.`;
}

function headSections(gate: GateDecision, options: RenderOptions): Array<[string, string | null]> {
  const sampled = gate.runs.filter((v) => v.decision.sampled).map((v) => sampledNotice(v, options.sampleRate));
  const head = gate.verdict === 'pass' && (gate.warnings ?? 0) > 0 ? `✅ Evals ${verdictWords(gate)}` : HEADLINE[gate.verdict];
  const title = options.name ? `${head}: ${escapeInline(options.name, 120)}` : head;
  return [
    ['The title was', `## ${title}`],
    ['The reason was', `**${gate.verdict === 'pass' ? 'Why it passed' : 'Why'}:** ${escapeInline(gate.reason, 1000)}`],
    ['The run table was', summaryTable(gate)],
    ['The budgets were', budgetsSection(gate)],
    ['The human review notices were', sampled.length > 0 ? sampled.join('\n\n') : null],
    ['The baseline comparison was', baselineSection(gate)],
  ];
}

/**
 * The report, rendered once for the job summary and the PR comment. Sections
 * that do not fit are left out with a note in their place, records first,
 * then run details: nothing disappears without a word.
 */
export function renderReport(gate: GateDecision, options: RenderOptions): string {
  const limit = options.limit ?? COMMENT_BODY_LIMIT;
  const several = gate.runs.length > 1;
  const out: string[] = [];
  let used = 0;
  const add = (text: string) => {
    out.push(text);
    used += text.length + 2;
  };
  const tryAdd = (text: string): boolean => {
    if (used + text.length + 2 + NOTE_ROOM > limit) return false;
    add(text);
    return true;
  };
  for (const [what, part] of headSections(gate, options)) if (part !== null && !tryAdd(part)) add(leftOut(what));
  const left = gate.runs.filter((v) => !tryAdd(runDetails(v, several))).length;
  if (left > 0) add(leftOut(`The rules and metrics of ${left} run(s) were`));
  let recordsLeft = 0;
  for (const v of gate.runs) {
    const section = recordsSection(v.run, limit - used - NOTE_ROOM);
    if (section) add(section);
    else if (v.run.failureCount > 0) recordsLeft += 1;
  }
  if (recordsLeft > 0) add(leftOut(`The failing records of ${recordsLeft} run(s) were`));
  return out.join('\n\n');
}
