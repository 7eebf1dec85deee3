/**
 * LinkedIn Recruiter (and Recruiter Lite): LinkedIn's boolean in every text box. The term goes in
 * Keywords, the titles in Job titles, the place in Locations, so each is matched where it belongs.
 * Copy only: Recruiter search URLs carry a project id.
 */
import { adaptCommon, COMMON_UNSUPPORTED } from '../adapt';
import { renderExplicit } from '../render';
import type { Platform } from '../types';
import { LINKEDIN_LENGTH, LINKEDIN_SYNTAX, locationField } from './linkedin';
import { titleField } from './title-field';

export const linkedinRecruiter: Platform = {
  id: 'linkedin-recruiter',
  label: 'Recruiter',
  family: 'LinkedIn',
  summary: 'LinkedIn Recruiter: the term for Keywords, the titles for Job titles, the place for Locations; copy each.',
  syntax: LINKEDIN_SYNTAX,
  limits: [LINKEDIN_LENGTH],
  counters: ['characters', 'operators'],
  // Keywords and titles are separate boxes: two clauses can't be OR-ed across them, so each is a search.
  mergesClauses: false,
  ignoresSymbols: false,
  offeredFor: () => true,
  adapt: (request) => adaptCommon(request, { label: 'Recruiter', unsupported: COMMON_UNSUPPORTED, style: 'explicit', orBindsTighter: false }),
  render: (draft) => renderExplicit(draft, { titles: false, location: false }),
  fields: (draft) => [
    ...titleField(draft, 'Job titles', 'Paste into Job titles; choose current, past or both.'),
    ...locationField(draft, 'Locations', 'Pick it in the Locations filter.'),
  ],
  url: () => null,
};
