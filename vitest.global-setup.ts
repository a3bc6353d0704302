import { execFileSync } from "node:child_process"

// The CLI end-to-end tests spawn the built `crosscheck` bin: build once before any test runs.
export default function setup() {
  execFileSync("pnpm", ["exec", "tsc", "-b"], { stdio: "inherit" })
}
