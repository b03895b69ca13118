import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { allowedSigners, fingerprint, publishedFingerprint } from "../../src/lib/security/signingKey.ts";

const work = mkdtempSync(join(tmpdir(), "exile-key-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("publishedFingerprint is undefined without a public key file, and ssh-keygen's fingerprint with one", () => {
  expect(publishedFingerprint(join(work, "none.pub"))).toBeUndefined();
  const key = join(work, "key");
  expect(spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", key]).status).toBe(0);
  const printed = spawnSync("ssh-keygen", ["-l", "-f", `${key}.pub`], { encoding: "utf8" }).stdout.split(" ")[1];
  expect(printed).toMatch(/^SHA256:/);
  expect(publishedFingerprint(`${key}.pub`)).toBe(printed);
  expect(allowedSigners(readFileSync(`${key}.pub`, "utf8"))).toMatch(/^exile-atlas namespaces="file" ssh-ed25519 AAAA/);
});

test("a file that holds no Ed25519 public key is refused, not shown as a fingerprint", () => {
  expect(() => fingerprint("ssh-rsa AAAAB3NzaC1yc2E user")).toThrow(/Ed25519/);
  expect(() => fingerprint("-----BEGIN OPENSSH PRIVATE KEY-----")).toThrow(/Ed25519/);
});
