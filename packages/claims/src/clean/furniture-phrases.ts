import type { FurnitureKind } from "../model/article.js"
import { COMMENT_TIMESTAMP, COPYRIGHT_YEAR } from "../time/timex-patterns.js"

/**
 * How a recognised line acts:
 * - `line`: the line is furniture;
 * - `beside`: furniture only next to other furniture (a lone "Facebook" may be a word in a list);
 * - `section`: starts the page's trailing section (comments, reply form, author box): everything
 *   after it is furniture, provided enough article text precedes it; otherwise just the line;
 * - `section-beside`: a `section` that needs a comment-like line right after it ("Comments");
 * - `count`: a comment count ("3 Comments"), which themes also print under the headline: a
 *   `section` when a comment follows it, else a lone furniture line;
 * - `list` / `list-strong`: a heading over a list of links ("Related articles"): the heading and
 *   the short lines under it are furniture when the list runs into furniture or the end; a
 *   `list-strong` heading is furniture even when prose follows it.
 */
export type PhraseRole = "line" | "beside" | "section" | "section-beside" | "count" | "list" | "list-strong"

export interface FurniturePhrase {
  readonly kind: FurnitureKind
  readonly role: PhraseRole
  /** Matches a whole normalised line (case-insensitive); no capturing groups. */
  readonly pattern: string
  /**
   * Words every line the pattern matches holds, when the pattern may start anywhere in its line (a
   * leading `.{0,200}`, the costliest part of the matcher): a line without them is not tried against it.
   */
  readonly holds?: string
}

const number = String.raw`(?:\d[\d,]*|no|one|two|three|four|five)`

