/**
 * What makes a figure claim specific enough to contradict another. Data, not logic: extend the
 * tables, not the code.
 */

/**
 * Statistics a country (or bloc) states about itself, so that the country and the period identify
 * the fact: "Germany's GDP grew 1.6% in 2004". Every other statistic (profit, sales, jobs, a share
 * price) belongs to some firm or person, and a country subject ("US firms", "a German airline")
 * does not say which.
 */
export const NATIONAL_STATISTICS: ReadonlySet<string> = new Set([
  "statistic.gdp",
  "statistic.gdp_growth",
  "statistic.growth",
  "statistic.inflation",
  "statistic.unemployment",
  "statistic.population",
  "statistic.deficit",
  "statistic.budget",
  "statistic.budget_deficit",
  "statistic.debt",
  "statistic.current_account",
  "statistic.interest_rate",
  "statistic.exports",
  "statistic.imports"
])

/**
 * Entity ids that name a country or a place, not one holder of a figure: "US firms created 337,000
 * jobs" and "2,500 jobs are to go at a US bank" are both keyed to the US. Any other subject (an
 * organisation, a person, a named thing) identifies whose figure it is.
 */
export const GEOGRAPHIC_SUBJECT_PREFIXES: ReadonlyArray<string> = ["country:", "place:"]

/**
 * Words that make a figure a forecast, target, estimate or view rather than a reported fact,
 * whatever modality extraction gave it: "a predicted extra £250m", "its 1.4% growth target". Matched
 * case-insensitively as whole words, so no word here may also be a common name or noun ("May",
 * "a pension plan", "the project").
 */
export const NON_FACTUAL_WORDS: ReadonlyArray<string> = [
  "forecast", "forecasts", "forecasting", "predict", "predicts", "predicted", "prediction",
  "expect", "expects", "expected", "expectation", "expectations", "estimate", "estimates", "estimated",
  "projected", "projection", "projections", "target", "targets", "targeted", "goal", "aims to",
  "planned", "plans to", "outlook", "would", "could", "might", "will", "should", "likely",
  "set to", "on course", "on track", "hope", "hopes", "hoped", "i think", "i believe", "we believe",
  "in my view", "in my opinion"
]

/**
 * Words that name a part of a year: a figure quoted with them but scoped to a whole year was read
 * too coarsely ("$186m in the quarter, compared with $1.13bn in the same period in 2003").
 */
export const PART_OF_YEAR_WORDS: ReadonlyArray<string> = [
  "quarter", "quarters", "quarterly", "half", "half-year", "semester", "month", "months", "monthly",
  "week", "weeks", "weekly", "q1", "q2", "q3", "q4"
]

/** Figures further apart than this factor are different facts (a cost and a saving), not a disagreement. */
export const MAX_COMPARABLE_RATIO = 10
