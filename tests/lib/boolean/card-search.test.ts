import { describe, expect, it } from 'vitest';
import { bestPart, CARD_ALL_PARTS, cardSearch, numberedCopyText, partCopyText } from '../../../lib/boolean/card-search';
import type { SearchPart } from '../../../lib/boolean/types';
import { hipaa, kubernetes, sixSigma } from './fixtures';

const defaults = (defaultPlatform: string, defaultExclude: readonly string[] = []) => ({ defaultPlatform, defaultCountry: '', defaultExclude });

describe('the card copies the whole search', () => {
  it('one part: the string itself', () => {
    expect(cardSearch(kubernetes, defaults('google-xray'))).toEqual({
      platform: 'Google X-ray',
      text: 'site:linkedin.com/in (Kubernetes OR K8s) ("DevOps Engineer" OR "Site Reliability Engineer" OR "Platform Engineer" OR "Cloud Engineer")',
      note: null,
    });
  });

  it(`a split search of up to ${CARD_ALL_PARTS} parts: all of them, numbered, and the card says so`, () => {
    const card = cardSearch(sixSigma, defaults('bing-xray'));
    expect(card.note).toBe('Copies all 2 parts, numbered: run each.');
    expect(card.text.split('\n')).toEqual([
      '1. site:linkedin.com/in ("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB) ("Six Sigma Black Belt" OR "Master Black Belt" OR "Continuous Improvement Engineer")',
      '2. site:linkedin.com/in ("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB) ("Process Improvement Engineer" OR "Quality Engineer")',
    ]);
  });

  it('more parts: the one that finds the most, with "part n of N"', () => {
    const card = cardSearch(sixSigma, defaults('bing-xray', ['recruiter', 'intern', 'student']));
    expect(card.note).toMatch(/^Copies part 1 of \d, the one that finds the most\. The full entry has all \d\.$/);
    expect(card.text).toMatch(/^site:linkedin\.com\/in /);
    expect(card.text).not.toContain('\n');
  });

  it('a platform with boxes: one labelled line per box', () => {
    const card = cardSearch(hipaa, defaults('linkedin-recruiter'));
    expect(card.platform).toBe('Recruiter');
    expect(card.text).toBe(
      'Keywords: (HIPAA OR "Health Insurance Portability and Accountability Act" OR HIPPA)\nJob titles: "Privacy Officer" OR "HIPAA Compliance Officer" OR "Healthcare Compliance Specialist" OR "Privacy Analyst" OR "Compliance Analyst"',
    );
    expect(card.note).toBe('One line per Recruiter box: Keywords, Job titles.');
  });

  it('falls back to LinkedIn where the default platform is not offered for the term', () => {
    expect(cardSearch(sixSigma, defaults('github')).platform).toBe('LinkedIn');
    expect(cardSearch(sixSigma, defaults('myspace')).platform).toBe('LinkedIn');
  });
});

describe('copy texts', () => {
  const part = (number: number, combinations: number, fields: SearchPart['fields'] = []): SearchPart => ({
    number,
    text: `string ${number}`,
    fields,
    url: null,
    counters: [],
    clauses: [],
    combinations,
  });

  it('number parts and indent their boxes', () => {
    const boxed = part(2, 1, [{ kind: 'title', label: 'Job titles', text: 'a OR b' }]);
    expect(partCopyText(boxed)).toBe('Keywords: string 2\nJob titles: a OR b');
    expect(numberedCopyText([part(1, 1), boxed])).toBe('1. string 1\n2. Keywords: string 2\n   Job titles: a OR b');
  });

  it('the best part is the one with the most combinations, the first of equals', () => {
    expect(bestPart([part(1, 4), part(2, 6), part(3, 6)])?.number).toBe(2);
    expect(bestPart([])).toBeUndefined();
  });
});

describe('what a search does not find, in words', () => {
  it('names the forms, the titles and the reason', async () => {
    const { describeUncovered } = await import('../../../lib/boolean/uncovered-text');
    expect(describeUncovered({ groups: [['DMADV']], titles: null, reason: 'left out to keep to 4 parts' }, ['Six Sigma'])).toBe('"DMADV" with any title: left out to keep to 4 parts');
    expect(describeUncovered({ groups: [null], titles: ['Corporate Recruiter'], reason: 'your exclusion "recruiter" rules it out' }, ['Kaizen'])).toBe(
      'Anyone with "Corporate Recruiter": your exclusion "recruiter" rules it out',
    );
    expect(describeUncovered({ groups: [null, ['K8s']], titles: null, reason: 'too long' }, ['Lean', 'Kubernetes'])).toBe('"K8s" (Kubernetes) with any title: too long');
  });
});
