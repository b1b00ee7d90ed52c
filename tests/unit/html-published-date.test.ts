import { describe, expect, it } from 'vitest';
import { normalisePublishedAt } from '../../main/library/import/html/published-date';

describe('normalisePublishedAt', () => {
  it.each([
    ['2020-09-21', '2020-09-21'],
    ['2019', '2019'],
    ['2019-05', '2019-05'],
    ['2015-02-24T19:56:33.374Z', '2015-02-24T19:56:33.374Z'],
    ['2013-09-11T10:00:00-04:00', '2013-09-11T10:00:00-04:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2018-04-05T06:00', '2018-04-05T06:00'],
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000000'],
    ['  2016-12-22T10:43:37-08:00 \n', '2016-12-22T10:43:37-08:00'],
  ])('keeps ISO 8601 %j as stated, in canonical form', (raw, expected) => {
    expect(normalisePublishedAt(raw)).toBe(expected);
  });

  it('converts free-form dates without inventing a time or a zone', () => {
    expect(normalisePublishedAt('September 12, 2017')).toBe('2017-09-12');
    expect(normalisePublishedAt('12 Sep 2017 14:05')).toBe('2017-09-12T14:05:00');
  });

  it('converts free-form date-times with a zone to UTC', () => {
    expect(normalisePublishedAt('Tue, 12 Sep 2017 10:00:00 GMT')).toBe('2017-09-12T10:00:00.000Z');
    expect(normalisePublishedAt('Tue, 12 Sep 2017 10:00:00 +0200')).toBe('2017-09-12T08:00:00.000Z');
  });

  it('keeps what it cannot read, and drops nothing-at-all', () => {
    expect(normalisePublishedAt('last  Tuesday')).toBe('last Tuesday');
    expect(normalisePublishedAt('2019-13-45')).toBe('2019-13-45');
    expect(normalisePublishedAt('   ')).toBeUndefined();
    expect(normalisePublishedAt(null)).toBeUndefined();
  });
});
