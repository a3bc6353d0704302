import { createHash } from "node:crypto"
import {
  type Article,
  type Claim,
  cleanArticle,
  compileGazetteer,
  decodeIsoDay,
  defaultGazetteer,
  extractArticle
} from "@crosscheck/claims"
import { type EntityNames, entityNames, type Field, FIELDS, judgeFields, sameMagnitude } from "./figure-fields.js"
import type { GoldFigure, GoldNewsDocument } from "./gold-news.js"

/** One source's counts, and its errors by cause: what to fix first. */
export interface SourceScore {
  gold: number
  claims: number
  correct: number
  /** Gold figures no claim pairs with. */
  missed: number
  /** Claims no gold figure pairs with. */
  spurious: number
  /** Of the pairs, how many have each field wrong (a pair may count under several). */
  readonly wrong: Record<Field, number>
}

export interface NewsScore {
  readonly split: string
  readonly articles: number
  readonly gold: number
  /** Claims with a value (each states a figure). */
  readonly claims: number
  /** Of those, the ones whose figure is complete (nothing unresolved): what comparison uses. */
  readonly resolved: number
  /** Claims paired with a gold figure by quote and value, whatever their fields. */
  readonly matched: number
  /** Matched pairs with every field right. */
  readonly correct: number
  readonly correctResolved: number
  /** Of the matched pairs, how many have each field right. */
  readonly fields: Readonly<Record<Field, number>>
  readonly bySource: Readonly<Record<string, SourceScore>>
  readonly errors: ReadonlyArray<string>
}

const articleOf = (document: GoldNewsDocument): Article => {
  const { article } = document
  const published = article.published ? decodeIsoDay(article.published) : undefined
  return {
    id: article.id,
    path: `bench/gold-news/${article.id}`,
    format: "text",
    metadata: {
      ...(published === undefined ? {} : { published }),
      ...(article.title ? { title: article.title } : {})
    },
    text: article.body,
    contentHash: createHash("sha256").update(article.body).digest("hex")
  }
}

interface Pair {
  readonly claim: Claim
  readonly gold: GoldFigure
  readonly fields: Record<Field, boolean>
  readonly right: number
}

/** Gold figures and claims paired one to one: the quote overlaps the claim's sentence and the value agrees, best-agreeing pairs first. */
const pairUp = (names: EntityNames, body: string, claims: ReadonlyArray<Claim>, gold: ReadonlyArray<GoldFigure>): ReadonlyArray<Pair> => {
  const candidates: Array<Pair> = []
  for (const figure of gold) {
    const at = body.indexOf(figure.quote)
    const span = at < 0 ? undefined : { start: at, end: at + figure.quote.length }
    for (const claim of claims) {
      const near = span !== undefined && [claim.span, claim.sentence, ...claim.mentions].some((s) => s.start < span.end && span.start < s.end)
      if (!near || !sameMagnitude(claim, figure)) continue
      const fields = judgeFields(names, claim, figure)
      candidates.push({ claim, gold: figure, fields, right: FIELDS.filter((f) => fields[f]).length })
    }
  }
  candidates.sort((a, b) => b.right - a.right)
  const usedClaims = new Set<Claim>()
  const usedGold = new Set<GoldFigure>()
  return candidates.filter((pair) => {
    if (usedClaims.has(pair.claim) || usedGold.has(pair.gold)) return false
    usedClaims.add(pair.claim)
    usedGold.add(pair.gold)
    return true
  })
}

const describe = (claim: Claim): string => {
  const f = claim.figure
  return `${claim.value?.value} ${claim.value?.unit} ${f?.measure ?? "?"} holder=${f?.holder ?? "?"} cp=${f?.counterpart ?? "-"} period=${f?.period?.value ?? "?"} ${f?.status}/${f?.aspect}${f && f.unresolved.length > 0 ? ` unresolved=${f.unresolved.join(",")}` : ""}`
}
const describeGold = (g: GoldFigure): string =>
  `${g.value} ${g.unit} ${g.measure} holder=${g.holder ?? "?"} cp=${g.counterpart ?? "-"} period=${g.period ?? "?"} ${g.status}/${g.aspect}`

