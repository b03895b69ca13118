/**
 * The embed page's browser code (src/pages/embed/[id].astro): applies a theme the host forces
 * with `?theme=dark|light`, reports the page's height to the host (our own message and AMP's
 * `embed-size`), and makes the chart interactive with the chart's own browser code.
 */
import { MESSAGE_TYPE } from "./embedMessage.ts";

const root = document.documentElement;
const theme = new URLSearchParams(location.search).get("theme");
// Set through the DOM, not an inline style or script, so the page's strict CSP allows it.
if (theme === "dark" || theme === "light") root.dataset.theme = theme;

const embed = document.querySelector<HTMLElement>("[data-embed]");
if (embed && parent !== window) {
  const id = embed.dataset.embed;
  let frame = 0;
  let last = 0;
  const post = (always = false) => {
    frame = 0;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    // The height is not secret, and the host's origin is not known: any host may receive it.
    parent.postMessage({ type: MESSAGE_TYPE, id, height }, "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  };
  new ResizeObserver(() => {
    frame ||= requestAnimationFrame(() => post());
  }).observe(root);
  // /embed.js asks once when it starts, in case it missed the first report.
  addEventListener("message", (event) => {
    if ((event.data as { type?: unknown } | null)?.type === `${MESSAGE_TYPE}?`) post(true);
  });
  post();
}
/*
 * The chart's own code adds what only a reader's pointer or keys use (a tip for each mark, as in
 * pointFocus.ts): the build-time chart is complete without it. So it loads once the page has
 * painted and the browser is idle, as Astro's `client:idle` loads an island, rather than as a
 * chain of requests (the chart registry, then the chart's code) that a slow phone network fetched
 * beside the page's first paint. Lighthouse's phone painted the map embed at 1407 ms with the
 * chain loaded at once, and at 1226 ms with it loaded when idle (medians of 7 interleaved runs).
 */
const whenIdle = (run: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);
if (embed) {
  whenIdle(() => {
    void import("../charts/clients.ts")
      .then(({ chartClient }) => chartClient(embed.dataset.chart)?.())
      .then((client) => client?.mount(embed))
      // Without its browser code the build-time chart stays as it is: still complete and readable.
      .catch(() => undefined);
  });
}
