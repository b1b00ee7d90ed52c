/**
 * What web clutter looks like once a page is copied as text: the labels of share buttons,
 * banners, widgets and teasers. These are patterns of page furniture, not any one site's
 * strings. Rules only ever match a whole (short) line, so a sentence that merely mentions
 * "newsletter" or "cookies" is never touched.
 */

/** Whole-line labels, compared lower-cased, with trailing arrows/colons/dots removed. */
const LABELS = new Set([
  // share and save widgets
  'share', 'share this', 'share this article', 'share this story', 'share article', 'share on facebook',
  'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp', 'share via email', 'share via',
  'tweet', 'email', 'e-mail', 'print', 'copy link', 'copy', 'link copied', 'save', 'save article', 'saved',
  'bookmark', 'gift this article', 'gift article', 'listen', 'listen to this article', 'listen to article',
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'reddit', 'pinterest', 'telegram', 'flipboard', 'messenger',
  // advertising
  'advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content', 'promoted', 'scroll to continue',
  'scroll to continue with content', 'story continues below', 'story continues below advertisement',
  'article continues below', 'article continues after advertisement', 'continue reading below',
  // "more like this" widgets
  'recommended', 'recommended stories', 'recommended for you', 'recommended articles', 'related',
  'related stories', 'related articles', 'related content', 'related news', 'related topics', 'related posts',
  'more from', 'more stories', 'more news', 'more on this story', 'more on this topic', 'more to read',
  'you may also like', 'you might also like', 'you may be interested in', 'you might be interested in',
  'also read', 'read also', 'see also', 'read next', 'up next', 'what to read next', 'most read',
  'most popular', 'most viewed', 'popular now', 'trending', 'trending now', 'trending stories',
  'top stories', 'latest news', 'latest stories', 'editor\'s picks', 'editors\' picks',
  'don\'t miss', 'in case you missed it', 'explore more', 'around the web', 'from our partners',
  // expanders and links
  'read more', 'keep reading', 'continue reading', 'show less', 'show more', 'see more', 'load more',
  'read full story', 'read the full story', 'read the full article', 'read full article', 'view more',
  'click here', 'click here to read more', 'expand', 'collapse', 'view gallery', 'view all', 'see all',
  // newsletters, follow boxes, accounts
  'sign up', 'sign up now', 'sign in', 'log in', 'login', 'register', 'subscribe', 'subscribe now',
  'subscribe here', 'newsletter', 'newsletters', 'get the newsletter', 'join now', 'follow', 'follow us',
  'follow us on social media', 'download the app', 'get the app', 'enter your email', 'email address',
  'your email address', 'submit', 'unsubscribe', 'create an account', 'create a free account',
  // comments
  'comments', 'comment', 'no comments', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment',
  'show comments', 'view comments', 'hide comments', 'join the conversation', 'be the first to comment',
  'reply', 'undo', 'report', 'flag', 'unflag', 'flagged', 'edit', 'delete', 'like', 'dislike', 'permalink',
  'go to permalink', 'more like this', 'fewer like this',
  // accounts and reader settings
  'log out', 'sign out', 'my account', 'remember me', 'forgot password', 'forgot your password', 'password',
  'username', 'type size', 'text size', 'font size', 'aa', 'close this modal window', 'continue',
  'clear this text input', 'photo', 'image', 'video', 'watch video', 'play video', 'enlarge this image',
  'continue reading the main story', 'continue reading the story',
  // navigation and page chrome
  'skip to content', 'skip to main content', 'skip to navigation', 'menu', 'main menu', 'open menu',
  'close menu', 'close', 'search', 'home', 'back to top', 'toggle navigation', 'navigation', 'next', 'previous',
  'next article', 'previous article', 'loading', 'please wait', 'unable to calculate read time', 'cookie settings',
  'jump to content', 'jump to navigation', 'open in app', 'sections', 'all sections', 'log in or sign up',
  'sign in or sign up', 'enter search keywords', 'search for', 'expand search form', 'close search',
  'see next articles', 'see previous articles', 'close this overlay', 'go to previous', 'go to next',
  'site navigation', 'site search navigation', 'site index navigation', 'site information navigation',
  'manage cookies', 'accept all', 'accept cookies', 'reject all', 'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'all rights reserved',
]);

