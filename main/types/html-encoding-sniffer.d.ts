// html-encoding-sniffer (jsdom's own dependency) ships no types; this is its one export.
declare module 'html-encoding-sniffer' {
  /**
   * The HTML Standard's encoding sniffing: BOM, then the transport label, then a prescan of
   * the first 1024 bytes for `<meta charset>` / `<meta http-equiv content="…charset=…">`, else
   * `defaultEncoding` (returned as given). Returns a canonical encoding name ("UTF-8", "Shift_JIS").
   */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
