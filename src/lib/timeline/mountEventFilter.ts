import { filterToSearch, matchesFilter, parseFilter, type EventFilter } from "./eventFilter.ts";

/**
 * Turns the events page's static list into a filtered one. The list (src/components/EventList.astro)
 * is complete without JavaScript; this shows the filter form, applies the filter from the URL on
 * load, and on every change hides the events that do not match (each visible event keeps its
 * source line), empties years with no match, writes the filter to the URL with replaceState and
 * announces the count in a polite live region. Work per change is one pass over the events.
 *
 * @example
 * mountEventFilter(document.querySelector("[data-event-filter]")!, document.querySelector("[data-event-list]")!)
 */
export function mountEventFilter(form: HTMLFormElement, list: HTMLElement): void {
  const known = [...form.querySelectorAll<HTMLInputElement>('input[name="category"]')].map((input) => input.value);
  const person = form.querySelector<HTMLSelectElement>('select[name="person"]')!;
  const live = form.querySelector<HTMLElement>("[data-filter-count]")!;
  const countTemplate = live.dataset.template ?? "{shown} / {total}";
  const number = new Intl.NumberFormat(document.documentElement.lang || undefined);
  const years = [...list.querySelectorAll<HTMLElement>("[data-year]")].map((year) => ({
    year,
    events: [...year.querySelectorAll<HTMLElement>("li[data-category]")].map((element) => ({
      element,
      category: element.dataset.category ?? "",
      people: (element.dataset.people ?? "").split(";").filter(Boolean),
    })),
  }));
  const total = years.reduce((sum, year) => sum + year.events.length, 0);

  const read = (): EventFilter => ({
    categories: known.filter(
      (value) => form.querySelector<HTMLInputElement>(`input[name="category"][value="${value}"]`)?.checked,
    ),
    person: person.value,
  });
  const write = (filter: EventFilter) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="category"]')) {
      input.checked = filter.categories.includes(input.value);
    }
    // A person not in this build's list (an old link) leaves the choice at everyone.
    person.value = [...person.options].some((option) => option.value === filter.person) ? filter.person : "";
  };
  const apply = (announce: boolean) => {
    const filter = read();
    let shown = 0;
    for (const { year, events } of years) {
      let inYear = 0;
      for (const event of events) {
        const match = matchesFilter(event, filter);
        if (event.element.hidden === match) event.element.hidden = !match;
        if (match) inYear++;
      }
      year.hidden = inYear === 0;
      shown += inYear;
    }
    const url = `${location.pathname}${filterToSearch(filter, known)}${location.hash}`;
    history.replaceState(history.state, "", url);
    list.dataset.shown = String(shown);
    if (announce) {
      live.textContent = countTemplate
        .replace("{shown}", number.format(shown))
        .replace("{total}", number.format(total));
    }
  };

  write(parseFilter(location.search, known));
  form.hidden = false;
  form.addEventListener("change", () => apply(true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(true);
  });
  form.addEventListener("reset", () => {
    // The reset clears the controls after this event, so the list follows on the next task.
    setTimeout(() => apply(true), 0);
  });
  apply(location.search !== "");
}
