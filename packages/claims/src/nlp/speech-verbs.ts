/** Verbs of saying, by lemma: "X said", "X told Y", "the report said". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "state", "declare", "note", "add", "stress", "announce", "report", "claim", "confirm",
  "reveal", "insist", "warn", "emphasize", "emphasise", "underline", "explain", "quote", "write",
  "acknowledge", "admit", "assert", "argue", "predict", "estimate", "forecast", "disclose", "show"
])
