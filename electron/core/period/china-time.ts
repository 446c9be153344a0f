/** China Standard Time is UTC+8 all year (no daylight saving); the station reads every date there. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar fields of an instant in China, whatever the PC's time zone, so output is the same everywhere. */
export function chinaClock(date: Date): { year: number; month: number; day: number; hours: number; minutes: number } {
  const d = new Date(date.getTime() + CHINA_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hours: d.getUTCHours(), minutes: d.getUTCMinutes() };
}

/** A calendar day as an instant: noon in China, so the day reads the same in any time zone. */
export function chinaDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12) - CHINA_OFFSET_MS);
}

/** "2025-04-11" (month and day may lack their zero) as a calendar day; null when it is not one (2025-02-30). */
export function parseDay(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? { year, month, day } : null;
}