/** Whole-line phrases of page furniture, first match wins. General widget wording, not any one site's. */
export const furniturePhrases: ReadonlyArray<FurniturePhrase> = [
  // Comment threads (WordPress, wpDiscuz, Disqus and kin).
  { kind: "comments", role: "count", pattern: String.raw`${number} (?:comments?|responses?|replies|thoughts)(?: (?:on|to) .{1,200})?` },
  { kind: "comments", role: "section", pattern: String.raw`there (?:are|is) ${number} comments?(?: (?:on|for) this (?:post|article|story|entry))?\.?` },
  { kind: "comments", role: "section", pattern: String.raw`(?:newest|oldest|most voted|most liked|best)(?: (?:newest|oldest|most voted|most liked|best))+` },
  { kind: "comments", role: "section", pattern: String.raw`inline feedbacks` },
  { kind: "comments", role: "section", pattern: String.raw`(?:view|show|load|see|read) (?:all |more |the )?(?:\d+ )?comments?(?: \(\d+\))?` },
  { kind: "comments", role: "section", pattern: String.raw`notify of(?: new .{0,60})?` },
  { kind: "comments", role: "section", pattern: String.raw`would love your thoughts, please comment\b.{0,3}` },
  { kind: "comments", role: "section", pattern: String.raw`comments? (?:are|is) (?:now )?closed\.?` },
  { kind: "comments", role: "section", pattern: String.raw`join the (?:discussion|conversation)|be the first to comment\.?|comments powered by disqus\.?` },
  { kind: "comments", role: "section", pattern: String.raw`sort by (?:newest|oldest|best|top|most voted|most liked)` },
  { kind: "comments", role: "section", pattern: String.raw`commenting (?:has been |is )?(?:closed|disabled)\.?` },
  { kind: "comments", role: "count", pattern: String.raw`(?:reader )?comments? \(\d+\)` },
  { kind: "comments", role: "section-beside", pattern: String.raw`(?:reader )?comments?|responses` },
  { kind: "reply_form", role: "section", pattern: String.raw`(?:leave|post|add|write|submit) (?:a |your |a new )?(?:reply|comment|response)(?: (?:to|on) .{1,200})?(?: cancel reply)?` },
  { kind: "reply_form", role: "section", pattern: String.raw`cancel reply` },
  { kind: "reply_form", role: "section", pattern: String.raw`you must be (?:logged|signed) in to post a comment\.?|(?:log|sign) in to (?:comment|reply)` },
  { kind: "reply_form", role: "section", pattern: String.raw`your email address will not be published\b.{0,80}` },
  // Author box of WordPress themes: what follows is the author's bio and post list.
  { kind: "navigation", role: "section", pattern: String.raw`the following (?:two )?tabs change content below\.?|about the author` },

  // Share bars (the one-word platform lines are recognised in share-line.ts).
  { kind: "share", role: "line", pattern: String.raw`click to (?:share|email|print) .{0,60}` },
  { kind: "share", role: "line", pattern: String.raw`like this:?|like loading(?:\.{3}|…)?|\d[\d.,]*k? shares?` },
  { kind: "share", role: "line", pattern: String.raw`(?:follow|like) (?:us|@\w{1,40}) on (?:twitter|facebook|instagram|x|linkedin|threads|bluesky)\b.{0,80}` },

  // Newsletter and subscription prompts.
  { kind: "subscribe", role: "line", pattern: String.raw`subscribe(?: now| today| for free| here)?!?` },
  { kind: "subscribe", role: "line", pattern: String.raw`(?:subscribe|sign up|register) here\b.{0,200}` },
  { kind: "subscribe", role: "line", pattern: String.raw`(?:subscribe|sign up|register) (?:to|for|here|now|today)\b.{0,160}\b(?:newsletters?|inbox|e-?mails?|updates|alerts|digest|briefing)\b.{0,100}` },
  { kind: "subscribe", role: "line", pattern: String.raw`(?:get|receive) (?:our|the) .{0,60}newsletter.{0,80}` },
  { kind: "subscribe", role: "line", pattern: String.raw`newsletter(?: sign[- ]?up)?` },
  // A pitch can be a plain sentence: furniture only beside another prompt.
  { kind: "subscribe", role: "beside", pattern: String.raw`.{0,200}\b(?:delivered|sent|straight|direct(?:ly)?) (?:to|into) your inbox\b.{0,60}`, holds: "your inbox" },

  // Advertising slots.
  { kind: "advertisement", role: "line", pattern: String.raw`advertisements?|advert|sponsored(?: content)?|promoted(?: content)?|paid content` },
  { kind: "advertisement", role: "line", pattern: String.raw`(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad|advert))?` },
  { kind: "advertisement", role: "line", pattern: String.raw`advertisement\s*[-–—:]\s*(?:scroll|continue) .{0,40}|scroll to continue(?: with content)?` },
  { kind: "advertisement", role: "line", pattern: String.raw`continue reading (?:the main story|below)|supported by` },

  // Navigation and link lists.
  { kind: "navigation", role: "line", pattern: String.raw`scroll (?:up|to top|back to top)|(?:back|go) to top|skip to (?:main )?content|skip to navigation|toggle navigation|(?:main |primary |open |close )?menu` },
  { kind: "navigation", role: "line", pattern: String.raw`(?:previous|next|older|newer) (?:article|post|story|entry|posts)` },
  { kind: "navigation", role: "line", pattern: String.raw`(?:read (?:more|next|also)|see also|also read|related|recommended)\s*:\s*\S.{0,150}` },
  { kind: "navigation", role: "line", pattern: String.raw`read more|read (?:the )?full (?:story|article)|continue reading|click here to read more|(?:show|see|view) (?:more|less)|loading(?:\.{3}|…)` },
  { kind: "navigation", role: "line", pattern: String.raw`\d{1,3} min(?:ute)?s? read|listen to (?:this )?(?:article|story)(?: \d{1,3} min(?:ute)?s?)?` },
  // Legal footers and cookie notices.
  { kind: "navigation", role: "line", pattern: String.raw`(?:©|\(c\)|copyright (?:©|\(c\)|${COPYRIGHT_YEAR})).{0,200}` },
  { kind: "navigation", role: "line", pattern: String.raw`.{0,200}\ball rights reserved\b.{0,200}`, holds: "all rights reserved" },
  { kind: "navigation", role: "line", pattern: String.raw`(?:we|this (?:web)?site) uses? cookies\b.{0,300}|(?:accept|reject|manage) (?:all )?cookies|cookie (?:policy|settings|preferences)` },
  { kind: "navigation", role: "list-strong", pattern: String.raw`related (?:articles|posts|stories|news|content|coverage|links|reading)|more on this (?:story|topic)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)` },
  { kind: "navigation", role: "list", pattern: String.raw`related|recommended(?: for you| stories| articles| reading)?|trending(?: now| stories)?|popular|top stories|further reading|editor's picks|(?:latest|more) (?:news|stories|articles|posts)|more from .{1,40}|most (?:popular|read|viewed|shared)(?: (?:stories|articles|now|today))?` },

  // Tag lists with a label; unlabelled ones are recognised by shape in tag-run.ts.
  { kind: "tags", role: "line", pattern: String.raw`(?:tags?|tagged(?: with| in| as)?|topics?|filed under|categories|keywords)\s*:\s*\S.{0,300}` },
  { kind: "tags", role: "list", pattern: String.raw`tags|topics|keywords` },
  // WordPress entry footers: category and tag links, never ending like a sentence.
  { kind: "tags", role: "line", pattern: String.raw`(?:posted in|tagged(?: with| in| as)?) [^.!?:]{1,200}|this entry was posted in .{1,300}` }
]

/** Lines of a reader comment's header or footer, confirming a "Comments" heading or a comment count. */
const commentLines = [
  String.raw`\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago`,
  String.raw`reply|log in to reply|report`,
  String.raw`.{1,60} says:?`,
  COMMENT_TIMESTAMP
]
export const COMMENT_LINE = new RegExp(`^(?:${commentLines.map((pattern) => `(?:${pattern})`).join("|")})$`, "iu")
