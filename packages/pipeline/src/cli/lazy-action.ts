import { Effect } from "effect"

/**
 * A command's action, loaded from its own module only when the command runs: `--help` and the
 * other commands never load what it needs (the store and kysely, the claims package, the pipeline).
 */
export const lazyAction = <I, A, E, R>(load: () => Promise<(input: I) => Effect.Effect<A, E, R>>) =>
(input: I): Effect.Effect<A, E, R> => Effect.flatMap(Effect.promise(load), (action) => action(input))
