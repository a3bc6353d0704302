/**
 * Flags whose value is free text, which may begin with a dash: `claims --text -visit`,
 * `baseline accept … --note "-- known, see #12"`. effect/cli reads such a value as flags ("-v"
 * printed the version), so the argument right after one of these is always taken as its value.
 */
const FREE_TEXT_FLAGS: ReadonlySet<string> = new Set(["--text", "--note", "--entity", "--article"])

/** One dash then not a second: what effect/cli would read as short flags. */
const SHORT_FLAGS = /^-[^-]/

/**
 * The arguments with each free-text flag's dash-led value written `--flag=value`, the form
 * effect/cli reads as a value; nothing after `--` (the end of the options) is touched.
 */
export const dashValuesJoined = (args: ReadonlyArray<string>): ReadonlyArray<string> => {
  const joined: Array<string> = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const next = args[i + 1]
    if (arg === "--") return [...joined, ...args.slice(i)]
    if (FREE_TEXT_FLAGS.has(arg) && next !== undefined && SHORT_FLAGS.test(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else joined.push(arg)
  }
  return joined
}
