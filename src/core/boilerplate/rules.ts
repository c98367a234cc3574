// Built-in boilerplate rules, kept as data: each names what it cuts and why.
import type { RulePattern } from "./user-pattern.js";

export interface BoilerplateRule {
  name: string;
  /** What the rule recognises, for `--list-rules` and reports. */
  description: string;
  /** `line` cuts the whole unit; `prefix` strips the match from the start of the unit's first line. */
  mode: "line" | "prefix";
  /** A RegExp for built-in rules; user rules run on RE2 (user-pattern.ts). */
  pattern: RulePattern;
  /** A `line` rule only fires on units of at most this many tokens: prose that mentions the words stays. */
  maxWords: number;
  /** Vocabulary rules skip quoted speech: "I always subscribe to them," said his Lordship. */
  skipQuoted?: boolean;
  /** Lower-case words one of which every match holds: the pattern is tried only on text that has one. */
  mayMatch?: readonly string[];
}

const SHARE_WORDS =
  "(?:facebook|twitter|youtube|linkedin|instagram|pinterest)_(?:url|link)|share(?: this(?: article| story| post| page)?| (?:on|by|via) [\\w+]+)?|tweet|pin(?: it)?|e-?mail|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|google\\+|instagram|flipboard|rss|youtube|tiktok|telegram|threads|bluesky|copy link|copy|messenger|sms|\\d[\\d.,]*\\s?[km]?\\s?shares?|sharing is caring!?";

// The links of a site's footer, as they run together on one line when a page is turned into text.
// Not "help" or "legal": "Legal help" is a heading in a guide.
const FOOTER_LINKS =
  "about(?: us)?|contact(?: us)?|privacy(?: policy| notice)?|cookies?(?: policy| settings)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|site ?map|careers|advertise(?: with us)?|faqs?|accessibility(?: statement)?|legal notice|disclaimer|imprint|impressum|corrections|closed captioning policy|fcc public file|eeo report";

const SUBSCRIBE =
  "subscribe|subscribers?|subscription|newsletters?|sign(?:ing)?[ -]?up|register now|join now|create (?:an|your|a free) account|e-?edition";

