import { Schema } from "effect"

/** `index`: a share or price index ("Nikkei 225", "FTSE 100"), the holder of its own level. */
export const EntityType = Schema.Literals(["country", "bloc", "organization", "person", "place", "index"])
export type EntityType = typeof EntityType.Type

/**
 * A gazetteer entry. Ids are stable ("country:RU", "person:vladimir-putin", "org:sco").
 * Aliases, demonyms and metonyms ("the Kremlin", "Moscow" for Russia) all resolve to the id.
 */
export const GazetteerEntry = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  type: EntityType,
  aliases: Schema.Array(Schema.String),
  demonyms: Schema.optionalKey(Schema.Array(Schema.String)),
  /** Names that stand for the entity by metonymy: capitals, seats of government. */
  metonyms: Schema.optionalKey(Schema.Array(Schema.String)),
  /** For people, organisations and indices: the country they belong to. */
  country: Schema.optionalKey(Schema.String),
  /** For people: roles that refer to them in context ("Russian President"). */
  roles: Schema.optionalKey(Schema.Array(Schema.String))
})
export type GazetteerEntry = typeof GazetteerEntry.Type

export const Gazetteer = Schema.Struct({ entries: Schema.Array(GazetteerEntry) })
export type Gazetteer = typeof Gazetteer.Type

/** A mention of an entity in a text. `via` says how the text was resolved ("alias", "demonym", "metonym", "coreference"). */
export const EntityMention = Schema.Struct({
  start: Schema.Int,
  end: Schema.Int,
  text: Schema.String,
  entity: Schema.String,
  type: EntityType,
  via: Schema.Literals(["name", "alias", "demonym", "metonym", "role", "coreference"])
})
export type EntityMention = typeof EntityMention.Type
