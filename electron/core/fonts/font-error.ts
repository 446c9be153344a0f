/** A font problem the user can fix (missing file, missing glyph); its message is Chinese and complete. */
export class FontError extends Error {
  override readonly name = 'FontError';
}
