import type { Lexeme } from "./lexemes.js"
import { letterScales, scaleWords } from "./numerals.js"
import { compilePhrases } from "./phrase-table.js"

/** A way of writing money: its ISO 4217 code and how many currency units one of it is worth. */
export interface Currency {
  readonly code: string
  /** 0.01 for pence and cents. */
  readonly factor: number
}

const major = (code: string): Currency => ({ code, factor: 1 })
const minor = (code: string): Currency => ({ code, factor: 0.01 })

/** Symbols written before the figure: "$", "US$", "£", … ("¥" is read as yen, its older sense). */
const currencySymbols: ReadonlyArray<readonly [string, Currency]> = [
  ["$", major("USD")],
  ["US$", major("USD")],
  ["A$", major("AUD")],
  ["AU$", major("AUD")],
  ["C$", major("CAD")],
  ["CA$", major("CAD")],
  ["NZ$", major("NZD")],
  ["HK$", major("HKD")],
  ["S$", major("SGD")],
  ["NT$", major("TWD")],
  ["R$", major("BRL")],
  ["€", major("EUR")],
  ["£", major("GBP")],
  ["¥", major("JPY")],
  ["₹", major("INR")],
  ["₽", major("RUB")],
  ["₩", major("KRW")],
  ["₺", major("TRY")],
  ["₪", major("ILS")]
]

/** ISO codes and other upper-case abbreviations, written before or after the figure ("USD 5m", "5bn RMB"). */
export const currencyCodes: ReadonlyArray<readonly [string, Currency]> = [
  ...[
    "USD", "EUR", "GBP", "CNY", "JPY", "RUB", "INR", "CHF", "AUD", "CAD", "HKD", "SGD", "KRW", "BRL", "ZAR",
    "TRY", "SEK", "NOK", "DKK", "MXN", "SAR", "AED", "NGN", "PKR", "EGP", "ILS", "PLN", "IDR", "MYR", "THB",
    "KES", "UAH", "IRR", "NZD", "TWD", "ARS", "CLP", "COP", "PHP", "VND", "QAR", "KWD", "CZK", "HUF"
  ].map((code) => [code, major(code)] as const),
  ["RMB", major("CNY")],
  ["Rs", major("INR")],
  ["Rs.", major("INR")]
]

const names = (code: string, ...phrases: ReadonlyArray<string>) => phrases.map((p) => [p, major(code)] as const)

/**
 * Currency names written after the figure ("12 mln dlrs", "5bn euros", "10 Swiss francs"). Names
 * several countries share ("pesos", "dinars", "francs", "crowns") count only with their country.
 */
