import { timexInterval } from "../time/timex-interval.js"

/** The days a figure's period covers ("1987-01/1987-09" from its first end's first day to its last end's last); none for a fiscal year. */
export const periodDays = (value: string): { readonly first: string; readonly last: string } | undefined => {
  const [from, to] = value.split("/")
  const first = timexInterval(from!)?.first
  const last = timexInterval(to ?? from!)?.last
  return first !== undefined && last !== undefined ? { first, last } : undefined
}
