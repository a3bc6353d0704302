#!/usr/bin/env node
// A rerun with nothing changed replays what it printed, without loading the CLI (dist/replay/replay-run.js);
// a run from scratch starts its extraction threads before the CLI loads (dist/extract/extraction-threads.js),
// with the heap growth every thread of the process runs with (dist/cli/heap-growth.js, set again by the CLI).
import { replayUnchangedRun, threadsToWarm } from "../dist/replay/replay-run.js"

const argv = process.argv.slice(2)
if (!(await replayUnchangedRun(argv))) {
  const { defaultJobs, warmExtractionThreads } = await import("../dist/extract/extraction-threads.js")
  const threads = threadsToWarm(argv, defaultJobs())
  if (threads > 0) {
    ;(await import("../dist/cli/heap-growth.js")).limitHeapGrowth()
    warmExtractionThreads(threads)
  }
  await import("../dist/cli/main.js")
}
