import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"

/**
 * A bare read + hash of a JSONL corpus, what a no-change rerun is measured against: the file read,
 * every line parsed, every body hashed. The number of distinct bodies.
 */
export const readAndHash = (corpus: string): number => {
  const hashes = new Set<string>()
  for (const line of readFileSync(corpus, "utf8").split("\n")) {
    if (line.trim() === "") continue
    const { body } = JSON.parse(line) as { body: string }
    hashes.add(createHash("sha256").update(body).digest("hex"))
  }
  return hashes.size
}
