/**
 * The platform registry. A new platform is one module implementing `Platform` plus one line here;
 * the order is the order of the UI's platform picker (grouped by `family`).
 */
import type { Platform } from '../types';
import { ats } from './ats';
import { bingXray } from './bing-xray';
import { github } from './github';
import { googleXray } from './google-xray';
import { indeed } from './indeed';
import { linkedin } from './linkedin';
import { linkedinRecruiter } from './linkedin-recruiter';
import { linkedinSalesNavigator } from './linkedin-sales-navigator';
import { xrayBehance } from './xray-behance';
import { xrayDribbble } from './xray-dribbble';
import { xrayGitHub } from './xray-github';
import { xrayStackOverflow } from './xray-stackoverflow';
import { xrayXing } from './xray-xing';

export const PLATFORMS: readonly Platform[] = [
  linkedin,
  linkedinRecruiter,
  linkedinSalesNavigator,
  googleXray,
  bingXray,
  xrayGitHub,
  xrayStackOverflow,
  xrayXing,
  xrayDribbble,
  xrayBehance,
  indeed,
  github,
  ats,
];

const BY_ID: ReadonlyMap<string, Platform> = new Map(PLATFORMS.map((platform) => [platform.id, platform]));

export function platformById(id: string): Platform | undefined {
  return BY_ID.get(id);
}