const currencyNames: ReadonlyArray<readonly [string, Currency]> = [
  ...names("USD", "dollar", "dollars", "dlr", "dlrs", "US dollar", "U.S. dollar", "US dollars", "U.S. dollars", "U.S. dlrs", "U.S. dlr", "US dlrs", "American dollars", "greenbacks"),
  ...names("AUD", "Australian dollar", "Australian dollars", "Australian dlr", "Australian dlrs"),
  ...names("CAD", "Canadian dollar", "Canadian dollars", "Canadian dlr", "Canadian dlrs"),
  ...names("NZD", "New Zealand dollar", "New Zealand dollars", "New Zealand dlrs", "N.Z. dlrs"),
  ...names("HKD", "Hong Kong dollar", "Hong Kong dollars", "Hong Kong dlrs", "H.K. dlrs", "HK dlrs"),
  ...names("SGD", "Singapore dollar", "Singapore dollars", "Singapore dlrs"),
  ...names("TWD", "Taiwan dollar", "Taiwan dollars", "Taiwanese dollars", "Taiwan dlrs"),
  ...names("EUR", "euro", "euros"),
  ...names("GBP", "pound", "pounds", "sterling", "pounds sterling", "British pounds"),
  ...names("EGP", "Egyptian pound", "Egyptian pounds"),
  ...names("LBP", "Lebanese pound", "Lebanese pounds"),
  ...names("SYP", "Syrian pound", "Syrian pounds"),
  ...names("CNY", "yuan", "renminbi", "Chinese yuan"),
  ...names("RUB", "rouble", "roubles", "ruble", "rubles"),
  ...names("JPY", "yen", "Japanese yen"),
  ...names("INR", "rupee", "rupees", "Indian rupees"),
  ...names("PKR", "Pakistani rupees", "Pakistan rupees"),
  ...names("LKR", "Sri Lankan rupees"),
  ...names("CHF", "Swiss franc", "Swiss francs"),
  ...names("XOF", "CFA franc", "CFA francs"),
  ...names("KRW", "Korean won", "South Korean won"),
  ...names("ZAR", "rand"),
  ...names("NGN", "naira"),
  ...names("ILS", "shekel", "shekels"),
  ...names("TRY", "lira", "Turkish lira"),
  ...names("SAR", "riyal", "riyals", "Saudi riyals"),
  ...names("AED", "dirham", "dirhams"),
  ...names("UAH", "hryvnia", "hryvnias"),
  ...names("PLN", "zloty", "zlotys"),
  ...names("MYR", "ringgit"),
  ...names("THB", "baht"),
  ...names("IDR", "rupiah"),
  ...names("SEK", "krona", "kronor", "Swedish kronor"),
  ...names("NOK", "Norwegian kroner", "Norwegian crowns"),
  ...names("DKK", "Danish kroner"),
  ...names("IRR", "rial", "rials", "Iranian rials"),
  ...names("KES", "Kenyan shillings"),
  ...names("IQD", "Iraqi dinar", "Iraqi dinars"),
  ...names("JOD", "Jordanian dinar", "Jordanian dinars"),
  ...names("KWD", "Kuwaiti dinar", "Kuwaiti dinars"),
  ...names("DZD", "Algerian dinar", "Algerian dinars"),
  ...names("MXN", "Mexican peso", "Mexican pesos"),
  ...names("ARS", "Argentine peso", "Argentine pesos", "Argentinian pesos"),
  ...names("PHP", "Philippine peso", "Philippine pesos"),
  ...names("CLP", "Chilean peso", "Chilean pesos"),
  ...names("COP", "Colombian peso", "Colombian pesos"),
  // Wire copy's abbreviations and the currencies of its decades.
  ...names("AUD", "Australian dlrs", "Australian dlr", "Aust dlrs"),
  ...names("CAD", "Canadian dlrs", "Canadian dlr", "dlrs Canadian", "dlr Canadian"),
  ...names("NZD", "New Zealand dlrs", "N.Z. dlrs", "NZ dlrs"),
  ...names("HKD", "Hong Kong dlrs", "H.K. dlrs", "HK dlrs"),
  ...names("SGD", "Singapore dlrs"),
  ...names("TWD", "Taiwan dlrs", "New Taiwan dlrs"),
  ...names("GBP", "stg", "pounds stg"),
  ...names("DEM", "marks", "mark", "German marks", "West German marks", "Deutsche marks", "Deutschemarks", "D-marks", "dmk"),
  ...names("FRF", "French francs", "French franc", "ffr"),
  ...names("BEF", "Belgian francs", "Belgian franc"),
  ...names("LUF", "Luxembourg francs"),
  ...names("NLG", "guilders", "guilder", "Dutch guilders", "florins"),
  ...names("ITL", "lire", "Italian lire"),
  ...names("ESP", "pesetas", "peseta"),
  ...names("PTE", "escudos"),
  ...names("ATS", "schillings", "Austrian schillings"),
  ...names("FIM", "markka", "markkaa", "Finnish marks"),
  ...names("VEB", "bolivars", "bolivar"),
  ...names("BRL", "cruzados", "cruzado"),
  ...names("ECS", "sucres"),
  ...names("PEN", "intis"),
  ...names("SEK", "Swedish crowns"),
  ...names("DKK", "Danish crowns"),
  ["pence", minor("GBP")],
  ["cents", minor("USD")],
  ["cts", minor("USD")],
  ["cts Canadian", minor("CAD")],
  ["cents Canadian", minor("CAD")],
  ["Canadian cts", minor("CAD")],
  ["Canadian cents", minor("CAD")],
  ["Australian cents", minor("AUD")],
  ["Aust cts", minor("AUD")],
  ["New Zealand cents", minor("NZD")],
  ["Hong Kong cents", minor("HKD")],
  ["Singapore cents", minor("SGD")],
  ["U.S. cents", minor("USD")],
  ["US cents", minor("USD")],
  ["euro cents", minor("EUR")],
  ["ct", minor("USD")],
  ["cent", minor("USD")],
  ["kopecks", minor("RUB")]
]

