import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateGlossary, type GlossarySource } from '../../lib/glossary/validate';
import { onlyMine } from './only';

const dir = join(import.meta.dirname, '../../data/glossary');

function shippedSources(): GlossarySource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = `data/glossary/${name}`;
      const raw = readFileSync(join(dir, name), 'utf8');
      try {
        return { path, data: JSON.parse(raw) as unknown };
      } catch (error) {
        throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
      }
    });
}

describe('shipped glossary', () => {
  const sources = shippedSources();
  const { problems, files } = validateGlossary(sources);

  it('every file, term and field is valid (problems listed by file › term › field)', () => {
    expect(onlyMine(problems.map(formatProblem))).toEqual([]);
  });

  it('every industry is in exactly one sector of data/sectors.json, and every sector names real industries', () => {
    const sectors = (JSON.parse(readFileSync(join(dir, '../sectors.json'), 'utf8')) as { sectors: { name: string; industries: string[] }[] }).sectors;
    const slugs = files.map(({ path }) => path.replace(/^.*\/|\.json$/g, ''));
    const listed = sectors.flatMap((sector) => sector.industries);
    expect(slugs.filter((slug) => listed.filter((item) => item === slug).length !== 1)).toEqual([]);
    expect(listed.filter((slug) => !slugs.includes(slug))).toEqual([]);
  });

  it('file names are the kebab-case slug of their industry', () => {
    for (const { path } of files) expect(path).toMatch(/^data\/glossary\/[a-z0-9]+(?:-[a-z0-9]+)*\.json$/);
  });

  it('ships Action Learning in Productivity Training', () => {
    const terms = files.flatMap(({ file }) => file.terms.map((t) => ({ ...t, industry: file.industry })));
    expect(terms.find((t) => t.id === 'action-learning')?.industry).toMatch(/Productivity Training/);
  });
});
