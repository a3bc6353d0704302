/**
 * Phrases that refer back to the last two entities of a kind ("the two countries" after "Russia
 * … China"). `refersTo` names what is counted back: countries (a person stands for their country)
 * or people.
 */
export interface CoreferencePhrase {
  readonly phrase: string
  readonly refersTo: "country" | "person"
}

const countries = [
  "the two countries",
  "the 2 countries",
  "both countries",
  "our two countries",
  "the two nations",
  "both nations",
  "our two nations",
  "the two states",
  "both states",
  "the sides",
  "the two sides",
  "both sides",
  "the neighbors",
  "the neighbours",
  "the two neighbors",
  "the two neighbours",
  "both neighbors",
  "both neighbours",
  "the two powers",
  "the two partners"
]

const people = ["the two leaders", "both leaders", "the two presidents", "both presidents", "the two heads of state"]

export const coreferencePhrases: ReadonlyArray<CoreferencePhrase> = [
  ...countries.map((phrase) => ({ phrase, refersTo: "country" as const })),
  ...people.map((phrase) => ({ phrase, refersTo: "person" as const }))
]
