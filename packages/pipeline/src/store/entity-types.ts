import type { EntityType } from "@crosscheck/claims/model"

/** The type an entity id's prefix stands for (`country:RU`, `org:sco`): for ids no mention typed. */
export const entityTypeOfId: Readonly<Record<string, EntityType>> = {
  country: "country",
  bloc: "bloc",
  org: "organization",
  person: "person",
  place: "place",
  index: "index"
}
