/**
 * The platform registry. A new platform is one module implementing `Platform` plus one line here;
 * the order is the order of the UI's platform picker.
 */
import type { Platform } from '../types';
import { ats } from './ats';
import { bingXray } from './bing-xray';
import { github } from './github';
import { googleXray } from './google-xray';
import { indeed } from './indeed';
import { linkedin } from './linkedin';
import { linkedinSalesNavigator } from './linkedin-sales-navigator';

export const PLATFORMS: readonly Platform[] = [linkedin, linkedinSalesNavigator, googleXray, bingXray, indeed, github, ats];

const BY_ID: ReadonlyMap<string, Platform> = new Map(PLATFORMS.map((platform) => [platform.id, platform]));

export function platformById(id: string): Platform | undefined {
  return BY_ID.get(id);
}
