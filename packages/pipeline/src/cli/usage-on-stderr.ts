import { Console, Effect } from "effect"
import { CliOutput, TerminalCapabilities } from "effect/cli"

// Marks the help text effect/cli prints, so the console below can hold it back.
const HELP_MARK = "\u0000crosscheck-help\u0000"

/**
 * Usage errors go to stderr only, help and all: effect/cli prints the help on stdout before the
 * errors, which would land in a piped JSON file. The help is held back until it is known whether
 * errors follow it (then it goes to stderr with them) or not (`--help`: stdout, once the program ends).
 */
export const usageOnStderr = <A, E, R>(program: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.gen(function*() {
    const base = yield* Console.Console
    const capabilities = yield* TerminalCapabilities.TerminalCapabilities
    const formatter = CliOutput.defaultFormatter({ colors: capabilities.canColor })
    let heldHelp: string | undefined
    const console: Console.Console = {
      ...base,
      log: (...args) => {
        const [first] = args
        if (typeof first === "string" && first.startsWith(HELP_MARK)) heldHelp = first.slice(HELP_MARK.length)
        else base.log(...args)
      },
      error: (...args) => {
        if (heldHelp !== undefined) base.error(heldHelp)
        heldHelp = undefined
        base.error(...args)
      }
    }
    return yield* program.pipe(
      Effect.provideService(CliOutput.Formatter, {
        ...formatter,
        formatHelpDoc: (doc) => HELP_MARK + formatter.formatHelpDoc(doc)
      }),
      Effect.provideService(Console.Console, console),
      Effect.ensuring(Effect.sync(() => {
        if (heldHelp !== undefined) base.log(heldHelp)
      }))
    )
  })
