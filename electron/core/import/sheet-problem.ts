/** A problem found on one sheet; the file and sheet are added when the sheet's results are gathered. */
export interface SheetProblem {
  readonly cell?: string;
  readonly message: string;
}
