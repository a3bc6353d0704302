import type {
  Claim,
  ClaimKind,
  Figure,
  FigureAspect,
  FigureGap,
  FigureStatus,
  Modality,
  PeriodOrigin,
  Qualifier,
  Quantity,
  QuantityKind,
  ValueInterval
} from "@crosscheck/claims"

/** The interval the quantity module gives a qualified figure (the model's documented examples). */
const intervalFor = (qualifier: Qualifier, value: number): ValueInterval => {
  switch (qualifier) {
    case "more_than":
      return { low: value, high: null, lowInclusive: false, highInclusive: false }
    case "at_least":
      return { low: value, high: null, lowInclusive: true, highInclusive: false }
    case "less_than":
      return { low: null, high: value, lowInclusive: false, highInclusive: false }
    case "at_most":
      return { low: null, high: value, lowInclusive: false, highInclusive: true }
    case "almost":
      return { low: value * 0.95, high: value, lowInclusive: true, highInclusive: false }
    case "approximate":
      return { low: value * 0.9, high: value * 1.1, lowInclusive: true, highInclusive: true }
    default:
      return { low: value, high: value, lowInclusive: true, highInclusive: true }
  }
}

export interface QuantitySpec {
  readonly text: string
  readonly value: number
  readonly unit: string
  readonly precision: number
  readonly kind?: QuantityKind
  readonly qualifier?: Qualifier
  readonly dimension?: string
  readonly equivalents?: Quantity["equivalents"]
  readonly start?: number
}

export const quantity = (spec: QuantitySpec): Quantity => {
  const qualifier = spec.qualifier ?? "exact"
  const start = spec.start ?? 0
  return {
    id: "q1",
    start,
    end: start + spec.text.length,
    text: spec.text,
    kind: spec.kind ?? "money",
    value: spec.value,
    unit: spec.unit,
    ...(spec.dimension === undefined ? {} : { dimension: spec.dimension }),
    qualifier,
    interval: intervalFor(qualifier, spec.value),
    precision: spec.precision,
    equivalents: spec.equivalents ?? [],
    derivation: `'${spec.text}' → ${spec.value} ${spec.unit}`
  }
}

/** A figure's identity as extraction gives it; unspecified fields take the commonest reading (an actual level, written period). */
export interface FigureSpec {
  readonly holder?: string
  readonly measure?: string
  readonly item?: string
  readonly counterpart?: string
  /** TIMEX3 value of the period. */
  readonly period?: string
  readonly origin?: PeriodOrigin
  readonly prior?: boolean
  readonly basis?: string
  readonly source?: string
  readonly status?: FigureStatus
  readonly aspect?: FigureAspect
  readonly unresolved?: ReadonlyArray<FigureGap>
}

export const figureOf = (spec: FigureSpec): Figure => ({
  ...(spec.holder === undefined ? {} : { holder: spec.holder }),
  ...(spec.measure === undefined ? {} : { measure: spec.measure }),
  ...(spec.item === undefined ? {} : { item: spec.item }),
  ...(spec.counterpart === undefined ? {} : { counterpart: spec.counterpart }),
  ...(spec.period === undefined ? {} : { period: { value: spec.period, origin: spec.origin ?? "written", prior: spec.prior ?? false } }),
  ...(spec.basis === undefined ? {} : { basis: spec.basis }),
  ...(spec.source === undefined ? {} : { source: { text: spec.source, entity: spec.source } }),
  status: spec.status ?? "actual",
  aspect: spec.aspect ?? "level",
  unresolved: [...(spec.unresolved ?? [])]
})

export interface ClaimSpec {
  readonly id: string
  readonly article: string
  readonly kind: ClaimKind
  readonly predicate: string
  readonly subjects: ReadonlyArray<string>
  readonly quote: string
  readonly place?: string
  readonly object?: string
  readonly value?: Quantity
  readonly figure?: FigureSpec
  /** TIMEX3 start and end (end defaults to start). */
  readonly time?: readonly [string, (string | undefined)?]
  readonly modality?: Modality
  readonly confidence?: number
  readonly derivation?: ReadonlyArray<string>
  /** Where the quote starts in its article. */
  readonly offset?: number
}

export const claim = (spec: ClaimSpec): Claim => {
  const offset = spec.offset ?? 100
  const span = { start: offset, end: offset + spec.quote.length }
  return {
    id: spec.id,
    article: spec.article,
    kind: spec.kind,
    predicate: spec.predicate,
    subjects: [...spec.subjects],
    ...(spec.place === undefined ? {} : { place: spec.place }),
    ...(spec.object === undefined ? {} : { object: spec.object }),
    ...(spec.value === undefined ? {} : { value: spec.value }),
    ...(spec.figure === undefined ? {} : { figure: figureOf(spec.figure) }),
    ...(spec.time === undefined
      ? {}
      : {
          time: {
            start: spec.time[0],
            end: spec.time[1] ?? spec.time[0],
            text: spec.quote,
            timexes: ["t1"],
            derivation: `time ${spec.time[0]}..${spec.time[1] ?? spec.time[0]}`
          }
        }),
    modality: spec.modality ?? "reported",
    sentence: span,
    span,
    quote: spec.quote,
    confidence: spec.confidence ?? 0.9,
    extractor: "test",
    mentions: [],
    derivation: [...(spec.derivation ?? [])]
  }
}

/** Articles as cross-referencing sees them, one distinct hash each unless given. */
export const articlesOf = (claims: ReadonlyArray<Claim>, hashes: Readonly<Record<string, string>> = {}) =>
  [...new Set(claims.map((c) => c.article))].map((id) => ({ id, contentHash: hashes[id] ?? `hash-${id}` }))
