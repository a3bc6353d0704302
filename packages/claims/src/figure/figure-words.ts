import type { Token } from "../nlp/analyze.js"
import type { FigureStatus } from "../model/figure.js"

/**
 * Words in a figure's clause that say how final it is (matched on normal forms or lemmas). The
 * strongest reading wins in the order of `STATUS_PRECEDENCE`; no word is `actual`, a clause about
 * the future (modality planned) a `forecast`.
 */
export const STATUS_WORDS: ReadonlyArray<readonly [string, FigureStatus]> = [
  ...["preliminary", "provisional", "flash", "initial estimate", "advance estimate", "first estimate"].map((w) => [w, "preliminary"] as const),
  ...["revised", "revise", "corrected", "restated", "adjusted upward", "adjusted downward"].map((w) => [w, "revised"] as const),
  ...["estimated", "estimate", "estimates", "put at", "reckoned", "calculated at"].map((w) => [w, "estimate"] as const),
  ...[
    "forecast", "forecasts", "forecasting", "projected", "projecting", "projection", "expected", "expect", "expects", "seen at", "sees", "see",
    "predict", "predicted", "outlook", "will", "would", "should", "could", "may", "might", "likely", "anticipate", "anticipated",
    // "Global GDP is tipped to be 4.1% this year", "growth is set to slow to 2%"
    "tipped", "set to"
  ].map((w) => [w, "forecast"] as const),
  ...["target", "targets", "targeted", "goal", "aim", "aims", "ceiling", "quota", "quotas", "limit"].map((w) => [w, "target"] as const),
  ...[
    "plan", "plans", "planned", "propose", "proposed", "proposal", "offer", "offered", "offers", "bid", "budget", "budgeted",
    "earmark", "earmarked", "allocate", "allocated", "pledge", "pledged", "seek", "seeks", "asking",
    // "ABN Amro is to cut 2,850 jobs": an announced decision
    "is to", "are to", "intends to", "intend to"
  ].map((w) => [w, "plan"] as const)
]

/**
 * Words that set a figure against a reading of it made before ("below forecasts at 866 mln", "above
 * analysts' estimates", "short of its target"): the status word after them is that reading's, not the
 * figure's, which is actual.
 */
export const MEASURED_AGAINST_WORDS: ReadonlySet<string> = new Set([
  "below", "above", "than", "beat", "beats", "beating", "exceeded", "exceeds", "exceeding", "topped", "missed", "short", "line"
])
/** Words between such a word and the status word it governs: "below [market] forecasts", "short [of its] target", "in line [with] expectations". */
export const MEASURED_AGAINST_GAP_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART", "PRON", "ADP"])

/**
 * Measures whose future figures are decisions, not forecasts: a deal's value, price and stake, a
 * budget's spending and a tax. "would buy a 43 pct stake", "will raise the duty to 10 pct" are plans
 * (GUIDE: planned, proposed, offered, budgeted amounts); jobs "expected" or "threatened" are not, so
 * a firm's jobs are not here (tried: fewer right on dev).
 */
export const DECIDED_MEASURES: ReadonlySet<string> = new Set(["deal_value", "offer_price", "stake", "public_spending", "capital_spending", "tax"])

/** Measures whose cut said plainly to come is a decision: a workforce's jobs. */
export const ANNOUNCED_CUT_MEASURES: ReadonlySet<string> = new Set(["employment", "employees"])
/** Rates a bank or central bank sets: a change of its own rate said plainly to come is its decision ("it would lower its prime rate to 16 pct"). */
export const OWN_RATE_MEASURES: ReadonlySet<string> = new Set(["interest_rate", "policy_rate"])
/** The possessives that make a rate the subject's own: "its prime rate", "their base rates". */
export const OWN_WORDS: ReadonlySet<string> = new Set(["its", "their"])
/** The forecast words that say plainly what will be done, no more: "1,100 jobs will go"; "could", "may", "expected" stay forecasts. */
export const DECISION_MODALS: ReadonlySet<string> = new Set(["will", "would", "'ll"])
/** Words that make a cut of jobs a risk, not a decision: "where 2,000 jobs are threatened", "jobs at risk". */
export const CUT_AT_RISK_WORDS: ReadonlySet<string> = new Set(["threatened", "threat", "threaten", "threatens", "risk", "jeopardy", "fear", "fears", "feared"])