/** Whole-line patterns for labels that carry a number or a network name. */
const PATTERNS: readonly RegExp[] = [
  /^\d[\d,.]*k?\s+(?:comments?|replies|shares?)$/, // "12 comments"
  /^(?:comments?|replies)\s*\(?\d+\)?$/, // "Comments (12)"
  /^(?:view|show|read|see) (?:all )?\d+ comments?$/,
  /^\d+\s*(?:-|\s)?(?:min|mins|minutes?)(?: read| listen)?$/, // "5 min read"
  /^(?:reading|read|listening) time:?\s*\d+\s*(?:min|mins|minutes?)$/,
  /^(?:updated\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/,
  /^list of \d+ items?(?:.*end of list)?$/, // carousel widgets as screen readers announce them
  /^list \d+ of \d+$/,
  /^end of list$/,
  /^follow (?:us|[\p{Lu}\p{Ll}.' ]{1,40}) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|telegram|whatsapp|google news|mastodon)(?: and .{1,40})?$/u,
  /^(?:share|follow|post)(?: on| via| to| with)? (?:(?:facebook|twitter|x|whatsapp|linkedin|email|reddit|telegram|pinterest|flipboard|bluesky|threads|messenger)[ ,/|]*)+$/,
  /^(?:sign up|subscribe|register)(?: now| today| here)? (?:for|to) (?:our|the|a) .{0,40}(?:newsletter|updates|alerts|digest|briefing|emails?)s?$/,
  /^(?:get|receive) (?:our|the) .{0,40}newsletter$/,
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}/, // footer notices (checked with a length cap)
  /^(?:photo|image|video|graphic) gallery$/,
  /^more (?:from|on|in|stories from|news from|articles from) \S.{0,40}$/, // "More from Prism"
  /^latest (?:from|in) \S.{0,30}$/,
  /^(?:advertisement|sponsored)\s*[-–—:]\s*(?:scroll|story) .{0,30}$/,
  /^(?:please )?enable javascript.{0,60}$/,
  /^(?:this )?(?:video|content) (?:is )?(?:not available|unavailable).{0,40}$/,
];

/** The words PATTERNS can start with: a cheap gate so headings skip the regexes. */
const PATTERN_FIRST_WORDS = new Set([
  'comments', 'comment', 'replies', 'view', 'show', 'read', 'see', 'reading', 'listening', 'updated', 'list', 'end',
  'follow', 'share', 'post', 'sign', 'subscribe', 'register', 'get', 'receive', '©', '(c)', 'copyright', 'photo', 'image',
  'video', 'graphic', 'more', 'latest', 'advertisement', 'sponsored', 'please', 'enable', 'this', 'content',
]);

function mayMatchPattern(key: string): boolean {
  const c = key.charCodeAt(0);
  if ((c >= 48 && c <= 57) || key.startsWith('©')) return true;
  const space = key.indexOf(' ');
  return PATTERN_FIRST_WORDS.has(space === -1 ? key : key.slice(0, space));
}

const SHARE_WORDS = new Set(['share', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'email', 'e-mail', 'print', 'reddit', 'pinterest', 'telegram', 'copy', 'link', 'messenger', 'flipboard', 'tumblr', 'mastodon', 'bluesky', 'threads', 'sms']);

/**
 * Lower-cased, with decorations (bullets, arrows, a trailing colon or ellipsis) removed. A final
 * full stop or "!" is kept: "OK." or "I agree." is dialogue, not a button.
 */
export function labelKey(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING_DECORATION.has(text.charAt(start))) start++;
  for (;;) {
    if (end > start && TRAILING_DECORATION.has(text.charAt(end - 1))) end--;
    else if (end - 3 >= start && text.startsWith('...', end - 3)) end -= 3;
    else break;
  }
  let key = text.slice(start, end).toLowerCase();
  if (/[’‘`]/.test(key)) key = key.replace(/[’‘`]/g, "'");
  return key.includes('  ') ? key.replace(/ {2,}/g, ' ') : key;
}

const LEADING_DECORATION = new Set([' ', '|', '•', '·', '»', '›', '>', '–', '—', '-', '[', '(']);
const TRAILING_DECORATION = new Set([' ', '|', '•', '·', '»', '›', '>', '→', ':', '…', '–', '—', '-', ')', ']']);

/** Short lines only: page furniture is never longer than this, and prose longer than it is kept. */
export const MAX_LABEL_LENGTH = 120;

/** A line that is nothing but a label, share bar, counter or template placeholder. */
export function isClutterLine(text: string): boolean {
  if (text.length > MAX_LABEL_LENGTH) return false;
  if (isTemplatePlaceholder(text)) return true;
  // UI residue: brackets, bars and ellipses with no words in them.
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  const key = labelKey(text);
  if (LABELS.has(key)) return true;
  if (mayMatchPattern(key) && PATTERNS.some((p) => p.test(key))) return true;
  return isShareBar(key);
}

/** "Facebook Twitter LinkedIn Email": every word is a share target. */
function isShareBar(key: string): boolean {
  const words = key.split(/[\s,/|·•]+/).filter(Boolean);
  return words.length >= 2 && words.length <= 12 && words.every((w) => SHARE_WORDS.has(w));
}

/** Unrendered template syntax: {{ subpage.title }}, {% block %}, ${title}. */
export function isTemplatePlaceholder(text: string): boolean {
  return /^(?:\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\})(?:\s*(?:\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\}))*$/.test(text);
}

