/** A book's identity within one export file: its title and author, as every parser and the importer's grouping compare them. */
export function bookKey(title: string, author: string | null | undefined): string {
  return `${title}\u0000${author ?? ''}`;
}
