/**
 * Times of day as pages print them ("08:15", "21:3", "6h45", "08:15:30", "4:10 PM", "GMT+8", "8 giờ 20 phút"): the
 * one home of every time-of-day pattern the ingest reads. Each is a regular-expression source (no flags, no anchors)
 * that its caller builds into its own pattern, so a form taught here (a one-digit minute, a new zone) is taught in one
 * place, and a caller that must not take it says so here, next to the others. The shared core is `CLOCK`; each
 * variant below says why it differs from it. Read by segment.ts (the dateline line), dates-rules.ts (a time glued to
 * a numeric date), dates-article.ts (a time beside a dateline's date), english-dates.ts, dateline-meta.ts and
 * numbers.ts (the bare clock), anecdote.ts and number-labels.ts (a spoken time), number-names.ts (a zone's name).
 * A media player's duration ("02:35 / 05:10", page-chrome.ts) has the same digits but is no time of day.
 */

/** An hour: "8", "08", "15" (no range check: a reader that needs one checks the value). */
const HOUR = String.raw`\d{1,2}`;
/** A minute as pages print it: two digits ("08:05"). */
const MINUTE = String.raw`\d{2}`;
/** A minute a portal prints with one digit ("21:3", round 35), read only where a date beside it shows it is a time. */
const SHORT_MINUTE = String.raw`\d{1,2}`;
/** Seconds after the minute, if any: "08:15:30". */
const SECONDS = String.raw`(?::\d{2})?`;

/** The core: an hour, a colon and a two-digit minute ("08:15", "8:15"). */
export const CLOCK = `${HOUR}:${MINUTE}`;

/**
 * A clock time with a colon or the Vietnamese "h" ("19:41", "6h45", "6 h 45", "08:15:30"), as it stands by a date on
 * a dateline or a headline: what the date finder strips to see whether anything but the date and its time is left.
 */
export const CLOCK_OR_H = String.raw`${HOUR}\s?[:h]\s?${MINUTE}${SECONDS}`;

/**
 * A time on a line that is nothing but a date and a time ("21:3, Thứ Sáu, 17-11-2023", "10:05 SA"): the whole line
 * must be a dateline, so the portal's one-digit minute after a colon and a meridiem (English or Vietnamese "SA"/"CH")
 * are safe here; after an "h" the minute keeps two digits.
 */
export const DATELINE_TIME = String.raw`${HOUR}\s?(?::\s?${SHORT_MINUTE}|h\s?${MINUTE})${SECONDS}(?:\s?(?:AM|PM|SA|CH))?`;

/** A time zone's name: "GMT", "UTC". */
export const ZONE_NAME = '(?:GMT|UTC)';
/** A time zone after an English dateline's time: "GMT+8", "UTC - 5". */
export const ZONE = String.raw`${ZONE_NAME}\s*[+-]\s*\d{1,2}`;
/** A zone closing a Vietnamese dateline line, in brackets or not: "(GMT+8)", "GMT +8" (GMT only and one space at most, as that line has always read it). */
export const DATELINE_ZONE = String.raw`\(?GMT\s?[+-]\s?\d{1,2}\)?`;

/** A time on an English dateline, with its meridiem and zone: "6:45 pm GMT+8", "18:30", "4:10 PM", "11:44 [GMT+7]" (session 25: a zone in brackets). */
export const ENGLISH_TIME = String.raw`${CLOCK}${SECONDS}\s*(?:am|pm)?(?:\s*(?:${ZONE}|\[\s*${ZONE}\s*\]|\(\s*${ZONE}\s*\)))?`;

/**
 * A time glued before a numeric date, its hour and minute captured in the caller's groups `hour` and `minute`
 * ("21:3, Thứ Sáu, 17-11-2023", "6h45 ngày 9/4/2024"): the date after it shows it is a time, so a one-digit minute
 * is read after a colon or an "h", with no space inside.
 */
export function timeBeforeDate(hour: string, minute: string): string {
  return `(?<${hour}>${HOUR})[:h](?<${minute}>${SHORT_MINUTE})`;
}

/**
 * A time after a numeric date, its hour and minute captured in the caller's groups ("22/08/2024 06:12",
 * "03/09/2025 - 11:25"): a colon and a two-digit minute only. The one-digit minute was taught where pages were seen
 * to print it (before the date, `timeBeforeDate`, and on a dateline line); reading it here too would change the output.
 */
export function timeAfterDate(hour: string, minute: string): string {
  return `(?<${hour}>${HOUR}):(?<${minute}>${MINUTE})`;
}

/** An hour spoken with its word or its "h" ("6 giờ", "11h", "10 giờ"), as a clause names a moment. */
export const SPOKEN_HOUR = String.raw`${HOUR}\s*(?:giờ|h)`;
/** A spoken time: the hour and, if given, its minutes ("8 giờ 20", "5h15", "6 giờ 45 phút"). */
export const SPOKEN_TIME = String.raw`${SPOKEN_HOUR}(?:\s*\d{1,2}(?:\s*phút)?)?`;
