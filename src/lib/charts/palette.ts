/**
 * Series colours. The prisoner red and the women blue differ in lightness as well as hue, so
 * they stay apart for readers with red-green colour blindness; both keep at least 4.5:1 contrast
 * on the light background.
 */
export const palette = {
  prisoners: "#b3261e",
  women: "#1f5fa8",
  release: "#5b6b2f",
};
