import { oneLine } from "@crosscheck/claims/model"
import { Effect, FileSystem, Path, Schema } from "effect"
import { configCandidates } from "./config-candidates.js"
import { RunConfig } from "./run-config.js"

/** A configuration file that cannot be read or does not match the schema: named, with the reason. */
export class ConfigError extends Schema.TaggedError<ConfigError>()("ConfigError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: ${this.reason}`
  }
}

// Unknown keys are errors: a misspelt "failon" must not be silently ignored.
const decodeConfig = Schema.decodeUnknownEffect(Schema.fromJsonString(RunConfig), { onExcessProperty: "error" })

/** The configuration in force and the file it came from (paths in it already resolved against that file's directory). */
export interface LoadedConfig {
  readonly file: string | undefined
  readonly config: RunConfig
}

/**
 * The configuration: `--config FILE` if given (it must exist), else `crosscheck.config.json` in
 * the working directory, else in the corpus root (a `.jsonl` corpus: its directory); none is fine.
 */
export const loadConfig = Effect.fn("loadConfig")(function*(options: {
  readonly explicit: string | undefined
  readonly corpus: string | undefined
}): Effect.fn.Return<LoadedConfig, ConfigError, FileSystem.FileSystem | Path.Path> {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const exists = (file: string) => fs.exists(file).pipe(Effect.orElseSucceed(() => false))
  let file: string | undefined
  const corpusIsDirectory = options.corpus !== undefined &&
    (yield* fs.stat(options.corpus).pipe(Effect.map((info) => info.type === "Directory"), Effect.orElseSucceed(() => false)))
  const candidates = configCandidates({ ...options, corpusIsDirectory })
  for (const candidate of candidates) {
    // An explicit file must exist: reading it says why it cannot be read.
    if (candidate === options.explicit || (yield* exists(candidate))) {
      file = candidate
      break
    }
  }
  if (file === undefined) return { file: undefined, config: {} }
  const at = file
  const text = yield* fs.readFileString(at).pipe(
    Effect.mapError((error) => new ConfigError({ path: at, reason: `cannot read: ${error.message}`, cause: error }))
  )
  const config = yield* decodeConfig(text).pipe(
    Effect.mapError((error) => new ConfigError({ path: at, reason: `not a valid crosscheck configuration: ${oneLine(error.message)}`, cause: error }))
  )
  const dir = path.dirname(at)
  const resolve = (p: string | undefined) => p === undefined ? undefined : path.resolve(dir, p)
  const resolved: RunConfig = {
    ...config,
    ...(config.gazetteer === undefined ? {} : { gazetteer: resolve(config.gazetteer)! }),
    ...(config.baseline === undefined ? {} : { baseline: resolve(config.baseline)! }),
    ...(config.out === undefined ? {} : { out: resolve(config.out)! }),
    ...(config.db === undefined ? {} : { db: resolve(config.db)! })
  }
  return { file: at, config: resolved }
})
