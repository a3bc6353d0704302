import type { TimeScope } from "../model/time.js"

/**
 * A results table's period: how many months it covers and the month it ends in, placed in the
 * latest year whose end is not after the article's date (a report follows its period). Written as
 * the GUIDE writes periods: a calendar quarter `1987-Q3`, half `1987-H1`, year `1987`, a fiscal
 * year `FY1987` (named by the year it ends in), any other run of months `1987-01/1987-09`.
 */
export interface TablePeriod {
  readonly months: number
  /** 1–12. */
  readonly endMonth: number
}

const pad = (n: number) => String(n).padStart(2, "0")

/**
 * The year of the latest end of `endMonth` on or before `day` (ISO YYYY-MM-DD). A period implied to end this month (a
 * calendar "3RD QTR" reported in September) has not ended before the month is out: last year's; one whose end the text
 * writes ("3RD QTR JUNE SEVEN", "Qtr ended June 7" reported June 18) has, for a report follows its period.
 */
export const endYear = (endMonth: number, day: string, endWritten: boolean): number => {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  return endMonth < month || (endWritten && endMonth === month) ? year : year - 1
}

/**
 * A firm reports a period within this many months of its end: a calendar one, by its name ("4TH QTR", "YEAR", "first
 * quarter profits"), that would have ended longer ago than this is a fiscal one whose calendar the text does not give.
 */
export const MAX_MONTHS_TO_REPORT = 4

/** The period's value, `back` periods of its own length before the one ending in `year` (0: that one). */
export const periodValue = (period: TablePeriod, year: number, back = 0): string => {
  // Months since year 0 of the period's last month, moved back whole periods.
  const last = year * 12 + (period.endMonth - 1) - back * period.months
  const first = last - period.months + 1
  const [endY, endM] = [Math.floor(last / 12), (last % 12) + 1]
  const [startY, startM] = [Math.floor(first / 12), (first % 12) + 1]
  if (period.months === 3 && endM % 3 === 0) return `${endY}-Q${endM / 3}`
  if (period.months === 6 && endM % 6 === 0) return `${endY}-H${endM / 6}`
  if (period.months === 12) return endM === 12 ? `${endY}` : `FY${endY}`
  if (period.months === 1) return `${endY}-${pad(endM)}`
  return `${startY}-${pad(startM)}/${endY}-${pad(endM)}`
}

/**
 * A fiscal period whose months the text does not give: a table's "4TH QTR" or "YEAR" reported too long
 * after the calendar one for it to be that (see MAX_MONTHS_TO_REPORT in results-table.ts), so a fiscal
 * one that ended in the months before the report. Its fiscal year, named by the year it ends in, ends
 * the quarters or halves after it later: "1ST QTR" reported in October 1987 ended by September, its year
 * by June 1988, `FY1988-Q1`. (Every month the quarter may have ended in gives the same year: the year
 * would change only at the calendar quarter's end, which is too far back.) Only a quarter, half or
 * whole year of its fiscal year, counted by its ordinal; `back` fiscal years before (1: the year-ago one).
 */
export const fiscalPeriodValue = (period: TablePeriod, published: string, back = 0): string | undefined => {
  if (![3, 6, 12].includes(period.months) || period.endMonth % period.months !== 0) return undefined
  const ordinal = period.endMonth / period.months
  // The month before the report's, moved on by the periods left in the fiscal year.
  const lastMonth = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 2 + (12 / period.months - ordinal) * period.months
  const fiscal = `FY${Math.floor(lastMonth / 12) - back}`
  return period.months === 12 ? fiscal : `${fiscal}-${period.months === 3 ? "Q" : "H"}${ordinal}`
}

/** A calendar period as a time scope ("1987-01/1987-09" → 1987-01 .. 1987-09); a fiscal year has none. */
export const timeScopeOfPeriod = (value: string, derivation: string): TimeScope | undefined => {
  if (value.startsWith("FY")) return undefined
  const [start, end] = value.split("/")
  return { start: start!, end: end ?? start!, text: value, timexes: [], derivation }
}
