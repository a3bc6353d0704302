/**
 * The measure vocabulary: what a figure measures, with the ids of bench/gold-news/GUIDE.md (the
 * annotation standard). Each row: id, what it is, the words and phrases that name it in prose (matched
 * on normal forms or lemmas, longest first), the unit it is usually given in, and its sign convention.
 * A results table's row heads are in `table-labels.ts`. Data, not code: extend it freely; a measure
 * not listed is written `other:<words>`.
 *
 * `sign`: `balance` — a deficit or loss is the negative level ("deficit of 3 bln" → −3e9), when the phrase names
 * the loss itself ("a loss from discontinued operations"), not what it qualifies ("loan loss provisions");
 * `plain` — always the value as written.
 */
import { phraseIndex } from "../claim/phrase-index.js"

export interface Measure {
  readonly id: string
  readonly description: string
  readonly words: ReadonlyArray<string>
  /**
   * What a figure of it may be: `physical` only a physical amount (barrels, tonnes), never a percentage
   * or a count; `flow` money, or a physical amount of the commodity its words name ("rice exports rose to 72,987 tonnes");
   * `amount` money only, never its change in percent.
   */
  readonly unit: "money" | "percent" | "count" | "measure" | "physical" | "flow" | "amount" | "index" | "any"
  readonly sign: "balance" | "plain"
  /**
   * Whose figure it is: an economy's (a country or bloc, never a company or an agency reporting it),
   * a company's (never a country standing in for it: "UK Coal's losses" are no figure of the UK), or anyone's.
   */
  readonly holder: "economy" | "company" | "any"
}

const m = (id: string, unit: Measure["unit"], description: string, words: ReadonlyArray<string>, sign: Measure["sign"] = "plain"): Measure => ({
  id,
  description,
  words,
  unit,
  sign,
  holder: ECONOMY.has(id) ? "economy" : COMPANY.has(id) ? "company" : "any"
})

/** Measures of an economy: their holder is a country or bloc. */
const ECONOMY: ReadonlySet<string> = new Set([
  "trade_balance", "current_account", "total_trade", "gdp", "gnp", "consumer_prices", "producer_prices", "wholesale_prices",
  "unemployment_rate", "unemployed", "money_supply", "reserves", "budget_balance", "government_spending", "government_revenue",
  "consumer_spending", "industrial_output", "retail_sales", "housing_starts", "capacity_utilisation", "exchange_rate"
])

/** Measures of a company's accounts: their holder is a firm. */
const COMPANY: ReadonlySet<string> = new Set([
  "revenue", "net_income", "operating_income", "pretax_income", "eps", "dividend", "shares_outstanding", "share_price", "interest_income"
])

