import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

/**
 * `pnpm bench:html`: the report benchmarks, apart from the test configuration (they need no
 * PostgreSQL server). Workspace packages are read from their TypeScript sources, as in the tests.
 */
export default defineConfig({
  root: fileURLToPath(new URL("../../../", import.meta.url)),
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    benchmark: { include: ["packages/report/bench/**/*.bench.ts"] },
    testTimeout: 600_000,
    hookTimeout: 600_000
  }
})
