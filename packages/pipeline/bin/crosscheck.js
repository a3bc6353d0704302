#!/usr/bin/env node
// A rerun with nothing changed replays what it printed, without loading the CLI (dist/replay/replay-run.js).
import { replayUnchangedRun } from "../dist/replay/replay-run.js"

if (!(await replayUnchangedRun(process.argv.slice(2)))) await import("../dist/cli/main.js")