/**
 * Forecast words that only say the figure lies ahead in the writer's time: a period already over
 * makes them reported speech ("said exports would be 3 bln in March"), not a forecast. A forecast
 * said in so many words ("economists forecast a March surplus of 6 bln", before it is published)
 * stays one.
 */
export const MODAL_FORECAST_WORDS: ReadonlySet<string> = new Set(["will", "would", "should", "could", "may", "might", "likely"])

export const STATUS_PRECEDENCE: ReadonlyArray<FigureStatus> = ["revised", "preliminary", "estimate", "target", "plan", "forecast"]

/** Words that state the basis a figure is measured on. */
export const BASIS_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["customs", "customs"], ["customs-cleared", "customs"], ["customs cleared", "customs"],
  ["balance of payments", "balance_of_payments"], ["payments basis", "balance_of_payments"],
  ["seasonally adjusted", "seasonally_adjusted"], ["seasonally-adjusted", "seasonally_adjusted"],
  ["unadjusted", "not_seasonally_adjusted"], ["not seasonally adjusted", "not_seasonally_adjusted"],
  ["annualised", "annualised"], ["annualized", "annualised"], ["annual rate", "annualised"], ["annual pace", "annualised"],
  ["year-on-year", "year_on_year"], ["year on year", "year_on_year"], ["year-over-year", "year_on_year"],
  ["quarter-on-quarter", "quarter_on_quarter"], ["month-on-month", "month_on_month"],
  ["fob", "fob"], ["f.o.b.", "fob"], ["cif", "cif"], ["c.i.f.", "cif"]
]

/**
 * Words right before an amount that make it a change by that amount: "rose by 1.2 bln", "up 300
 * mln", "rose 50 cents to close at $13", "added 200,000 jobs". ("lost 5 mln" is a loss, a level: not here.)
 */
export const CHANGE_BY_WORDS: ReadonlySet<string> = new Set([
  "by", "up", "down", "rose", "risen", "rises", "fell", "fallen", "falls", "gained", "gains", "jumped", "climbed", "increased",
  "decreased", "declined", "dropped", "slipped", "eased", "slid", "surged", "soared", "plunged", "tumbled", "added", "shed", "cut"
])

/**
 * Words in a jobs figure's clause that make it a change of employment, by lemma or normal form, and
 * its direction: "plans to create 10,000 jobs", "2,000 jobs are threatened", "104,000 jobs would be
 * cut" (GUIDE: job cuts are a change of employment, negative).
 */
export const JOB_CHANGE_WORDS: ReadonlyArray<readonly [string, "rise" | "fall"]> = [
  ...["create", "created", "creating", "add", "added", "adding", "hire", "hired", "hiring"].map((w) => [w, "rise"] as const),
  ...[
    "cut", "cuts", "cutting", "axe", "axed", "shed", "shedding", "lose", "lost", "losing", "threaten", "threatened", "slash", "slashed",
    "eliminate", "eliminated", "scrap", "scrapped", "redundancy", "redundancies", "layoff", "layoffs", "go", "goes", "going", "gone"
  ].map((w) => [w, "fall"] as const)
]

/** Words right before a number that make it an identifier or an age, no figure: "tail number 168998", "aged 93", "route 66". */
export const IDENTIFIER_BEFORE: ReadonlySet<string> = new Set([
  "number", "no.", "no", "#", "code", "flight", "route", "model", "version", "article", "resolution", "aged", "age"
])

/**
 * Nouns of what goods are counted in, each of a size: in "155,221 bags of 60 kilos", "three cargoes of
 * 30,000 tonnes" the amount after "of" is the size of each, no figure of its own.
 */
