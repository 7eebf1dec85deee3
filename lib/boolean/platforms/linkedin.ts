/**
 * LinkedIn people search and Recruiter: AND/OR/NOT in capitals, straight quotes, OR groups in
 * parentheses (Recruiter evaluates ANDs before ORs), no + / - operators, no * wildcard.
 * Length limits are disputed, so a long string gets a warning and is never split or refused.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderExplicit } from '../render';
import type { Platform } from '../types';

export const linkedin: Platform = {
  id: 'linkedin',
  label: 'LinkedIn',
  summary: 'LinkedIn people search and Recruiter: AND, OR, NOT in capitals, straight quotes, brackets.',
  syntax: {
    operators: ['AND', 'OR', 'NOT'],
    upperCase: ['AND', 'OR', 'NOT'],
    parentheses: true,
    wildcard: 'none',
    noPlusMinus: true,
    minusExcludes: false,
    stopWords: [],
    quoteSymbols: true,
  },
  limits: [
    {
      counter: 'characters',
      max: 1000,
      strength: 'soft',
      explain: "LinkedIn doesn't publish a length limit and reports disagree (strings of 400+ characters are reported to work)",
    },
  ],
  counters: ['characters', 'operators'],
  offeredFor: () => true,
  adapt: (request) => adaptCommon(request, { label: 'LinkedIn', unsupported: COMMON_UNSUPPORTED }),
  render: renderExplicit,
  // encodeURIComponent turns "+" into %2B: a literal "+" in LinkedIn's query string reads as a space.
  // Recruiter search URLs carry a project id, so Recruiter users paste the string into Keywords instead.
  url: (text) => `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(text)}`,
};
