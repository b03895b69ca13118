import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { NAMESPACE } from "../../src/lib/security/signingKey.ts";
import { walk } from "./thirdParty.ts";

/**
 * The signed manifest of a build (issue 16, part 3): `SHA256SUMS` lists every published file with
 * its SHA-256, in the format `sha256sum` writes and `sha256sum -c` reads, and `SHA256SUMS.sig`
 * signs it with the newsroom's OpenSSH Ed25519 key (`ssh-keygen -Y sign -n file`). A reader or
 * mirror operator who has the public key can then tell the copy they have from the one the
 * newsroom published, whoever served it (scripts/verify.ts, MIRRORS.md).
 */

export const MANIFEST = "SHA256SUMS";
export const SIGNATURE = `${MANIFEST}.sig`;

/** The SHA-256 of some bytes, as lower-case hex. */
export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * A folder's files as `sha256sum` lines ("<hash>  <path>"), sorted by path byte for byte as
 * `LC_ALL=C sort` would, with forward slashes. The manifest and its signature are left out: they
 * cannot list themselves.
 */
export function manifestOf(dir: string): string {
  const paths = walk(dir)
    .map((path) => relative(dir, path).split(sep).join("/"))
    .filter((path) => path !== MANIFEST && path !== SIGNATURE)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return paths
    .map((path) => {
      // sha256sum escapes such names with a backslash; the site never publishes one, so refuse
      // it rather than write a line that reads back as another file.
      if (/[\n\r\\]/.test(path)) throw new Error(`Cannot list ${JSON.stringify(path)} in ${MANIFEST}`);
      return `${sha256(readFileSync(join(dir, path)))}  ${path}\n`;
    })
    .join("");
}

/** Writes `SHA256SUMS` into a built folder; the last thing written into it before signing. */
export function writeManifest(dir: string): void {
  writeFileSync(join(dir, MANIFEST), manifestOf(dir));
}

/** Reads `sha256sum` lines into a map from path to hash; throws on a line in any other shape. */
export function parseManifest(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [index, line] of text.split("\n").entries()) {
    if (line === "") continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new Error(`${MANIFEST} line ${index + 1} is not "<sha256>  <path>": ${JSON.stringify(line)}`);
    entries.set(match[2]!, match[1]!);
  }
  return entries;
}

/**
 * Signs a folder's `SHA256SUMS` with an OpenSSH private key, writing `SHA256SUMS.sig` beside it.
 * ssh-keygen is part of OpenSSH, on every machine that builds the site, so this adds no
 * dependency. A key with a passphrase cannot be used here: nothing may wait for a prompt.
 */
export function signManifest(dir: string, privateKey: string): void {
  const result = spawnSync("ssh-keygen", ["-Y", "sign", "-f", resolve(privateKey), "-n", NAMESPACE, MANIFEST], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    throw new Error(`ssh-keygen could not sign ${MANIFEST} with ${privateKey}:\n${result.stderr}${result.error ?? ""}`);
  }
}
