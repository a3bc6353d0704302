/**
 * What a statistic measures, as written (matched on normal forms or lemmas) → the normalised name
 * in `statistic.<name>`. Only figures that reports restate and contradict: physical measures, tolls,
 * company results, production, votes and the macro rates. Data, not code: extend it freely.
 */
export const MEASURED_THINGS: ReadonlyArray<readonly [string, string]> = [
  ["altitude", "altitude"], ["height", "altitude"], ["distance", "distance"], ["fly", "distance"], ["travel", "distance"], ["range", "range"], ["depth", "depth"],
  ["speed", "speed"], ["flight time", "flight_time"],
  ["death toll", "casualties"], ["casualty", "casualties"], ["kill", "casualties"], ["dead", "casualties"], ["die", "casualties"],
  ["injure", "injuries"], ["wound", "injuries"], ["refugee", "refugees"],
  ["profit", "profit"], ["pre-tax profit", "pretax_profit"], ["pretax profit", "pretax_profit"], ["net profit", "profit"], ["operating profit", "operating_profit"],
  ["net income", "net_income"], ["loss", "loss"], ["operating loss", "operating_loss"], ["pre-tax loss", "pretax_loss"], ["pretax loss", "pretax_loss"],
  // a one-off loss beside the results, not the result: "an extraordinary loss of 12 mln dlrs"
  ["extraordinary loss", "extraordinary_loss"], ["loss from discontinued operations", "extraordinary_loss"], ["loss on discontinued operations", "extraordinary_loss"],
  ["revenue", "revenue"], ["sale", "sales"], ["turnover", "turnover"],
  ["output", "production"], ["production", "production"], ["produce", "production"], ["pump", "production"], ["capacity", "capacity"],
  ["turnout", "turnout"], ["share of the vote", "vote_share"], ["vote share", "vote_share"], ["seat", "seats"],
  ["gdp", "gdp_growth"], ["gross domestic product", "gdp_growth"], ["economy", "gdp_growth"], ["economic growth", "gdp_growth"],
  ["inflation", "inflation"], ["unemployment", "unemployment"], ["jobless rate", "unemployment"], ["interest rate", "interest_rate"],
  ["interest rates", "interest_rate"], ["market share", "market_share"],
  // a tax take, named so that the profit it is taken from is not read for it ("Despite the rise in profits, taxation rose … to 754 mln")
  ["taxation", "tax"], ["tax revenue", "tax"], ["tax receipts", "tax"]
]

/** Things whose level is a percentage ("unemployment of 5.2%"); a change of the economy is its growth. */
export const RATES: ReadonlySet<string> = new Set(["inflation", "unemployment", "interest_rate", "gdp_growth", "market_share", "turnout", "vote_share"])

/** Company results: their subject may be a firm the gazetteer does not know. */
export const COMPANY_RESULTS: ReadonlySet<string> = new Set(["profit", "pretax_profit", "operating_profit", "net_income", "loss", "operating_loss", "pretax_loss", "extraordinary_loss", "revenue", "sales", "turnover"])
/** The measured things of an economy: "global" or "world" before them makes them the world's. */
export const ECONOMY_THINGS: ReadonlySet<string> = new Set(["gdp_growth", "inflation", "unemployment"])

/**
 * Forms of a measured word that name one transaction, not the measure: "a gain of 145 mln dlrs from
 * sale of its cable systems" measures no sales.
 */
export const TRANSACTION_FORMS: ReadonlySet<string> = new Set(["sale"])

/** Measures of length: a figure in other units ("flew 300 passengers") is not what they measure. */
export const LENGTHS: ReadonlySet<string> = new Set(["altitude", "distance", "range", "depth"])

/**
 * Tolls of people harmed: whose they are is the one place the clause says they happened ("11 were
 * killed in Tanzania"); a clause naming several places ("bombings … in Tanzania and Kenya killed
 * 258") or none names no holder: an event's toll is no country's guessed from elsewhere.
 */
export const TOLLS: ReadonlySet<string> = new Set(["casualties", "injuries", "refugees"])
