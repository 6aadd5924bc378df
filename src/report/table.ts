import { numberText } from './escape.ts';

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