export const MEASURES: ReadonlyArray<Measure> = [
  // Economy and trade
  m("trade_balance", "money", "merchandise trade surplus or deficit", ["trade surplus", "trade deficit", "trade balance", "trade gap", "surplus", "deficit", "trade account", "trade surpluses", "trade deficits", "surpluses", "deficits"], "balance"),
  m("current_account", "money", "current account balance", ["current account", "current account surplus", "current account deficit", "payments deficit", "payments surplus", "current account surpluses", "current account deficits"], "balance"),
  m("exports", "flow", "exports of goods, or of a commodity (with item)", ["exports", "export", "shipments abroad", "export earnings", "export sales"]),
  m("imports", "flow", "imports of goods, or of a commodity (with item)", ["imports", "import", "import bill"]),
  m("total_trade", "money", "two-way trade", ["trade", "bilateral trade", "two-way trade", "foreign trade", "trade volume", "trade turnover"]),
  m("gdp", "any", "gross domestic product: level, or growth with change_percent", ["gdp", "gross domestic product", "gdp growth"]),
  // Growth not said to be of GDP is GNP's, as the annotation guide reads it ("West German growth of 2.5 pct"), unless the text names GDP only (`bareGrowthMeasure`).
  m("gnp", "any", "gross national product: level, or growth with change_percent (an economy's growth when GDP is not named)", ["gnp", "gross national product", "economy", "economic growth", "growth", "real growth", "growth rate", "output growth"]),
  m("consumer_prices", "percent", "inflation: the change of consumer prices", ["inflation", "consumer prices", "consumer price index", "cost of living", "retail prices", "retail price index", "cpi"]),
  m("producer_prices", "percent", "producer prices", ["producer prices", "producer price index", "ppi"]),
  m("wholesale_prices", "percent", "wholesale prices", ["wholesale prices", "wholesale price index"]),
  m("unemployment_rate", "percent", "unemployment as a rate", ["unemployment", "unemployment rate", "jobless rate", "jobless"]),
  m("unemployed", "count", "people out of work", ["unemployed", "jobless total", "out of work"]),
  m("employment", "count", "jobs, payrolls; job cuts are its change", ["jobs", "payrolls", "employment", "job cuts", "job losses"]),
  m("money_supply", "any", "money supply (item M1, M2, M3)", ["money supply", "m0", "m1", "m2", "m3", "m4", "m-0", "m-1", "m-2", "m-3", "m-4", "money stock", "broad money", "narrow money"]),
  m("interest_rate", "percent", "a market or bank rate (item names it)", ["interest rate", "interest rates", "prime rate", "prime", "mortgage rate", "lending rate", "deposit rate", "yield", "rate"]),
  m("policy_rate", "percent", "a central bank's official rate", ["discount rate", "lombard rate", "repo rate", "base rate", "base lending rate", "official rate", "key rate", "bank rate"]),
  m("exchange_rate", "money", "a currency's rate (item the pair)", ["exchange rate", "parity", "fixing"]),
  m("reserves", "money", "foreign exchange or gold reserves", ["reserves", "foreign exchange reserves", "currency reserves", "gold reserves", "foreign reserves"]),
  m("budget_balance", "money", "government budget surplus or deficit", ["budget deficit", "budget surplus", "budget gap", "fiscal deficit", "public sector borrowing requirement", "borrowing requirement", "budget deficits", "budget surpluses", "fiscal deficits"], "balance"),
  // Households' spending is no government's: "consumer spending makes up two-thirds of the US economy".
  m("consumer_spending", "money", "household (private, personal) consumption", ["consumer spending", "consumer expenditure", "consumer expenditures", "private consumption", "personal consumption", "personal consumption expenditures", "personal spending", "household spending", "household consumption", "private spending"]),
  m("government_spending", "money", "government spending", ["government spending", "public spending", "expenditure", "spending", "outlays"]),
  m("government_revenue", "money", "government revenue", ["government revenue", "tax revenue", "tax receipts", "receipts"]),
  m("debt", "money", "public or external debt", ["debt", "foreign debt", "external debt", "public debt", "national debt"]),
  m("industrial_output", "any", "industrial output", ["industrial output", "industrial production", "factory output", "manufacturing output"]),
  m("retail_sales", "any", "retail sales", ["retail sales"]),
  m("investment", "money", "investment", ["investment", "investments", "capital investment", "foreign investment"]),
  m("housing_starts", "count", "housing starts", ["housing starts", "home building"]),
  m("capacity_utilisation", "percent", "capacity utilisation", ["capacity utilisation", "capacity utilization", "operating rate"]),
  m("energy_consumption", "any", "energy use", ["energy consumption", "energy use", "energy demand", "oil consumption"]),
  // A bare "consumption" is energy's only in barrels or tonnes: "private consumption grew 2 pct" is a household's.
  m("energy_consumption", "physical", "energy use in physical units", ["consumption"]),
  m("credit", "money", "loans, credit lines, guarantees", ["credit", "credits", "loan", "loans", "credit line", "credit guarantees", "guarantees", "financing", "lending", "bank lending", "export credit", "export credits", "guarantee line", "credit guarantee line"]),
  // Commodities and markets
  m("production", "measure", "output of a commodity or product; crop size", ["output", "production", "crop", "harvest", "produce", "pump", "yield"]),
  m("stocks", "measure", "stocks, inventories of a commodity", ["stocks", "inventories", "stockpile", "ending stocks", "carryover"]),
  m("quota", "measure", "a quota", ["quota", "quotas", "ceiling"]),
  m("commodity_price", "money", "price of a commodity (with item)", ["price", "prices", "posted price"]),
  m("sales_volume", "measure", "quantities sold or bought: tenders, arrivals", ["sold", "bought", "purchases", "sales", "tender", "arrivals", "shipments"]),
  // A bare "average" names an average of anything (rates, prices, yields): only a share average's own words name an index.
  m("index_level", "index", "a share or price index: its level in points, its change in points or percent", ["index", "share index", "stock index", "stock market index", "index of leading shares", "index of shares", "industrial average", "stock average", "share average", "dow", "nikkei", "ftse"]),
  m("share_price", "money", "a company's share price", ["share price", "shares", "stock price", "stock"]),
  m("market_volume", "any", "turnover of a market", ["volume", "turnover", "trading volume"]),
  // Companies
  m("revenue", "money", "revenues, sales, turnover", ["revenue", "revenues", "sales", "turnover", "net sales"]),
  m("net_income", "money", "net profit or earnings; a loss is negative", ["net income", "net profit", "net earnings", "profit", "profits", "earnings", "earned", "net", "net loss", "loss", "losses"], "balance"),
  m("operating_income", "money", "operating profit, oper net", ["operating profit", "operating income", "operating earnings", "operating loss", "trading profit"], "balance"),
  m("pretax_income", "money", "profit before tax", ["pretax profit", "pre-tax profit", "pretax earnings", "pre-tax earnings", "pretax income", "pretax loss", "profit before tax"], "balance"),
  m("eps", "money", "net earnings or loss per share", ["earnings per share", "per-share earnings", "per share", "a share", "each share"], "balance"),
  m("dividend", "money", "dividend per share, or total (item total)", ["dividend", "dividends", "preferred dividends", "preferred dividend", "payout", "div"]),
  m("shares_outstanding", "count", "average shares outstanding", ["shares outstanding", "average shares", "avg shrs"]),
  m("assets", "money", "assets", ["assets", "total assets", "net assets", "total net assets"]),
  m("deposits", "money", "deposits", ["deposits"]),
  m("loans", "money", "a bank's loans", ["loan portfolio", "loans outstanding"]),
  m("capital_spending", "money", "capital spending", ["capital spending", "capital expenditure", "capital expenditures", "capex"]),
  m("employees", "count", "headcount", ["employees", "workers", "staff", "workforce"]),
  m("market_share", "percent", "market share", ["market share", "share of the market"]),
  m("extraordinary_item", "amount", "gains, charges, credits, provisions, write-offs, one-off losses (a loss is negative; amounts, never a percentage: \"a 6.02 pct gain\" is a rise)", ["gain", "charge", "tax credit", "credit", "provision", "write-off", "writedown", "extraordinary", "loss provision", "provision for loan losses", "provisions for loan losses", "loan loss provision", "loan loss provisions", "provision for losses", "provisions for losses", "loan-loss provision", "loan-loss provisions", "loan loss reserve", "loan loss reserves", "loan-loss reserve", "loan-loss reserves", "allowance for loan losses", "allowances for loan losses", "reserve for loan losses", "reserves for loan losses", "loan loss allowance", "loan-loss allowance", "writeoff", "writeoffs", "write-offs", "write-down", "write-downs", "extraordinary loss", "extraordinary losses", "loss from discontinued operations", "losses from discontinued operations", "loss on discontinued operations", "losses on discontinued operations"], "balance"),
  m("interest_income", "money", "a bank's (net) interest income: not a stake, though it says \"interest\"", ["net interest income", "interest income"]),
  // Deals and holdings
  m("deal_value", "money", "value or price of an acquisition, merger, sale, contract", ["deal", "acquisition", "purchase", "takeover", "merger", "contracts", "sale", "bid", "offer", "tender offer", "worth", "valued", "buy", "sell", "acquire"]),
  m("offer_price", "money", "per-share price offered or paid (\"a share\" in a clause about an offer)", ["offer price"]),
  m("stake", "any", "percent or number of shares held", ["stake", "holding", "interest", "pct of", "percent of"]),
  m("deal_count", "count", "how many agreements, contracts, deals", ["agreements", "deals", "contracts", "accords"]),
  // Politics and society
  m("casualties", "count", "killed, injured, missing (item says which)", ["killed", "dead", "deaths", "death toll", "casualties", "injured", "wounded", "missing", "die", "kill"]),
  m("population", "count", "population", ["population", "inhabitants", "residents"]),
  m("votes", "any", "votes, vote share, turnout", ["votes", "vote", "share of the vote", "turnout"]),
  m("seats", "count", "seats", ["seats", "seat"]),
  m("public_spending", "money", "spending on a named programme", ["budget", "funding", "allocation"]),
  m("tax", "any", "a tax rate or take", ["tax", "tax rate", "taxation", "tax revenue", "tax revenues", "tax receipts", "tax take", "levy", "duty", "tariff", "tariffs"]),
  m("people_count", "count", "people affected, arrested, displaced, striking", ["people", "arrested", "displaced", "strikers", "refugees", "protesters", "demonstrators"])
]

