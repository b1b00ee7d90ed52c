/**
 * The plain-text cleaner's general rules, on text that is not from the fixtures: the rules
 * must describe clutter in general, and never take a sentence of the article with them.
 */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../main/library/article';
import { markClutter } from '../../main/library/import/text/clutter';
import {
  isCaption,
  isClutterLine,
  isConsentBanner,
  isInlineTeaser,
  stripTrailingLinkLabel,
} from '../../main/library/import/text/clutter-rules';
import { parseDateLine, parseStatedDate } from '../../main/library/import/text/dates';
import { parseTextArticle } from '../../main/library/import/text/index';
import { splitGluedHeading } from '../../main/library/import/text/glued';
import { isHeadingLike, listItemOf } from '../../main/library/import/text/shape';
import { titleFromFileName, titleFromText } from '../../main/library/import/text/title';
import { isHardWrapped, toUnits, type Unit } from '../../main/library/import/text/units';

const units = (...texts: string[]): Unit[] => texts.map((text) => ({ text }));
const texts = (us: Unit[]) => us.map((u) => u.text);
/** What the clutter rules leave (the classifier may take more; these tests are about the rules). */
const removeClutter = (us: Unit[]): Unit[] => {
  const marks = markClutter(us);
  return us.filter((_, i) => marks[i] === null);
};

describe('clutter lines', () => {
  it.each([
    'Share', 'Share this article', 'Facebook Twitter LinkedIn Email', 'Advertisement', 'ADVERTISEMENT',
    'Scroll to continue', 'Related Articles', 'You may also like:', 'Read more »', 'Keep reading', 'Show less',
    'Sign up for our daily newsletter', 'Subscribe to the Morning Briefing newsletter', 'Follow us on Instagram',
    'Follow Jane Smith on X', '12 Comments', 'Comments (4)', 'No comments:', 'Leave a comment', 'Trending Now',
    '5 min read', 'Unable to calculate read time', 'Updated 3 hours ago', '{{ subpage.title }}', '{% block content %}',
    '[', '|', '...', '© 2025 Example Media Network', 'Skip to main content', 'list of 3 itemsend of list', 'More from Prism',
  ])('%s', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });

  it.each([
    'Share prices fell sharply on Monday.', 'OK.', 'I agree.', 'Follow the money', 'More trouble ahead',
    'Comments from the minister were not welcome.', 'What did Trump announce?', 'A strategy that backfired',
    'Newsletter editors are rarely thanked.', 'Trump signed it {{ not a template line', '2024', 'Save the children',
  ])('keeps %s', (line) => {
    expect(isClutterLine(line)).toBe(false);
  });

  it('recognises cookie and privacy banners in the site’s own voice only', () => {
    expect(isConsentBanner('We use cookies to improve your experience. By continuing to browse you accept our cookie policy.')).toBe(true);
    expect(isConsentBanner('We have updated our Privacy Policy and Terms of Use. By using our website you consent to our Terms.')).toBe(true);
    expect(isConsentBanner('The regulator said the company’s privacy policy did not obtain consent from users.')).toBe(false);
  });

  it('recognises a picture credit by its shape, in any language, and not prose', () => {
    for (const line of ['The minister arrives at the summit (AGENCY/Jane Roe)', 'Fishing boats in the harbour at dawn. AFP', 'Rynek w Krakowie / Shutterstock', 'The old mill in winter /public domain', 'Foto: Maria Muster']) {
      expect(isCaption(line)).toBe(true);
    }
    for (const line of ['He said it was over. I agree.', 'Either you or me / and that is the choice we had.', 'Prices rose sharply (see table 2/3)', 'Home / Essays / 2017', 'A long paragraph of the article that ends like prose does.']) {
      expect(isCaption(line)).toBe(false);
    }
    // Shapes are matched on the line's tail without nested repeats: a hostile line is quick.
    expect(isCaption(`${'word '.repeat(70)}(${'a'.repeat(50)}`)).toBe(false);
  });

  it('recognises inline teasers for other articles', () => {
    expect(isInlineTeaser('READ MORE: Pakistan and Afghanistan agree to a ceasefire')).toBe(true);
    expect(isInlineTeaser('Related: Why the Taliban won’t budge')).toBe(true);
    expect(isInlineTeaser('More: the talks resumed on Friday. Officials said little.')).toBe(false);
  });

  it('strips a link label stuck to the end of a paragraph, but not prose', () => {
    expect(stripTrailingLinkLabel('The talks broke down on Friday evening. Read more')).toBe('The talks broke down on Friday evening.');
    expect(stripTrailingLinkLabel('Officials said the talks broke down… Continue reading')).toBe('Officials said the talks broke down');
    expect(stripTrailingLinkLabel('Researchers say children should simply read more')).toBe('Researchers say children should simply read more');
  });
});

