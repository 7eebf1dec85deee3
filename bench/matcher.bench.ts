/**
 * Matcher throughput on 1 MB of realistic text with the full glossary, beside one big RegExp
 * alternation of the same forms (the usual approach), plus compile time and data sizes.
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { glossaryTerms } from './glossary-on-disk';
import { compileMatcher, matcherForms } from '../lib/matcher/compile';
import { createMatcher } from '../lib/matcher/match';
import { realisticText } from './corpus';
import { median, report, round } from './report';

const MB = 1024 * 1024;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The common alternative: every form in one case-insensitive alternation, longest first, `\b` boundaries. */
function bigRegExp(forms: readonly string[]): RegExp {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`\\b(?:${sorted.join('|')})\\b`, 'gi');
}

function time(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

it('matcher throughput', () => {
  const terms = glossaryTerms();
  const text = realisticText(MB);
  const compileMs = time(5, () => compileMatcher(terms));
  const compiled = compileMatcher(terms);
  const matcher = createMatcher(compiled);
  const loadMs = time(5, () => createMatcher(JSON.parse(JSON.stringify(compiled))));
  const matches = matcher.match(text).length;
  const matcherMs = time(5, () => matcher.match(text));

  const forms = matcherForms(terms).map((form) => form.exact);
  let regexMatches = 0;
  const regexCompileAndRun = time(3, () => {
    const regex = bigRegExp(forms);
    regexMatches = [...text.matchAll(regex)].length;
  });
  const compiledJson = JSON.stringify(compiled);
  const megabytes = text.length / MB;

  report('matcher', [
    { approach: 'Jargon Lens compiled matcher', ms: round(matcherMs), 'MB/s': round(megabytes / (matcherMs / 1000), 1), matches },
    { approach: 'one big RegExp alternation (compile + run)', ms: round(regexCompileAndRun), 'MB/s': round(megabytes / (regexCompileAndRun / 1000), 1), matches: regexMatches },
  ], {
    terms: terms.length,
    forms: forms.length,
    textMB: round(megabytes, 2),
    compileMs: round(compileMs),
    loadMsInContentScript: round(loadMs),
    compiledMatcherBytes: compiledJson.length,
    compiledMatcherGzipBytes: gzipSync(compiledJson).length,
  });
  console.log(`compile ${round(compileMs)} ms · load in a content script ${round(loadMs)} ms · compiled matcher ${compiledJson.length} B (${gzipSync(compiledJson).length} B gzip) · ${terms.length} terms, ${forms.length} forms`);
});
