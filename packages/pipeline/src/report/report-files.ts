/**
 * The files a run writes in its report directory, by name. Plain, with no imports: discovery and
 * the no-change replay (which loads no effect) leave exactly these out of a corpus that holds the
 * report directory (discover/run-outputs.ts).
 */

/** The report directory when neither `--out` nor the configuration names one. */
export const DEFAULT_OUT_DIR = "crosscheck-report"

export const REPORT_FILE_NAMES = { md: "report.md", html: "report.html", json: "report.json" } as const

/** Where `replaceFile` writes a file before renaming it over `name`: a dot-file beside it, one per process. */
export const temporaryFileName = (name: string, pid: number): string => `.${name}.${pid}.tmp`

const names = Object.values(REPORT_FILE_NAMES).map((name) => name.replace(/\./g, "\\.")).join("|")
const REPORT_FILE = new RegExp(`^(${names}|\\.(${names})\\.\\d+\\.tmp)$`)

/** Whether `name` is a report file's, or its temporary file's (of any process: one killed mid-write leaves it). */
export const isReportFileName = (name: string): boolean => REPORT_FILE.test(name)
