// The milliseconds from one date-time to another, exactly as Date.parse would give them, without
// parsing the common case: both in UTC on the same day (`YYYY-MM-DDTHH:MM:SS[.fff]Z`), as a run's
// evaluations are. On 100,000 evaluations Date.parse alone cost 80 ms of CPU, 5% of reading the run.
import { dayExists, digitsAt } from './strict.ts';

/** Milliseconds into the day of `…THH:MM:SS[.f, .ff or .fff]Z`; -1 when the text is not of that form. */
function msOfDay(text: string): number {
  const length = text.length;
  if (length !== 20 && (length < 22 || length > 24)) return -1;
  if (text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[length - 1] !== 'Z') return -1;
  const hours = digitsAt(text, 11, 2);
  const minutes = digitsAt(text, 14, 2);
  const seconds = digitsAt(text, 17, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) return -1;
  let fraction = 0;
  if (length > 20) {
    const places = length - 21;
    fraction = text[19] === '.' ? digitsAt(text, 20, places) : -1;
    if (fraction < 0) return -1;
    fraction *= 10 ** (3 - places);
  }
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}

/** Whether two texts start with the same `YYYY-MM-DD`. */
function sameDay(a: string, b: string): boolean {
  for (let i = 0; i < 10; i += 1) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** `Date.parse(end) - Date.parse(start)`, NaN included, computed without parsing when both are simple UTC times of one day. */
export function utcSpanMs(start: string, end: string): number {
  if (start.length >= 20 && end.length >= 20 && sameDay(start, end) && dayExists(start)) {
    const from = msOfDay(start);
    const to = msOfDay(end);
    if (from >= 0 && to >= 0) return to - from;
  }
  return Date.parse(end) - Date.parse(start);
}