/** Extracts every annotated article of a split and scores its figure claims against the gold. */
export const scoreNews = (split: string, documents: ReadonlyArray<GoldNewsDocument>): NewsScore => {
  const matcher = compileGazetteer(defaultGazetteer)
  const names = entityNames(defaultGazetteer)
  const fields = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>
  const bySource: Record<string, SourceScore> = {}
  const errors: Array<string> = []
  let gold = 0, claims = 0, resolved = 0, matched = 0, correct = 0, correctResolved = 0
  for (const document of documents) {
    const { article } = document
    const extraction = extractArticle(cleanArticle(articleOf(document)), { matcher })
    const figures = extraction.claims.filter((c) => c.value !== undefined && c.figure !== undefined)
    const pairs = pairUp(names, article.body, figures, document.figures)
    const source = (bySource[article.source] ??= { gold: 0, claims: 0, correct: 0, missed: 0, spurious: 0, wrong: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number> })
    gold += document.figures.length
    claims += figures.length
    resolved += figures.filter((c) => c.figure!.unresolved.length === 0).length
    matched += pairs.length
    source.gold += document.figures.length
    source.claims += figures.length
    for (const pair of pairs) {
      for (const f of FIELDS) if (pair.fields[f]) fields[f]++
      else source.wrong[f]++
      if (pair.right === FIELDS.length) {
        correct++
        source.correct++
        if (pair.claim.figure!.unresolved.length === 0) correctResolved++
      } else {
        const wrong = FIELDS.filter((f) => !pair.fields[f]).join(",")
        errors.push(`${article.id} WRONG ${wrong}: "${pair.gold.quote.replace(/\s+/g, " ")}"\n    gold ${describeGold(pair.gold)}\n    got  ${describe(pair.claim)}`)
      }
    }
    const pairedGold = new Set(pairs.map((p) => p.gold))
    const pairedClaims = new Set(pairs.map((p) => p.claim))
    source.missed += document.figures.filter((g) => !pairedGold.has(g)).length
    source.spurious += figures.filter((c) => !pairedClaims.has(c)).length
    for (const g of document.figures) if (!pairedGold.has(g)) errors.push(`${article.id} MISSED "${g.quote.replace(/\s+/g, " ")}": ${describeGold(g)}`)
    for (const c of figures) if (!pairedClaims.has(c)) errors.push(`${article.id} SPURIOUS "${c.quote.replace(/\s+/g, " ").slice(0, 100)}": ${describe(c)}`)
  }
  return { split, articles: documents.length, gold, claims, resolved, matched, correct, correctResolved, fields, bySource, errors }
}

const pct = (a: number, b: number) => (b === 0 ? "–" : ((100 * a) / b).toFixed(1))

/** The README's table of one split's scores. */
export const formatNewsScore = (score: NewsScore): string => {
  const lines = [
    `| gold-news ${score.split} (${score.articles} articles, ${score.gold} gold figures, ${score.claims} figure claims) | value |`,
    "| --- | ---: |",
    `| precision: claims with every field right / figure claims | ${pct(score.correct, score.claims)} |`,
    `| recall: gold figures matched with every field right / gold figures | ${pct(score.correct, score.gold)} |`,
    `| precision of complete claims (nothing unresolved: what is compared) | ${pct(score.correctResolved, score.resolved)} (${score.resolved} claims) |`,
    `| found: gold figures paired with a claim by quote and value | ${pct(score.matched, score.gold)} |`,
    ...FIELDS.map((f) => `| — ${f} right, of pairs | ${pct(score.fields[f], score.matched)} |`),
    ...Object.entries(score.bySource).map(
      ([source, s]) => `| — ${source}: P / R | ${pct(s.correct, s.claims)} / ${pct(s.correct, s.gold)} (${s.gold} gold, ${s.claims} claims) |`
    )
  ]
  return lines.join("\n")
}

/** Each source's errors by cause (`--errors`): gold figures missed, spurious claims, and pairs with each field wrong. */
export const formatErrorCauses = (score: NewsScore): string =>
  [
    `| gold-news ${score.split}: errors by cause | missed | spurious | ${FIELDS.map((f) => `${f} wrong`).join(" | ")} |`,
    `| --- | ---: | ---: | ${FIELDS.map(() => "---:").join(" | ")} |`,
    ...Object.entries(score.bySource).map(([source, s]) => `| ${source} | ${s.missed} | ${s.spurious} | ${FIELDS.map((f) => s.wrong[f]).join(" | ")} |`)
  ].join("\n")