/** "Read more: <headline>", "RELATED: <headline>" — an inline teaser for another article. */
export function isInlineTeaser(text: string): boolean {
  if (text.length > 200) return false;
  return /^(?:read more|read also|also read|see also|see more|related|recommended|more|watch|listen|also on [\p{L} ]{2,30}|must read|don't miss|don’t miss)\s*[:|›»>→–—]\s*\S/iu.test(text) && !/[.!?]["”’]?\s+\p{Lu}/u.test(text);
}

/**
 * A citation line a site prints under its article for others to copy ("Citation: Title (2019,
 * May 3) retrieved 4 May 2019 from https://…"), or a copyright notice ("Copyright © 2019 …,
 * all rights reserved"): the site's, not the article's.
 */
export function isCitationOrCopyright(text: string): boolean {
  if (text.length > 600) return false;
  if (/^citation\s*:/i.test(text) && /\bretrieved\b/i.test(text)) return true;
  return text.length <= 300 && /^(?:©|\(c\)|copyright\b)/i.test(text) && /\b(?:19|20)\d{2}\b/.test(text);
}

/** How banners open, in English, French, German and Spanish (they are rarely translated further). */
const SITE_VOICE_START = /^(?:we|this|our|by|to|en (?:poursuivant|continuant)|nous|ce site|wir|diese (?:web)?seite|utilizamos|usamos|este sitio|al (?:continuar|navegar))\b/i;

/**
 * A cookie / privacy / terms banner: the site talking about itself ("We use cookies", "We have
 * updated our Privacy Policy", "By using our website you consent"), in the first or second person.
 */
export function isConsentBanner(text: string): boolean {
  if (text.length < 20 || text.length > 1200 || !SITE_VOICE_START.test(text)) return false;
  const lower = text.toLowerCase();
  const topic = /cookie|privacy policy|privacy notice|terms of (?:use|service)|terms and conditions|personal data|données personnelles|datenschutz|datos personales/.test(lower);
  if (!topic) return false;
  const siteVoice = /^(?:we |we've |this (?:web)?site |our (?:web)?site |by (?:using|continuing|clicking|browsing|signing up|subscribing)|to (?:give|provide|improve) you |en (?:poursuivant|continuant)|nous utilisons|ce site|wir (?:verwenden|nutzen)|diese (?:web)?seite|utilizamos|usamos|este sitio|al (?:continuar|navegar))/.test(lower);
  const ask = /(?:consent|accept|agree|continu(?:e|ing) to (?:use|browse)|by using|you can (?:change|manage|opt)|manage (?:your )?(?:settings|preferences)|updated our|acceptez|accepter|consentement|zustimm|akzeptier|einverstanden|acepta|consentimiento)/.test(lower);
  return siteVoice && ask;
}

/** Headers of teaser lists: what follows them (until prose resumes) is other articles. */
export function isTeaserListHeader(text: string): boolean {
  if (text.length > 60) return false;
  const key = labelKey(text);
  return TEASER_HEADERS.has(key) || /^(?:more (?:from|on|in|stories from|news from|articles from|like this)|related to|latest from|most read in) \S.{0,40}$/.test(key);
}

const TEASER_HEADERS = new Set([
  'recommended', 'recommended stories', 'recommended for you', 'recommended articles', 'related', 'related stories',
  'related articles', 'related content', 'related news', 'related posts', 'more stories', 'more news',
  'more on this story', 'more on this topic', 'more to read', 'you may also like', 'you might also like',
  'you may be interested in', 'you might be interested in', 'read next', 'up next', 'what to read next',
  'most read', 'most popular', 'most viewed', 'popular now', 'trending', 'trending now', 'trending stories',
  'top stories', 'latest news', 'latest stories', "editor's picks", "editors' picks", "don't miss",
  'in case you missed it', 'explore more', 'around the web', 'from our partners', 'also read', 'read also',
]);

const TRAILING_LINK = /(?:\s*(?:…|\.\.\.))?\s+(?:Read more|Keep reading|Continue reading|Show less|Show more|See more|Read the full (?:story|article))\s*(?:[»›→>]|\.\.\.|…)?$/;

/** "…the country. Read more" — a teaser's link label stuck to the end of its text. */
export function stripTrailingLinkLabel(text: string): string {
  if (text.length < 30 || !/(?:more|reading|less|story|article)\W{0,4}$/.test(text.slice(-14))) return text;
  const tail = text.slice(-40);
  const match = TRAILING_LINK.exec(tail);
  if (!match) return text;
  const kept = text.slice(0, text.length - match[0].length);
  // Only after a finished sentence, so prose ending "…people should read more" is left alone.
  return /[.!?…"”’)]$/.test(kept) || /(?:…|\.\.\.)/.test(match[0]) ? kept : text;
}

/**
 * An image caption as it reads once copied: the picture's credit ("Foto: …", "Bild: …",
 * "© Name", "Image caption …", "(Photo: AP)"), in the languages the other rules cover and a few more.
 */
export function isCaption(text: string): boolean {
  if (text.length > 400) return false;
  if (/^(?:image caption|media caption|bildunterschrift|légende|pie de foto)/i.test(text)) return true;
  if (text.length <= 80 && /^\(?(?:photo|image|picture|foto|bild|artist)s?(?:\s+(?:by|von|de|par|di)|:)\s+\p{Lu}/iu.test(text)) return true;
  const credit = /(?:^|[\s(|/])(?:foto|fotos|bild|bilder|photo|photos|image|picture|credit|crédit|copyright|quelle|imagen|fotografía|zdjęcie|fot\.|grafik|illustration|video)\s*:\s*\S/i;
  return credit.test(text.slice(-120)) || /©\s*\p{L}/u.test(text.slice(-80)) || endsWithCredit(text);
}

/**
 * A picture's credit by its shape, in any language: a short source after a slash ("The court
 * in session / Shutterstock"), an agency and photographer in brackets ("(REUTERS/Jane Roe)"), or
 * an agency's name in capitals after the last sentence ("… on Tuesday. EFE").
 */
function endsWithCredit(text: string): boolean {
  const tail = text.slice(-80);
  const bracket = /\(([^()]{3,60})\)\s*$/u.exec(tail);
  if (bracket && /^[\p{L}.'’ -]+\/[\p{L}.'’ -]+$/u.test(bracket[1] as string)) return true;
  if (/[.!?]\s+\p{Lu}{2,10}(?:\/\p{Lu}{2,10})?\s*$/u.test(tail)) return true;
  const slash = /\s\/\s?([^/]+)$/u.exec(tail);
  return slash !== null && /^\p{L}/u.test(slash[1] as string) && !/[.!?:;,]\s*$/u.test(slash[1] as string) && (slash[1] as string).trim().split(/\s+/).length <= 3;
}
