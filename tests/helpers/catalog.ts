/**
 * A glossary built the way the extension's build builds it, served from memory: for tests of
 * anything that loads artifacts (catalog, popup, background).
 */
import type { GlossaryFile } from '../../data/glossary.schema';
import type { TermIndexFile } from '../../lib/glossary/artifacts';
import { artifactPath } from '../../lib/glossary/artifacts';
import { buildGlossaryArtifacts, type GlossaryBuild } from '../../lib/glossary/build-artifacts';
import { buildCatalog, type Catalog, type OwnTerm } from '../../lib/glossary/catalog';
import { artifactLoaderFor, loadCards, loadEntries, loadLookupShard, loadVocabulary, useArtifactLoader } from '../../lib/glossary/package-files';

export function testBuild(files: readonly { slug: string; file: GlossaryFile }[]): GlossaryBuild {
  return buildGlossaryArtifacts(files.map(({ slug, file }) => ({ path: `data/glossary/${slug}.json`, data: file })));
}

/** Builds the glossary and makes the package loaders serve it (until the next call). */
export function servePackage(files: readonly { slug: string; file: GlossaryFile }[]): GlossaryBuild {
  const build = testBuild(files);
  useArtifactLoader(artifactLoaderFor(build.files));
  return build;
}

/** A catalog over `files`, with `own` terms on top, loading pieces from memory like the real one. */
export function testCatalog(files: readonly { slug: string; file: GlossaryFile }[], own: readonly OwnTerm[] = []): Catalog {
  const build = servePackage(files);
  const index = JSON.parse(build.files.get(artifactPath.terms)!) as TermIndexFile;
  return buildCatalog(index, own, { lookupShard: loadLookupShard, vocabulary: loadVocabulary, entries: loadEntries, cards: loadCards });
}
