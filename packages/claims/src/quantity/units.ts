import { compilePhrases } from "./phrase-table.js"
import { tidyNumber } from "./tidy-number.js"

/** A unit of measure: the base unit it converts to, and how. base = (value + offset) × factor. */
export interface UnitDef {
  readonly unit: string
  readonly factor: number
  readonly dimension: string
  readonly offset?: number
}

interface UnitEntry {
  /** Spelled-out names and lower-case abbreviations, matched in any case. */
  readonly names: ReadonlyArray<string>
  /** Symbols whose case matters ("MW", "kWh"). */
  readonly symbols?: ReadonlyArray<string>
  /** Symbols read as this unit only when glued to the figure ("30C", "40t"). */
  readonly gluedSymbols?: ReadonlyArray<string>
  readonly def: UnitDef
}

const def = (unit: string, factor: number, dimension: string, offset?: number): UnitDef =>
  offset === undefined ? { unit, factor, dimension } : { unit, factor, dimension, offset }

/**
 * "tons" is read as the metric tonne: news copy rarely means the US short ton, and wire copy
 * translated from Russian or Chinese always means the tonne.
 */
const unitEntries: ReadonlyArray<UnitEntry> = [
  // length
  { names: ["metre", "metres", "meter", "meters"], symbols: ["m"], def: def("m", 1, "length") },
  { names: ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"], def: def("m", 1000, "length") },
  { names: ["cm", "centimetre", "centimetres", "centimeter", "centimeters"], def: def("m", 0.01, "length") },
  { names: ["mm", "millimetre", "millimetres", "millimeter", "millimeters"], def: def("m", 0.001, "length") },
  { names: ["mile", "miles"], def: def("m", 1609.344, "length") },
  { names: ["nautical mile", "nautical miles", "nautical-mile"], def: def("m", 1852, "length") },
  { names: ["foot", "feet", "ft"], def: def("m", 0.3048, "length") },
  { names: ["inch", "inches"], def: def("m", 0.0254, "length") },
  { names: ["yard", "yards"], def: def("m", 0.9144, "length") },
  // area
  { names: ["km2", "km²", "sq km", "square km", "square kilometre", "square kilometres", "square kilometer", "square kilometers"], def: def("m2", 1e6, "area") },
  { names: ["square mile", "square miles", "sq miles", "sq mi"], def: def("m2", 2_589_988.110336, "area") },
  { names: ["m2", "m²", "sq m", "square metre", "square metres", "square meter", "square meters"], def: def("m2", 1, "area") },
  { names: ["square foot", "square feet", "sq ft"], def: def("m2", 0.09290304, "area") },
  { names: ["hectare", "hectares"], def: def("m2", 10_000, "area") },
  { names: ["acre", "acres"], def: def("m2", 4046.8564224, "area") },
  // volume
  { names: ["m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters"], def: def("m3", 1, "volume") },
  { names: ["bcm"], def: def("m3", 1e9, "volume") },
  { names: ["mcm"], def: def("m3", 1e6, "volume") },
  { names: ["cubic foot", "cubic feet"], def: def("m3", 0.028316846592, "volume") },
  { names: ["tcf"], def: def("m3", 0.028316846592e12, "volume") },
  { names: ["litre", "litres", "liter", "liters"], def: def("m3", 0.001, "volume") },
  { names: ["gallon", "gallons"], def: def("m3", 0.003785411784, "volume") },
  { names: ["barrel", "barrels", "bbl", "bbls"], def: def("bbl", 1, "oil_volume") },
  { names: ["bpd", "b/d"], def: def("bbl/d", 1, "oil_volume_rate") },
  // mass
  { names: ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], def: def("kg", 1, "mass") },
  { names: ["gram", "grams", "gramme", "grammes"], symbols: ["g"], def: def("kg", 0.001, "mass") },
  { names: ["tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "metric tonne", "metric tonnes"], gluedSymbols: ["t"], def: def("kg", 1000, "mass") },
  { names: ["short ton", "short tons"], def: def("kg", 907.18474, "mass") },
  { names: ["long ton", "long tons"], def: def("kg", 1016.0469088, "mass") },
  { names: ["pound", "pounds", "lb", "lbs"], def: def("kg", 0.45359237, "mass") },
  { names: ["ounce", "ounces", "oz"], def: def("kg", 0.028349523125, "mass") },
  { names: ["mg", "milligram", "milligrams", "milligramme", "milligrammes"], def: def("kg", 1e-6, "mass") },
  // digital storage and bandwidth
  { names: ["kilobyte", "kilobytes"], symbols: ["KB", "kB"], def: def("B", 1e3, "data") },
  { names: ["megabyte", "megabytes"], symbols: ["MB"], def: def("B", 1e6, "data") },
  { names: ["gigabyte", "gigabytes"], symbols: ["GB"], def: def("B", 1e9, "data") },
  { names: ["terabyte", "terabytes"], symbols: ["TB"], def: def("B", 1e12, "data") },
  { names: ["kbps", "kbit/s", "kilobits per second"], symbols: ["Kbps", "Kb/s", "kb/s"], def: def("bit/s", 1e3, "bandwidth") },
  { names: ["mbps", "mbit/s", "megabits per second"], symbols: ["Mb/s", "Mb"], def: def("bit/s", 1e6, "bandwidth") },
  { names: ["gbps", "gbit/s", "gigabits per second"], symbols: ["Gb/s"], def: def("bit/s", 1e9, "bandwidth") },
  // duration: only fixed-length units; months and years are calendar time, the time module's
  { names: ["second", "seconds", "sec", "secs"], def: def("s", 1, "duration") },
  { names: ["minute", "minutes", "min", "mins"], def: def("s", 60, "duration") },
  { names: ["hour", "hours", "hr", "hrs"], def: def("s", 3600, "duration") },
  { names: ["day", "days"], def: def("s", 86_400, "duration") },
  { names: ["week", "weeks"], def: def("s", 604_800, "duration") },
  // speed
  { names: ["km/h", "kmh", "kph", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"], def: def("m/s", 1000 / 3600, "speed") },
  { names: ["mph", "miles per hour", "miles an hour"], def: def("m/s", 1609.344 / 3600, "speed") },
  { names: ["knot", "knots"], def: def("m/s", 1852 / 3600, "speed") },
  { names: ["m/s", "metres per second", "meters per second"], def: def("m/s", 1, "speed") },
  // power and energy
  { names: ["watt", "watts"], def: def("W", 1, "power") },
  { names: ["kilowatt", "kilowatts"], symbols: ["kW"], def: def("W", 1e3, "power") },
  { names: ["megawatt", "megawatts"], symbols: ["MW"], def: def("W", 1e6, "power") },
  { names: ["gigawatt", "gigawatts"], symbols: ["GW"], def: def("W", 1e9, "power") },
  { names: ["kilowatt hour", "kilowatt hours", "kilowatt-hours"], symbols: ["kWh"], def: def("J", 3.6e6, "energy") },
  { names: ["megawatt hour", "megawatt hours", "megawatt-hours"], symbols: ["MWh"], def: def("J", 3.6e9, "energy") },
  { names: ["gigawatt hour", "gigawatt hours", "gigawatt-hours"], symbols: ["GWh"], def: def("J", 3.6e12, "energy") },
  { names: ["terawatt hour", "terawatt hours", "terawatt-hours"], symbols: ["TWh"], def: def("J", 3.6e15, "energy") },
  // energy measured as the oil that would give it: a tonne of oil equivalent is 41.868 GJ (IEA), a barrel 6.12 GJ
  { names: ["tonne of oil equivalent", "tonnes of oil equivalent", "ton of oil equivalent", "tons of oil equivalent", "metric tons of oil equivalent", "toe"], def: def("J", 41.868e9, "energy") },
  { names: ["barrel of oil equivalent", "barrels of oil equivalent", "boe"], def: def("J", 6.118e9, "energy") },
  // temperature
  { names: ["degrees celsius", "degrees centigrade", "degrees c", "°c"], gluedSymbols: ["C", "°C"], def: def("degC", 1, "temperature") },
  { names: ["degrees fahrenheit", "degrees f", "°f"], gluedSymbols: ["F", "°F"], def: def("degC", 5 / 9, "temperature", -32) }
]

const unitNames = unitEntries.flatMap((e) => e.names.map((n) => [n, e.def] as const))
const unitSymbols = unitEntries.flatMap((e) => (e.symbols ?? []).map((n) => [n, e.def] as const))
const unitGluedSymbols = unitEntries.flatMap((e) => (e.gluedSymbols ?? []).map((n) => [n, e.def] as const))

export const unitNameTable = compilePhrases(unitNames)
export const unitSymbolTable = compilePhrases(unitSymbols, { caseSensitive: true })
export const unitGluedSymbolTable = compilePhrases(unitGluedSymbols, { caseSensitive: true })

/** The rate periods: "barrels a day" → "bbl/d", "tons per year" → "kg/yr". */
const ratePeriods: ReadonlyArray<readonly [string, string]> = [
  ...["a day", "per day", "each day", "every day", "/day", "/d", "daily", "a-day"].map((p) => [p, "d"] as const),
  ...["a week", "per week", "each week", "every week", "/week", "weekly"].map((p) => [p, "wk"] as const),
  ...["a month", "per month", "each month", "every month", "/month", "monthly"].map((p) => [p, "mo"] as const),
  ...["a year", "per year", "each year", "every year", "per annum", "a-year", "/year", "/yr", "annually", "yearly", "p.a."].map((p) => [p, "yr"] as const),
  ...["an hour", "per hour", "/hour", "/h", "hourly"].map((p) => [p, "h"] as const)
]
export const ratePeriodTable = compilePhrases(ratePeriods)

const unitByName: ReadonlyMap<string, UnitDef> = new Map(unitNames)
const unitBySymbol: ReadonlyMap<string, UnitDef> = new Map([...unitSymbols, ...unitGluedSymbols])

/** A unit applied to a value: base = (value + offset) × factor. */
export const applyUnit = (value: number, unit: UnitDef): number => tidyNumber((value + (unit.offset ?? 0)) * unit.factor)

/**
 * Converts a value written in a named unit ("km", "nautical miles", "MW") to its base unit;
 * undefined for a name the table does not know.
 */
export const toBaseUnits = (
  value: number,
  unit: string
): { readonly value: number; readonly unit: string; readonly dimension: string } | undefined => {
  // symbols keep their case ("MW", not "mw"; "g" grams, not "G"); names match in any case
  const found = unitBySymbol.get(unit) ?? unitByName.get(unit.toLowerCase())
  return found === undefined ? undefined : { value: applyUnit(value, found), unit: found.unit, dimension: found.dimension }
}

/** Percentages: "14.3 percent" → 14.3 percent; "50 basis points" → 0.5 percentage_point. */
export interface PercentUnit {
  readonly unit: "percent" | "percentage_point"
  readonly factor: number
}
const percent: PercentUnit = { unit: "percent", factor: 1 }
const point: PercentUnit = { unit: "percentage_point", factor: 1 }
const basisPoint: PercentUnit = { unit: "percentage_point", factor: 0.01 }
export const percentTable = compilePhrases<PercentUnit>([
  ...["%", "percent", "per cent", "per-cent", "pct", "pc"].map((p) => [p, percent] as const),
  ...["percentage point", "percentage points", "percentage-point", "pct points", "pct point", "pp", "ppt", "ppts"].map((p) => [p, point] as const),
  ...["basis point", "basis points", "basis-point", "bp", "bps"].map((p) => [p, basisPoint] as const)
])

/** Calendar units: a figure counting these is a duration or an age, which the time module reads. */
export const calendarUnits: ReadonlySet<string> = new Set([
  "year", "years", "yr", "yrs", "month", "months", "decade", "decades", "century", "centuries", "millennium", "millennia"
])
