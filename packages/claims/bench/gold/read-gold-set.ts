import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { GoldAnnotation, GoldDocument, GoldGroup } from "./gold-annotation.js"

/** The repository root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export const findRepoRoot = (from: string | URL): string => {
  let dir = dirname(fileURLToPath(from))
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${fileURLToPath(from)}`)
    dir = parent
  }
  return dir
}

interface ManifestEntry {
  readonly file: string
  readonly published?: string
  readonly title?: string
  readonly outlet?: string
}

/** Manifest entries by path relative to fixtures/, from a corpus root's manifest.json. */
const readManifest = (fixtures: string, corpus: string): ReadonlyMap<string, ManifestEntry> => {
  const manifest = JSON.parse(readFileSync(join(fixtures, corpus, "manifest.json"), "utf8")) as {
    articles: ReadonlyArray<ManifestEntry>
  }
  return new Map(manifest.articles.map((entry) => [`${corpus}/${entry.file}`, entry]))
}

const groupOf = (file: string): GoldGroup =>
  file.startsWith("seeds/") ? "seeds" : file.startsWith("gold/negative/") ? "negative" : "texts"

const listJson = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listJson(join(dir, entry.name)) : entry.name.endsWith(".json") ? [join(dir, entry.name)] : []
  )

/** Every gold document (seeds, written texts, negative corpus), in a stable order. */
export const readGoldSet = (root: string): ReadonlyArray<GoldDocument> => {
  const fixtures = join(root, "fixtures")
  const manifest = new Map([...readManifest(fixtures, "seeds"), ...readManifest(fixtures, "gold")])
  return listJson(join(fixtures, "gold", "annotations"))
    .sort()
    .map((path) => {
      const annotation = JSON.parse(readFileSync(path, "utf8")) as GoldAnnotation
      const entry = manifest.get(annotation.file)
      return {
        group: groupOf(annotation.file),
        annotation,
        text: readFileSync(join(fixtures, annotation.file), "utf8"),
        ...(entry?.title === undefined ? {} : { title: entry.title }),
        ...(entry?.outlet === undefined ? {} : { outlet: entry.outlet })
      }
    })
}
