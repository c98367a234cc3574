// Built-in boilerplate rules, kept as data: each names what it cuts and why.
import type { RulePattern } from "./user-pattern.js";

/** A line that is only an e-mail address: the contact-email rule's pattern, which the page model reads too. */
export const EMAIL_ALONE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

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
  /** A test the whole line must also pass, for what a pattern cannot say (numbers that count up). */
  accept?: (line: string) => boolean;
  /** Lower-case words one of which every match holds: the pattern is tried only on text that has one. */
  mayMatch?: readonly string[];
  /** What the rule must cut and must keep; tests/core/rule-examples.test.ts runs every one. */
  examples: RuleExamples;
}

/**
 * A rule's examples, written in the shapes of real lines. A line stands between two paragraphs of
 * prose in a plain text; a `markdown` example is a whole Markdown text, none of which may be cut.
 */
export interface RuleExamples {
  cut: readonly string[];
  /**
   * What the lines to cut stand over, when the rule needs it to see chrome: a box's heading is cut
   * over the box's short lines ("Archives" over "March 2024" / "February 2024"), and stays over a
   * paragraph of prose, a writer's section.
   */
  over?: string;
  keep: readonly (string | { markdown: string })[];
}

/** A date as a comment's header writes it: "Aug 9, 2012", "December 4th, 2010", "9 Aug 2012", "2012-08-09", "8/9/2012". */
const DATE_WORDS =
  "(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})";

