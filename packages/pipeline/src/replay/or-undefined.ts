/**
 * What `f` returns, or undefined when it throws. The replay path must not load effect (its
 * `Result.try` would load the very modules the replay exists to skip), so this is its one
 * try/catch: there, any failure only means "do not replay", and the full CLI says what is wrong.
 */
export const orUndefined = <A>(f: () => A): A | undefined => {
  try {
    return f()
  } catch {
    return undefined
  }
}
