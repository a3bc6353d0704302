/**
 * Places below a country that wire copy writes in firms' addresses ("Investors Federal Bank of El Reno, Oklahoma",
 * "Hercules Inc, Wilmington, Del."): states, provinces and their abbreviations. A run of names that is only one of these
 * is where a firm is, never a firm. Data: extend freely.
 */
const PLACES: ReadonlyArray<string> = [
  // U.S. states
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
  "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
  "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
  "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
  "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
  // their wire abbreviations
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
  "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D",
  "Tenn", "Tex", "Va", "Vt", "Wash", "W.Va", "Wis", "Wisc", "Wyo",
  // Canadian provinces
  "Ontario", "Quebec", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "British Columbia", "Newfoundland",
  "Prince Edward Island"
]

const key = (words: ReadonlyArray<string>): string => words.join(" ").toLowerCase().replace(/\.$/, "").replace(/\.\s*/g, ".")
const PLACE_KEYS: ReadonlySet<string> = new Set(PLACES.map((p) => key([p])))

/** Whether the words of a run of names are one such place ("Oklahoma", "Calif.", "N.J."). */
export const isSubnationalPlace = (words: ReadonlyArray<string>): boolean => PLACE_KEYS.has(key(words))
