import { createRequire } from "node:module"
import winkNLP from "wink-nlp"

/** The part of wink's core model its cache learns into: every lexeme by text, and by index. */
interface LexemeTable {
  readonly hash: Record<string, number>
  readonly list: ReadonlyArray<string>
}

/** A lexeme's features, as the model computes them for words it does not know. */
type LexemeFeatures = Record<string, (word: string, ...rest: ReadonlyArray<unknown>) => unknown>

/** The model's lemmatizer: a word's lemma for its part of speech (wink passes its cache to look words up). */
type Lemmatize = (value: string, pos: string, cache: unknown) => string

/** What the entity recognizer's token classes read of wink's cache: a lexeme's text by its index. */
interface LexemeCache {
  readonly value: (index: number) => string | undefined
}

/** The class the entity recognizer matches a token by (a year, a number, a date, an e-mail …, or the token itself). */
type TokenClass = (token: number, cache: LexemeCache, ...rest: ReadonlyArray<unknown>) => number

interface EntityModel {
  readonly transformers: ReadonlyArray<TokenClass | undefined>
}

interface WinkModel {
  readonly core: () => { readonly features: { readonly lexeme: LexemeTable } }
  readonly featureFn: (...args: ReadonlyArray<unknown>) => LexemeFeatures
  readonly addons: { readonly lemmatize: Lemmatize }
  readonly ner: () => EntityModel
}

interface Wink {
  readonly nlp: ReturnType<typeof winkNLP>
  readonly lexemes: LexemeTable
  /** Lexemes from this index on were learned from documents since the last forgetting. */
  learnedFrom: number
}

// Only the annotations an Analysis carries: wink's default pipe also runs negation and sentiment
// (and custom entities), which nothing reads and which cost a scan of every token.
const pipe = ["sbd", "pos", "ner"]

const LETTER = /[a-z]/i
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/

/**
 * The model's `isAbbrev` feature is `/[a-z].*\.$/i`, which backtracks quadratically on a long
 * token (a 40,000-letter token took 11 s, a 400 KB one minutes). This is the same test in one
 * pass: the word ends with "." and has a letter before it on the same line.
 */
const isAbbrev = (word: string): 0 | 1 => {
  if (!word.endsWith(".")) return 0
  for (let at = word.length - 2; at >= 0; at--) {
    const char = word[at]!
    if (LETTER.test(char)) return 1
    if (LINE_TERMINATOR.test(char)) return 0
  }
  return 0
}

/** How many words' features are remembered at most; then the memory starts again (features are only recomputed). */
const MAX_REMEMBERED_WORDS = 200_000

/** The features `rememberedFeatures` keeps of one word: the default POS with the token category it was asked for. */
interface RememberedWord {
  shape?: unknown
  pos?: unknown
  posCategory?: unknown
}

/**
 * The model's `shape` ("Xxxxx", "dd.d": seven regex replacements) and default `pos` (the lower-cased
 * word's tag if the model knows it, else a guess from its case and ending) remembered per word. wink
 * computes a word's features when it learns the word, and every word an article teaches it is
 * forgotten before the next article (`forgetLearnedLexemes`) and learned again, features and all,
 * when it recurs: the shape is a function of the word alone, the default POS of the word, its token
 * category and the model as shipped (never of the words learned), so neither need be worked out again.
 */
const rememberedFeatures = (features: LexemeFeatures): Partial<LexemeFeatures> => {
  const words = new Map<string, RememberedWord>()
  // wink asks for a word's features one after another: the last word's are at hand without a lookup.
  let lastWord: string | undefined
  let last: RememberedWord = {}
  const rememberedOf = (word: string): RememberedWord => {
    if (word === lastWord) return last
    let known = words.get(word)
    if (known === undefined) {
      if (words.size >= MAX_REMEMBERED_WORDS) words.clear()
      words.set(word, (known = {}))
    }
    lastWord = word
    last = known
    return known
  }
  const { shape, pos } = features
  return {
    ...(shape === undefined
      ? {}
      : {
          shape: (word, ...rest) => {
            const known = rememberedOf(word)
            if (known.shape === undefined) known.shape = shape(word, ...rest)
            return known.shape
          }
        }),
    ...(pos === undefined
      ? {}
      : {
          pos: (word, category, ...rest) => {
            const known = rememberedOf(word)
            if (known.pos === undefined || known.posCategory !== category) {
              known.pos = pos(word, category, ...rest)
              known.posCategory = category
            }
            return known.pos
          }
        })
  }
}

const linearFeatures = (featureFn: WinkModel["featureFn"]): WinkModel["featureFn"] => (...args) => {
  const features = featureFn(...args)
  return { ...features, ...rememberedFeatures(features), isAbbrev }
}

/** The parts of speech the model's lemmatizer works on (its exception lists, then suffixes): any other word is its own lemma. */
const LEMMATIZED_POS: ReadonlySet<string> = new Set(["NOUN", "VERB", "ADJ"])

