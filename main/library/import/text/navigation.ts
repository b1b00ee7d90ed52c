/**
 * Navigation menus copied with a page: runs of one- or two-word section names ("World",
 * "Politics", "Business", "Video"…). A run only counts as a menu when it is mostly such names,
 * so a short list in an article (ingredients, a poem's lines, a list of countries) stays.
 */
import { labelKey } from './clutter-rules';
import type { RemovalReason } from '../../article';
import type { Unit } from './units';

/** Section and page names that menus are made of, across news and blog sites. */
const MENU_WORDS = new Set([
  'home', 'home page', 'homepage', 'news', 'latest', 'latest news', 'live', 'world', 'u.s.', 'us', 'uk', 'local',
  'national', 'international', 'politics', 'business', 'economy', 'markets', 'money', 'finance', 'tech',
  'technology', 'science', 'health', 'sport', 'sports', 'opinion', 'opinions', 'editorials', 'letters', 'arts',
  'culture', 'entertainment', 'lifestyle', 'life', 'style', 'fashion', 'travel', 'food', 'video', 'videos',
  'photos', 'photography', 'podcasts', 'weather', 'education', 'books', 'music', 'movies', 'film', 'tv',
  'television', 'theater', 'games', 'gaming', 'more', 'menu', 'search', 'sections', 'environment', 'climate',
  'obituaries', 'magazine', 'newsletters', 'subscribe', 'login', 'log in', 'sign in', 'log out', 'about',
  'about us', 'contact', 'contact us', 'careers', 'jobs', 'help', 'faq', 'privacy', 'terms', 'advertise',
  'sitemap', 'site map', 'real estate', 'autos', 'crime', 'africa', 'asia', 'europe', 'americas', 'middle east',
  'australia', 'asia pacific', 'blogs', 'multimedia', 'events', 'shop', 'store', 'deals', 'reviews', 'features',
  'analysis', 'explainers', 'in pictures', 'weekend', 'puzzles', 'crossword', 'classifieds', 'corrections',
]);

const MIN_MENU_RUN = 4;
const LONG_MENU_RUN = 12;
const MAX_MENU_ITEM_CHARS = 32;

function isMenuItemShaped(text: string): boolean {
  if (text.length > MAX_MENU_ITEM_CHARS) return false;
  // A sentence end disqualifies; an abbreviation ("U.S.", "N.Y.") does not.
  if (/(?:[!?,;]|\p{Ll}{3,}\.)$/u.test(text)) return false;
  return text.split(' ').length <= 4;
}

/** Marks runs of short labels made mostly of section names (a fifth of them in a long run). */
export function markMenuRuns(units: readonly Unit[], marks: (RemovalReason | null)[]): void {
  let i = 0;
  while (i < units.length) {
    let end = i;
    let menuWords = 0;
    while (end < units.length && isMenuItemShaped((units[end] as Unit).text)) {
      if (MENU_WORDS.has(labelKey((units[end] as Unit).text))) menuWords++;
      end++;
    }
    const run = end - i;
    // A site index lists dozens of sub-sections too ("DealBook", "At War"), so in a long run a
    // smaller share of well-known names is enough.
    const share = run >= LONG_MENU_RUN ? 0.2 : 0.5;
    if (run >= MIN_MENU_RUN && menuWords >= 2 && menuWords >= run * share) {
      for (let k = i; k < end; k++) marks[k] ??= 'navigation';
    }
    // Each unit is looked at once, so a file of a million short lines stays linear.
    i = Math.max(end, i + 1);
  }
}
