/**
 * GFM tables as GFM reads them: markdown-it fits every row to the header's column count (padding
 * or cutting cells); GFM keeps the cells each row has, and so do we.
 */
import type { MarkdownIt, StateBlock } from 'markdown-it';

/** Wraps markdown-it's table rule so that each row's inline tokens are remade from its line. */
export function keepTableCellsAsWritten(md: MarkdownIt): void {
  const entry = md.block.ruler.__rules__.find((r) => r.name === 'table');
  if (!entry) return;
  const rule = entry.fn;
  md.block.ruler.at('table', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const from = state.tokens.length;
    if (!rule(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    const made = state.tokens.splice(from);
    for (let k = 0; k < made.length; k++) {
      const token = made[k]!;
      state.tokens.push(token);
      if (token.type !== 'tr_open' || !token.map) continue;
      const line = token.map[0];
      for (const cell of rowCells(state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]))) {
        const cellToken = new state.Token('inline', '', 0);
        cellToken.content = cell.trim();
        cellToken.children = [];
        state.tokens.push(cellToken);
      }
      while (k + 1 < made.length && made[k + 1]!.type !== 'tr_close') k++;
    }
    return true;
  }, { alt: [...entry.alt] });
}

/** A table row's cells: split at pipes not escaped by a backslash (the backslash dropped), outer pipes trimmed. */
function rowCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '|' && line[i - 1] !== '\\') {
      cells.push(current);
      current = '';
    } else if (c === '|') {
      current = current.slice(0, -1) + c;
    } else {
      current += c;
    }
  }
  cells.push(current);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length && cells.at(-1)!.trim() === '') cells.pop();
  return cells;
}
