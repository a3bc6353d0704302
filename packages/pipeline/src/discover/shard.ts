import { createHash } from "node:crypto"
import type { ArticleSource } from "../read/article-source.js"

/** `--shard i/n`: this job's share of the corpus, i from 1 to n. */
export interface Shard {
  readonly index: number
  readonly count: number
}

const SHARD = /^([1-9]\d*)\/([1-9]\d*)$/

/** "2/4" → { index: 2, count: 4 }; undefined for anything else (0, i > n, not numbers). */
export const parseShard = (text: string): Shard | undefined => {
  const match = SHARD.exec(text.trim())
  if (match === null) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index <= count ? { index, count } : undefined
}

/**
 * Whether `key` (an article's id) falls in the shard: by a hash of the id, so an article stays in
 * the same shard whatever else the corpus holds, on every machine, and the shards cover every
 * article exactly once.
 */
export const inShard = (key: string, shard: Shard): boolean => shardHash(key) % shard.count === shard.index - 1

/**
 * The number that puts `key` in a shard: in shard i of n when it is i - 1 modulo n. An unsigned
 * 32-bit integer (the first four bytes of the key's sha256), so SQL can take the modulo too.
 */
export const shardHash = (key: string): number => createHash("sha256").update(key).digest().readUInt32BE(0)

/** What puts an entry in a shard: an article's id, a broken entry's path (one shard reports each). */
export const shardKey = (source: ArticleSource): string => source._tag === "Invalid" ? source.path : source.id

/** The shard's part of the corpus: articles by id, broken entries by path. */
export const sourceInShard = (source: ArticleSource, shard: Shard): boolean => inShard(shardKey(source), shard)
