import type { Extraction } from "@crosscheck/claims/model"
import { defaultGazetteer } from "@crosscheck/claims/gazetteer"
import type { Insertable } from "kysely"
import type { EntitiesTable } from "./database-schema.js"
import { entityTypeOfId } from "./entity-types.js"
import { claimEntityRows } from "./model-rows.js"


const nameOfId = (id: string): string => id.slice(id.indexOf(":") + 1)

const gazetteerNames = new Map(defaultGazetteer.entries.map((entry) => [entry.id, entry.name]))

/**
 * One row per entity the article's claims name: its gazetteer name (else as written where the text
 * names it, else its first mention, else its id), and every other way the article wrote it as
 * aliases — not "both countries" and other coreferences. The store merges aliases across articles.
 */
export const entityRows = (extraction: Extraction): ReadonlyArray<Insertable<EntitiesTable>> => {
  const linked = new Set(extraction.claims.flatMap((claim) => claimEntityRows(claim).map((row) => row.entity_id)))
  const mentions = extraction.entities.filter((mention) => linked.has(mention.entity) && mention.via !== "coreference")
  return [...linked].sort().map((id) => {
    const own = mentions.filter((mention) => mention.entity === id)
    const named = own.find((mention) => mention.via === "name") ?? own[0]
    const name = gazetteerNames.get(id) ?? named?.text ?? nameOfId(id)
    const aliases = [...new Set(own.map((mention) => mention.text))].filter((text) => text !== name).sort()
    return {
      id,
      type: named?.type ?? entityTypeOfId[id.slice(0, id.indexOf(":"))] ?? "organization",
      name,
      aliases: JSON.stringify(aliases)
    }
  })
}
