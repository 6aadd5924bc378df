// The milliseconds from one date-time to another, exactly as Date.parse would give them, without
// parsing the common case: both in UTC on the same day (`YYYY-MM-DDTHH:MM:SS[.fff]Z`), as a run's
// evaluations are. On 100,000 evaluations Date.parse alone cost 80 ms of CPU, 5% of reading the run.

/** The number written in `count` digits at `at`; -1 when one of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `YYYY-MM-DD` at the start of `text` is a day that exists (Date.parse reads 02-30 as 2 March). */
function dayExists(text: string): boolean {
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || text[4] !== '-' || text[7] !== '-') return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

/** Milliseconds into the day of `…THH:MM:SS[.f, .ff or .fff]Z`; -1 when the text is not of that form. */
function msOfDay(text: string): number {
  const length = text.length;
  if (length !== 20 && (length < 22 || length > 24)) return -1;
  if (text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[length - 1] !== 'Z') return -1;
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  const seconds = digits(text, 17, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) return -1;
  let fraction = 0;
  if (length > 20) {
    const places = length - 21;
    fraction = text[19] === '.' ? digits(text, 20, places) : -1;
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
