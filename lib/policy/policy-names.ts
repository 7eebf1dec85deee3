/**
 * The names an organisation's policy uses, and the values some of them take: small on purpose,
 * since every content script reads the settings policy, while the schema itself (managed-schema.ts)
 * only goes into the build.
 */

export const POLICY_NAMES = [
  'teamGlossary',
  'mutedTerms',
  'defaultPlatform',
  'defaultCountry',
  'defaultExclude',
  'sites',
  'highlighting',
  'style',
  'highlightColor',
  'occurrences',
  'hoverCard',
  'hoverDelayMs',
  'industries',
] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** Platform ids for the default search (lib/boolean/platforms; a unit test keeps both lists equal). */
export const POLICY_PLATFORM_IDS = [
  'linkedin',
  'linkedin-recruiter',
  'linkedin-sales-navigator',
  'google-xray',
  'bing-xray',
  'indeed',
  'github',
  'ats',
  'xray-github',
  'xray-stackoverflow',
  'xray-xing',
  'xray-dribbble',
  'xray-behance',
] as const;

/** Highlight colours (lib/settings-model.ts HIGHLIGHT_COLORS; a unit test keeps both lists equal). */
export const POLICY_HIGHLIGHT_COLORS = ['indigo', 'teal', 'amber', 'rose', 'green'] as const;