/** A currency's names with its ISO code, its major unit only: "the dollar", "the Taiwan dollar", "sterling" as words of a text, not of a figure. */
export const currencyNamesWritten: ReadonlyArray<readonly [string, string]> = currencyNames.filter(([, c]) => c.factor === 1).map(([name, c]) => [name, c.code])

/** Glued after the figure: "50p". */
const gluedSubunits: ReadonlyArray<readonly [string, Currency]> = [["p", minor("GBP")]]

export const currencySymbolTable = compilePhrases(currencySymbols, { caseSensitive: true })

/**
 * The pound sign as the Penn Treebank's Wall Street Journal text writes it, "#": "slipped 5% to #89.7 million". Read so only
 * before a number glued to it and a scale word after that ("#1 seller" is a rank, "#12" a number).
 */
export const HASH_POUND = "#"
export const hashPound = (lexemes: ReadonlyArray<Lexeme>, i: number): { readonly value: Currency; readonly next: number } | undefined => {
  const [sign, number, scale] = [lexemes[i], lexemes[i + 1], lexemes[i + 2]]
  return sign?.text === HASH_POUND && number?.kind === "number" && number.glued && scale !== undefined && (scaleWords.has(scale.lower) || (scale.glued && letterScales.has(scale.lower)))
    ? { value: major("GBP"), next: i + 1 }
    : undefined
}
export const currencyCodeTable = compilePhrases(currencyCodes, { caseSensitive: true })
export const currencyNameTable = compilePhrases(currencyNames)
export const gluedSubunitTable = compilePhrases(gluedSubunits, { caseSensitive: true })

/** Currency names that also name a weight; read as mass when the sentence is about weighing. */
export const currenciesAlsoMass: ReadonlySet<string> = new Set(["pound", "pounds"])

/** The minor unit (cents, pence) a money figure's text ends in, if any: "28 cts", "six cents", "20.9p". */
export const minorUnitWritten = (text: string): Currency | undefined => {
  const lower = text.toLowerCase()
  const found = [...currencyNames, ...gluedSubunits].find(
    ([name, currency]) => currency.factor < 1 && lower.endsWith(name.toLowerCase()) && !/\p{L}/u.test(lower.charAt(lower.length - name.length - 1))
  )
  return found?.[1]
}

/** A figure whose currency is a bare dollar word, no country's ("7.20 billion dlrs", "nine billion dlrs", not "$7.2 billion"). */
const BARE_DOLLAR = /^[^$]*\s(?:dlrs?|dollars?)\.?$/i
/** A dollar said to be the United States': "U.S. dlrs", "US dollars", "American dollars". */
const US_NAMED = /\b(?:U\.\s?S\.?|US|American)\s+(?:dlrs?|dollars?)/i

/** Whether a figure's text gives its currency as a bare "dlrs" or "dollars", no country's: which dollar it is, the text says elsewhere. */
export const isBareDollar = (text: string): boolean => BARE_DOLLAR.test(text) && !US_NAMED.test(text)

/** Whether a text says anywhere that its sums are U.S. dollars ("U.S. dlrs", "US$", "in U.S. funds"). */
export const namesUsDollars = (text: string): boolean => US_NAMED.test(text) || /US\$|U\.S\.\s+funds/.test(text)

/** Whether a sum read as U.S. dollars writes nothing that says so: "dlrs", "cts" or a table's bare figure, no "$" nor "U.S.". */
export const isUnmarkedDollar = (text: string): boolean => !text.includes("$") && !US_NAMED.test(text)