describe('removeClutter', () => {
  it('removes a carousel widget from "list of N items" to "end of list"', () => {
    const out = removeClutter(units('Lede.', 'list of 3 items', 'list 1 of 3', 'Other story', 'list 2 of 3', 'Another', 'end of list', 'Next paragraph.'));
    expect(texts(out)).toEqual(['Lede.', 'Next paragraph.']);
  });

  it('removes a teaser list under a "Related" header, keeping a heading where prose resumes', () => {
    const out = removeClutter(units('Lede.', 'Related stories', 'First headline here', 'Second headline here', 'A section heading', 'Prose resumes here.'));
    expect(texts(out)).toEqual(['Lede.', 'A section heading', 'Prose resumes here.']);
  });

  it('removes a run of headlines at the end, but not a closing line', () => {
    const tail = removeClutter(units('A paragraph.', 'Another paragraph.', 'Headline one', 'Headline two', 'Headline three'));
    expect(texts(tail)).toEqual(['A paragraph.', 'Another paragraph.']);
    const closing = removeClutter(units('A paragraph.', 'The end'));
    expect(texts(closing)).toEqual(['A paragraph.', 'The end']);
  });

  it('drops a line repeated straight after itself', () => {
    expect(texts(removeClutter(units('Heading', 'Heading', 'Text.')))).toEqual(['Heading', 'Text.']);
  });
});

describe('headings and lists', () => {
  it('tells headings from sentences', () => {
    for (const h of ['What did Trump announce?', '1950s in Guatemala', '1970s: Operation Condor', 'A war against Afghanistan?']) {
      expect(isHeadingLike(h)).toBe(true);
    }
    for (const p of [
      'So where does the problem lie?', 'Amid these developments, one wonders: what is the strategy now?',
      'Here are some instances:', 'And the TTP fits the bill.', 'lower-case start', '“Quoted speech”',
      'This has amplified concerns about deepening mistrust, complicating security dialogues, and, potentially, leading to war',
    ]) {
      expect(isHeadingLike(p)).toBe(false);
    }
  });

  it('reads list markers', () => {
    expect(listItemOf('- milk')).toEqual({ text: 'milk', ordered: false });
    expect(listItemOf('• eggs')).toEqual({ text: 'eggs', ordered: false });
    expect(listItemOf('2) flour')).toEqual({ text: 'flour', ordered: true });
    expect(listItemOf('* * *')).toBeNull();
    expect(listItemOf('1950s in Guatemala')).toBeNull();
  });

  it('splits a heading glued to a sentence end, and nothing else', () => {
    expect(splitGluedHeading('It was, in the end, a Pakistani problem.Pakistan vs. (Pakistani) Taliban')).toEqual({
      paragraph: 'It was, in the end, a Pakistani problem.',
      heading: 'Pakistan vs. (Pakistani) Taliban',
    });
    expect(splitGluedHeading('The troops of the U.S.Army crossed the river at dawn.')).toBeNull();
    expect(splitGluedHeading('He writes his servers in Node.JS these days')).toBeNull();
    expect(splitGluedHeading('It ended.Then, as usual, the committee met again and argued about it.')).toBeNull();
  });
});