export const BUILTIN_RULES: readonly BoilerplateRule[] = [
  {
    name: "forum-quote-header",
    description: 'forum chrome "Quote from NAME on DATE, TIME" at the start of a line',
    mode: "prefix",
    pattern:
      /^\s*Quote from\s+[^\n]{1,80}?\s+on\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*/,
    maxWords: Infinity,
  },
  {
    name: "forum-posted-by",
    description: 'forum chrome: "Posted by NAME", "Reply #N on: DATE", "Reply", "Quote", "Report"',
    mode: "line",
    pattern: /^(?:(?:originally )?posted by\b.{0,80}|reply #?\d+\b.{0,80}|(?:reply|quote|report(?: post)?|permalink|multi-?quote|like|likes?|unlike)\s*(?:\(\d+\))?)$/i,
    maxWords: 16,
  },
  {
    name: "attachment-trailer",
    description: 'an attachment list header such as "Uploaded files:" or "Attachments:"',
    mode: "line",
    pattern: /^(?:uploaded files|attachments?|attached files?|attached images?|downloads?)\s*:?$/i,
    maxWords: 3,
  },
  {
    name: "share-buttons",
    description: "a line made only of share and social-network button labels",
    mode: "line",
    pattern: new RegExp(`^(?:(?:${SHARE_WORDS})\\s*[|·•,/:-]?\\s*)+$`, "i"),
    maxWords: 16,
  },
  {
    name: "advertisement",
    description: 'ad slots and sponsorship labels: "Advertisement", "Sponsored", "Ad Choices"',
    mode: "line",
    pattern:
      /^(?:advertisement|advertising|advert|sponsored(?: content| post| links?)?|paid (?:content|post|partnership)|promoted(?: content)?|ad ?choices|story continues below(?: advertisement)?|continue reading below|article continues below(?: advertisement)?|skip ad|ad feedback|report (?:this )?ad)\s*:?$/i,
    maxWords: 4,
  },
  {
    name: "click-here",
    description: 'short calls to action: "click here", "tap here", "read more here"',
    mode: "line",
    pattern: /\b(?:click|tap) here\b|\bget the .{1,40} app\b|\bdownload (?:the|our) (?:free )?app\b/i,
    maxWords: 20,
    skipQuoted: true,
    mayMatch: ["here", "app"],
  },
  {
    name: "subscribe",
    description: "subscription, newsletter and sign-up prompts",
    mode: "line",
    // Anywhere in a label of up to eight words; at the start of a longer prompt ("Sign up for …").
    pattern: new RegExp(`^(?:\\S+\\s+){0,2}(?:${SUBSCRIBE})\\b|^(?=(?:\\S+\\s+){0,7}\\S+$).*\\b(?:${SUBSCRIBE})\\b`, "i"),
    maxWords: 16,
    skipQuoted: true,
  },
  {
    name: "account-links",
    description: 'account controls and form fields: "Log in", "Sign in", "My account", "Email address"',
    mode: "line",
    pattern: /^(?:log ?in|sign ?in|log ?out|sign ?out|my account|account|register|profile|sign in \/ register|log in \/ sign up|(?:your |enter your )?e-?mail address\s*\*?:?)$/i,
    maxWords: 5,
  },
  {
    name: "cookie-notice",
    description: "cookie banners and privacy or terms links",
    mode: "line",
    pattern:
      /^(?:cookies?|cookie (?:settings|policy|preferences|notice|consent)|manage (?:cookies|preferences|consent)|accept(?: all)?(?: cookies)?|reject all|privacy(?: policy| notice| settings)?|terms(?: of (?:use|service)| and conditions| & conditions)?|do not sell(?: or share)? my personal information|your privacy choices|closed captioning policy|fcc public file|eeo report)$|\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\bprivacy policy\b.*\b(?:terms|learn more)\b|\bterms (?:of use|under which)\b.*\bprivacy\b/i,
    maxWords: 40,
    skipQuoted: true,
    mayMatch: ["cookie", "accept", "reject", "privacy", "terms", "manage", "sell", "closed", "fcc", "eeo"],
  },
  {
    name: "footer-links",
    description: 'a line made only of two or more footer links: "About Us | Careers | Site map"',
    mode: "line",
    pattern: new RegExp(`^(?:(?:${FOOTER_LINKS})\\s*[|·•,/-]?\\s*){2,}$`, "i"),
    maxWords: 20,
  },
  {
    name: "copyright",
    description: 'copyright footers: "© 2024 …", "All rights reserved"',
    mode: "line",
    pattern: /^(?:©|\(c\)|copyright\b|@\s?\d{4}\b)|\ball rights? reserved\b/i,
    maxWords: 14,
    skipQuoted: true,
  },
  {
    name: "reprint-notice",
    description: 'wire-service reprint notices: "This material may not be published, broadcast, rewritten or redistributed"',
    mode: "line",
    pattern: /^this material may not be (?:published|reproduced|copied)\b.{0,60}\b(?:redistributed|rewritten)\b/i,
    maxWords: 40,
    mayMatch: ["material"],
  },
  {
    name: "affiliate-disclosure",
    description: 'affiliate-link disclosures: "This post may contain affiliate links", "As an Amazon Associate I earn …"',
    mode: "line",
    // "The blog contains affiliate links …" in an article about the blog is prose: only a page's
    // words about itself ("this post", "our site") are a disclosure.
    pattern:
      /^(?:(?:disclosure|disclaimer)\s*:\s*)?(?:this|our) (?:post|page|article|site|website|blog|story|review|guide|content)(?: may)? (?:contains?|includes?|uses?) (?:affiliate|referral)\b|\bparticipant in the amazon services llc associates program\b|^as an amazon associate,? (?:i|we)\b/i,
    maxWords: 40,
    skipQuoted: true,
    mayMatch: ["affiliate", "referral", "amazon"],
  },
  {
    name: "related-links",
    description: 'headers of related-link and recommendation boxes: "Read more", "Related", "Trending"',
    mode: "line",
    pattern:
      /^(?:read more|read next|see more|more (?:from|on|in)\b.{0,40}|more (?:stories|news|videos|articles|headlines)\b.{0,20}|related(?: articles| stories| posts| content| coverage| topics| links| tags)?(?: from .{1,60})?|recommended(?: for you| stories| reading)?|trending(?: now| stories| in .{1,30})?|hot topics|you (?:may|might) also like.{0,20}|also read|see also|most (?:read|popular|viewed)|top stories|latest(?: news| stories)?|editor'?s picks|popular(?: now| stories| posts| articles)?|more for you|what to read next|places in this story|topics?)\s*:?$/i,
    // "Related coverage from How to Do Everything: Money:"
    maxWords: 10,
  },
  {
    name: "more-link",
    description: 'a "More …" link to a section: "More", "More:", "More World", "More Business News"',
    mode: "line",
    pattern:
      /^More(?::|\s+(?:from|on|in)\s+\S.{0,40}|(?:\s+\p{Lu}[\p{L}'&-]*){0,3}\s+(?:News|Stories|Videos?|Links|Articles|Headlines|Coverage|World|Business|Sports?|Politics|Entertainment|Tech|Technology|Science|Health|Opinion|Lifestyle|Travel|Stories))?\s*[›»>]?$/u,
    maxWords: 6,
  },
  {
    name: "navigation",
    description: "single navigation and page-control labels: Home, Menu, Search, Skip to content, Back to top",
    mode: "line",
    pattern:
      /^(?:☰|home|menu|main menu|search|search \w+|close|open|next|previous|prev|back|back to top|go to top|top|skip to (?:main )?content|skip to navigation|jump to .{1,20}|toggle navigation|expand\s*\/\s*collapse search|view all|show more|load more|watch tv|watch live|listen live|get in touch|contact us|about us|follow us(?: on .{1,30})?|download (?:as )?pdf|print this (?:page|article))\s*[›»>]?$/i,
    maxWords: 6,
  },
  {
    name: "doubled-label",
    description: 'interface labels printed twice or glued together: "FollowFollowing", "Sponsored Links Sponsored Links"',
    mode: "line",
    pattern: /^(?=.*\p{L})(.{3,40}?)\s?\1\p{Ll}{0,4}$|^(?=\p{L}{12,}$)(?:\p{L}*\p{Ll}\p{Lu}){3}\p{L}*$/u,
    maxWords: 8,
  },
  {
    name: "pagination",
    description: 'page and gallery controls: "1 | 2 | 3", "1 / 9", "Page 2 of 5", "Next page"',
    mode: "line",
    pattern: /^\d{1,3}(?:\s*[|/·•]\s*\d{1,3})+\s*[›»>]?$|^\d{1,3}(?:\s+\d{1,3}){2,}\s*[›»>]?$|^(?:page\s+)?\d{1,4}\s+(?:of|\/)\s+\d{1,4}$|^(?:next|previous|prev|older|newer)(?: page| posts?| articles?| stor(?:y|ies)| entry| entries)?\s*[›»>]?$|^back to (?:gallery|article|story|list)$/i,
    maxWords: 12,
  },
  {
    name: "comments",
    description: 'comment-box chrome: "Comments", "Leave a comment", "You must log in to post a comment"',
    mode: "line",
    pattern:
      /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:leave|post|add|show|view|hide|load) (?:a |all |more )?(?:comments?|repl(?:y|ies))$|^comment on this (?:story|article|post)$|^cancel reply$|^join the (?:conversation|discussion)$|^(?:you must|please) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|registered|register) to (?:post|leave|add|view) (?:a )?comments?|^save my name\b.{0,40}\bin (?:this|my) browser\b|^notify me (?:of|via|by|when|if)\b.{0,60}\b(?:comments?|posts?|repl(?:y|ies)|answers?)\b|^this site uses akismet to reduce spam\b|^your e-?mail address will not be published\b|^required fields are marked\b/i,
    // Up to the comment form's longest line (WordPress: "Save my name, email, and website in …").
    maxWords: 20,
  },
  {
    name: "article-meta",
    description: 'publishing metadata: "Published: DATE", "Updated: DATE", "Filed under:", "Originally published at …", "Source: …"',
    mode: "line",
    pattern:
      /^(?:first |last )?(?:published|updated|posted|modified)\s*(?:on|:)\s*.{0,40}\b(?:\d{4}|\d{1,2}:\d{2})\b.{0,20}$|^(?:written|posted|published) (?:on|by)\b.{0,40}$|^(?:filed under|tagged|tags|posted in|categories|related tags)\s*:.{0,200}$|^originally (?:published|posted|appeared) (?:at|on|in)\b|^source\s*:\s*.{1,40}$|^you are (?:at|here)\s*:?|^\d{1,3}\s?(?:min(?:ute)?s?|m)\.? read$|^.{2,80}? contributed (?:reporting )?to (?:this|the) (?:report|story|article)\.?$|^.{2,80}? contributed reporting(?: from .{1,40})?\.?$|^(?:estimated )?reading time\s*:?\s*(?:about )?\d{1,3}\s?min(?:ute)?s?\.?$|^.{0,60}\|\s*updated\s*:.{0,40}\d{4}.{0,20}$/i,
    maxWords: 40,
  },
  {
    name: "cross-promotion",
    description: 'links to the same site\'s other stories: "On Example.com: …", "More on example.com"',
    mode: "line",
    pattern: /^(?:on|more on|also on|read more on|more from|more at) [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|io|news)\b\s*:/i,
    maxWords: 30,
  },
  {
    name: "media-label",
    description: 'a lone media label: "Video", "Photos", "Gallery", "Watch"',
    mode: "line",
    pattern: /^(?:video|videos|watch|photos?|gallery|audio|listen|play|play video|watch video|image|images|photo gallery|\d+ photos|\d+ images|close|now playing)$/i,
    maxWords: 3,
  },
  {
    name: "contact-email",
    description: "a line that is only an e-mail address (bylines, footers)",
    mode: "line",
    pattern: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
    maxWords: 8,
  },
];

/** Names of the built-in rules plus the scorer, for `--disable` checks and `--list-rules`. */
export const CTA_SCORE_RULE = "cta-score";
export const STUB_RULE = "stub";
