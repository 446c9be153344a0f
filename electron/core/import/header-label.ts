/** A column's header as shown (parent and child labels joined) and in normalised form for matching. */
export interface HeaderLabel {
  readonly text: string;
  readonly norm: string;
}
