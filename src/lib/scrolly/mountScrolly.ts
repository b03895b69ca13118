import scrollama from "scrollama";
import { activeStep } from "./activeStep.ts";

/**
 * Where the reading line sits, as a share of the viewport height from the top: a step becomes
 * active when its top passes it. Below the middle, so that a step is read before its figure
 * changes on a phone, where the figure sits above the text.
 */
const READING_LINE = 0.6;

/** The detail of the `scrolly:step` event a section fires when its active step changes. */
export interface ScrollyStep {
  index: number;
  id: string;
}

/**
 * Turns a Scrolly.astro section into a sticky scroll story. Scrollama (IntersectionObserver) says
 * when steps cross the reading line; which step is active is then read from the steps' positions
 * (see activeStep), so no event order can leave the wrong figure on screen. Each change is
 * announced once, in a polite live region, by the step's caption. Inactive figures are
 * `visibility: hidden`, which also takes them out of the accessibility tree.
 *
 * Mounting only changes the page; the returned measure() reads which step is active and start()
 * shows it. A page with several sections mounts them all, then measures them all, then starts
 * them all, so the browser lays the page out once rather than once per section (startScrollies).
 */
export function mountScrolly(
  section: HTMLElement,
): { measure: () => number; start: (index: number) => void } | undefined {
  const stage = section.querySelector<HTMLElement>(".scrolly-stage");
  const live = section.querySelector<HTMLElement>("[data-scrolly-live]");
  const steps = [...section.querySelectorAll<HTMLElement>(".step")];
  const figures = steps.map((step) => step.querySelector<HTMLElement>(".step-figure"));
  if (!stage || !live || steps.length === 0 || figures.some((figure) => figure === null)) return undefined;

  // Moved once, at start: from here on a step change only flips attributes.
  stage.append(...(figures as HTMLElement[]));
  section.classList.add("is-scrolly");

  let current = -1;
  const show = (index: number, announce: boolean) => {
    if (index === current) return;
    current = index;
    steps.forEach((step, i) => step.toggleAttribute("data-active", i === index));
    figures.forEach((figure, i) => figure!.toggleAttribute("data-active", i === index));
    section.dataset.activeStep = steps[index]!.id;
    if (announce) live.textContent = steps[index]!.dataset.announce ?? "";
    // Chart code (src/lib/charts/clients.ts) listens for this to follow the story, e.g. to zoom.
    section.dispatchEvent(new CustomEvent<ScrollyStep>("scrolly:step", { detail: { index, id: steps[index]!.id } }));
  };
  // A chapter wholly off screen needs no step positions: its own box says enough (wholly below
  // the screen, its first step is active; wholly above, its last), one read instead of one a step.
  const chapter = section.closest<HTMLElement>(".chapter") ?? section;
  const measure = () => {
    const box = chapter.getBoundingClientRect();
    if (box.top > window.innerHeight) return 0;
    if (box.bottom < 0) return steps.length - 1;
    return activeStep(
      steps.map((step) => step.getBoundingClientRect().top),
      window.innerHeight * READING_LINE,
    );
  };
  const update = (announce = true) => show(measure(), announce);

  // Scrollama measures every step when set up, so each section sets it up only as the reader
  // nears it (a screen ahead), in a task of its own, not all of them while the page first loads.
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      scrollama()
        .setup({ step: steps, offset: READING_LINE })
        .onStepEnter(() => update())
        .onStepExit(() => update());
      // The reader may have scrolled past a step while scrollama was not yet watching.
      update();
    },
    { rootMargin: "100% 0px" },
  );

  // After a jump (End key, an anchor link) steps can pass from below to above the viewport without
  // ever intersecting it, so no observer fires; one check when scrolling ends catches that.
  window.addEventListener("scrollend", () => update());
  let frame = 0;
  window.addEventListener("resize", () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => update());
  });
  // The graphic follows keyboard focus: tabbing to a step's text brings its top to the reading
  // line, so that the position-derived step and the focused one agree, and shows its figure.
  // A mouse click also focuses the text, but must not move the page: only keyboard focus counts.
  section.addEventListener("focusin", (event) => {
    const index = steps.findIndex((step) => step.contains(event.target as Node));
    if (index === -1 || !(event.target as Element).matches(":focus-visible")) return;
    const offset = steps[index]!.getBoundingClientRect().top - window.innerHeight * READING_LINE;
    window.scrollBy({ top: offset + 1, behavior: "instant" });
    show(index, true);
  });
  return {
    measure,
    start: (index) => {
      // The first state is shown silently and without a fade: only changes are announced and animated.
      show(index, false);
      near.observe(chapter);
      requestAnimationFrame(() => requestAnimationFrame(() => section.toggleAttribute("data-ready", true)));
    },
  };
}

/**
 * Mounts every scroll section of a page and shows each one's first state, with all the page
 * changes first, then all the measuring, then all the showing: one layout for the whole page.
 */
export function startScrollies(sections: readonly HTMLElement[]): void {
  const mounted = sections.flatMap((section) => mountScrolly(section) ?? []);
  const first = mounted.map((scrolly) => scrolly.measure());
  mounted.forEach((scrolly, i) => scrolly.start(first[i]!));
}
