/** How much of a quoted cell a message shows: enough to find it, never the whole of a 100 MiB cell. */
export const QUOTED_CHARS = 30;

/**
 * Shortens every “quoted” run in a message to its first QUOTED_CHARS characters and its length, so a
 * message about a huge cell stays one readable line (a 100 MiB cell was once echoed whole: 1.2 GB, 17 s).
 */
export function shortenQuotes(message: string): string {
  return message.replace(/“([^”]*)”/g, (whole, inner: string) => {
    // Up to 8 characters over the limit are shown whole: cutting them would hide more than it saves.
    if (inner.length <= QUOTED_CHARS + 8) return whole;
    const shown = [...inner.slice(0, QUOTED_CHARS * 2)].slice(0, QUOTED_CHARS).join('');
    return `“${shown}…”（共 ${inner.length} 字）`;
  });
}
