/** When an import asks for another parse worker: only when parsing, not writing, holds it back. */
import { describe, expect, it } from 'vitest';
import { parsingIsSlower } from '../../main/library/import/read-ahead';

describe('parsingIsSlower', () => {
  it('is true when the importer waited for parses well beyond the time it spent writing', () => {
    // Cleaning scraped text: ~7 ms a file to parse, ~2 ms to write.
    expect(parsingIsSlower(500, 200)).toBe(true);
    expect(parsingIsSlower(151, 100)).toBe(true);
  });

  it('is false when writing is as slow or slower (Markdown), or the waits are a warming worker', () => {
    expect(parsingIsSlower(300, 1000)).toBe(false);
    expect(parsingIsSlower(140, 100)).toBe(false);
    // Waits as long as the writes: another worker would take the writer's core, not free it.
    expect(parsingIsSlower(400, 300)).toBe(false);
    // A few slow first parses alone.
    expect(parsingIsSlower(60, 10)).toBe(false);
  });
});
