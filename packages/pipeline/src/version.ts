/** The crosscheck release, recorded with every run. */
export const CROSSCHECK_VERSION = "0.1.0"
