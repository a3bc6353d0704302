import { Clock, Effect } from "effect"

/** How often the progress line is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MILLIS = 250

const duration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds))
  const minutes = Math.floor(s / 60)
  return minutes >= 60
    ? `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`
    : `${minutes}:${String(s % 60).padStart(2, "0")}`
}

/** "1,200/20,000 articles, 240/s, 1:18 left" — time left only when the total is known. */
export const progressLine = (done: number, total: number | undefined, elapsedMillis: number): string => {
  const rate = elapsedMillis > 0 ? (done * 1000) / elapsedMillis : 0
  const count = total === undefined ? `${done.toLocaleString("en")} articles` : `${done.toLocaleString("en")}/${total.toLocaleString("en")} articles`
  const left = total === undefined || rate === 0 ? "" : `, ${duration((total - done) / rate)} left`
  return `${count}, ${Math.round(rate)}/s${left}`
}

/**
 * The progress of a run on a terminal: one line on stderr, redrawn in place. Shown only when
 * stderr is a terminal and not in CI (a log file would fill with carriage returns).
 */
export const makeRunProgress = (options: { readonly show: boolean; readonly total: number | undefined }) =>
  Effect.gen(function*() {
    const started = yield* Clock.currentTimeMillis
    let done = 0
    let drawn = 0
    let visible = false
    const articles = (count: number) => Effect.gen(function*() {
      done += count
      if (!options.show) return
      const now = yield* Clock.currentTimeMillis
      if (now - drawn < REDRAW_MILLIS) return
      drawn = now
      visible = true
      process.stderr.write(`\r\u001b[2K${progressLine(done, options.total, now - started)}`)
    })
    const clear = Effect.sync(() => {
      if (visible) process.stderr.write("\r\u001b[2K")
      visible = false
    })
    return { articles, clear, done: () => done }
  })

/** Progress belongs on an interactive terminal only. */
export const progressWanted = (quiet: boolean): boolean =>
  !quiet && process.stderr.isTTY === true && (process.env["CI"] === undefined || process.env["CI"] === "" || process.env["CI"] === "false")
