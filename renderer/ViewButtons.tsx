/** The toolbar's views (Library, Notes, Tags, Search, Review): the current one marked as the page. */
import type { View } from './navigation';

const VIEWS: { view: View; label: string }[] = [
  { view: 'library', label: 'Library' },
  { view: 'notes', label: 'Notes' },
  { view: 'tags', label: 'Tags' },
  { view: 'search', label: 'Search' },
  { view: 'review', label: 'Review' },
];

export function ViewButtons({ view, onView }: { view: View; onView(view: View): void }) {
  return (
    <nav className="views" aria-label="Views">
      {VIEWS.map((v) => (
        <button key={v.view} type="button" className="view-button" aria-current={view === v.view ? 'page' : undefined} onClick={() => onView(v.view)}>
          {v.label}
        </button>
      ))}
    </nav>
  );
}
