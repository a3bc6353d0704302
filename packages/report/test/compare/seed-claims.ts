import { claim, quantity } from "./claim-builders.js"

/**
 * Claims as extraction reads them from the seed articles (fixtures/seeds), built by hand from the
 * model until `extractArticle` lands: the quotes are the seeds' own words.
 */
export const PUTIN = "person:vladimir-putin"
export const XI = "person:xi-jinping"
export const CHINA = "country:CN"
export const RUSSIA = "country:RU"

export const A000 = "000_faf72e9f18f487db.txt"
export const A001 = "001_96bedf45fe97eb42.txt"
export const A002 = "002_1ad50343d0bf0f38.txt"
export const A003 = "003_37622b0bbbee714f.txt"
export const A004 = "004_1952c7b5750355fd.txt"

export const visit2018Planned = claim({
  id: `${A000}#c1`,
  article: A000,
  kind: "event",
  predicate: "event.visit",
  subjects: [PUTIN],
  place: CHINA,
  time: ["2018-06-09", "2018-06-10"],
  modality: "planned",
  quote: "Putin should pay a visit to China between June 9 and 10",
  derivation: [
    "'June 9' → 2018-06-09: month and day with the year of the reference date 2018-06-04",
    "'10' → 2018-06-10: the end of the range 'between June 9 and 10'"
  ]
})

export const visit2018Reported = claim({
  id: `${A002}#c1`,
  article: A002,
  kind: "event",
  predicate: "event.visit",
  subjects: [PUTIN],
  place: CHINA,
  time: ["2018-06-08", "2018-06-10"],
  quote: "The Russian leader arrived in China on Friday and is set to stay there till June 10",
  derivation: [
    "'Friday' → 2018-06-08 because the article is dated 2018-06-09, past tense",
    "'June 10' → 2018-06-10: month and day with the year of the reference date 2018-06-09"
  ]
})

export const stateVisit2024 = claim({
  id: `${A001}#c1`,
  article: A001,
  kind: "event",
  predicate: "event.state_visit",
  subjects: [PUTIN],
  place: CHINA,
  time: ["2024-05-16", "2024-05-17"],
  modality: "planned",
  quote: "Vladimir Putin, will make a state visit to China on Thursday and Friday (May 16 and 17, 2024)",
  derivation: ["'May 16 and 17, 2024' → 2024-05-16..2024-05-17: explicit dates"]
})

export const deals2016 = claim({
  id: `${A003}#c1`,
  article: A003,
  kind: "deal",
  predicate: "deal.count",
  subjects: [RUSSIA, CHINA],
  object: "deals",
  value: quantity({ text: "more than 30", value: 30, unit: "item", kind: "count", precision: 1, qualifier: "more_than" }),
  figure: { holder: RUSSIA, counterpart: CHINA, measure: "deal_count", period: "2016" },
  time: ["2016"],
  quote: "their leaders signed more than 30 deals on infrastructure, trade, innovation and technology"
})

export const deals2017 = claim({
  id: `${A004}#c3`,
  article: A004,
  kind: "deal",
  predicate: "deal.count",
  subjects: [CHINA, RUSSIA],
  object: "deals",
  value: quantity({ text: "more than a dozen", value: 12, unit: "item", kind: "count", precision: 1, qualifier: "more_than" }),
  figure: { holder: CHINA, counterpart: RUSSIA, measure: "deal_count", period: "2017" },
  time: ["2017"],
  quote: "more than a dozen intergovernmental agreements on cooperation in various fields"
})

export const tradeJanApr2017 = claim({
  id: `${A004}#c1`,
  article: A004,
  kind: "trade",
  predicate: "trade.volume",
  subjects: [CHINA, RUSSIA],
  value: quantity({ text: "$24.5 billion", value: 24.5e9, unit: "USD", precision: 1e8 }),
  figure: { holder: CHINA, counterpart: RUSSIA, measure: "total_trade", period: "2017-01/2017-04" },
  time: ["2017-01", "2017-04"],
  quote: "Between January and April of 2017, the volume of trade between the two countries grew by 37 percent, reaching $24.5 billion"
})

export const trade2023 = claim({
  id: `${A001}#c2`,
  article: A001,
  kind: "trade",
  predicate: "trade.volume",
  subjects: [CHINA, RUSSIA],
  value: quantity({ text: "more than US$200 billion", value: 200e9, unit: "USD", precision: 1e9, qualifier: "more_than" }),
  figure: { holder: CHINA, counterpart: RUSSIA, measure: "total_trade", period: "2023" },
  time: ["2023"],
  quote: "In 2023, trade volume between China and Russia increased and reached more than US$200 billion"
})

export const altitudeKm = claim({
  id: `${A004}#c2`,
  article: A004,
  kind: "statistic",
  predicate: "statistic.altitude",
  subjects: ["weapon:hwasong-14"],
  object: "altitude",
  value: quantity({
    text: "2,802 kilometers",
    value: 2_802_000,
    unit: "m",
    kind: "measure",
    dimension: "length",
    precision: 1000,
    equivalents: [{ start: 0, end: 11, text: "1,741 miles", value: 2_801_868, unit: "m" }]
  }),
  figure: { holder: "weapon:hwasong-14", measure: "other:altitude", period: "2017-07-04" },
  time: ["2017-07-04"],
  quote: "The Hwasong-14 ballistic missile reached an altitude of 2,802 kilometers (1,741 miles)"
})
