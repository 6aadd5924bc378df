import { formatScore } from '../numbers.ts';
import type { Outcome } from '../rules/rules.ts';
import { breakLinking, numberText } from './escape.ts';

/** One row of a GFM table; cells must already be escaped (no newlines, `|` escaped). */
export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A GFM table; cells must already be escaped. */
export function table(header: string[], rows: string[][]): string {
  return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)].join('\n');
}

/** A number in a cell exactly as the outputs print it (a long digit run broken so GitHub takes it for no SHA), or a dash for none. */
export function numberCell(value: number | null): string {
  return value === null ? '—' : numberText(value);
}

/** A figure as a person reads it (`0.791`, `33.3% (1 of 3)`), never read as a SHA or reference, or a dash for none. */
export function figureCell(value: number | null, format: (value: number) => string = formatScore): string {
  return value === null ? '—' : breakLinking(format(value));
}

/** The marks a reviewer scans for: one per verdict (and for a rule skipped), the same in every table. */
export const MARK: Record<Outcome, string> = { pass: '✅', fail: '❌', error: '⚠️', skipped: '➖', warning: '⚠️' };

/** A result cell: the mark, then the word (a screen reader and a plain-text reader get the word). */
export const resultCell = (outcome: Outcome): string => `${MARK[outcome]} ${outcome}`;
