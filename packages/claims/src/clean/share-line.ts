/** Words of share bars: verbs that name the action, platforms, and the filler between them. */
const SHARE_VERBS: ReadonlySet<string> = new Set(["share", "tweet", "retweet", "email", "e-mail", "print"])
const PLATFORMS: ReadonlySet<string> = new Set([
  "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "pin", "reddit", "telegram", "messenger",
  "tumblr", "flipboard", "pocket", "mail", "sms", "bluesky", "threads", "mastodon", "vk", "weibo", "wechat"
])
const FILLERS: ReadonlySet<string> = new Set([
  "on", "via", "this", "article", "story", "post", "page", "with", "link", "copy", "in", "new", "window", "opens",
  "the", "to", "a", "friend", "friends", "your", "it", "by", "click"
])
// The words between separators, read one at a time: most lines fail at their first word.
const WORDS = /[^\s|•·,/:()]+/g
// Share counts ("Share 12", "1.2k") sit in share bars beside the words.
const COUNT = /^\d[\d.,]*k?$/

const MAX_LENGTH = 120

/**
 * Whether a normalised line is a share bar: `"line"` when it names a share action or two
 * platforms ("Share", "Facebook Twitter Email"), `"beside"` for a lone platform name, which is
 * furniture only next to other furniture, else undefined.
 */
export const shareLine = (text: string): "line" | "beside" | undefined => {
  if (text.length > MAX_LENGTH) return undefined
  let verbs = 0
  let platforms = 0
  for (const [word] of text.matchAll(WORDS)) {
    // (A word lower-cased on its own reads as in the lower-cased line wherever it could matter: every listed word is ASCII.)
    const token = word.toLowerCase()
    if (SHARE_VERBS.has(token)) verbs++
    else if (PLATFORMS.has(token)) platforms++
    else if (!FILLERS.has(token) && !COUNT.test(token)) return undefined
  }
  if (verbs > 0 || platforms > 1) return "line"
  return platforms === 1 ? "beside" : undefined
}
