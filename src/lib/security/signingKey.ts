import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";

/**
 * The newsroom's publishing key: the public half of the OpenSSH Ed25519 key that signs each
 * build's SHA256SUMS (scripts/lib/manifest.ts). The editors generate the key and commit its public
 * half here (MIRRORS.md says how); until they do, the file does not exist and the methods page
 * names no fingerprint, rather than one for a key nobody holds.
 */
export const SIGNING_KEY_FILE = "keys/exile-atlas-signing.pub";

/** The identity and namespace a signature is checked against (`ssh-keygen -Y verify -I … -n …`). */
export const SIGNER = "exile-atlas";
export const NAMESPACE = "file";

/** The type and base64 blob of an OpenSSH Ed25519 public key line; throws on anything else. */
function parsePublicKey(line: string): { type: string; blob: string } {
  const [type, blob] = line.trim().split(/\s+/);
  if (type !== "ssh-ed25519" || !blob || !/^[A-Za-z0-9+/]+=*$/.test(blob))
    throw new Error("Not an OpenSSH Ed25519 public key (a line that starts with ssh-ed25519 AAAA…)");
  return { type, blob };
}

/**
 * The allowed_signers line that `ssh-keygen -Y verify` needs: this key may sign files as
 * exile-atlas, and nothing else.
 */
export function allowedSigners(publicKey: string): string {
  const { type, blob } = parsePublicKey(publicKey);
  return `${SIGNER} namespaces="${NAMESPACE}" ${type} ${blob}\n`;
}

/**
 * A key's fingerprint as `ssh-keygen -l` prints it: "SHA256:" and the unpadded base64 of the
 * SHA-256 of the key's blob. Readers compare it with the one they were given by another way.
 */
export function fingerprint(publicKey: string): string {
  const { blob } = parsePublicKey(publicKey);
  const digest = createHash("sha256").update(Buffer.from(blob, "base64")).digest("base64");
  return `SHA256:${digest.replace(/=+$/, "")}`;
}

/**
 * The publishing key's fingerprint, or undefined when the repository holds no public key yet.
 * `EXILE_SIGNING_PUBKEY` names another file (tests use it); a file that is there but holds no
 * Ed25519 key stops the build, since a page must never show a fingerprint it cannot stand behind.
 */
export function publishedFingerprint(file = process.env.EXILE_SIGNING_PUBKEY || SIGNING_KEY_FILE): string | undefined {
  if (!existsSync(file)) return undefined;
  return fingerprint(readFileSync(file, "utf8"));
}
