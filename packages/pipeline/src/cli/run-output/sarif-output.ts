import { oneLine } from "@crosscheck/claims/model"
import { isAbsolute } from "node:path"
import { pathToFileURL } from "node:url"
import { CROSSCHECK_VERSION } from "../../version.js"
import { type CheckedFinding, findingLabel } from "./checked-findings.js"
import type { QuoteLocation } from "./quote-location.js"

/** The rules a result can break, one per reported finding type (SARIF `reportingDescriptor`s). */
const RULES = [
  {
    id: "contradiction",
    name: "Contradiction",
    shortDescription: { text: "Two articles state the same fact with incompatible values" },
    fullDescription: {
      text: "The claims share a comparison key (what, who, when) and their values or dates cannot both be true."
    },
    defaultConfiguration: { level: "warning" }
  },
  {
    id: "overlap",
    name: "Overlap",
    shortDescription: { text: "Several articles state the same fact" },
    fullDescription: { text: "Corroboration: the claims share a comparison key and agree." },
    defaultConfiguration: { level: "note" }
  }
] as const

const ruleIndex = (type: string): number => RULES.findIndex((rule) => rule.id === type)

/** A relative path as a URI reference (as GitHub code scanning expects); an absolute one as file://. */
const artifactUri = (file: string): string =>
  isAbsolute(file) ? pathToFileURL(file).href : file.split(/[\\/]/).map(encodeURIComponent).join("/")

const region = (location: QuoteLocation, snippet: string) => ({
  startLine: location.line,
  ...(location.column === undefined ? {} : { startColumn: location.column }),
  ...(location.endLine === undefined ? {} : { endLine: location.endLine }),
  ...(location.endColumn === undefined ? {} : { endColumn: location.endColumn }),
  snippet: { text: snippet }
})

const level = (finding: CheckedFinding): "error" | "warning" | "note" =>
  finding.fails ? "error" : finding.relation.type === "contradiction" ? "warning" : "note"

/**
 * `--format sarif`: a SARIF 2.1.0 log on stdout, one result per finding, located at each quote's
 * article file and line; the fingerprint goes in `partialFingerprints`, so code scanning tracks a
 * finding across runs as the baseline does.
 */
export const renderSarifOutput = (checked: ReadonlyArray<CheckedFinding>): string =>
  JSON.stringify(
    {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [{
        tool: {
          driver: {
            name: "crosscheck",
            version: CROSSCHECK_VERSION,
            rules: RULES
          }
        },
        columnKind: "utf16CodeUnits",
        results: checked.map((finding) => ({
          ruleId: finding.relation.type,
          ruleIndex: ruleIndex(finding.relation.type),
          level: level(finding),
          message: {
            text: `${findingLabel(finding.relation)} (${finding.relation.key}): ` +
              finding.quotes.map((quote) => `"${oneLine(quote.value)}" in ${quote.article}`).join(
                finding.relation.type === "contradiction" ? " vs " : " and "
              )
          },
          locations: finding.quotes.map((quote) => ({
            physicalLocation: {
              artifactLocation: { uri: artifactUri(quote.location.file) },
              region: region(quote.location, quote.quote)
            },
            message: { text: `${quote.article}: "${oneLine(quote.value)}"` }
          })),
          partialFingerprints: { "crosscheck/v1": finding.relation.fingerprint },
          properties: {
            id: finding.relation.id,
            key: finding.relation.key,
            ...(finding.relation.severity === undefined ? {} : { severity: finding.relation.severity })
          }
        }))
      }]
    },
    null,
    2
  )
