/**
 * Loads the glossary's artifact files from the extension's own package (never the network): each
 * file once per context, only when something needs it. Extension pages and the background read
 * them; content scripts cannot (the package exposes no web-accessible resources) and get what
 * they need through storage and messages instead.
 */
import { browser } from 'wxt/browser';
import type { LookupShard } from '../lookup/lookup-index';
import { artifactPath, hasStamp, type CardFile, type EntryFile, type GlossaryManifest, type PageGlossary, type TermIndexFile } from './artifacts';

export type ArtifactLoader = (path: string) => Promise<unknown>;

const fromPackage: ArtifactLoader = async (path) => {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`${path} is missing from the package (${response.status})`);
  return response.json();
};

let loader: ArtifactLoader = fromPackage;
const cache = new Map<string, Promise<unknown>>();

/** Tests and benchmarks serve artifacts from memory (a build's `files`). */
export function useArtifactLoader(next: ArtifactLoader | null): void {
  loader = next ?? fromPackage;
  cache.clear();
}

export function artifactLoaderFor(files: ReadonlyMap<string, string>): ArtifactLoader {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`${path} is missing from the package`);
    return JSON.parse(text) as unknown;
  };
}

function load<T>(path: string): Promise<T> {
  let pending = cache.get(path);
  if (!pending) {
    pending = loader(path);
    // A failed load is not remembered: the next caller tries again.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending as Promise<T>;
}

/** A file of this build, or an error naming the file (never a half-read or foreign one). */
async function stamped<T>(path: string): Promise<T> {
  const [manifest, value] = await Promise.all([loadManifest(), load<unknown>(path)]);
  if (!hasStamp(value, manifest.dataVersion)) throw new Error(`${path} does not belong to this build of the glossary`);
  return value as T;
}

export async function loadManifest(): Promise<GlossaryManifest> {
  const manifest = await load<unknown>(artifactPath.manifest);
  if (!hasStamp(manifest)) throw new Error(`${artifactPath.manifest} has an unknown format`);
  return manifest as GlossaryManifest;
}

export const loadTermIndex = () => stamped<TermIndexFile>(artifactPath.terms);
export const loadPageGlossary = () => stamped<PageGlossary>(artifactPath.page);
export const loadCards = (slug: string) => stamped<CardFile>(artifactPath.cards(slug));
export const loadEntries = (slug: string) => stamped<EntryFile>(artifactPath.entries(slug));

/** A lookup shard, or undefined when no word starts with that character. */
export async function loadLookupShard(key: string): Promise<LookupShard | undefined> {
  const manifest = await loadManifest();
  return manifest.lookupShards.includes(key) ? load<LookupShard>(artifactPath.lookupShard(key)) : undefined;
}

export const loadVocabulary = () => load<readonly string[]>(artifactPath.vocabulary);
