/**
 * Turns the bytes of a CSV file into text, or explains why they are not UTF-8.
 *
 * Editors save CSV files from Excel, LibreOffice and Google Sheets. UTF-8 with or without a byte
 * order mark is accepted. Files in a legacy code page (Windows-1251 is the usual one for
 * Belarusian and Russian text) are refused rather than guessed at, because a wrong guess would
 * silently publish garbled names.
 */
export type Decoded = { ok: true; text: string } | { ok: false; offset: number; encoding: string; sample: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Share of non-ASCII letters that must be Cyrillic before we call a file Windows-1251. */
const CYRILLIC_SHARE = 0.6;

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16("UTF-16 little-endian", bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16("UTF-16 big-endian", bytes);
  const body = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return legacy(body);
  }
}

function utf16(encoding: string, bytes: Uint8Array): Decoded {
  const label = encoding.includes("little") ? "utf-16le" : "utf-16be";
  const text = new TextDecoder(label).decode(bytes.subarray(2));
  return { ok: false, offset: 0, encoding, sample: text.split(/\r?\n/, 1)[0] ?? "" };
}

/**
 * Finds the first byte that is not valid UTF-8 and names the likely code page. The offset is
 * returned in characters of the Windows-1251 reading, which is one byte per character, so line
 * and column can be counted in that text.
 */
function legacy(bytes: Uint8Array): Decoded {
  const offset = firstInvalidUtf8(bytes);
  const text = new TextDecoder("windows-1251").decode(bytes);
  const letters = [...text].filter((c) => c.charCodeAt(0) > 0x7f && /\p{L}/u.test(c));
  const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
  const encoding =
    letters.length > 0 && cyrillic / letters.length >= CYRILLIC_SHARE
      ? "Windows-1251 (Cyrillic)"
      : "a legacy code page such as Windows-1252";
  const sample = encoding.startsWith("Windows-1251")
    ? wordAround(text, offset)
    : wordAround(new TextDecoder("windows-1252").decode(bytes), offset);
  return { ok: false, offset, encoding, sample };
}

function wordAround(text: string, offset: number): string {
  const start = text.slice(0, offset).search(/[^\s,;"]*$/);
  const rest = text.slice(offset).match(/^[^\s,;"]*/)?.[0] ?? "";
  return text.slice(start, offset) + rest;
}

/** Walks UTF-8 sequences and returns the offset of the first malformed one. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}
