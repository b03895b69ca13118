/**
 * Reads a `_headers` file (Netlify and Cloudflare Pages format): a path on its own line, then its
 * headers indented below it, one `Name: value` per line; `#` starts a comment. Returns the rules
 * in file order, header names in lower case.
 */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else if (current) {
      const colon = line.indexOf(":");
      current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

/** The headers a host sends for a path: those of every rule whose path matches, `/*` as a prefix. */
export function headersFor(rules: Map<string, Map<string, string>>, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [pattern, values] of rules) {
    const matches = pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (matches) for (const [name, value] of values) headers.set(name, value);
  }
  return headers;
}
