/**
 * The briefing as a document: what to say, in order, with no positions yet.
 * `buildBriefing` produces it from the figures; `layoutDocument` positions it on GB/T 9704 pages;
 * `renderPdf` draws the positioned pages with pdfkit. Strings here are final, formatted Chinese text.
 */

import type { ChartSpec } from './charts/chart-spec.ts';

/** A typeface role of GB/T 9704-2012: the face is chosen per role by the font settings. */
export type FontRole = 'fangsong' | 'heiti' | 'kaiti' | 'title' | 'song';

/** The 简报 masthead on page 1 (custom, since 简报 is not a statutory document type). */
export interface Masthead {
  /** e.g. "血液保障工作简报", printed large and red. */
  readonly name: string;
  /** e.g. "第3期" (numbered per year) or "增刊第1期". */
  readonly issue: string;
  /** 编印单位, printed at the left. */
  readonly unit: string;
  /** Full date without zero padding, e.g. "2025年4月11日", printed at the right. */
  readonly date: string;
  /** Prints "内部资料" when true. */
  readonly internal: boolean;
}

/** The tail on the last page: 报 / 送 / 发 lines and 印数, between rules. */
export interface Tail {
  readonly lines: readonly { readonly label: string; readonly text: string }[];
  /** e.g. "共印20份". */
  readonly copies: string | null;
}

/** One header cell of a table; spans let a two-level header be expressed (全血 over 人次 / U). */
export interface HeaderCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

/** One leaf column: relative width, alignment, and the Excel number format of its values (e.g. "0", "0.00", "0.0%"). */
export interface DocColumn {
  readonly weight: number;
  readonly align: 'left' | 'center' | 'right';
  readonly numFmt?: string;
}

/** A table as data: preformatted cell strings, column weights and alignment. */
export interface DocTable {
  /** e.g. "表1  2025年第一季度各区县采血情况". */
  readonly title: string;
  /** Unit line printed at top right, e.g. "单位：人次、U". */
  readonly unit: string;
  /** Header rows, repeated on every page the table spans. */
  readonly header: readonly (readonly HeaderCell[])[];
  /** Relative widths and alignment, one per leaf column. */
  readonly columns: readonly DocColumn[];
  /** `cells` are the printed strings; `values` (same length) the raw numbers for spreadsheet export. */
  readonly rows: readonly { readonly cells: readonly string[]; readonly values?: readonly (number | string | null)[]; readonly total?: boolean }[];
  /** 说明 notes printed under the table (source, denominator, ranking rule). */
  readonly notes: readonly string[];
  /** Wide tables go on landscape pages. */
  readonly orientation: 'portrait' | 'landscape';
}

/** A chart as data (charts/chart-spec.ts), with its size on paper; the layout positions its marks. */
export interface DocFigure {
  /** Stable identifier (e.g. "county-rate"): the briefing places the figure after the table it illustrates. */
  readonly key?: string;
  readonly caption: string;
  readonly chart: ChartSpec;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** One block of the document, in reading order. */
export type DocBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly indent?: boolean; readonly align?: 'left' | 'center' | 'right' }
  | { readonly kind: 'table'; readonly table: DocTable }
  | { readonly kind: 'figure'; readonly figure: DocFigure }
  | { readonly kind: 'pageBreak' };

/** PDF metadata; creationDate comes from the injected clock so output is reproducible. */
export interface DocMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly creationDate: Date;
}

/** A whole document ready for layout. */
export interface BriefingDoc {
  readonly meta: DocMeta;
  readonly masthead: Masthead | null;
  readonly blocks: readonly DocBlock[];
  readonly tail: Tail | null;
}