export const CONTAINER_NOUNS: ReadonlySet<string> = new Set([
  "bag", "bags", "sack", "sacks", "bale", "bales", "carton", "cartons", "container", "containers", "cargo", "cargoes", "cargos", "shipment", "shipments", "lot", "lots", "tranche", "tranches"
])

/** Verbs (lemmas) of a sale made at a price: "sold at 4,340", "sales were registered at 785 dlrs"; "stood at" is a level. */
export const PRICED_SALE_VERBS: ReadonlySet<string> = new Set(["sell", "buy", "register", "book", "trade", "fetch"])

/** Words right after a number that make it a manner of speaking: "nine times out of ten", "raising taxes 66 times". */
export const IDIOM_AFTER: ReadonlySet<string> = new Set(["times", "time"])

/**
 * Words of a sentence about ages: a bare small number in it ("raise the pension age from 60 to 65",
 * "lower the voting age to 16") is an age, no figure (GUIDE). So is a bare one after "under" or
 * "over" with nothing counted after it ("people under 55", "tax payers are over 65").
 */
export const AGE_WORDS: ReadonlySet<string> = new Set(["age", "ages", "aged", "retirement", "retire", "retiring", "year-olds", "year-old", "old"])
export const AGE_BOUND_WORDS: ReadonlySet<string> = new Set(["under", "over"])
/** The oldest age a bare number may be. */
export const MAX_AGE = 120

/**
 * Words of an amount with no number (GUIDE: "vague quantities with no number" are no figures):
 * "thousands of people", "several hundred", "millions of barrels". "Twenty-one thousand" is a number.
 */
