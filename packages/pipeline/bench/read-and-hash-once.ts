/**
 * `node read-and-hash-once.js <corpus.jsonl>`: the bare read + hash in a process of its own, timed
 * from spawn to exit as a rerun through the CLI is.
 */
import { readAndHash } from "./read-and-hash.js"

console.log(readAndHash(process.argv[2] ?? ""))