/** Measures of buying or holding a firm: the buyer's or holder's, never the firm bought or held (a headline's object). */
export const BUYER_HELD: ReadonlySet<string> = new Set(["offer_price", "deal_value", "stake"])

/**
 * Money measures a percentage level states in full: an economy's, as a share of its output, "of GDP" written or not
 * ("a budget deficit of 3.6%", "public debt at 106% of GDP"), and a dividend as a share of a share's par value ("Dividend
 * 25 pct vs same"). A percentage level of any other measure in money or units is a part of it ("generates 80% of its
 * sales in the US", "70% of its oil output"), which no measure names.
 */
export const PERCENT_STATED_MEASURES: ReadonlySet<string> = new Set([
  "budget_balance", "current_account", "trade_balance", "debt", "government_spending", "public_spending", "government_revenue", "reserves", "investment", "capital_spending",
  "dividend"
])

/** Measures of people in a place or harmed by an event: the firm an article is about never holds them. */
export const PLACE_HELD: ReadonlySet<string> = new Set(["casualties", "population"])

/**
 * Measures of a holding, an offer or an allotment, stated as the news of the article's day: with no date
 * of their own they hold on that day ("agreed to sell its 38 pct interest in DataCard", "an additional
 * quota of 5,000 tonnes"), never on the period of the sentence before. A deal's worth or a credit is
 * left out: "worth" and "credit" name too many other things to be dated so.
 */