export const VAGUE_AMOUNT_WORDS: ReadonlySet<string> = new Set(["dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "several", "many", "few"])

/**
 * Present-tense verbs of a state that a figure right after holds on the article's day ("it has 13
 * facilities", "has about 5.9 million shares outstanding", "which controls 51% of Yukos"): a figure
 * with no date of its own is dated by the article's day (GUIDE: "X said it holds 5.1 pct").
 */
export const PRESENT_STATE_VERBS: ReadonlySet<string> = new Set([
  "is", "are", "has", "have", "holds", "hold", "owns", "own", "controls", "control", "employs", "employ", "totals", "stands"
])

/**
 * Verbs of an act in the present tense, as wire copy states what an agency or firm does on the day it
 * reports it ("The CCC creates a credit guarantee line of 1.3 mln dlrs", "reduces the line to 12.7 mln
 * dlrs"): a figure with no date of its own is dated by the article's day, as a present state is.
 */
export const PRESENT_ACT_VERBS: ReadonlySet<string> = new Set([
  "creates", "reduces", "raises", "cuts", "sets", "increases", "extends", "lowers", "allocates", "authorizes", "authorises",
  "grants", "approves", "lifts", "imposes", "fixes"
])

/**
 * Measure words that name their measure only as nouns: "trading at 6-3/4 pct", "the most widely
 * traded crude" are a market's, never a country's trade (the phrase index also matches lemmas).
 */
export const NOUN_ONLY_MEASURE_WORDS: ReadonlySet<string> = new Set(["trade"])

/**
 * Measure words that name a share's price only as the head of their phrase, in a clause that says the
 * share traded or moved ("Its stock closed at 12-1/2", "Texaco's stock rose 1-1/2 to 39-3/8"): "stock"
 * is also the common stock a firm sells or buys, and "stock exchange", "stock split" name no price.
 */
export const TRADED_ONLY_MEASURE_WORDS: ReadonlySet<string> = new Set(["stock"])

/**
 * Verbs (lemmas) that name a deal's worth only when what changes hands and then "for" its price follow
 * them in their clause ("sold its pipeline units for 12.2 mln dlrs", "agreed to buy McGuinness Distillers
 * from Heublein for about 45 mln dlrs"): "the program sells for 79.95 dlrs" is a retail price, no deal.
 */
export const DEAL_VERBS: ReadonlySet<string> = new Set(["buy", "sell", "acquire"])

/**
 * Measure words that name a holding only with its size right before them ("its 38 pct interest") or
 * what is held after them ("an interest in DataCard", "holdings of Yukos"): "paying interest at TAM plus
 * 0.2 pct", "the interest charge", "a holding company" hold nothing.
 */
export const HOLDING_ONLY_WORDS: ReadonlySet<string> = new Set(["interest", "holding"])
/**
 * Verbs of owning: right before a percentage they name a holding ("Nova owns 56 pct of Husky", "which
 * controls 51% of Yukos"). Never a participle: "49 pct owned by", "state-owned" say who holds it the other way round.
 */
export const OWNING_VERBS: ReadonlySet<string> = new Set(["own", "owns", "control", "controls"])
/** Words that may stand between a verb of owning and its percentage: "own the remaining 28 pct". */
export const OWNED_GAP_WORDS: ReadonlySet<string> = new Set(["the", "a", "an", "remaining", "additional", "another", "further", "just", "only", "some"])
/** Words before "own" that make it no verb: "its own 5 pct". */
export const OWN_AS_ADJECTIVE_AFTER: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our", "my", "your", "'s", "’s"])
/** Words after a holding word that lead to what is held. */
export const HELD_AFTER_WORDS: ReadonlySet<string> = new Set(["in", "of"])

/**
 * Words opening a clause that goes on with the figure before's subject when a word of change follows
 * them: "…, before declining to 29 billion dlrs in 1988", "…, after falling 3 pct in April".
 */
export const CONTINUING_CLAUSE_WORDS: ReadonlySet<string> = new Set(["before", "after", "while", "then"])

/** The words of a clause that is only the earlier value of the figure before it: "…, up from 6.2 bln a year ago". */
export const EARLIER_VALUE_OPENERS: ReadonlyArray<ReadonlyArray<string>> = [
  ["from"], ["up", "from"], ["down", "from"], ["against"], ["versus"], ["vs"], ["vs."], ["compared", "with"], ["compared", "to"]
]

/**
 * Measure words that name no quantity of their own ("growth", "growth rate"): in the base of a
 * comparison ("Domestic demand increased 4.3 pct, compared with growth of 3.7 pct") they refer back
 * to what the sentence compares, and are GNP's only when that is.
 */
export const BARE_MEASURE_WORDS: ReadonlySet<string> = new Set(["growth", "growth rate"])

/**
 * Nouns after a figure that are the unit a measure is counted in, not a thing it counts: "closed at
 * 11,740.60 points" is the index's level (GUIDE: unit `points`); "rose 1.1 points" of growth is no index;
 * "Sales totalled 3.9 million units" counts what was sold, and "units" names nothing else.
 */
export const UNIT_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["point", new Set(["index_level"])],
  ["points", new Set(["index_level"])],
  ["unit", new Set(["sales_volume", "production"])],
  ["units", new Set(["sales_volume", "production"])]
])

/** Units a price is given per ("89 dlrs per tonne", "two dlr per bushel", "four dlrs per unit"): such a price is no sum of a deal. */
export const PRICED_UNITS: ReadonlySet<string> = new Set([
  "tonne", "tonnes", "ton", "tons", "barrel", "barrels", "bushel", "bushels", "ounce", "ounces", "pound", "lb", "kilo", "kg", "head", "unit", "bale", "bag"
])

/**
 * Debt securities: a sentence issuing one prices the issue ("a 100 mln dlr eurobond due 1990 paying 8-1/4 pct and
 * priced at 101 pct", "a 9-1/2 pct coupon and were priced at par"), as a percentage of its face value, no commodity.
 */
export const DEBT_SECURITY_WORDS: ReadonlySet<string> = new Set([
  "bond", "bonds", "eurobond", "eurobonds", "debenture", "debentures", "notes", "coupon", "coupons", "cmos"
])

