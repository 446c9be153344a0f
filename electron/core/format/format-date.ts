/** A date in full without zero padding, GB/T 9704-2012 style: "2025年4月11日" (local calendar day). */
export function formatDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
