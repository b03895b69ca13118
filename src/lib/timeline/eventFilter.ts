/**
 * The events page's filter, as plain data: the categories chosen (none: every category) and a
 * person (empty: everyone). It lives in the URL's query string, e.g.
 * `?category=law&category=exile&person=Ales+Bialiatski#timeline-events`, so a filtered view can be
 * shared and a shared link opens filtered.
 */
export interface EventFilter {
  categories: string[];
  person: string;
}

/** Reads a filter from a query string; unknown categories are dropped, so a stale link still opens. */
export function parseFilter(search: string, known: readonly string[]): EventFilter {
  const params = new URLSearchParams(search);
  return {
    categories: params.getAll("category").filter((category) => known.includes(category)),
    person: params.get("person")?.trim() ?? "",
  };
}

/** Writes a filter as a query string ("" for no filter), in a stable order for sharing. */
export function filterToSearch(filter: EventFilter, known: readonly string[]): string {
  const params = new URLSearchParams();
  for (const category of known) if (filter.categories.includes(category)) params.append("category", category);
  if (filter.person) params.set("person", filter.person);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Whether an event passes a filter: one of the chosen categories, and naming the person. */
export function matchesFilter(event: { category: string; people: readonly string[] }, filter: EventFilter): boolean {
  return (
    (filter.categories.length === 0 || filter.categories.includes(event.category)) &&
    (filter.person === "" || event.people.includes(filter.person))
  );
}
