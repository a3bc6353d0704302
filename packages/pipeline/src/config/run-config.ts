import { ClaimKind } from "@crosscheck/claims/model"
import { Option, Schema } from "effect"
import { FAIL_ON_CHOICES, parseFailOn } from "../cli/run-output/fail-on.js"

/**
 * `crosscheck.config.json`: the settings a repository keeps for its corpus. Every key is optional;
 * a flag given on the command line wins over the file. Paths are relative to the file's directory.
 */
export const RunConfig = Schema.Struct({
  /** gitignore-style patterns, relative to the corpus root, of files that are not articles (a `.gitignore` there is read too). */
  ignore: Schema.optionalKey(Schema.Array(Schema.String)),
  /** A JSON gazetteer added to the built-in one (as `--gazetteer`). */
  gazetteer: Schema.optionalKey(Schema.String),
  /** Names that are not entities in this corpus ("Apple" the fruit): their mentions are dropped before claims are built. */
  notEntities: Schema.optionalKey(Schema.Array(Schema.String)),
  /** Claim kinds and predicates not to extract. */
  disabled: Schema.optionalKey(Schema.Struct({
    kinds: Schema.optionalKey(Schema.Array(ClaimKind)),
    predicates: Schema.optionalKey(Schema.Array(Schema.String))
  })),
  /** As `--fail-on`. */
  failOn: Schema.optionalKey(Schema.String.check(Schema.makeFilter((text: string) =>
    Option.isSome(parseFailOn(text)) ? true : `expected one of ${FAIL_ON_CHOICES.join(", ")}`
  ))),
  /** As `--baseline`. */
  baseline: Schema.optionalKey(Schema.String),
  /** As `--out`. */
  out: Schema.optionalKey(Schema.String),
  /** As `--db`. */
  db: Schema.optionalKey(Schema.String)
})
export type RunConfig = typeof RunConfig.Type

export { CONFIG_FILE_NAME } from "./config-candidates.js"
