/**
 * The briefing as positioned pages: what `layoutDocument` computes and `renderPdf` draws.
 * Units are PostScript points (1/72 in), origin at the top-left corner of each page, y downwards.
 */
import type { FontRole } from '../doc-model.ts';

/** A colour as CMYK percentages (0–100), printed as DeviceCMYK. */
export type Cmyk = readonly [number, number, number, number];

/** A rectangle in points. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What an item is, so tests and the preview can find items by meaning. */
export type ItemPart =
  | 'masthead' | 'title' | 'heading' | 'body' | 'pageNumber' | 'tail'
  | 'tableTitle' | 'tableUnit' | 'tableHeader' | 'tableCell' | 'tableRule' | 'tableNote'
  | 'figure' | 'caption';

/** Where an item came from: the index of its block in `BriefingDoc.blocks`, and for table rows the row index (header rows are negative: −1 is the first). */
export interface ItemRef {
  readonly block: number;
  readonly row?: number;
}

/** A run of text on one line. `y` is the alphabetic baseline; `charSpacing` is added after every character. */
export interface TextItem {
  readonly kind: 'text';
  readonly part: ItemPart;
  readonly ref?: ItemRef;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly role: FontRole;
  readonly size: number;
  readonly color: Cmyk;
  readonly charSpacing: number;
  /** Extent of the run on its line: from x to the end of its last character's cell (grid cell or advance). */
  readonly width: number;
  /** 90: turned clockwise, reading downwards (page numbers of landscape pages). */
  readonly rotation: 0 | 90;
}

/** A straight rule. */
export interface RuleItem {
  readonly kind: 'rule';
  readonly part: ItemPart;
  readonly ref?: ItemRef;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
  readonly color: Cmyk;
  /** Dash and gap lengths in points; absent: solid. */
  readonly dash?: readonly [number, number];
}

/** A filled rectangle (a chart's bar or legend key). */
export interface RectItem {
  readonly kind: 'rect';
  readonly part: ItemPart;
  readonly ref?: ItemRef;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: Cmyk;
}

/** What a chart is drawn from: its labels as real text in the role faces, its bars, axes and lines. */
export type FigureMark = TextItem | RuleItem | RectItem;

/** A chart: its box on the page and its marks, already positioned in page coordinates. */
export interface FigureItem {
  readonly kind: 'figure';
  readonly part: ItemPart;
  readonly ref?: ItemRef;
  readonly box: Box;
  readonly marks: readonly FigureMark[];
}

/** Anything drawn on a page. */
export type LayoutItem = TextItem | RuleItem | FigureItem;

/** One page: size, orientation, its text block (版心) and its items. */
export interface LayoutPage {
  /** 1-based page number as printed. */
  readonly number: number;
  readonly orientation: 'portrait' | 'landscape';
  readonly width: number;
  readonly height: number;
  /** The text block in this page's own coordinates (on landscape pages: the portrait block turned). */
  readonly block: Box;
  readonly items: readonly LayoutItem[];
}

/** The whole positioned document. */
export interface Layout {
  readonly pages: readonly LayoutPage[];
}
