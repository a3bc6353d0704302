/**
 * The row heads of company results tables as wire services and press releases print them
 * ("Shr 28 cts vs 22 cts", "Oper net 1.2 mln vs 900,000", "Avg shrs 9.1 mln vs 8.7 mln"), matched
 * on lower-case words: the measure each row states. Data, not code: extend it freely. A row whose
 * head is not here is left to the prose readers.
 */
export interface RowHead {
  readonly measure: string
  readonly item?: string
  /** Whether the row's bare figures are money in the table's currency (else counts: shares). */
  readonly money: boolean
  /** How many months a "prior" dividend lies before the current one ("Qtly div 30 cts vs 30 cts prior"). */
  readonly priorMonths?: number
}

const row = (measure: string, money = true, extra: Partial<RowHead> = {}): RowHead => ({ measure, money, ...extra })

export const ROW_HEADS: ReadonlyArray<readonly [string, RowHead]> = [
  ...["shr", "shr primary", "primary shr", "shr basic", "basic shr", "shr diluted", "diluted shr", "shr fully diluted", "fully diluted shr", "group shr", "net shr", "earnings per shr", "earnings per share", "eps", "shr net", "parent shr"].map(
    (head) => [head, row("eps")] as const
  ),
  ...["oper shr", "oper shr primary", "oper shr diluted", "operating shr", "shr from operations", "shr from continuing operations", "shr from cont ops"].map(
    (head) => [head, row("eps", true, { item: "operating earnings" })] as const
  ),
  ...["net", "net profit", "net income", "net earnings", "net loss", "profit", "loss", "group net", "group net profit", "net attributable", "attributable profit", "earnings", "net after tax", "profit after tax"].map(
    (head) => [head, row("net_income")] as const
  ),
  ...["oper net", "oper net profit", "oper net loss", "oper profit", "oper loss", "operating net", "operating profit", "operating loss", "oper", "operating", "trading profit", "net from operations"].map(
    (head) => [head, row("operating_income")] as const
  ),
  ...["pretax", "pretax profit", "pretax loss", "pre-tax", "pre-tax profit", "pre-tax loss", "pretax net", "profit before tax", "profit before taxes", "loss before tax", "pretax income"].map(
    (head) => [head, row("pretax_income")] as const
  ),
  // A Japanese firm's "current" (recurring) profit: before extraordinary items and tax.
  ...["current", "current profit", "current loss", "recurring profit"].map((head) => [head, row("pretax_income", true, { item: "current profit" })] as const),
  ...["revs", "rev", "revenues", "revenue", "sales", "net sales", "total revenues", "oper revs", "operating revenues", "turnover", "group turnover", "total income", "gross revenues"].map(
    (head) => [head, row("revenue")] as const
  ),
  ...["avg shrs", "avg shares", "average shares", "avg shrs primary", "avg shrs diluted", "primary avg shrs", "diluted avg shrs", "shrs outstanding", "shares outstanding", "outstanding shrs", "outstanding shares", "avg shr", "shrs", "avg"].map(
    (head) => [head, row("shares_outstanding", false, { item: "shares" })] as const
  ),
  ...["qtly div", "qtrly div", "quarterly div", "quarterly dividend", "qtly dividend", "reg qtly div", "regular qtly div"].map(
    (head) => [head, row("dividend", true, { priorMonths: 3 })] as const
  ),
  ...["mthly div", "monthly div", "monthly dividend"].map((head) => [head, row("dividend", true, { priorMonths: 1 })] as const),
  ...["semi-annual div", "semi-annual dividend", "semi div", "interim div", "interim dividend"].map(
    (head) => [head, row("dividend", true, { priorMonths: 6 })] as const
  ),
  ...["div", "dividend", "annual div", "final div", "fin div", "final dividend", "total div", "total dividend", "year div"].map(
    (head) => [head, row("dividend", true, { priorMonths: 12 })] as const
  ),
  ...["assets", "total assets"].map((head) => [head, row("assets")] as const),
  ...["deposits", "total deposits"].map((head) => [head, row("deposits")] as const),
  ...["loans", "total loans", "net loans"].map((head) => [head, row("loans")] as const),
  ...["backlog", "order backlog"].map((head) => [head, row("other:backlog")] as const),
  ["extraordinary", row("extraordinary_item", true, { item: "extraordinary item" })],
  ["extraordinary credit", row("extraordinary_item", true, { item: "extraordinary credit" })],
  ["tax credit", row("extraordinary_item", true, { item: "tax credit" })]
]

