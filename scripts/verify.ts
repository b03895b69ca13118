/**
 * `npm run verify -- DIR_OR_URL --key PUBKEY`: checks that a copy of the site is the one the
 * newsroom published. DIR_OR_URL is a local folder (a downloaded or mirrored dist/) or a mirror's
 * address (http or https); PUBKEY is the newsroom's public key file (keys/exile-atlas-signing.pub).
 *
 * 1. `SHA256SUMS.sig` must be a valid signature of `SHA256SUMS` by that key, checked with
 *    `ssh-keygen -Y verify`, so the list itself cannot have been rewritten.
 * 2. Every file the list names must be there and have its SHA-256.
 * 3. In a local folder, every file must be on the list: a file added beside the published ones (a
 *    tracking script, a page of someone else's) was not signed. Over HTTP, only listed files can
 *    be asked for.
 *
 * Every file that differs, is missing or was added is named; the exit status is 1 if any is, or
 * if the signature does not hold. `--unsigned` skips step 1 when no key exists yet, and says that
 * such a check proves only that the files match the list beside them, which anyone can rewrite.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { allowedSigners, NAMESPACE, SIGNER } from "../src/lib/security/signingKey.ts";
import { MANIFEST, parseManifest, sha256, SIGNATURE } from "./lib/manifest.ts";
import { walk } from "./lib/thirdParty.ts";

/** Where the copy's files are read from: a folder, or a mirror over HTTP(S). */
interface Copy {
  /** A file's bytes, or undefined if the copy does not have it. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Every file of the copy, when it can be listed (a folder); undefined over HTTP. */
  list(): string[] | undefined;
}

function folderCopy(dir: string): Copy {
  return {
    read: async (path) => {
      const file = join(dir, ...path.split("/"));
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
    },
    list: () => walk(dir).map((file) => relative(dir, file).split(sep).join("/")),
  };
}

function mirrorCopy(address: string): Copy {
  const root = new URL(address.endsWith("/") ? address : `${address}/`);
  return {
    read: async (path) => {
      // Each segment is encoded on its own, so a name with a space or a # is asked for as itself.
      const url = new URL(path.split("/").map(encodeURIComponent).join("/"), root);
      const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(60_000) });
      if (response.status === 404 || response.status === 410) return undefined;
      if (!response.ok) throw new Error(`${url.href} answered ${response.status} ${response.statusText}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    list: () => undefined,
  };
}

/** Whether `ssh-keygen -Y verify` accepts the signature of the manifest by the public key. */
function signatureHolds(manifest: Uint8Array, signature: Uint8Array, publicKey: string): { ok: boolean; why: string } {
  const work = mkdtempSync(join(tmpdir(), "exile-verify-"));
  try {
    writeFileSync(join(work, "allowed_signers"), allowedSigners(publicKey));
    writeFileSync(join(work, SIGNATURE), signature);
    const args = ["-Y", "verify", "-f", "allowed_signers", "-I", SIGNER, "-n", NAMESPACE, "-s", SIGNATURE];
    const result = spawnSync("ssh-keygen", args, { cwd: work, input: manifest, encoding: "utf8" });
    return { ok: result.status === 0, why: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs `tasks` with at most `limit` at once, so a mirror is not asked for 300 files together. */
async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface Verdict {
  /** One line per file that differs, is missing or was added, and per signature problem. */
  problems: string[];
  /** How many listed files matched. */
  matched: number;
  signed: boolean;
}

/** Checks a copy (a folder or an http(s) address) against its manifest and, given a key, its signature. */
export async function verifyCopy(target: string, publicKey: string | undefined): Promise<Verdict> {
  let copy: Copy;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    if (!/^https?:\/\//i.test(target)) throw new Error(`Only http and https addresses can be checked, not ${target}`);
    copy = mirrorCopy(target);
  } else {
    if (!existsSync(target) || !statSync(target).isDirectory()) throw new Error(`${target} is not a folder`);
    copy = folderCopy(target);
  }
  const problems: string[] = [];
  const manifest = await copy.read(MANIFEST);
  if (manifest === undefined)
    return { problems: [`missing: ${MANIFEST} (nothing to check against)`], matched: 0, signed: false };
  if (publicKey !== undefined) {
    const signature = await copy.read(SIGNATURE);
    if (signature === undefined) problems.push(`missing: ${SIGNATURE} (the list of files is not signed)`);
    else {
      const { ok, why } = signatureHolds(manifest, signature, publicKey);
      if (!ok) problems.push(`bad signature: ${SIGNATURE} is not this key's signature of ${MANIFEST} (${why})`);
    }
  }
  const entries = parseManifest(Buffer.from(manifest).toString("utf8"));
  let matched = 0;
  await inBatches([...entries], 8, async ([path, hash]) => {
    const bytes = await copy.read(path);
    if (bytes === undefined) problems.push(`missing: ${path}`);
    else if (sha256(bytes) !== hash) problems.push(`changed: ${path}`);
    else matched++;
  });
  for (const path of copy.list() ?? []) {
    if (path !== MANIFEST && path !== SIGNATURE && !entries.has(path)) problems.push(`not in ${MANIFEST}: ${path}`);
  }
  return { problems: problems.sort(), matched, signed: publicKey !== undefined };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { key: { type: "string" }, unsigned: { type: "boolean", default: false } },
  });
  const target = positionals[0];
  if (positionals.length !== 1 || target === undefined || (values.key === undefined && !values.unsigned)) {
    process.stderr.write("Usage: npm run verify -- DIR_OR_URL --key keys/exile-atlas-signing.pub\n");
    process.stderr.write("       npm run verify -- DIR_OR_URL --unsigned   (hashes only, when no key exists yet)\n");
    return 2;
  }
  const publicKey = values.key === undefined ? undefined : readFileSync(values.key, "utf8");
  const verdict = await verifyCopy(target, publicKey);
  for (const problem of verdict.problems) process.stdout.write(`${problem}\n`);
  if (verdict.problems.length > 0) {
    process.stdout.write(`\nNOT VERIFIED: ${verdict.problems.length} problem(s) in ${target}.\n`);
    return 1;
  }
  process.stdout.write(
    verdict.signed
      ? `Verified: all ${verdict.matched} files of ${target} are the ones the key signed.\n`
      : `All ${verdict.matched} files match ${MANIFEST}, but its signature was NOT checked (--unsigned): ` +
          `anyone who can change the files can also rewrite the list.\n`,
  );
  return 0;
}

if (import.meta.main) {
  main().then(
    (status) => process.exit(status),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
