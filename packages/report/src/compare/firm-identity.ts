/**
 * A firm headlined with its exchange ticker has an id that carries it (`org:marine~mcor`): two
 * firms of one name ("MARINE CORP <MCOR.O>", "MARINE CORP <MCRP.O>") share a comparison key by
 * name and are told apart by their tickers here; a firm named without one (a story with no ticker)
 * is that firm only when the name has a single ticker among the claims compared.
 */
const TICKER = "~"

/** The holder as a comparison key reads it: the firm's name without its ticker. */
export const holderKey = (holder: string): string => {
  const at = holder.indexOf(TICKER)
  return at < 0 ? holder : holder.slice(0, at)
}

const tickerOf = (holder: string | undefined): string | undefined => {
  const at = holder === undefined ? -1 : holder.indexOf(TICKER)
  return at < 0 ? undefined : holder!.slice(at + 1)
}

/** The tickers the holders of a group's claims carry. */
export const tickersOf = (holders: ReadonlyArray<string | undefined>): ReadonlySet<string> =>
  new Set(holders.flatMap((h) => tickerOf(h) ?? []))

/**
 * Whether two holders of one name are one firm: `different` with two tickers that differ, `uncertain`
 * when one has no ticker and the name has several among the group's (`tickers`), else `same`.
 */
export const sameFirm = (a: string | undefined, b: string | undefined, tickers: ReadonlySet<string>): "same" | "different" | "uncertain" => {
  const [ta, tb] = [tickerOf(a), tickerOf(b)]
  if (ta !== undefined && tb !== undefined) return ta === tb ? "same" : "different"
  if (ta === undefined && tb === undefined) return "same"
  return tickers.size > 1 ? "uncertain" : "same"
}