export const DATED_BY_STATEMENT: ReadonlySet<string> = new Set(["stake", "offer_price", "quota"])

/**
 * Measures read off a market on a day: a share's price, a share index's level (an index the text
 * names: "the Nikkei", never a country's index of prices or output, which is a month's). With no date
 * of their own they are the article's day's ("The Nikkei ended the day up 0.7%"), never the period of
 * the sentence before ("… three quarters of contraction seen from April 2004 on").
 */
export const DAY_READINGS: ReadonlySet<string> = new Set(["index_level", "share_price"])

/** Measures whose percentage is always their change: "inflation of 3.2 pct", "growth of 2.5 pct", "M-3 rose 7 pct". */
export const PERCENT_IS_CHANGE: ReadonlySet<string> = new Set([
  "consumer_prices", "producer_prices", "wholesale_prices", "gdp", "gnp", "industrial_output", "money_supply", "retail_sales",
  "exports", "imports", "total_trade", "revenue", "net_income", "operating_income", "pretax_income", "production", "energy_consumption", "investment", "index_level"
])

/**
 * Measures a bare number never states: a sum of money or a rate written with no currency or per cent
 * ("profit 442,000", "a net profit of 1.18 billion", "tax brackets from 10") leaves its value unknown.
 * Exchange rates and share prices are written bare ("140 yen to the dollar": a count; "closed at 93-7/8").
 */