/** Words a row head may carry before its figure that say the sign: "Net loss 895,000 vs profit 306,007". */
export const RESULT_SIGNS: ReadonlyMap<string, 1 | -1> = new Map([
  ["loss", -1],
  ["losses", -1],
  ["deficit", -1],
  ["profit", 1],
  ["gain", 1],
  ["income", 1],
  ["earnings", 1]
])

/** Words between the figures of a row: "vs", "versus", "against". */
export const VERSUS_WORDS: ReadonlySet<string> = new Set(["vs", "vs.", "versus", "against"])

/**
 * Row heads that set the period of the rows below them ("Nine mths", "Year", "Qtr ended May 31"),
 * by how many months the period covers; an ordinal quarter or half names which one.
 */
export const PERIOD_HEADS: ReadonlyArray<readonly [string, number]> = [
  ...["qtr", "quarter", "3 mths", "three mths", "three months", "13 weeks", "12 weeks"].map((h) => [h, 3] as const),
  ...["six mths", "6 mths", "six months", "half", "half year", "half-year", "26 weeks", "24 weeks", "six mths to"].map((h) => [h, 6] as const),
  ...["nine mths", "9 mths", "nine months", "39 weeks", "36 weeks", "40 weeks"].map((h) => [h, 9] as const),
  ...["year", "12 mths", "twelve mths", "12 months", "full year", "fiscal year", "52 weeks", "53 weeks", "yr", "fiscal"].map((h) => [h, 12] as const)
]

/**
 * Lines that give the end of the period the headline names, not its length: "Period ended August
 * 31" under "2ND QTR" is the quarter of June to August, not the calendar's second.
 */
export const PERIOD_END_HEADS: ReadonlyArray<readonly [string, true]> = [
  "period ended", "periods ended", "period ending", "periods ending", "period to", "periods to"
].map((h) => [h, true] as const)

/**
 * Ordinals of a quarter or half before its word: "third qtr", "first half", and "3RD QTR", which
 * the tokenizer gives as "3" "rd" (the number before an ordinal suffix is read instead).
 */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ["1st", 1], ["first", 1], ["2nd", 2], ["second", 2], ["3rd", 3], ["third", 3], ["4th", 4], ["fourth", 4]
])
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"])

/** Labels of results tables and their notes that are no row head with a figure: "Results exclude …", "NOTE: …", "Latest qtr excludes …". */
const NOTE_LABELS = ["results", "note", "notes", "latest", "prior", "current", "shr", "shrs", "avg", "mths", "qtr", "oper", "revs", "per", "share", "nine", "six", "three", "twelve"]

/**
 * Every word of a results table's labels (row heads, period heads, note labels): a run of proper
 * nouns made only of these ("Net", "Results", "Oper Net") names no firm.
 */
export const TABLE_LABEL_WORDS: ReadonlySet<string> = new Set([
  ...[...ROW_HEADS, ...PERIOD_HEADS].flatMap(([head]) => head.split(" ")),
  ...NOTE_LABELS
])

/**
 * The notes under a results table ("NOTE: 1987 and 1986 nine mths includes a gain on sale of
 * assets of 2,258,206 dlrs or 90 cts a share and 459,503 dlrs, respectively"): the verbs that
 * make a note state an item of the rows' figures, and the items it states, each an
 * `extraordinary_item` of the period the note names. A note without both is not read.
 */
