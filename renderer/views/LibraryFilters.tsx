/**
 * Narrowing the library: by a tag (with autocomplete; the tags below it are included) and to
 * articles that have highlights. Clear filter puts everything back.
 */
import type { Filter } from '../library/useLibrary';
import { isFiltered, NO_FILTER } from '../library/useLibrary';
import { TagCombobox } from '../tags/TagCombobox';

export function LibraryFilters({ filter, onChange }: { filter: Filter; onChange(filter: Filter): void }) {
  return (
    <div className="library-filters" role="group" aria-label="Filter the library">
      <TagCombobox
        // A new key when the filter changes elsewhere (the tag browser), so the field shows it.
        key={filter.tag ?? ''}
        label="Filter by tag"
        placeholder="Filter by tag…"
        initialValue={filter.tag ?? ''}
        clearOnSubmit={false}
        onSubmit={(name) => {
          onChange({ ...filter, tag: name });
          return true;
        }}
      />
      <label className="checkbox">
        <input type="checkbox" checked={filter.hasHighlights} onChange={(e) => onChange({ ...filter, hasHighlights: e.target.checked })} />
        Has highlights
      </label>
      {isFiltered(filter) && (
        <button type="button" className="button subtle small" onClick={() => onChange(NO_FILTER)}>
          Clear filter
        </button>
      )}
    </div>
  );
}