export const NEVER_BARE: ReadonlySet<string> = new Set([
  ...MEASURES.filter((m) => m.unit === "money" || m.unit === "amount" || m.unit === "percent").map((m) => m.id).filter((id) => id !== "exchange_rate" && id !== "share_price"),
  "gdp", "gnp", "money_supply", "tax"
])

// A measure may have a second row for words that name it only in some units: the first row is the measure.
const byId = new Map([...MEASURES].reverse().map((measure) => [measure.id, measure]))

/** The measure with this id, if the vocabulary has it. */
export const measureById = (id: string): Measure | undefined => byId.get(id)

/** Every word of the vocabulary → its measure; a phrase names the first measure listing it. */
export const MEASURE_WORDS = phraseIndex(
  MEASURES.flatMap((measure) => measure.words.map((word) => [word, measure] as const)).filter(
    ([word], i, all) => all.findIndex(([other]) => other === word) === i
  )
)

/**
 * Words two measures share, read by the figure's kind: "sales", listed first as a volume sold, names
 * revenue when its figure is money ("sales rose to 40.7bn euros") or a percentage of bare sales
 * (`inKindOf`, prose-figures.ts). See also `IN_UNITS`
 * (complete-figure.ts), the other way round.
 */
export const IN_MONEY: ReadonlyMap<string, string> = new Map([["sales", "revenue"]])

/**
 * The words that name which quantity a measure's figure is, for measures no figure of which is compared without
 * it (report's ITEM_REQUIRED_MEASURES): a money aggregate ("M-1 fell eight billion dlrs"), a named rate ("raised
 * its prime rate to 8.25 pct"). Matched on the words of the figure's clause; a clause naming two items gives none.
 */
export const NAMED_ITEMS: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>> = new Map([
  [
    "money_supply",
    [
      ...["m0", "m-0"].map((w) => [w, "M0"] as const),
      ...["m1", "m-1"].map((w) => [w, "M1"] as const),
      ...["m2", "m-2"].map((w) => [w, "M2"] as const),
      ...["m3", "m-3"].map((w) => [w, "M3"] as const),
      ...["m4", "m-4"].map((w) => [w, "M4"] as const),
      ["broad money", "broad money"],
      ["narrow money", "narrow money"]
    ]
  ],
  // Only rates a bank sets and keeps for days: a market's rate moves within the day ("the Fed funds rate dropped to 7-1/4 pct from
  // Monday's average of 7.61 pct"), and "discount rate" is a central bank's (policy_rate) or a bill market's.
  [
    "interest_rate",
    [
      ...["prime rate", "prime rates", "prime lending rate"].map((w) => [w, "prime rate"] as const),
      ...["base rate", "base rates", "base lending rate"].map((w) => [w, "base rate"] as const),
      ...["mortgage rate", "mortgage rates"].map((w) => [w, "mortgage rate"] as const)
    ]
  ]
])

/**
 * Measures whose figure for a period is the sum over it (a flow of money, goods or jobs): an average over a longer period
 * ("monthly surpluses averaging one billion dlrs" in the first nine months) is no figure of that period.
 */
export const PERIOD_SUMS: ReadonlySet<string> = new Set([
  "trade_balance", "current_account", "exports", "imports", "total_trade", "budget_balance", "revenue", "net_income",
  "operating_income", "pretax_income", "sales_volume", "employment", "public_spending", "government_spending",
  "government_revenue", "capital_spending", "investment", "credit"
])
