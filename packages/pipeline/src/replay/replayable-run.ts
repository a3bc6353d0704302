/** A `crosscheck run` command line the replay understands whole: the paths it needs from it. */
export interface ReplayableRun {
  readonly corpus: string
  readonly config: string | undefined
  readonly db: string | undefined
  readonly out: string | undefined
  /** `--jobs` (or `-j`) as written. */
  readonly jobs: string | undefined
}

/** Flags that take a value, as `--flag value`; the values only matter as part of the command line. */
const VALUE_FLAGS: ReadonlySet<string> = new Set(["--config", "--db", "--out", "--fail-on", "--format", "--jobs", "-j", "--gazetteer"])
const SWITCHES: ReadonlySet<string> = new Set(["--quiet", "-q"])
/** Words effect/cli could read as a switch's value rather than as the corpus. */
const BOOLEAN_WORDS: ReadonlySet<string> = new Set(["true", "false", "yes", "no", "on", "off", "1", "0", "y", "n"])

/**
 * The `run` command line's corpus, config, db and out, when its shape leaves no doubt: only the flags
 * above, each at most once, as separate words, and one corpus. Anything else (a baseline, which may
 * change on disk or be rewritten; a shard; `--flag=value`; `--help`) is left to the full CLI.
 */
export const replayableRun = (argv: ReadonlyArray<string>): ReplayableRun | undefined => {
  if (argv[0] !== "run") return undefined
  const values = new Map<string, string>()
  const seen = new Set<string>()
  let corpus: string | undefined
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!
    if (seen.has(arg)) return undefined
    if (SWITCHES.has(arg) || VALUE_FLAGS.has(arg)) seen.add(arg)
    if (SWITCHES.has(arg)) continue
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[++i]
      if (value === undefined || value.startsWith("-")) return undefined
      values.set(arg, value)
    } else if (arg.startsWith("-") || corpus !== undefined || BOOLEAN_WORDS.has(arg.toLowerCase()) || arg === "") {
      return undefined
    } else corpus = arg
  }
  // `-q` and `--quiet` (or `-j` and `--jobs`) both given is a shape the full CLI judges.
  if ((seen.has("-q") && seen.has("--quiet")) || (seen.has("-j") && seen.has("--jobs"))) return undefined
  return corpus === undefined ? undefined : {
      corpus,
      config: values.get("--config"),
      db: values.get("--db"),
      out: values.get("--out"),
      jobs: values.get("--jobs") ?? values.get("-j")
    }
}
