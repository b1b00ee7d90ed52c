/** Search everything. (Being built.) */
export function SearchView() {
  return (
    <section className="search" aria-label="Search">
      <p>Search</p>
    </section>
  );
}
