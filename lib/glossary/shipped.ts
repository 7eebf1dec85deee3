/**
 * The glossary shipped with the extension, bundled at build time from data/glossary/*.json.
 * Only extension pages (popup, side panel, background) import this; the content script never does.
 */
import type { GlossaryFile } from '../../data/glossary.schema';
import { buildGlossary } from './build';
import type { Glossary } from './types';

const modules = import.meta.glob<GlossaryFile>('../../data/glossary/*.json', { eager: true, import: 'default' });

let cached: Glossary | undefined;

export function shippedGlossary(): Glossary {
  cached ??= buildGlossary(
    Object.entries(modules).map(([path, file]) => ({ slug: path.replace(/^.*\/|\.json$/g, ''), file })),
  );
  return cached;
}
