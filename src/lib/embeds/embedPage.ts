/**
 * The embed page's browser code (src/pages/embed/[id].astro): applies a theme the host forces
 * with `?theme=dark|light`, reports the page's height to the host (our own message and AMP's
 * `embed-size`), and makes the chart interactive with the chart's own browser code.
 */
import { chartClient } from "../charts/clients.ts";
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
if (embed) {
  void chartClient(embed.dataset.chart)?.()
    .then((client) => client.mount(embed))
    // Without its browser code the build-time chart stays as it is: still complete and readable.
    .catch(() => undefined);
}
