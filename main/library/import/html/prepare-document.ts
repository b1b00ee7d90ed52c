/**
 * Repairs applied to the page before Readability sees it, each for a way Readability 0.6.0
 * loses article text.
 */

/**
 * MathJax 3 gives every rendered formula a `CtxtMenu_Attached_<n>` class (for its context
 * menu). Readability's "unlikely candidate" pattern contains "menu", so every formula is
 * deleted as if it were navigation, leaving sentences with holes. Dropping that class keeps
 * the formulas; MathJax's accessible MathML inside them carries the text.
 */
export function keepMathJaxFormulas(document: Document): void {
  for (const container of document.querySelectorAll('mjx-container')) {
    for (const name of [...container.classList]) {
      if (name.startsWith('CtxtMenu_')) container.classList.remove(name);
    }
  }
}
