/**
 * Finding people's names in free text, so that a name not on `data/people.csv` is caught before
 * it is published. There is no reliable way to recognise every name in a sentence, and a checker
 * that cried wolf at every "Minsk City Court" would soon be ignored. So this looks only for a
 * known given name followed by a capitalised word ("Ihar Karnei", "Maryia Kalesnikava"): the
 * given names below, which cover the names common in Belarus in the Latin spelling the data uses,
 * and the first name of everyone already on the list.
 *
 * Limits, said plainly: a name written surname first, in Cyrillic, with an initial ("A. Bialiatski"),
 * alone ("Bialiatski") or with a given name missing from both lists is not found. Reviewers
 * still read every new row.
 */
const GIVEN_NAMES = [
  "Aleh", "Ales", "Alena", "Alexander", "Aliaksandr", "Aliaksei", "Alina", "Alla", "Anastasia", "Anastasiya",
  "Andrei", "Andrey", "Andrzej", "Anna", "Anton", "Artsiom", "Barys", "Daria", "Darya", "Dzianis", "Dzmitry",
  "Dmitry", "Eduard", "Hanna", "Henadz", "Ihar", "Ilya", "Iryna", "Ivan", "Jakub", "Kanstantsin", "Katsiaryna",
  "Kiryl", "Larysa", "Leanid", "Liudmila", "Maksim", "Marfa", "Maria", "Marina", "Maryia", "Maryna", "Mikalai",
  "Mikhail", "Mikola", "Mykola", "Nasta", "Natallia", "Nikita", "Nina", "Olga", "Palina", "Pavel", "Paval",
  "Raman", "Roman", "Ryhor", "Sergei", "Siarhei", "Sofia", "Stanislau", "Stsiapan", "Sviatlana", "Svetlana",
  "Tatsiana", "Uladzimir", "Uladzislau", "Vadzim", "Valiantsin", "Valeria", "Vasil", "Viachaslau", "Viktar",
  "Viktoria", "Vital", "Vitold", "Volha", "Yan", "Yana", "Yauhen", "Yauheni", "Youras", "Yuliya", "Yury",
  "Yuras", "Zmitser",
];

/** A capitalised word: the surname that follows a given name. */
const SURNAME = String.raw`\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?`;

/**
 * Every "Given Surname" pair in a text whose given name is known, as written.
 *
 * @example
 * namesIn("Ihar Losik and Ales Bialiatski were detained in Minsk", ["Ihar Losik"]) // ["Ihar Losik", "Ales Bialiatski"]
 */
export function namesIn(text: string, listed: Iterable<string>): string[] {
  const given = new Set(GIVEN_NAMES);
  for (const name of listed) {
    const first = name.split(/\s+/)[0];
    if (first && /^\p{Lu}\p{Ll}+$/u.test(first)) given.add(first);
  }
  const pattern = new RegExp(String.raw`(?<![\p{L}-])(?:${[...given].join("|")})\s+${SURNAME}(?!\p{L})`, "gu");
  return [...text.matchAll(pattern)].map((match) => match[0].replace(/\s+/g, " "));
}
