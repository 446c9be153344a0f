/**
 * Control characters (C0, DEL, C1) and bidirectional overrides in text that came from outside — file
 * names, sheet names, cell text — shown as visible \x1B-style escapes: an ESC in a county's file name must
 * not recolour, move the cursor in or retitle the statistician's terminal, a CR or LF must not forge a line,
 * and U+202E must not turn "exe.xlsx" round.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
