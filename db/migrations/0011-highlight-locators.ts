// Highlights imported from other tools (Kindle clippings, Readwise) carry where they are in the
// book: `locator`, as shown and exported ("p. 5 · loc. 100–105"), and `partial`, set when the
// tool cut the passage short (Kindle's clipping limit), so the user is told the words are not
// the whole passage. Highlights made in Commonplace have neither (their place is their offsets).
export default /* sql */ `
ALTER TABLE highlights ADD COLUMN locator TEXT CHECK (locator IS NULL OR length(locator) BETWEEN 1 AND 200);
ALTER TABLE highlights ADD COLUMN partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1));
`;