/**
 * The model's lemmatizer with its answers remembered per part of speech and word. wink asks it of
 * every word whose lemma its lexicon does not hold (over Reuters+BBC 99,098 nouns, verbs and
 * adjectives, of which 6,563 distinct), and the answer reads only the word, the part of speech and
 * the model as shipped: a suffix is cut only to a base form the model knows, never to a word learned.
 */
const rememberedLemmas = (lemmatize: Lemmatize): Lemmatize => {
  const lemmas = new Map([...LEMMATIZED_POS].map((pos) => [pos, new Map<string, string>()]))
  let remembered = 0
  return (value, pos, cache) => {
    const ofPos = lemmas.get(pos)
    if (ofPos === undefined) return lemmatize(value, pos, cache)
    const known = ofPos.get(value)
    if (known !== undefined) return known
    if (remembered >= MAX_REMEMBERED_WORDS) {
      for (const words of lemmas.values()) words.clear()
      remembered = 0
    }
    const lemma = lemmatize(value, pos, cache)
    ofPos.set(value, lemma)
    remembered++
    return lemma
  }
}

const UNKNOWN_CLASS = -1
const INITIAL_CLASSES = 1 << 16

/**
 * The entity recognizer's token class remembered by lexeme. The recognizer asks for the class of a
 * token at every step of matching, several times a token, and the model works it out from the
 * lexeme's text and properties alone (a number's value, its token type, its entity hint; the text
 * is cleared of commas and stops by a regex every time). A lexeme never changes once wink has it in
 * its list (the list only grows: a word forgotten and learned again is a new lexeme), so its class
 * is remembered by its index; an index wink has no lexeme for is asked every time.
 */
const rememberedClasses = (tokenClass: TokenClass): TokenClass => {
  let classes = new Int32Array(INITIAL_CLASSES).fill(UNKNOWN_CLASS)
  return (token, cache, ...rest) => {
    // out of range (or no index at all) reads undefined
    const known: number | undefined = classes[token]
    if (known !== undefined && known !== UNKNOWN_CLASS) return known
    const computed = tokenClass(token, cache, ...rest)
    if (cache.value(token) === undefined || !Number.isInteger(computed) || computed < 0 || computed > 0x7fffffff) return computed
    while (token >= classes.length) {
      const grown = new Int32Array(classes.length * 2).fill(UNKNOWN_CLASS)
      grown.set(classes)
      classes = grown
    }
    classes[token] = computed
    return computed
  }
}

/** The model's entity recognizer with its token classes remembered (`rememberedClasses`). */
const entityModel = (model: WinkModel): EntityModel => {
  const ner = model.ner()
  return { ...ner, transformers: ner.transformers.map((transformer) => (transformer === undefined ? undefined : rememberedClasses(transformer))) }
}

// wink's POS tagger and entity patterns only work on the first instance made in a process:
// make exactly one, on first use. The model (several MB) is loaded then too, so commands that
// never analyse a text (`--help`, `query`, `export`) do not pay for it.
let instance: Wink | undefined
const wink = (): Wink => {
  if (instance !== undefined) return instance
  const model = createRequire(import.meta.url)("wink-eng-lite-web-model") as WinkModel
  // The core model wink builds its cache on, kept to reach the cache's lexeme table.
  let core: ReturnType<WinkModel["core"]> | undefined
  const nlp = winkNLP(
    {
      ...model,
      core: () => (core = model.core()),
      featureFn: linearFeatures(model.featureFn),
      addons: { ...model.addons, lemmatize: rememberedLemmas(model.addons.lemmatize) },
      ner: () => entityModel(model)
    } as never,
    pipe
  )
  if (core === undefined) throw new Error("wink-nlp did not load its core model")
  const lexemes = core.features.lexeme
  instance = { nlp, lexemes, learnedFrom: lexemes.list.length }
  return instance
}

/**
 * wink's cache learns every token it reads, and its tokenizer then treats a learned token as a
 * known word and stops splitting it ("week's" is split until "week's" has been seen once), so an
 * article's tokens would depend on the articles read before it. Before each document, the
 * lexemes earlier documents taught it are taken out of the table its tokenizer looks words up in
 * (they stay in the list, where tokens already read point; the list only grows by the article's
 * new words), so each article is read by the model as shipped, whatever came before.
 */
const forgetLearnedLexemes = (state: Wink): void => {
  const { hash, list } = state.lexemes
  for (let index = state.learnedFrom; index < list.length; index++) {
    const text = list[index]!
    if (hash[text] === index) delete hash[text]
  }
  state.learnedFrom = list.length
}

/** Loads wink and its model now rather than on the first text analysed (an extraction thread does it while it waits for work). */
export const loadWinkModel = (): void => {
  wink()
}

/** The one wink instance, having forgotten what earlier documents taught it. */
export const freshWink = (): Wink["nlp"] => {
  const state = wink()
  forgetLearnedLexemes(state)
  return state.nlp
}
