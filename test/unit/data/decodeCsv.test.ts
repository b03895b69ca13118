import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { decodeCsv } from "../../../src/lib/data/decodeCsv.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

describe("decodeCsv(bytes)", () => {
  test("decodes UTF-8, with Cyrillic, as it is", () => {
    expect(decodeCsv(utf8("name\nВясна\n"))).toEqual({ ok: true, text: "name\nВясна\n" });
  });

  test("drops a UTF-8 byte order mark", () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a,b\n")]))).toEqual({ ok: true, text: "a,b\n" });
  });

  test("an empty file is empty text", () => {
    expect(decodeCsv(new Uint8Array())).toEqual({ ok: true, text: "" });
  });

  test("refuses UTF-16 of either byte order, quoting its first line", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."date,count\nx"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeCsv(le)).toEqual({ ok: false, offset: 0, encoding: "UTF-16 little-endian", sample: "date,count" });
    const be = new Uint8Array([0xfe, 0xff, ...[..."id\r\n1"].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeCsv(be)).toEqual({ ok: false, offset: 0, encoding: "UTF-16 big-endian", sample: "id" });
  });

  test("names Windows-1251 when most non-ASCII letters read as Cyrillic, with the word at the first bad byte", () => {
    // "id,Вясна" in Windows-1251: В=0xC2 я=0xFF с=0xF1 н=0xED а=0xE0.
    const result = decodeCsv(bytes(...utf8("id,x\n1,"), 0xc2, 0xff, 0xf1, 0xed, 0xe0, 0x0a));
    expect(result).toEqual({ ok: false, offset: 7, encoding: "Windows-1251 (Cyrillic)", sample: "Вясна" });
  });

  test("names another legacy code page when no letter reads as Cyrillic, quoting the word as Windows-1252", () => {
    // "note,©Viasna" with © as Windows-1252 writes it (0xA9): a symbol, not a letter, in either code page.
    const result = decodeCsv(bytes(...utf8("note,"), 0xa9, ...utf8("Viasna\n")));
    expect(result).toEqual({ ok: false, offset: 5, encoding: "a legacy code page such as Windows-1252", sample: "©Viasna" });
  });

  test("a single accented Latin letter reads as Cyrillic in Windows-1251, so the file is called that", () => {
    // é in Windows-1252 (0xE9) is й in Windows-1251: the guess is about the likely code page, not certain.
    expect(decodeCsv(bytes(...utf8("caf"), 0xe9))).toMatchObject({ ok: false, encoding: "Windows-1251 (Cyrillic)" });
  });

  test("finds the first malformed sequence after valid multi-byte UTF-8", () => {
    // "é" in UTF-8 (two bytes), then a lone continuation byte.
    const result = decodeCsv(bytes(0xc3, 0xa9, 0x41, 0x80));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.offset).toBe(3);
  });

  test("a truncated multi-byte sequence at the end is malformed at its first byte", () => {
    const result = decodeCsv(bytes(0x41, 0x42, 0xe2, 0x82));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.offset).toBe(2);
  });

  test("reads the broken fixtures as the encodings they were saved in", () => {
    const cp1251 = decodeCsv(readFileSync("test/fixtures/broken/windows-1251.csv"));
    expect(cp1251).toMatchObject({ ok: false, encoding: "Windows-1251 (Cyrillic)", sample: "Вясна" });
    const utf16 = decodeCsv(readFileSync("test/fixtures/broken/utf-16.csv"));
    expect(utf16).toMatchObject({ ok: false, encoding: "UTF-16 little-endian" });
  });
});
