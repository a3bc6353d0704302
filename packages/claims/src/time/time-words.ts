/**
 * The vocabulary of English time expressions, as data. Patterns in the rule modules are built from
 * these tables once, at module load.
 */

/** Month names → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8,
  September: 9, October: 10, November: 11, December: 12
}

/** News-style month abbreviations: only read before a day or a year ("Jan. 5", "Dec 2019"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8,
  "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sept: 9, Sep: 9, Oct: 10, Nov: 11, Dec: 12
}

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7
}

/** Words that make a following weekday part of a name ("Black Friday", "Sheffield Wednesday"). */
export const NAMED_DAY_PREFIXES: ReadonlyArray<string> = [
  "Black", "Super", "Good", "Ash", "Holy", "Maundy", "Cyber", "Shrove", "Easter", "Palm", "Bloody", "Giving",
  "Mega", "Manic", "Blue", "Sheffield", "Small Business"
]

/** Words that make a preceding weekday part of a name ("The Sunday Times", "Saturday Night Live"). */
export const NAMED_DAY_SUFFIXES: ReadonlyArray<string> = [
  "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Tribune", "Independent", "Mail", "Observer", "Sport",
  "People", "Star", "Night Live", "Night Takeaway", "Service", "School", "Trading"
]

/** Events named by their date ("the 11 September attacks"): the date alone does not give the year. */
export const DATE_NAMED_EVENTS: ReadonlyArray<string> = [
  "attack", "attacks", "bombing", "bombings", "massacre", "atrocities", "atrocity", "killings", "uprising", "coup", "disaster", "tragedy", "riots"
]

/** Words that make "the 20s" a temperature band, not a decade. */
export const TEMPERATURE_WORDS: ReadonlyArray<string> = [
  "temperature", "temperatures", "degrees", "degree", "highs", "lows", "zero", "fahrenheit", "celsius", "thermometer", "mercury"
]

/** Season words → TIMEX3 season code. "fall" is only read with a time modifier (it is also a noun). */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI"
}

/**
 * Meteorological seasons (whole months, so intervals stay month-aligned): spring Mar–May, summer
 * Jun–Aug, autumn Sep–Nov, winter Dec–Feb, where winter YYYY-WI starts in December of YYYY.
 */
export const SEASON_MONTHS: Readonly<Record<string, { readonly first: number; readonly last: number }>> = {
  SP: { first: 3, last: 5 },
  SU: { first: 6, last: 8 },
  FA: { first: 9, last: 11 },
  WI: { first: 12, last: 2 }
}

/** Holidays on a fixed day of the year → [month, day]. (Movable feasts such as Easter are not read.) */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  Christmas: [12, 25], "Christmas Day": [12, 25], "Christmas Eve": [12, 24], "Boxing Day": [12, 26],
  "New Year's Day": [1, 1], "New Year’s Day": [1, 1], "New Year's Eve": [12, 31], "New Year’s Eve": [12, 31],
  Hogmanay: [12, 31], "Valentine's Day": [2, 14], "Valentine’s Day": [2, 14], Halloween: [10, 31],
  "Independence Day": [7, 4], "Bastille Day": [7, 14], "Armistice Day": [11, 11], "Veterans Day": [11, 11],
  "May Day": [5, 1]
}

/** Parts of the day → TIMEX3 codes ("this evening" → 2017-07-03TEV). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI", overnight: "NI"
}

/** Number words read in durations and offsets ("two decades", "a year ago"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, "a hundred": 100,
  "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, dozen: 12, "half a": 0.5, "half an": 0.5
}

/**
 * A year said aloud, as broadcast transcripts write it: "nineteen ninety-six" is the century's
 * hundreds ("nineteen") then its last two digits (tens word, "hundred", or "oh" and a digit);
 * "two thousand and one" the thousands then the rest.
 */
export const SPOKEN_CENTURIES: ReadonlyArray<string> = ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
export const SPOKEN_TENS: ReadonlyArray<string> = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
export const SPOKEN_DIGITS: ReadonlyArray<string> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
export const SPOKEN_TEENS: ReadonlyArray<string> = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]

/** Quantifiers that give a duration an unknown count ("several years" → PXY). */
export const VAGUE_COUNTS: ReadonlyArray<string> = [
  "a few", "few", "several", "many", "some", "numerous", "dozens of", "hundreds of", "thousands of", "recent"
]

/** Ordinals (quarters, halves, centuries). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  "twenty-first": 21, "twenty-second": 22, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, last: 4, final: 4
}

export type DurationUnit = "second" | "minute" | "hour" | "day" | "week" | "fortnight" | "month" | "quarter" | "year" | "decade" | "century"

/** Unit words (singular, plural, abbreviations) → unit. */
export const UNIT_WORDS: Readonly<Record<string, DurationUnit>> = {
  second: "second", seconds: "second", sec: "second", secs: "second",
  minute: "minute", minutes: "minute", min: "minute", mins: "minute",
  hour: "hour", hours: "hour", hr: "hour", hrs: "hour",
  day: "day", days: "day",
  week: "week", weeks: "week",
  fortnight: "fortnight", fortnights: "fortnight",
  month: "month", months: "month", mth: "month", mths: "month",
  quarter: "quarter", quarters: "quarter",
  year: "year", years: "year", yr: "year", yrs: "year",
  decade: "decade", decades: "decade",
  century: "century", centuries: "century"
}

