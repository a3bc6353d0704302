/**
 * The shape of a hand-annotated gold file (fixtures/gold/annotations/**.json), and of what the
 * scorer compares: the extractor's output is reduced to these same shapes before scoring.
 */

export interface GoldTimex {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly type: string
  readonly value: string
  readonly mod?: string
}

export interface GoldQuantity {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly kind: string
  readonly value: number
  readonly unit: string
  readonly qualifier: string
}

export interface GoldClaim {
  readonly kind: string
  readonly predicate: string
  readonly subjects: ReadonlyArray<string>
  readonly place?: string
  readonly value?: { readonly value: number; readonly unit: string }
  /** A closed interval of two TIMEX3 values, each at its own precision. */
  readonly time?: { readonly start: string; readonly end: string }
  readonly quote: string
}

export interface GoldAnnotation {
  /** The text's path relative to fixtures/ ("seeds/000_….txt", "gold/texts/001-….txt"). */
  readonly file: string
  readonly published: string
  readonly timexes: ReadonlyArray<GoldTimex>
  readonly quantities: ReadonlyArray<GoldQuantity>
  readonly claims: ReadonlyArray<GoldClaim>
}

/** The three parts of the gold set, scored separately. */
export type GoldGroup = "seeds" | "texts" | "negative"

export interface GoldDocument {
  readonly group: GoldGroup
  readonly annotation: GoldAnnotation
  /** The text exactly as read from fixtures/<annotation.file>. */
  readonly text: string
  /** Metadata from the manifest beside the text (title, outlet); `published` is the annotation's. */
  readonly title?: string
  readonly outlet?: string
}