/**
 * A verb and its particle right before a percentage that state it as a part of a whole, a level: "Christians make up
 * about two per cent of India's population", "debt servicing took up 40 pct", "accounts for 12 pct of sales" ("up" is no rise).
 */
export const PART_STATING_VERBS: ReadonlyArray<readonly [verb: string, particle: string]> = [
  ["make", "up"],
  ["take", "up"],
  ["account", "for"]
]

/** Words between a change and its size: "fell a record 36.64", "lost a further 233.2". */
export const CHANGE_SIZE_MODIFIERS: ReadonlySet<string> = new Set(["a", "an", "further", "record", "another", "additional"])

/** Words that make a bare growth a part's of the economy, not the economy's: "domestic growth", "demand growth", "wage growth". */
export const PART_OF_ECONOMY_WORDS: ReadonlySet<string> = new Set([
  "domestic", "foreign", "private", "public", "external", "internal", "demand", "consumption", "investment", "spending", "wage", "wages", "credit", "lending", "productivity"
])


/**
 * Words that make a company's figure a part's, not the whole firm's: "revenues in the aerospace
 * division", "its Canadian unit's sales". The part (with the word before it) becomes the figure's item.
 */
export const PART_WORDS: ReadonlySet<string> = new Set(["division", "divisions", "unit", "units", "subsidiary", "subsidiaries", "segment", "segments", "arm", "affiliate", "affiliates"])

/**
 * Words before a measure's words that make it a part of the whole ("single-family housing starts",
 * "core inflation", "domestic sales", "non-oil exports"): the modifier becomes the figure's item, so
 * the part is never compared with the whole.
 */
export const PART_MODIFIERS: ReadonlySet<string> = new Set([
  "single-family", "multi-family", "multifamily", "core", "underlying", "domestic", "overseas", "foreign", "non-farm", "nonfarm",
  "farm", "manufacturing", "manufactured", "services", "private", "public", "food", "energy", "non-oil", "oil", "agricultural",
  "industrial", "consumer", "net", "gross", "cumulative", "merchandise", "invisible", "visible"
])

/**
 * Words after a figure in its sentence that name the reading it replaces ("growth was 1.6%, down
 * from an earlier estimate of 1.7%"): the figure is a revised reading.
 */
export const REVISES_WORDS: ReadonlyArray<readonly [string, true]> = [
  "earlier estimate", "previous estimate", "initial estimate", "preliminary estimate", "first estimate", "earlier figure",
  "previously reported", "originally reported", "originally put at", "previously estimated", "originally estimated"
].map((w) => [w, true] as const)

/** Words right before a currency's rate: "closed at 145.20 yen", "rose to 1.8 marks". */
export const EXCHANGE_RATE_LINKS: ReadonlySet<string> = new Set(["at", "to"])

/** Verbs (lemmas) of a currency standing or moving in the markets: "the dollar closed at", "sterling fell to". */
export const EXCHANGE_RATE_VERBS: ReadonlySet<string> = new Set([
  "close", "end", "finish", "open", "stand", "trade", "quote", "settle", "fix", "rise", "fall", "climb", "drop", "slip", "slide", "gain",
  "ease", "firm", "weaken", "strengthen", "jump", "plunge", "slump", "tumble", "rally", "recover", "hit", "touch", "reach", "dip", "soar", "sink", "edge"
])

/**
 * Nouns of a balance. Alone they name no balance of their own: "the deficit" is the one the text last named ("the
 * budget deficit … the deficit could end up a further $100bn in the red"); a status word before them only qualifies
 * them ("the budget deficit hit a record $412bn" is no plan).
 */
export const BALANCE_NOUNS: ReadonlySet<string> = new Set(["deficit", "surplus", "deficits", "surpluses", "gap", "shortfall"])

/** Nouns for people or a part of an organisation: a measure word before one modifies it ("sales department", "trade minister") and names no figure. */
export const PART_OR_PEOPLE_HEADS: ReadonlySet<string> = new Set([
  "department", "departments", "division", "divisions", "force", "staff", "team", "teams", "office", "offices", "chief", "chiefs",
  "director", "directors", "manager", "managers", "executive", "executives", "minister", "ministers", "ministry", "secretary",
  "official", "officials", "representative", "representatives", "negotiator", "negotiators", "union", "unions", "spokesman", "spokeswoman"
])

