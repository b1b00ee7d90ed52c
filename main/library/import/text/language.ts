/**
 * Which language a text is in, and that language's stopwords: the classifier's strongest signal
 * is how much of a line is function words ("the", "of", "und", "que"), which prose is full of and
 * menus, labels and headlines lack. Detection is franc's (trigrams); the lists are stopwords-iso.
 */
import { franc } from 'franc-min';
import stopwordsIso from 'stopwords-iso';

export interface Language {
  /** ISO 639-1 code, or 'und' when no list fits. */
  code: string;
  stopwords: ReadonlySet<string>;
  /** False for scripts written without spaces (Chinese, Japanese, Thai): words can't be counted. */
  spaced: boolean;
}

/** franc answers in ISO 639-3; stopwords-iso is keyed by ISO 639-1. Only languages with a list. */
const ISO_639_1: Readonly<Record<string, string>> = {
  afr: 'af', arb: 'ar', hye: 'hy', eus: 'eu', ben: 'bn', bre: 'br', bul: 'bg', cat: 'ca', cmn: 'zh', hrv: 'hr',
  ces: 'cs', dan: 'da', nld: 'nl', eng: 'en', epo: 'eo', est: 'et', ekk: 'et', fin: 'fi', fra: 'fr', glg: 'gl',
  deu: 'de', ell: 'el', guj: 'gu', hau: 'ha', heb: 'he', hin: 'hi', hun: 'hu', ind: 'id', gle: 'ga', ita: 'it',
  jpn: 'ja', kor: 'ko', kmr: 'ku', lat: 'la', lit: 'lt', lvs: 'lv', zlm: 'ms', zsm: 'ms', mar: 'mr', nob: 'no',
  pes: 'fa', pol: 'pl', por: 'pt', ron: 'ro', rus: 'ru', slk: 'sk', slv: 'sl', som: 'so', sot: 'st', spa: 'es',
  swh: 'sw', swe: 'sv', tha: 'th', tgl: 'tl', tur: 'tr', ukr: 'uk', urd: 'ur', vie: 'vi', yor: 'yo', zul: 'zu',
};

const UNSPACED = new Set(['zh', 'ja', 'th']);
const lists = stopwordsIso as Readonly<Record<string, readonly string[]>>;
const cache = new Map<string, ReadonlySet<string>>();

function stopwordsOf(code: string): ReadonlySet<string> {
  let set = cache.get(code);
  if (!set) {
    set = new Set((lists[code] ?? []).map((w) => w.toLowerCase()));
    cache.set(code, set);
  }
  return set;
}

/** Lower-cased words of a line: letters and digits, with inner apostrophes kept ("don't"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

const tokenCache = new WeakMap<{ text: string }, string[]>();

/** A unit's words (its first 5,000 characters), worked out once. */
export function unitTokens(unit: { text: string }): string[] {
  let words = tokenCache.get(unit);
  if (!words) {
    words = wordsOf(unit.text.length > 5000 ? unit.text.slice(0, 5000) : unit.text);
    tokenCache.set(unit, words);
  }
  return words;
}

/** The sample franc reads: the longest lines first (they are prose), about 400 characters (franc's cost grows with it). */
function sampleOf(lines: readonly string[]): string {
  const sorted = lines.filter((l) => l.length >= 40).sort((a, b) => b.length - a.length).slice(0, 20);
  const parts: string[] = [];
  let size = 0;
  for (const line of sorted) {
    if (size > 400) break;
    parts.push(line.slice(0, 400));
    size += Math.min(line.length, 400);
  }
  return parts.join('\n');
}

let listsOfWord: Map<string, string[]> | null = null;

/** Every stopword with the lists it is in: one lookup per word instead of one per word and list. */
function stopwordIndex(): Map<string, string[]> {
  if (!listsOfWord) {
    listsOfWord = new Map();
    for (const code of Object.keys(lists)) {
      for (const word of stopwordsOf(code)) {
        const codes = listsOfWord.get(word);
        if (codes) codes.push(code);
        else listsOfWord.set(word, [code]);
      }
    }
  }
  return listsOfWord;
}

/** The lists that cover most of the sample's words, best first, with the share each covers. */
function coverage(sample: string): { code: string; share: number }[] {
  const words = wordsOf(sample).slice(0, 800);
  if (words.length === 0) return [];
  const index = stopwordIndex();
  const hits = new Map<string, number>();
  for (const w of words) for (const code of index.get(w) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  return [...hits].map(([code, n]) => ({ code, share: n / words.length })).sort((a, b) => b.share - a.share);
}

/**
 * The stopword lists decide when one plainly fits (a quarter of the words, half again as many as
 * the next list): that is cheap and is exactly what the classifier needs. Otherwise (close
 * languages such as Spanish and Portuguese, or a list that fits badly) franc's trigrams decide.
 */
export function detectLanguage(lines: readonly string[]): Language {
  const sample = sampleOf(lines);
  const [first, second] = coverage(sample);
  let code: string;
  if (first && first.share >= 0.25 && first.share >= (second?.share ?? 0) * 1.5) code = first.code;
  else {
    const guess = ISO_639_1[franc(sample, { minLength: 20 })];
    code = guess && lists[guess] ? guess : first && first.share >= 0.1 ? first.code : 'und';
  }
  return { code, stopwords: code === 'und' ? new Set() : stopwordsOf(code), spaced: !UNSPACED.has(code) };
}