export const NOTE_VERBS: ReadonlySet<string> = new Set(["include", "includes", "included", "exclude", "excludes", "excluded", "add", "added", "reflect", "reflects"])

export const NOTE_ITEMS: ReadonlyArray<readonly [string, string]> = [
  ...["gain", "gains", "profit", "profits"].map((w) => [w, "gain"] as const),
  ...["loss", "losses"].map((w) => [w, "loss"] as const),
  ...["charge", "charges"].map((w) => [w, "charge"] as const),
  ...["credit", "credits"].map((w) => [w, "credit"] as const),
  ...["tax credit", "tax credits"].map((w) => [w, "tax credit"] as const),
  ...["provision", "provisions", "loan loss provision", "loan loss provisions"].map((w) => [w, "provision"] as const),
  ...["carryforward", "carryforwards", "carry forward", "carry forwards", "tax loss carryforward", "tax loss carryforwards", "loss carryforward", "loss carryforwards"].map((w) => [w, "tax loss carryforward"] as const),
  ...["writedown", "writedowns", "write-down", "write-downs", "writeoff", "writeoffs", "write-off", "write-offs"].map((w) => [w, "write-off"] as const)
]

/** The items of a note that are losses: their amounts are negative (as a net loss is), per share too. */
export const LOSS_NOTE_ITEMS: ReadonlySet<string> = new Set(["loss"])

/**
 * Items that name the gain or credit they qualify: "operating loss carryforward gains of 105,000 dlrs" is the item
 * another story writes "tax loss carryforwards of 105,000 dlrs" (while "a gain from utilization of tax loss carryforwards"
 * is the gain another writes "an extraordinary gain").
 */
export const SOURCE_NOTE_ITEMS: ReadonlySet<string> = new Set(["tax loss carryforward"])

/**
 * The period words of a note, by how many months they cover: the row heads' and the forms prose
 * writes ("third quarter net", "nine-month results"); the month the period ends in is the table's.
 */
export const NOTE_PERIODS: ReadonlyArray<readonly [string, number]> = [
  ...PERIOD_HEADS,
  ...["nine month", "nine - month", "9 - month", "nine mth", "nine-month"].map((h) => [h, 9] as const),
  ...["six month", "six - month", "6 - month", "six mth", "six-month", "first half", "second half"].map((h) => [h, 6] as const),
  ...["three month", "three - month", "three-month", "qtrs", "quarters"].map((h) => [h, 3] as const),
  ...["years", "12 - month", "12-month"].map((h) => [h, 12] as const)
]

/** Words of a note that place its figure in the current period or the year before: "Latest qtr", "prior nine mths". */
export const NOTE_CURRENT_WORDS: ReadonlySet<string> = new Set(["latest", "current", "this"])
export const NOTE_PRIOR_WORDS: ReadonlySet<string> = new Set(["prior", "prev", "previous", "ago", "year-ago", "last", "earlier"])
/** "both periods": every period of the table. */
export const NOTE_BOTH_WORDS: ReadonlySet<string> = new Set(["both"])
/** "…, respectively", "in the respective 1986 periods", "for prior periods": the figures take the periods named in order. */
export const NOTE_RESPECTIVE_WORDS: ReadonlySet<string> = new Set(["respective", "respectively", "periods"])
/** Words that may open a figure's own period after it: "… in quarter", "… to nine months net". */
export const NOTE_PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "to", "for"])
/** Words a figure's own period may carry besides years and period words: "in the respective 1986 periods". */
export const NOTE_PERIOD_FILLERS: ReadonlySet<string> = new Set(["the", "respective", "periods", "period", "net", "results", "earnings", "each", "both", "-", "year", "ago", "year-ago", "prior", "previous", "latest", "current", "of", "and"])
/** Words after a figure that make it per share: "90 cts a share", "11 cts per shr". */
export const PER_SHARE_WORDS: ReadonlySet<string> = new Set(["share", "shr", "shares"])