/** Nouns for a firm: "Dutch bank ABN Amro", "US media giant TimeWarner", "93% of the company". */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  "bank", "firm", "company", "group", "carmaker", "automaker", "maker", "manufacturer", "giant", "insurer", "airline", "retailer",
  "operator", "producer", "conglomerate", "chain", "lender", "broker", "miner", "brewer", "utility", "supplier", "exporter", "importer"
])
/** Whether the word ending at token `end` (exclusive) modifies a firm's noun right after it: "budget airline", "investment bank". */
export const modifiesFirmNoun = (tokens: ReadonlyArray<Token>, end: number): boolean => tokens[end]?.pos === "NOUN" && FIRM_NOUNS.has(tokens[end]!.normal)
/** Nouns for a part of a firm: "93% of a unit of Henley Group"; "EMI Music unit" is no fuller name of EMI. */
export const FIRM_PART_NOUNS: ReadonlySet<string> = new Set(["unit", "units", "division", "subsidiary", "affiliate", "business", "venture", "operations", "arm"])
/** Words for a firm's shares: "80 pct of the common stock of Tyler Corp"; "Media General Class B" is no fuller name of Media General. */
export const STOCK_WORDS: ReadonlySet<string> = new Set(["outstanding", "common", "ordinary", "preferred", "voting", "issued", "share", "shares", "stock", "capital", "equity", "securities", "class"])
/** Parts of speech between a subject and its verb: "The Taiwan dollar has risen", "BA has already cut". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"])

/**
 * Verbs (lemmas) whose object is what is paid for or covered, not the amount of their subject: "annual trade surpluses had been
 * sufficient to cover the 12 billion dlrs in interest payments", "export earnings will service 3 bln dlrs of debt".
 */
const COVERING_VERBS: ReadonlySet<string> = new Set(["cover", "finance", "fund", "offset", "pay", "repay", "service", "meet"])
/** Whether words between a figure's measure words and the figure hold a verb of covering or paying (`COVERING_VERBS`). */
export const coversBetween = (between: ReadonlyArray<Token>): boolean => between.some((t) => t.pos === "VERB" && COVERING_VERBS.has(t.lowerLemma))

/**
 * Words before a bare "rate" that make it the rate of something else, no interest rate: "a recovery rate of 55.6 pct", "the
 * reoffending rate", "at an annual rate of 2.5 pct" (growth), "the savings rate" (a share of income).
 */
export const OTHER_RATE_MODIFIERS: ReadonlySet<string> = new Set([
  "recovery", "success", "failure", "reoffending", "birth", "childbirth", "death", "mortality", "fertility", "survival", "literacy",
  "crime", "suicide", "divorce", "occupancy", "vacancy", "utilisation", "utilization", "operating", "capacity", "participation",
  "response", "turnout", "completion", "penetration", "attrition", "absentee", "approval", "acceptance", "default", "procurement",
  "extraction", "production", "output", "pumping", "crushing", "processing", "loading", "running", "growth", "annual",
  "faster", "slower", "year-on-year", "monthly", "quarterly", "jobless", "unemployment", "inflation", "tax", "duty", "tariff",
  "freight", "charter", "distance", "bonus", "pay", "wage", "salary", "commission", "royalty", "depreciation", "savings", "saving",
  "conversion", "hit", "win", "strike", "hiring", "vaccination", "infection", "error"
])

/** People an income threshold sorts: "taxes on those earning more than $200,000", "households earning under 35,000 rand". */
export const EARNER_WORDS: ReadonlySet<string> = new Set([
  "those", "people", "anyone", "anybody", "workers", "households", "families", "individuals", "taxpayers", "employees", "couples",
  "pensioners", "earners"
])

