import type { FailingRecord, GateRun } from '../model.ts';
import { escapeHtml, escapeInline } from './escape.ts';
import { figureCell, table, tableRow } from './table.ts';

/** Failing records shown per run before the rest are only counted. */
export const RECORDS_SHOWN = 50;

function row(record: FailingRecord): string {
  const cells = [
    escapeInline(record.name, 120),
    escapeInline(record.metric, 80),
    figureCell(record.score),
    figureCell(record.threshold),
    escapeInline(record.message, 240),
    escapeInline(record.prompt, 160),
  ];
  return tableRow(cells);
}

/**
 * The failing records of one run in a folded table, rows added only while they
 * fit in `budget` characters, so a 100,000-record run never builds rows it cuts.
 */
export function recordsSection(run: GateRun, budget: number): string | null {
  if (run.failureCount === 0) return null;
  const header = table(['Record', 'Metric', 'Score', 'Threshold', 'Explanation', 'Prompt'], []);
  const rows: string[] = [];
  let used = header.length + 400;
  for (const record of run.failures.slice(0, RECORDS_SHOWN)) {
    const line = row(record);
    if (used + line.length + 1 > budget) break;
    rows.push(line);
    used += line.length + 1;
  }
  if (rows.length === 0) {
    const why =
      run.failures.length === 0 ? "the vendor's answer does not list them" : "left out to keep this report under GitHub's size limit";
    const note = `_Failing records of run ${escapeInline(run.runId, 200)}: ${run.failureCount}, ${why}; see the vendor's run page (the JSON report, the step's \`report\` output, has those the vendor listed)._`;
    return note.length <= budget ? note : null;
  }
  const more = run.failureCount - rows.length;
  const summary = `Failing records of run ${escapeHtml(run.runId)}: ${run.failureCount}${more > 0 ? ` (first ${rows.length} shown, ${more} more on the vendor's run page)` : ''}`;
  return ['<details>', `<summary>${summary}</summary>`, '', header, ...rows, '', '</details>'].join('\n');
}
