/**
 * Which step is active, from the steps' positions alone: the last step whose top has passed the
 * reading line, or the first step before any has. Being a pure function of scroll position, it
 * gives the right answer after a fast scroll, a jump to an anchor, a reload in mid-story or a
 * change of viewport height, where counting enter and exit events goes wrong.
 *
 * @example
 * activeStep([-400, -20, 380, 900], 360) // 1: the second step's top is the last above the line
 */
export function activeStep(tops: readonly number[], line: number): number {
  let active = 0;
  tops.forEach((top, index) => {
    if (top <= line) active = index;
  });
  return active;
}