const SHARE_WORDS =
  "(?:facebook|twitter|youtube|linkedin|instagram|pinterest)_(?:url|link)|share(?: this(?: article| story| post| page)?| (?:on|by|via) [\\w+]+)?|tweet|pin(?: it)?|e-?mail|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|google\\+|instagram|flipboard|rss|youtube|tiktok|telegram|threads|bluesky|copy link|copy|messenger|sms|\\d[\\d.,]*\\s?[km]?\\s?shares?|sharing is caring!?" +
  // The page tools and bookmarking sites of older news pages ("Story Tools: E-MAIL | PRINT | Text
  // Size: S M L XL", "Post this story to: del.icio.us | Digg | Newsvine"): 146 lines of chrome on
  // wide-dev and dev, no keep line, no line of the prose files or the fixtures.
  "|digg(?: it| this)?|del\\.icio\\.us|delicious|stumbleupon|newsvine|nowpublic|fark|technorati|myspace|yahoo!? ?buzz|e-?mail (?:this|to a friend)(?: page| story| article)?|print this(?: page| story| article)?|printable version|printer[- ]friendly(?: version| page| format)?|(?:text|font) size:?(?:\\s+(?:s|m|l|xl|a\\+?|a-|\\+|-)\\b)*|reprints?|single page|report (?:a )?typo|send (?:us )?(?:your )?feedback|story tools:?|post this (?:story|article) to:?" +
  // And their font and bookmark buttons ("Normal font", "[-] Text [+]", "Digg This | Save to del.icio.us").
  "|mixx|save to|\\[-\\] text \\[\\+\\]|(?:normal|large|larger|small|smaller|enlarge|decrease|increase|reset) (?:font|text)(?: size)?";

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
    examples: {
      cut: ["Quote from Jane Roe on March 18, 2021, 4:45 PM"],
      keep: [
        "A quote from the mayor on Monday set the tone for the rest of the debate in the council chamber.",
      ],
    },
  },
  {
    name: "forum-posted-by",
    description: 'forum chrome: "Posted by NAME", "Reply #N on: DATE", "Reply", "Quote", "Report", a comment\'s header "by NAME on DATE at TIME … Reply"',
    mode: "line",
    // A comment's header holds its date, its time and the comment's "reply" action ("by jroe on Aug
    // 9, 2012 10:40 AM EDT up reply actions"): a byline over an article has no reply button.
    pattern: new RegExp(
      "^(?:(?:originally )?posted by\\b.{0,80}|reply #?\\d+\\b.{0,80}|(?:reply|quote|report(?: post)?|permalink|multi-?quote|like|likes?|unlike)\\s*(?:\\(\\d+\\))?" +
        // A comment's actions: "Flag as Inappropriate", "Report Abuse", Blogger's "ReplyDelete".
        "|flag as inappropriate|report abuse|reply ?delete" +
        "|\\[reply\\]|reply\\s*[↓/]|reply to this(?: parent)?(?: share)?" +
        `|by\\s.{1,60}?\\son\\s${DATE_WORDS},?\\s(?:at\\s)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:[ap]\\.?m\\.?)?\\b.{0,40}?\\breply\\b(?! to\\b).{0,30})$`,
      "i",
    ),
    maxWords: 16,
    mayMatch: ["posted", "repl", "quote", "report", "permalink", "like"],
    examples: {
      cut: ["Posted by jroe", "Reply #12 on: May 3, 2021, 10:02:11 AM", "Quote", "Report post", "[Reply]", "ReplyDelete", "Report Abuse", "Reply to This Parent Share", "by jroe on Aug 9, 2012 10:40 AM EDT up reply actions 4 recs", "by Jane Roe on December 4, 2010 at 10:42 pm. Reply #"],
      keep: [
        "Reply to the letter within ten days or the claim lapses, the notice said.",
        "by Anna Lee on March 3, 2023 at 10:40 am",
        "by the council on May 2, 2023 at 9:00 am in reply to the residents",
        { markdown: "## Comments\n\nReaders can reply to a comment, quote it or report it:\n\n- Reply opens a form under the comment.\n- Quote copies the comment into the form.\n" },
        { markdown: "## Workspaces\n\nTurn members that each name the version\n\n```toml\n[dependencies]\nbar = \"1.2\"\n```\nlike\n```toml\n[workspace.dependencies]\nbar = \"1.2\"\n```\n" },
      ],
    },
  },
  {
    name: "attachment-trailer",
    description: 'an attachment list header such as "Uploaded files:" or "Attachments:"',
    mode: "line",
    pattern: /^(?:uploaded files|attachments?|attached files?|attached images?|downloads?)\s*:?$/i,
    maxWords: 3,
    examples: {
      cut: ["Uploaded files:", "Attachments:"],
      keep: [
        "Attachments to the contract list every delivery date and the penalty for each day of delay.",
      ],
    },
  },
  {
    name: "share-buttons",
    description: "a line made only of share and social-network button labels",
    mode: "line",
    // A row of links may open with its separator ("| Reprints | Single Page |").
    pattern: new RegExp(`^[|·•]?\\s*(?:(?:${SHARE_WORDS})\\s*[|·•,/:-]?\\s*)+$`, "i"),
    maxWords: 16,
    examples: {
      cut: ["Share on Facebook", "Facebook Twitter LinkedIn Email", "12 Shares", "Sharing is caring!", "Post this story to: del.icio.us | Digg | Newsvine | Reddit", "Story Tools: E-MAIL | PRINT | Text Size: S M L XL | REPORT TYPO", "Email to a friendPrinter friendly", "| Reprints | Single Page |", "Digg This | Save to del.icio.us", "Normal font"],
      keep: [
        "Print runs of the first edition were small, and copies now sell for thousands at auction.",
        "Digg was the front page of the web for a few years, until a redesign drove its readers away.",
        "12 shares in the company changed hands before the market opened, according to the exchange's records for the day.",
      ],
    },
  },
  {
    name: "advertisement",
    description: 'ad slots and sponsorship labels: "Advertisement", "Sponsored", "Ad Choices"',
    mode: "line",
    pattern:
      /^(?:advertisement|advertising|advert|sponsored(?: content| post| links?)?|paid (?:content|post|partnership)|promoted(?: content)?|ad ?choices|story continues below(?: advertisement)?|continue reading below|article continues below(?: advertisement)?|skip ad|ad feedback|report (?:this )?ad|view this ad)\s*:?$/i,
    maxWords: 4,
    examples: {
      cut: ["Advertisement", "Sponsored content", "Story continues below advertisement", "View this ad"],
      keep: [
        "Advertising revenue fell by a fifth last year, the company said in its annual report.",
        { markdown: "## Ad slots\n\nThe plugin renders one of these labels above each slot:\n\n- Advertisement\n- Sponsored content (when the campaign is paid by a partner)\n" },
      ],
    },
  },
  {
    name: "click-here",
    description: 'short calls to action: "click here", "tap here", "read more here"',
    mode: "line",
    pattern: /\b(?:click|tap) here\b|\bget the .{1,40} app\b|\bdownload (?:the|our) (?:free )?app\b/i,
    maxWords: 20,
    skipQuoted: true,
    mayMatch: ["here", "app"],
    examples: {
      cut: ["Click here to download the full report", "Get the Example News app"],
      keep: [
        "Researchers found that users click here and there without reading, which the authors say explains why so many of the warnings shown in the study were ignored by participants.",
        "Get out of here now!",
        "- Click here and there in the [preview pane](./preview.md) to move the cursor.",
        { markdown: "[Click here] to open the interactive chart.\n\n[Click here]: ./chart.svg\n" },
      ],
    },
  },
  {
    name: "subscribe",
    description: "subscription, newsletter and sign-up prompts",
    mode: "line",
    // Anywhere in a label of up to eight words; at the start of a longer prompt ("Sign up for …").
    pattern: new RegExp(`^(?:\\S+\\s+){0,2}(?:${SUBSCRIBE})\\b|^(?=(?:\\S+\\s+){0,7}\\S+$).*\\b(?:${SUBSCRIBE})\\b`, "i"),
    maxWords: 16,
    skipQuoted: true,
    // A prompt speaks to the reader; a line in the first person singular ("I, too, subscribe to
    // that view") is somebody's writing.
    accept: (line) => !/^\s*I\b(?!')/.test(line),
    examples: {
      cut: ["Sign up for our free newsletter", "Free sign-up", "Subscribe"],
      keep: [
        "Readers who subscribe to the paper's print edition have fallen by a third since 2015, the company said in its annual report to shareholders on Monday morning.",
        "“I always subscribe to them,” said his Lordship.",
        "I, too, subscribe to the paint-himself-in-corner view.",
        "BT is offering customers free internet telephone calls if they sign up to broadband in December.",
        "- Subscribe to the [project blog](https://example.org/blog) for release announcements.",
        "- A [Hosting](https://hosting.example.com/signup) account with one project",
        "We will subscribe:\n- the release channel\n- the security channel",
        { markdown: "## Stay in touch\n\n- Subscribe to the [announcements list](https://example.org/list).\n- Read the [changelog](./CHANGELOG.md) before you upgrade.\n" },
        { markdown: "## Messaging patterns\n\nThe broker supports three patterns:\n\n- Publish\n- Subscribe\n- Request and reply\n" },
        { markdown: "## Thanks\n\nThe people who did the work each week are listed in these newsletters, one a week:\n\n- [Newsletter 1](https://forum.example.org/t/newsletter-1/101)\n- [Newsletter 2](https://forum.example.org/t/newsletter-2/117)\n- [Newsletter 3](https://forum.example.org/t/final-newsletter/130)\n" },
      ],
    },
  },
  {
    name: "account-links",
    description: 'account controls and form fields: "Log in", "Sign in", "My account", "Email address", a login form\'s "Username:", "Password:", "Remember me", "Forgot your password?"',
    mode: "line",
    pattern: /^(?:log ?in|sign ?in|log ?out|sign ?out|my account|account|register|profile|sign in \/ register|log in \/ sign up|(?:your |enter your )?e-?mail address\s*\*?:?|(?:user ?name|nick ?name|password)\s*:?\s*\*?|remember me|keep me (?:logged|signed) in|(?:forgot|lost) (?:your )?(?:password|user ?name|login)(?: or password)?\s*\??)$/i,
    maxWords: 5,
    examples: {
      cut: ["Log In", "Enter your email address", "My account", "Username:", "Password: *", "Remember me", "Forgot your password?", "Forgot username or password?"],
      keep: [
        "Log in to the server as the deploy user before you run the migration, or it will fail.",
        "Forgot your password? Ask the librarian at the front desk to reset it for you.",
        { markdown: "## Screens\n\n- Sign in\n- Dashboard with the list of projects\n- Settings of one project\n" },
      ],
    },
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
    examples: {
      cut: ["We use cookies to improve your experience on our site.", "Accept all cookies", "FCC Public File"],
      keep: [
        "Cookies baked with brown butter keep their chew for days, the baker said.",
        { markdown: "## Options\n\n### cookies\n\nA list of cookie names the proxy forwards; the rest are dropped.\n\n- Privacy policy\n\n  The page the consent banner links to.\n" },
      ],
    },
  },
  {
    name: "footer-links",
    description: 'a line made only of two or more footer links: "About Us | Careers | Site map"',
    mode: "line",
    pattern: new RegExp(`^(?:(?:${FOOTER_LINKS})\\s*[|·•,/-]?\\s*){2,}$`, "i"),
    maxWords: 20,
    examples: {
      cut: ["About Us | Careers | Advertise with us | Site map | Accessibility", "About · Careers · Corrections · Contact"],
      keep: [
        "Legal help",
        "Careers advice, a contact at the firm and a reference letter were what the students asked for most.",
      ],
    },
  },
  {
    name: "copyright",
    description: 'copyright footers: "© 2024 …", "All rights reserved"',
    mode: "line",
    pattern: /^(?:©|\(c\)|copyright\b|@\s?\d{4}\b)|\ball rights? reserved\b/i,
    maxWords: 14,
    skipQuoted: true,
    examples: {
      cut: ["© 2024 Example Media Group. All rights reserved.", "Copyright 2023 Example Inc."],
      keep: [
        "The museum holds the copyright to the photographs, all rights reserved by the estate, and it has refused every request to reproduce them in books or on websites since the exhibition closed.",
        { markdown: "MIT License\n\nCopyright (c) 2019-present Jane Roe and contributors\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the Software without restriction.\n" },
        { markdown: "# tiny-lib\n\nA tiny library that pads strings on the left.\n\n## License\n\nCopyright (c) 2021 Jane Roe\n" },
      ],
    },
  },
  {
    name: "reprint-notice",
    description: 'wire-service reprint notices: "This material may not be published, broadcast, rewritten or redistributed"',
    mode: "line",
    pattern: /^this material may not be (?:published|reproduced|copied)\b.{0,60}\b(?:redistributed|rewritten)\b/i,
    maxWords: 40,
    mayMatch: ["material"],
    examples: {
      cut: ["This material may not be reproduced, rewritten or redistributed without written permission from the publisher."],
      keep: [
        "This material may not survive the winter, the engineers warned, unless the roof is sealed before the first frost.",
      ],
    },
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
    examples: {
      cut: ["Disclosure: this article contains affiliate links, so we may earn a commission when you buy.", "As an Amazon Associate we earn from qualifying purchases."],
      keep: [
        "The blog contains affiliate links that its readers rarely notice, and the regulator wants every one of them labelled from next month.",
      ],
    },
  },
  {
    name: "related-links",
    description: 'headers of related-link and recommendation boxes: "Read more", "Related", "Trending"; a heading that names a subject ("Related", "Archives") stays over a paragraph of prose',
    mode: "line",
    pattern:
      /^(?:read more|read next|see more|more (?:from|on|in)\b.{0,40}|more (?:stories|news|videos|articles|headlines)\b.{0,20}|related(?: articles| stories| posts| content| coverage| topics| links| tags)?(?: from .{1,60})?|recommended(?: for you| stories| reading)?|trending(?: now| stories| in .{1,30})?|hot topics|you (?:may|might) also like.{0,20}|also read|see also|most (?:read|popular|viewed)|top stories|latest(?: news| stories)?|editor'?s picks|popular(?: now| stories| posts| articles)?|more for you|what to read next|places in this story|topics?|recent (?:posts|comments|entries|articles)|categories|archives|blogroll)\s*:?$/i,
    // "Related coverage from How to Do Everything: Money:"
    maxWords: 10,
    examples: {
      cut: ["Read more", "Popular Posts", "Related coverage from Example Weekly: Gardening:", "Hot Topics", "Recent Posts", "Recent Comments", "Categories", "Archives", "Blogroll"],
      over: "Opening hours at the new library\nThe bells of St Mary's ring again\nMarch 2024\nLocal history",
      keep: [
        "Read more slowly and the argument falls apart, the critic wrote of the novel's final chapter.",
        // A writer's section heading: over a paragraph of prose, not over a box's titles.
        "Related",
        "Topics",
        "Archives",
        "Recent Posts",
        "Categories",
        { markdown: "## useCounter\n\nReturns a counter and the functions that change it.\n\nSee also:\n\n- [useTimer](./use-timer.md)\n- [useToggle](./use-toggle.md)\n" },
        { markdown: "## Topics\n\n- Installing the tool on a build server\n- Writing a first configuration\n" },
      ],
    },
  },
  {
    name: "more-link",
    description: 'a "More …" link to a section: "More", "More:", "More World", "More Business News"',
    mode: "line",
    pattern:
      /^More(?::|\s+(?:from|on|in)\s+\S.{0,40}|(?:\s+\p{Lu}[\p{L}'&-]*){0,3}\s+(?:News|Stories|Videos?|Links|Articles|Headlines|Coverage|World|Business|Sports?|Politics|Entertainment|Tech|Technology|Science|Health|Opinion|Lifestyle|Travel|Stories))?\s*[›»>]?$/u,
    maxWords: 6,
    examples: {
      cut: ["More Business News", "More:", "More World"],
      keep: [
        "More than half of the voters stayed at home, the electoral commission said on Sunday.",
      ],
    },
  },
  {
    name: "navigation",
    description: "single navigation and page-control labels: Home, Menu, Search, Skip to content, Back to top",
    mode: "line",
    pattern:
      /^(?:☰|home|menu|main menu|search|search \w+|close|open|next|previous|prev|back|[\^↑▲⇧[(«<]*\s*(?:(?:back|return|go|jump|scroll) to (?:the )?top(?: of (?:the )?(?:page|screen))?|top of (?:the )?page)\s*[\])↑▲^]*|top|skip to (?:main )?content|skip to navigation|jump to .{1,20}|toggle navigation|expand\s*\/\s*collapse search|view all|see all|see more|show more|load more|loading(?:\.\.\.|…)|(?:newer|older) (?:stories|posts|entries|articles)\s*(?:…|\.\.\.)?|watch tv|watch live|listen live|get in touch|contact us|about us|follow us(?: on .{1,30})?|download (?:as )?pdf|print this (?:page|article)|search for:)\s*[›»>]?$/i,
    maxWords: 6,
    examples: {
      cut: ["Skip to main content", "☰", "Back to top", "^ Back to top", "[ Back to the top ]", "(Return to Top)", "Top of page", "Search for:", "See All »", "Loading...", "Newer Stories…"],
      keep: [
        "Home is where the garden is, she wrote in the first line of her last letter to her sister.",
        { markdown: "## Keys\n\nThe pager reads these keys:\n\n- Home\n- End\n- Search, which opens a prompt at the bottom of the screen\n" },
      ],
    },
  },
  {
    name: "doubled-label",
    description: 'interface labels printed twice or glued together: "FollowFollowing", "Sponsored Links Sponsored Links"',
    mode: "line",
    pattern: /^(?=.*\p{L})(.{3,40}?)\s?\1\p{Ll}{0,4}$|^(?=\p{L}{12,}$)(?:\p{L}*\p{Ll}\p{Lu}){3}\p{L}*$/u,
    maxWords: 8,
    examples: {
      cut: ["FollowFollowing", "Sponsored Links Sponsored Links"],
      keep: [
        "Bye bye, said the child, and waved from the back of the bus until it turned the corner.",
        "XX",
      ],
    },
  },
  {
    name: "pagination",
    description: 'page and gallery controls: "1 | 2 | 3", "1 / 9", "Page 2 of 5", "Next page"',
    mode: "line",
    pattern: /^\d{1,3}(?:\s*[|/·•]\s*\d{1,3})+\s*[›»>]?$|^\d{1,3}(?:\s+\d{1,3}){2,}\s*[›»>]?$|^(?:page\s+)?\d{1,4}\s+(?:of|\/)\s+\d{1,4}$|^(?:next|previous|prev|older|newer)(?: page| posts?| articles?| stor(?:y|ies)| entry| entries)?\s*[›»>]?$|^back to (?:gallery|article|story|list)$/i,
    maxWords: 12,
    // Page links count up one by one ("1 | 2 | 3", "18 19 20 21"); a row of a table of figures
    // ("6 32 3 34 35 1") or a date ("11/13/91") does not.
    accept: countsUp,
    examples: {
      cut: ["1 | 2 | 3 | 4 | 5", "Next story", "Previous Article", "Page 2 of 5", "18 19 20 21 22 23 24", "1 / 9"],
      keep: [
        "Next, the dough rests for an hour in a warm place before it is shaped and baked.",
        "6 32 3 34 35 1",
        "11/13/91",
        { markdown: "## Steps\n\n1. Install the package.\n2. Add the plugin to the config.\n3. Restart the dev server.\n" },
      ],
    },
  },
  {
    name: "comments",
    description: 'comment-box chrome: "Comments", "Leave a comment", "You must log in to post a comment", and a commenter\'s "NAME says:" by a comment header',
    mode: "line",
    pattern:
      /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:\d[\d,]*|one)\s+(?:comments?(?:\s+(?:to|on)\s+(?:“.{1,150}”|".{1,150}"|this (?:story|article|post|entry)))?|responses?\s+(?:to|on)\s+(?:“.{1,150}”|".{1,150}"|this (?:story|article|post|entry)))(?:\s*\|\s*(?:leave|post|add) a (?:comment|reply))?\s*»?$|^there (?:are|is) (?:\d+|one) comments?\.? add yours\.?$|^(?:leave|post|add|show|view|hide|load) (?:a |all |more )?(?:comments?|repl(?:y|ies))$|^comment on this (?:story|article|post)$|^cancel reply$|^join the (?:conversation|discussion)$|^(?:you must|please) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|registered|register) to (?:post|leave|add|view) (?:a )?comments?|^save my name\b.{0,40}\bin (?:this|my) browser\b|^notify me (?:of|via|by|when|if)\b.{0,60}\b(?:comments?|posts?|repl(?:y|ies)|answers?)\b|^(?:name|e-?mail(?: address)?|mail|website|url)\s*\((?:required|optional|(?:will not|won't|never) be published|not published)\)\s*\*?:?$|^verify your comment$|^this site uses akismet to reduce spam\b|^your e-?mail address will not be published\b|^required fields are marked\b/i,
    // Up to the comment form's longest line (WordPress: "Save my name, email, and website in …").
    maxWords: 20,
    // Every match holds one of these (the expression is compiled only for a line that does: start-up).
    mayMatch: ["comment", "respons", "repl", "conversation", "discussion", "save my name", "notify me", "required", "optional", "published", "akismet"],
    examples: {
      cut: ["Name (required)", "Mail (will not be published) *", "Verify your comment", "7 Responses to “Opening Hours at the New Library”", "20 Comments on this story", "One Comment", "2 Comments | Leave a comment", "There are 4 comments. Add yours.", "You must log in to post a comment.", "Save my name, email, and website URL in my browser for next time I post a comment.", "Notify me of follow-up comments by email.", "This site uses Akismet to reduce spam.", "Your email address will not be published. Required fields are marked *", "Comment on this article"],
      keep: [
        "Comments from readers shaped the second edition, the author says in its preface.",
        "120 responses to the consultation",
        // A count of responses alone is a survey's figure as often as a thread's: only a thread's title says which.
        "47 responses",
        { markdown: "## Syntax\n\n- Comments\n\n  Lines that start with `#` are comments and are ignored.\n" },
      ],
    },
  },
  {
    name: "article-meta",
    description: 'publishing metadata: "Published: DATE", "Updated: DATE", "Filed under:", "Originally published at …", "Source: …"',
    mode: "line",
    pattern:
      /^(?:first |last )?(?:published|updated|posted|modified)\s*(?:on|:)\s*.{0,40}\b(?:\d{4}|\d{1,2}:\d{2})\b.{0,20}$|^(?:written|posted|published) (?:on|by)\b.{0,40}$|^(?:filed under|tagged|tags|posted in|categories|related tags)\s*:.{0,200}$|^originally (?:published|posted|appeared) (?:at|on|in)\b|^source\s*:\s*.{1,40}$|^you are (?:at|here)\s*:?|^\d{1,3}\s?(?:min(?:ute)?s?|m)\.? read$|^.{2,80}? contributed (?:reporting )?to (?:this|the) (?:report|story|article)\.?$|^.{2,80}? contributed reporting(?: from .{1,40})?\.?$|^(?:estimated )?reading time\s*:?\s*(?:about )?\d{1,3}\s?min(?:ute)?s?\.?$|^.{0,60}\|\s*updated\s*:.{0,40}\d{4}.{0,20}$/i,
    maxWords: 40,
    examples: {
      cut: ["Published: 19 November 2019, 09:01 AM", "6 min read", "Reading time: 4 minutes", "The Associated Press contributed to this report.", "Jane Roe contributed reporting from Lagos."],
      keep: [
        "Many readers contributed to this report's findings by sending photographs of the flooding.",
        { markdown: "## Front matter\n\n- Tags: a list of words the post is filed under, shown at its foot.\n- Published on the date in the file name unless `date` is set.\n" },
        // A release post's own download: the value is a link, a fact of the post (standing.ts).
        { markdown: "# Tidy 2.1.0\n\nFixes the sorter.\n\nSource: [https://example.org/dist/v2.1.0/tidy-2.1.0.tar.gz](https://example.org/dist/v2.1.0/tidy-2.1.0.tar.gz)\n\nInstaller: [https://example.org/dist/v2.1.0/tidy-2.1.0.msi](https://example.org/dist/v2.1.0/tidy-2.1.0.msi)\n" },
      ],
    },
  },
  {
    name: "cross-promotion",
    description: 'links to the same site\'s other stories: "On Example.com: …", "More on example.com"',
    mode: "line",
    pattern: /^(?:on|more on|also on|read more on|more from|more at) [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|io|news)\b\s*:/i,
    maxWords: 30,
    examples: {
      cut: ["On Example.com: How the tide tables are made"],
      keep: [
        "The site moved to example.com: the old address now sends readers there.",
      ],
    },
  },
  {
    name: "media-label",
    description: 'a lone media label: "Video", "Photos", "Gallery", "Watch"',
    mode: "line",
    pattern: /^(?:video|videos|watch|photos?|gallery|audio|listen|play|play video|watch video|image|images|photo gallery|\d+ photos|\d+ images|close|now playing)$/i,
    maxWords: 3,
    examples: {
      cut: ["Video", "Photos", "Watch"],
      keep: [
        "Video evidence was shown to the jury on the second day of the trial.",
        { markdown: "## Media types\n\nThe uploader sorts files into:\n\n- Photos\n- Video\n- Audio recordings of interviews\n" },
      ],
    },
  },
  {
    name: "contact-email",
    description: "a line that is only an e-mail address (bylines, footers)",
    mode: "line",
    pattern: EMAIL_ALONE,
    maxWords: 8,
    examples: {
      cut: ["jane.doe@example.com"],
      keep: [
        "Write to jane.doe@example.com with the subject line of your report and the version you run.",
        { markdown: "## Maintainers\n\n- jane.doe@example.com\n- John Roe, who looks after the Windows builds\n" },
      ],
    },
  },
];

/**
 * Whether the numbers of a line of page links count up: by one at a time when there are three or
 * more, "1 / 9" (page 1 of 9) when there are two. A line with no number or one passes.
 */
export function countsUp(line: string): boolean {
  const n = (line.match(/\d+/g) ?? []).map(Number);
  if (n.length === 2) return (n[0] ?? 0) <= (n[1] ?? 0);
  for (let i = 1; i < n.length; i++) if ((n[i] ?? 0) !== (n[i - 1] ?? 0) + 1) return false;
  return true;
}

/** Names of the built-in rules plus the scorer, for `--disable` checks and `--list-rules`. */
export const CTA_SCORE_RULE = "cta-score";
export const STUB_RULE = "stub";