describe('units', () => {
  it('keeps one paragraph per line when lines are long', () => {
    expect(texts(toUnits('First paragraph.\nSecond paragraph.\n\nThird.'))).toEqual(['First paragraph.', 'Second paragraph.', 'Third.']);
  });

  it('joins hard-wrapped paragraphs, keeping headings and list items apart', () => {
    const wrapped = [
      'The talks in Doha resumed on Friday after a week in which both',
      'sides traded accusations over the border clashes that killed',
      'dozens of soldiers and civilians.',
      '',
      'Background',
      '',
      'Pakistan has long accused the Taliban of sheltering the TTP and',
      'of failing to act on its repeated requests to hand over the',
      'group’s leaders, a well-',
      'known grievance.',
      '- first point',
      '- second point',
    ].join('\n');
    expect(isHardWrapped(wrapped.split('\n'))).toBe(true);
    expect(texts(toUnits(wrapped))).toEqual([
      'The talks in Doha resumed on Friday after a week in which both sides traded accusations over the border clashes that killed dozens of soldiers and civilians.',
      'Background',
      'Pakistan has long accused the Taliban of sheltering the TTP and of failing to act on its repeated requests to hand over the group’s leaders, a well-known grievance.',
      '- first point',
      '- second point',
    ]);
  });

  it('cleans odd spaces', () => {
    expect(texts(toUnits('\ta\u00a0b  c\u200b '))).toEqual(['a b c']);
  });
});

describe('dates', () => {
  it.each([
    ['October 17, 2025', '2025-10-17'],
    ['Saturday, October 25, 2025', '2025-10-25'],
    ['17 Oct 2025', '2025-10-17'],
    ['Sat 25 Oct 2025 10.00 BST', '2025-10-25'],
    ['Oct. 3rd, 2024 | 5 min read', '2024-10-03'],
    ['2025-10-17', '2025-10-17'],
    ['2025-10-17T08:30:00Z', '2025-10-17T08:30:00Z'],
  ])('%s → %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it('refuses what is not a date, or not a real one', () => {
    for (const line of ['February 30, 2025', '10/11/2025', 'October 2025 was a cold month for everyone involved', 'May']) {
      expect(parseDateLine(line)).toBeNull();
    }
  });

  it('reads stated dates and their kind', () => {
    expect(parseStatedDate('Published October 17, 2025')).toEqual({ date: '2025-10-17', kind: 'published' });
    expect(parseStatedDate('Updated: 18 Oct 2025 09:00')).toEqual({ date: '2025-10-18', kind: 'updated' });
    expect(parseStatedDate('Published by the ministry')).toBeNull();
  });
});

describe('metadata', () => {
  it('reads byline, date, site and URL lines from the head', () => {
    const a = parseTextArticle(
      ['www.example.com', 'Monday, 20 October 2025', 'ANALYSIS', 'The ceasefire holds, for now', 'By Jane Smith | Published 19 Oct 2025', 'https://example.com/news/ceasefire', '', 'The first paragraph of the article, which is long enough to be prose.', '', 'The second paragraph.'].join('\n'),
    );
    expect(a).toMatchObject({ title: 'The ceasefire holds, for now', byline: 'Jane Smith', publishedAt: '2025-10-19', site: 'example.com', url: 'https://example.com/news/ceasefire' });
    expect(a.summary).toBeUndefined();
    expect(a.blocks.map((b) => b.text)).toEqual([
      'The first paragraph of the article, which is long enough to be prose.',
      'The second paragraph.',
    ]);
  });

  it('reads a byline printed one piece per line ("By" / name / "and" / name), and the date after it', () => {
    const prose = 'A controversial rezoning proved to be a central issue in a heated council race, where the incumbent trailed on election night.';
    const next = 'The plan allows for 350 new apartments along the boulevard, and a third of them would have rents capped for decades.';
    const a = parseTextArticle(['Rezoning plan plagues a councilmember’s re-election bid', 'By', 'David Brand', 'and', 'Ramsey Khalifeh', 'Published Nov 8, 2023', '', prose, '', next].join('\n'));
    expect(a).toMatchObject({ title: 'Rezoning plan plagues a councilmember’s re-election bid', byline: 'David Brand and Ramsey Khalifeh', publishedAt: '2023-11-08' });
    expect(a.blocks.map((b) => b.text)).toEqual([prose, next]);
    // "By" followed by prose is not a byline: the prose stays.
    const b = parseTextArticle(['A headline about the river', 'By', 'The river rose in the night and the town woke to water in its streets.', '', prose].join('\n'));
    expect(b.byline).toBeUndefined();
    expect(b.blocks.map((x) => x.text)).toContain('The river rose in the night and the town woke to water in its streets.');
  });

  it('prefers the published date to an updated one, and uses "BBC NEWS" style site lines', () => {
    const a = parseTextArticle('A headline for the test\nUpdated October 20, 2025\nPublished October 18, 2025\nBBC NEWS\n\nBody text goes here.');
    expect(a.publishedAt).toBe('2025-10-18');
    expect(a.site).toBe('BBC News');
  });

  it('does not mistake a first sentence for a title', () => {
    const a = parseTextArticle('I went to the market today.\n\nIt was busy.', { fileName: 'Market day.txt' });
    expect(a.title).toBe('Market day');
    expect(plainText(a.blocks)).toBe('I went to the market today.\n\nIt was busy.');
  });

  it('drops the title when the page repeats it', () => {
    const a = parseTextArticle('A headline\n\nA headline\n\nBody text here.\n\nMore text.');
    expect(a.blocks.map((b) => b.text)).toEqual(['Body text here.', 'More text.']);
  });
});