/** How a unit is written in an ISO-8601 duration, and how many of the written unit one unit is. */
export const UNIT_DURATION: Readonly<Record<DurationUnit, { readonly designator: string; readonly time: boolean; readonly factor: number }>> = {
  second: { designator: "S", time: true, factor: 1 },
  minute: { designator: "M", time: true, factor: 1 },
  hour: { designator: "H", time: true, factor: 1 },
  day: { designator: "D", time: false, factor: 1 },
  week: { designator: "W", time: false, factor: 1 },
  fortnight: { designator: "W", time: false, factor: 2 },
  month: { designator: "M", time: false, factor: 1 },
  quarter: { designator: "Q", time: false, factor: 1 },
  year: { designator: "Y", time: false, factor: 1 },
  decade: { designator: "Y", time: false, factor: 10 },
  century: { designator: "Y", time: false, factor: 100 }
}

/** Vague-count designators: "decades" → PXDE, "centuries" → PXCE (TIMEX3 has no X×10 years). */
export const VAGUE_DESIGNATOR: Readonly<Partial<Record<DurationUnit, string>>> = {
  decade: "DE",
  century: "CE",
  fortnight: "W"
}

/** Adverbial frequency words → the TIMEX3 SET they denote. */
export const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  hourly: "PT1H", daily: "P1D", nightly: "P1D", weekly: "P1W", fortnightly: "P2W", monthly: "P1M",
  quarterly: "P3M", annually: "P1Y", yearly: "P1Y", biannually: "P6M", biennially: "P2Y"
}

/** Words before a duration that bound it: "more than two years" → P2Y MORE_THAN. */
export const AMOUNT_MODIFIERS: Readonly<Record<string, "MORE_THAN" | "LESS_THAN" | "APPROX" | "EQUAL_OR_MORE" | "EQUAL_OR_LESS">> = {
  "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN", "just over": "MORE_THAN",
  "longer than": "MORE_THAN",
  "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
  "nearly": "LESS_THAN", "almost": "LESS_THAN",
  "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
  "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
  "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS"
}

/** Words before a date that place it inside its period: "early April" → START, "end-1986" (wire copy) → END. */
export const POSITION_MODIFIERS: Readonly<Record<string, "START" | "MID" | "END">> = {
  early: "START", "the beginning of": "START", "the start of": "START", "the early part of": "START",
  mid: "MID", "the middle of": "MID", "the mid": "MID",
  late: "END", "the end of": "END", end: "END", "the close of": "END", "the latter part of": "END", "the late": "END",
  "the early": "START"
}

/** Fixed deictic expressions and their TIMEX3 values. */
export const REFERENCE_WORDS: Readonly<Record<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF">> = {
  now: "PRESENT_REF", "right now": "PRESENT_REF", currently: "PRESENT_REF", "at present": "PRESENT_REF",
  "at the moment": "PRESENT_REF", nowadays: "PRESENT_REF", "these days": "PRESENT_REF",
  "the present": "PRESENT_REF", "the present day": "PRESENT_REF",
  recently: "PAST_REF", lately: "PAST_REF", "the past": "PAST_REF",
  "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the coming years": "FUTURE_REF",
  "the years to come": "FUTURE_REF"
}

/**
 * Nouns of what is set for a period: a date right before one names the period it is for, whatever the tense of the
 * setting ("had set a third quarter ceiling", "met to fix a July-December output ceiling").
 */
export const TARGET_NOUNS: ReadonlySet<string> = new Set([
  "ceiling", "ceilings", "quota", "quotas", "target", "targets", "budget", "budgets", "forecast", "forecasts",
  "projection", "projections", "goal", "goals", "allocation", "allocations"
])

/** Plurals that wink lemmatises as themselves: after a bare number they make it a count ("2000 people"). */
export const UNMARKED_PLURALS: ReadonlySet<string> = new Set(["people", "men", "women", "children", "police", "staff", "cattle", "personnel", "troops"])

/** Alternation of table keys for a RegExp, longest first, with regex metacharacters escaped. */
export const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|")

/** Looks a phrase up in a table whatever its spacing and case. */
export const lookup = <V>(table: Readonly<Record<string, V>>, phrase: string): V | undefined => {
  // Own keys only: "constructor" is not a time word.
  const key = Object.hasOwn(table, phrase) ? phrase : phrase.toLowerCase().replace(/\s+/g, " ")
  return Object.hasOwn(table, key) ? table[key] : undefined
}
