import type { ClaimKind } from "../model/claim.js"
import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { TimeScope } from "../model/time.js"
import type { FigureDraft } from "../figure/complete-figure.js"
import type { SentenceFacts } from "./document-facts.js"

/** A claim as a kind extractor reads it, before modality, attribution, ids and linking. */
export interface ClaimDraft {
  readonly kind: ClaimKind
  readonly predicate: string
  readonly subjects: ReadonlyArray<string>
  readonly place?: string
  readonly object?: string
  readonly value?: Quantity
  readonly time?: TimeScope
  /** What the kind extractor knows of the value's identity (a results table knows it all); the rest is completed. */
  readonly figure?: FigureDraft
  readonly sentence: SentenceFacts
  /** The word or figure the claim hangs on: its clause is where modality is read. */
  readonly anchor: Span
  /** What the claim was read from besides its time (trigger, value, parties), to cut the quote. */
  readonly parts: ReadonlyArray<Span>
  readonly derivation: ReadonlyArray<string>
  /** How sure the kind extractor is of its reading, before modality and dating are weighed. */
  readonly confidence: number
  /** True when the text says no one named holds the figure ("OPEC's accord boosted oil prices"): not even the article's company. */
  readonly holderless?: boolean
  /** True when the figure is an earlier value set against the one before it ("rose to 58.2 mln dlrs from 19.4 mln"), dated or not. */
  readonly earlier?: boolean
  /**
   * True when the figure is an earlier value dated only a year back ("up 15% from 4 pence a year earlier") from a result
   * its sentence does not date: of that result's period a year back, once the period the article reports is known.
   */
  readonly yearBack?: boolean
  /** True when a party came from coreference ("the two countries"). */
  readonly coreferent: boolean
}
