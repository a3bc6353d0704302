// Sentence punctuation never appears in a run of keyword tags.
const SENTENCE_PUNCTUATION = /[.!?;:,"“”()[\]]/
// Credit lines ("Reporting by Tom Smith in London and Tom Jones in Paris") are content.
const CREDIT_LINE = /^(?:additional )?(?:reporting|writing|editing|research|compiled|written|produced|photos?|pictures|images?|graphics|video) by\b|^by\b/i
const CAPITALISED = /^\p{Lu}/u
const MIN_WORDS = 6
const MIN_WORDS_UNREPEATED = 8
const MIN_REPEATED_WORD_LENGTH = 3
const MIN_REPEATED_WORDS = 2
const MAX_LENGTH = 500

/**
 * Whether a normalised line is an unlabelled tag list: six or more words, no sentence
 * punctuation, mostly capitalised, and either repeating several words (tags share names:
 * "Putin in China", "Putin Beijing", "China Russia") or, from eight words, almost all
 * capitalised. Used only for the article's last lines.
 */
export const isTagRun = (text: string): boolean => {
  if (text.length > MAX_LENGTH || SENTENCE_PUNCTUATION.test(text) || CREDIT_LINE.test(text)) return false
  const words = text.split(" ")
  if (words.length < MIN_WORDS) return false
  const capitalised = words.filter((word) => CAPITALISED.test(word)).length / words.length
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const word of words) {
    const key = word.toLowerCase()
    if (key.length >= MIN_REPEATED_WORD_LENGTH && seen.has(key)) repeated.add(key)
    seen.add(key)
  }
  return (
    (repeated.size >= MIN_REPEATED_WORDS && capitalised >= 0.5) ||
    (capitalised >= 0.85 && words.length >= MIN_WORDS_UNREPEATED)
  )
}
