/**
 * The extractor version stored with every claim. Bump it whenever extraction output can change:
 * incremental runs re-extract every article stored under another version.
 */
export const EXTRACTOR_VERSION = "crosscheck-extract/0.3.267"
