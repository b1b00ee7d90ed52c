/**
 * A parse that works through many parts of one file (an Omnivore export's pages) says so after
 * each part. On a parse worker that resets the file's time limit (parse-worker.ts, parser.ts), so
 * the limit bounds each page, as it bounds a file of one page, instead of the whole archive; on
 * the calling thread it does nothing.
 */
let beat: () => void = () => {};

/** Set by the parse worker for the file it is parsing; reset to nothing after. */
export function onPartParsed(listener: () => void): void {
  beat = listener;
}

export function partParsed(): void {
  beat();
}