describe('titles without a title line', () => {
  it('uses a file name a person wrote, not a machine-made one', () => {
    expect(titleFromFileName('Taliban talks - notes.txt')).toBe('Taliban talks - notes');
    expect(titleFromFileName('my_reading_list.md')).toBe('my reading list');
    expect(titleFromFileName('000_5772afeb88b3367e.txt')).toBeNull();
    expect(titleFromFileName('IMG_2034.txt')).toBeNull();
    expect(titleFromFileName('export.txt')).toBeNull();
  });

  it('otherwise uses the first sentence or the opening words', () => {
    expect(titleFromText('Short first sentence. Then more.')).toBe('Short first sentence.');
    const long = titleFromText('word '.repeat(50));
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(81);
  });
});

describe('consent banners in other languages', () => {
  it('recognises French, German and Spanish cookie banners', () => {
    expect(isConsentBanner('En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.')).toBe(true);
    expect(isConsentBanner('Wir verwenden Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie dem zu (zustimmen).')).toBe(true);
    expect(isConsentBanner('Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.')).toBe(true);
    expect(isConsentBanner('Nous avons rencontré le ministre, qui a refusé de commenter.')).toBe(false);
  });
});

describe('navigation menus and labels above the headline', () => {
  it('drops a run of section names, but not a short list in the article', () => {
    const menu = removeClutter(units('World', 'U.S.', 'Politics', 'N.Y.', 'Business', 'Tech', 'The first paragraph.'));
    expect(texts(menu)).toEqual(['The first paragraph.']);
    const list = removeClutter(units('You will need:', 'Flour', 'Two eggs', 'Butter', 'Sugar', 'Mix them well.'));
    expect(texts(list)).toEqual(['You will need:', 'Flour', 'Two eggs', 'Butter', 'Sugar', 'Mix them well.']);
  });

  it('passes over short labels to a real headline, keeping the labels as text', () => {
    const a = parseTextArticle('Salon\n\nPhysics\n\nThe hidden heroines of chaos theory\n\nBy Joshua Sokol\n\nA long first paragraph of the article that is plainly prose, with a full stop.');
    expect(a.title).toBe('The hidden heroines of chaos theory');
    expect(a.byline).toBe('Joshua Sokol');
    expect(a.blocks.map((b) => b.text)).toEqual(['Salon', 'Physics', 'A long first paragraph of the article that is plainly prose, with a full stop.']);
  });

  it('keeps a short real title when no longer headline follows it', () => {
    expect(parseTextArticle('Fear\n\nIt starts in the body, long before we notice it.').title).toBe('Fear');
  });

  it('strips icon-font glyphs copied with buttons', () => {
    expect(texts(toUnits('Save\ue051\nText.'))).toEqual(['Save', 'Text.']);
  });
});

describe('bylines', () => {
  it('reads names after "By", not prose that starts with "By"', () => {
    expect(parseTextArticle('A headline for this\nBy Jane Smith and John Roe\n\nText.').byline).toBe('Jane Smith and John Roe');
    expect(parseTextArticle('A headline for this\nBY ABID HUSSAIN\n\nText.').byline).toBe('ABID HUSSAIN');
    const prose = parseTextArticle('A headline for this\n\nBy Monday, the talks had failed\n\nBy then it was over.\n\nText.');
    expect(prose.byline).toBeUndefined();
    expect(prose.blocks.map((b) => b.text)).toEqual(['By Monday, the talks had failed', 'By then it was over.', 'Text.']);
  });
});
