import { execFile, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { serveStatic } from "../../scripts/lib/browser.ts";
import { MANIFEST, parseManifest, SIGNATURE } from "../../scripts/lib/manifest.ts";
import { finishBuild } from "../../scripts/lib/publish.ts";
import { walk } from "../../scripts/lib/thirdParty.ts";

const siteDir = inject("siteDir");
const work = mkdtempSync(join(tmpdir(), "exile-manifest-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A throwaway Ed25519 key pair, made as MIRRORS.md tells the editors to make theirs. */
function throwawayKey(name: string): { privateKey: string; publicKey: string } {
  const privateKey = join(work, name);
  const made = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", privateKey]);
  expect(made.status, String(made.stderr)).toBe(0);
  return { privateKey, publicKey: `${privateKey}.pub` };
}

/** `npm run verify`'s script, run as a reader runs it; asynchronous, so a server in this process can answer it. */
async function verify(...args: string[]): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/verify.ts", ...args]);
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("the build's list of files (SHA256SUMS)", () => {
  test("lists every other published file once, sorted, in the format sha256sum -c checks", () => {
    const text = readFileSync(join(siteDir, MANIFEST), "utf8");
    const listed = [...parseManifest(text).keys()];
    const files = walk(siteDir)
      .map((file) => relative(siteDir, file).split(sep).join("/"))
      .filter((file) => file !== MANIFEST && file !== SIGNATURE);
    expect(listed.toSorted()).toEqual(files.toSorted());
    expect(listed).toEqual(listed.toSorted((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(listed).toContain("_headers");
    expect(listed).toContain("offline/en.html");
    const checked = spawnSync("sha256sum", ["--check", "--quiet", "--strict", MANIFEST], { cwd: siteDir });
    expect(checked.status, String(checked.stdout) + String(checked.stderr)).toBe(0);
  });
});

describe("npm run verify", () => {
  const key = throwawayKey("key");
  let copy = "";
  beforeAll(() => {
    copy = join(work, "copy");
    cpSync(siteDir, copy, { recursive: true });
    rmSync(join(copy, SIGNATURE), { force: true });
    // The same step the build ends with, given the key the workflow would give it.
    finishBuild(copy, { EXILE_SIGNING_KEY: key.privateKey });
  });

  test("accepts the signed copy, which ssh-keygen's own check accepts too", async () => {
    expect(existsSync(join(copy, SIGNATURE))).toBe(true);
    const result = await verify(copy, "--key", key.publicKey);
    expect(result.output).toMatch(/^Verified: all \d+ files/m);
    expect(result.status).toBe(0);
  });

  test("names the one file with one byte changed, a missing file and an added one, and fails", async () => {
    const tampered = join(work, "tampered");
    cpSync(copy, tampered, { recursive: true });
    const page = join(tampered, "index.html");
    const bytes = readFileSync(page);
    const at = bytes.length - 2;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 1, at);
    writeFileSync(page, bytes);
    rmSync(join(tampered, "favicon.svg"));
    writeFileSync(join(tampered, "tracker.js"), "fetch('https://x.example/')");
    const result = await verify(tampered, "--key", key.publicKey);
    expect(result.status).toBe(1);
    const problems = result.output.split("\n").filter((line) => /^(changed|missing|not in|bad)/.test(line));
    expect(problems).toEqual(["changed: index.html", "missing: favicon.svg", `not in ${MANIFEST}: tracker.js`]);
  });

  test("refuses a list of files rewritten to match a changed file, and a signature by another key", async () => {
    const rewritten = join(work, "rewritten");
    cpSync(copy, rewritten, { recursive: true });
    appendFileSync(join(rewritten, "index.html"), "<!-- -->");
    finishBuild(rewritten, {});
    writeFileSync(join(rewritten, SIGNATURE), readFileSync(join(copy, SIGNATURE)));
    const result = await verify(rewritten, "--key", key.publicKey);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/^bad signature: /m);

    const other = throwawayKey("other");
    const wrongKey = await verify(copy, "--key", other.publicKey);
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.output).toMatch(/^bad signature: /m);
  });

  test("checks a mirror over HTTP the same way, naming the changed file", async () => {
    const mirror = join(work, "mirror");
    cpSync(copy, mirror, { recursive: true });
    appendFileSync(join(mirror, "figures", "crackdown.json"), " ");
    const served = await serveStatic(mirror);
    try {
      const result = await verify(`${served.origin}/`, "--key", key.publicKey);
      expect(result.status).toBe(1);
      expect(result.output.split("\n").filter((line) => line.startsWith("changed:"))).toEqual([
        "changed: figures/crackdown.json",
      ]);
      expect((await verify(served.origin.replace("http:", "ftp:"), "--key", key.publicKey)).status).toBe(2);
    } finally {
      await served.close();
    }
  });

  test("will not pass a copy without a key unless told the check is hashes only, and says so", async () => {
    expect((await verify(copy)).status).toBe(2);
    const unsigned = await verify(copy, "--unsigned");
    expect(unsigned.status).toBe(0);
    expect(unsigned.output).toContain("NOT checked");
  });
});
