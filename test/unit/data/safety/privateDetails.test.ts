import { describe, expect, test } from "vitest";
import { COORDINATE_DECIMALS, privateDetails } from "../../../../src/lib/data/safety/privateDetails.ts";

describe("privateDetails(text)", () => {
  test.each([
    ["a street address", "They lived at vul. Kastrychnitskaya 19, Minsk."],
    ["a street address", "Moved to 12 Main Street last year."],
    ["a street address", "ул. Ленина, 5"],
    ["a passport or ID number", "Passport MP1234567 was seized."],
    ["a passport or ID number", "Personal number 3010190A001PB7."],
    ["exact coordinates", "Found at 53.90454, 27.56152."],
    ["a phone number", "Phone 8 (029) 123-45-67."],
  ])("finds %s in %j", (what, text) => {
    expect(privateDetails(text).map((detail) => detail.what)).toContain(what);
  });

  test.each([
    "1,206 political prisoners, including 159 women, as of 1 May 2025",
    "Civilians sentenced to 2–11 years; 80.10% officially",
    "Election day 2020-08-09; +9 since 2025-12-31; 16+ detained",
    "Pozirk: at least 13 pardon edicts since July 2024 (Kastrychnitskaya Street protest)",
    "Akrestsina detention centre, Minsk; 19,898 entered Georgia in March 2022",
  ])("finds nothing in the figures and dates the data is full of: %j", (text) => {
    expect(privateDetails(text)).toEqual([]);
  });
});

describe("privateDetails(text) reports each kind once, with the matched piece", () => {
  test("an e-mail address and a phone number in one cell are two details, trimmed", () => {
    expect(privateDetails("Write to a.b@example.org or call +48 22 123 45 67 ")).toEqual([
      { what: "an e-mail address", match: "a.b@example.org" },
      { what: "a phone number", match: "+48 22 123 45 67" },
    ]);
  });

  test("two e-mail addresses are one detail: the first", () => {
    expect(privateDetails("x@example.org, y@example.org")).toEqual([{ what: "an e-mail address", match: "x@example.org" }]);
  });

  test("a flat number and an ID introduced as one are found", () => {
    expect(privateDetails("flat 12").map((d) => d.what)).toEqual(["a street address"]);
    expect(privateDetails("passport no. AB-12345").map((d) => d.what)).toEqual(["a passport or ID number"]);
  });

  test("a city centre is three decimals", () => {
    expect(COORDINATE_DECIMALS).toBe(3);
  });
});
