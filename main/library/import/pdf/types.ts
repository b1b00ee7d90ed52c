/** What the PDF importer reads of a page, apart from pdf.js's own types so the layout steps are pure. */

/** One run of text as pdf.js gives it: where it starts (PDF points, y from the page's bottom) and its font. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size as drawn (the text matrix's vertical scale). */
  size: number;
  bold: boolean;
}

export interface PdfPageText {
  /** 1-based, as the page is numbered in the file. */
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A piece of one line: the items on one baseline with no wide gap between them (a column's line). */
export interface Fragment {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
}
