/**
 * Details that can put a person or their family at risk if the site published them: e-mail
 * addresses, phone numbers, street addresses, passport and ID numbers, and exact coordinates.
 * Each pattern is deliberately narrow, so that the figures, dates and ranges the data is full of
 * ("1,206", "2020-08-09", "2–11 years", "80.10%") never trip it; what it cannot see, the editor
 * reviewing a pull request still must.
 */
export interface PrivateDetail {
  /** What was found, in the words of the message, e.g. "an e-mail address". */
  what: string;
  /** The piece of the cell that matched. */
  match: string;
}

const PATTERNS: readonly { what: string; patterns: readonly RegExp[] }[] = [
  { what: "an e-mail address", patterns: [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u] },
  {
    what: "a phone number",
    patterns: [
      // International numbers: +375 29 123-45-67, +48 22 123 45 67.
      /\+\s?\d[\d\s().-]{7,}\d/u,
      // An area code in brackets: 8 (029) 123-45-67.
      /\(\d{2,5}\)\s?\d{2,4}[\s-]?\d{2}[\s-]?\d{2}\b/u,
      // A local number written 123-45-67; a date has four digits first, so it does not match.
      /(?<![\d-])\d{3}[\s-]\d{2}[\s-]\d{2}(?![\d-])/u,
    ],
  },
  {
    what: "a street address",
    patterns: [
      // "vul. Kastrychnitskaya 19", "ул. Ленина, 5", "ulitsa Lenina 5".
      /(?:\bvul\.|\bvulica|\bvulitsa|\bul\.|\bulica|\bulitsa|ул\.|улица|вул\.|вуліца|просп\.|\bprasp\.)\s*[\p{L}'’. -]{2,40}?,?\s+\d+\p{L}?(?!\p{L})/iu,
      // "Nezalezhnastsi Avenue 4", "Lenin Street, 5".
      /\p{Lu}[\p{L}'’-]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Prospekt|Praspiekt)\s*,?\s*\d+\p{L}?(?!\p{L})/u,
      // "12 Main Street".
      /\b\d+\p{Ll}?\s+\p{Lu}[\p{L}'’-]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane)(?!\p{L})/u,
      // "flat 12", "apt. 3", "кв. 7".
      /(?:\bapt\.?|\bapartment|\bflat|\bkv\.|кв\.)\s*\d+(?!\p{L})/iu,
    ],
  },
  {
    what: "a passport or ID number",
    patterns: [
      // A Belarusian passport: two capital letters and seven digits, e.g. MP1234567.
      /\b[A-Z]{2}\d{7}\b/u,
      // A Belarusian personal identification number, e.g. 3010190A001PB7.
      /\b\d{7}[A-Z]\d{3}[A-Z]{2}\d\b/u,
      // Any number introduced as one: "passport no. 1234567", "ID number AB-12345".
      /\b(?:passport|ID|identity card|identification)\s*(?:no\.?|number|nr\.?|№|#)\s*[A-Z0-9-]{4,}/iu,
    ],
  },
  {
    what: "exact coordinates",
    // A pair of decimal degrees (53.90454, 27.56152) or degrees and minutes (53°54′).
    patterns: [/-?\d{1,2}\.\d{3,}\s*[,;]\s*-?\d{1,3}\.\d{3,}/u, /\d{1,3}°\s*\d{1,2}\s*[′']/u],
  },
];

/**
 * The first risky detail of each kind in a cell's text.
 *
 * @example
 * privateDetails("write to anna@example.org") // [{what: "an e-mail address", match: "anna@example.org"}]
 */
export function privateDetails(text: string): PrivateDetail[] {
  const found: PrivateDetail[] = [];
  for (const { what, patterns } of PATTERNS) {
    const match = patterns.map((pattern) => pattern.exec(text)).find((result) => result !== null);
    if (match) found.push({ what, match: match[0].trim() });
  }
  return found;
}

/**
 * The most decimals a map coordinate may have: three places is about 100 metres, enough to put a
 * marker on a city, not enough to find a building.
 */
export const COORDINATE_DECIMALS = 3;
