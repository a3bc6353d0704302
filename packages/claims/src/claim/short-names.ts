import type { ClaimDraft } from "./claim-draft.js"

/** What an id names without its ticker: `org:reed-international~ric` → `reed-international`; none for other than a firm's. */
const nameOf = (id: string): string | undefined => (id.startsWith("org:") ? id.slice(4).split("~")[0] : undefined)

/** Words after a short name that make the longer one a class of its shares or a part of it. */
const NOT_FULLER: ReadonlySet<string> = new Set(["class", "shares", "stock", "common", "preferred", "unit", "units", "division", "subsidiary", "arm"])

/**
 * A firm the text names in full and then short ("Reed International PLC said … Reed is paying"): the
 * short name's id stands for the full one's, when exactly one firm's name in the article opens with it
 * word for word. "General" beside "General Motors" and "General Electric" stands for neither; a firm
 * the gazetteer knows (`known`) is its own.
 */
export const fullNames = (ids: Iterable<string>, known: (id: string) => boolean): ReadonlyMap<string, string> => {
  const all = [...new Set(ids)]
  const longer = all.filter((id) => nameOf(id) !== undefined)
  const full = new Map<string, string>()
  for (const id of longer) {
    const name = nameOf(id)!
    // A name the headline writes with its ticker ("ARCO <ARC>") is that firm's already.
    if (id.includes("~") || known(id) || longer.some((other) => other !== id && other.includes("~") && nameOf(other) === name)) continue
    // "Media General Class B", "EMI Music unit": a class of shares or a part of the firm is no fuller name of it.
    const opened = longer.filter((other) => nameOf(other)!.startsWith(`${name}-`) && !nameOf(other)!.slice(name.length + 1).split("-").some((word) => NOT_FULLER.has(word)))
    const names = new Set(opened.map((other) => nameOf(other)))
    // The full name's id with a ticker, if one is written (the headline's), else its only one.
    if (names.size === 1) full.set(id, opened.find((other) => other.includes("~")) ?? opened[0]!)
  }
  return full
}

/** The ids a draft names: its subjects, its figure's holder, counterpart and source. */
export const idsOf = (draft: ClaimDraft): ReadonlyArray<string> => [
  ...draft.subjects,
  ...[draft.figure?.holder, draft.figure?.counterpart, draft.figure?.source?.entity].filter((id): id is string => id !== undefined)
]

/** The draft with every short name's id replaced by its full name's. */
export const withFullNames = (draft: ClaimDraft, full: ReadonlyMap<string, string>): ClaimDraft => {
  if (full.size === 0 || !idsOf(draft).some((id) => full.has(id))) return draft
  const to = (id: string) => full.get(id) ?? id
  const figure = draft.figure
  return {
    ...draft,
    subjects: draft.subjects.map(to),
    ...(figure !== undefined
      ? {
          figure: {
            ...figure,
            ...(figure.holder !== undefined ? { holder: to(figure.holder) } : {}),
            ...(figure.counterpart !== undefined ? { counterpart: to(figure.counterpart) } : {}),
            ...(figure.source?.entity !== undefined ? { source: { ...figure.source, entity: to(figure.source.entity) } } : {})
          }
        }
      : {})
  }
}
