/** Dates as the briefing prints them, whatever the OS locale (GB/T 9704-2012: "2025年4月11日", no zero padding). */

/** "2025-04-11" → "2025年4月11日"; anything else → null. */
export function dateLabel(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m === null ? null : `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
