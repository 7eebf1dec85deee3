/**
 * Checks on characters and words: curly quotes, unpaired quote marks, wildcards, symbols that need
 * quotes, stop words. Structure (operators, brackets) is in lint-structure.ts.
 */
import type { Check } from './lint-check';
import { listOf, rebuild } from './rewrite';
import { classify, isQualifier, lex, type Lexeme } from './tokenize';

const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b]/g;

export const curlyQuotes: Check = {
  kind: 'curly-quotes',
  run(platform, text) {
    const double = text.match(CURLY_DOUBLE) ?? [];
    const single = text.match(CURLY_SINGLE) ?? [];
    if (double.length === 0 && single.length === 0) return null;
    const fix = text.replace(CURLY_DOUBLE, '"').replace(CURLY_SINGLE, "'");
    if (double.length > 0) {
      return {
        severity: 'error',
        message: `Curly quotes (${[...new Set(double)].join(' ')}), usually pasted from Word or Outlook, are not quote marks to ${platform.label}: the phrase is not searched as a phrase and the string can break. Use straight quotes (").`,
        fix,
      };
    }
    return { severity: 'warning', message: `Curly apostrophes (${[...new Set(single)].join(' ')}) may not match the straight ones (') in profiles.`, fix };
  },
};

const isOperatorWord = (word: string) => word === 'AND' || word === 'OR' || word === 'NOT';

export const unbalancedQuotes: Check = {
  kind: 'unbalanced-quotes',
  run(platform, text) {
    const open = lex(text).find((lexeme) => lexeme.kind === 'phrase' && lexeme.unterminated);
    if (!open) return null;
    const inner = text.slice(open.start + 1);
    let fix: string | null = null;
    if (inner.trim() === '') {
      // A stray quote mark at the very end: nothing to enclose, so it goes.
      fix = (text.slice(0, open.start) + inner).trimEnd();
    } else {
      // Closing at the end is certain only if the quote starts a phrase and what follows is plain words.
      const before = text[open.start - 1];
      const startsPhrase = before === undefined || /[\s(:-]/u.test(before);
      const plain = !/[()]/.test(inner) && !inner.trim().split(/\s+/).some(isOperatorWord);
      if (startsPhrase && plain) fix = `${text.trimEnd()}"`;
    }
    const excerpt = inner.length > 40 ? `${inner.slice(0, 40)}…` : inner;
    return {
      severity: 'error',
      message: `A quote mark (") has no partner, so ${platform.label} reads everything after it as one phrase: "${excerpt.trim()}".`,
      fix,
    };
  },
};

/** The word without `*`; null when nothing (or only a sign) is left, so the word goes. */
function withoutStars(lexeme: Lexeme): string | null {
  const rest = lexeme.text.replace(/\*/g, '');
  return rest === '' || /^[-+~]$/.test(rest) ? null : rest;
}

export const wildcard: Check = {
  kind: 'wildcard',
  run(platform, text) {
    const mode = platform.syntax.wildcard;
    const lexemes = lex(text);
    const starred = lexemes.filter((lexeme) => lexeme.kind === 'word' && lexeme.text.includes('*') && !isQualifier(lexeme));
    // Google's * is a wildcard for one whole word: only a * glued to letters is wrong there.
    const bad = mode === 'whole-word' ? starred.filter((lexeme) => !/^-?\*$/.test(lexeme.text)) : starred;
    if (bad.length === 0) return null;
    const list = listOf(bad.map((lexeme) => lexeme.text));
    if (mode === 'varies') {
      return { severity: 'warning', message: `Not every ATS understands the * wildcard (${list}): check yours, or write the words out, e.g. (engineer OR engineering).`, fix: null };
    }
    const fix = rebuild(text, lexemes, (lexeme) => (bad.includes(lexeme) ? withoutStars(lexeme) : lexeme.text));
    const what = mode === 'whole-word' ? `Google's * stands for one whole word, so ${list} won't match longer words` : `${platform.label} has no * wildcard, so ${list} won't match longer words`;
    return { severity: 'warning', message: `${what}. Write the words out instead, e.g. (engineer OR engineering).`, fix };
  },
};

/** `C++`, `C#`, `.NET` outside quotes (an exclusion's minus aside); signs at the start are another check's. */
function needsQuotes(lexeme: Lexeme): boolean {
  if (lexeme.kind !== 'word' || isQualifier(lexeme)) return false;
  const body = lexeme.text.startsWith('-') ? lexeme.text.slice(1) : lexeme.text;
  if (/^[+~]/.test(body) || !/[\p{L}\p{N}]/u.test(body)) return false;
  return /[+#]/.test(body) || body.startsWith('.');
}

export const unquotedSymbol: Check = {
  kind: 'unquoted-symbol',
  run(platform, text) {
    if (!platform.syntax.quoteSymbols) return null;
    const lexemes = lex(text);
    const hits = lexemes.filter(needsQuotes);
    if (hits.length === 0) return null;
    // Glued to a neighbour (`C++(`, `x"C#`) the right quoting isn't obvious: no fix then.
    const glued = hits.some((lexeme) => lexeme.glued || lexemes[lexemes.indexOf(lexeme) - 1]?.glued === true);
    const quote = (word: string) => (word.startsWith('-') ? `-"${word.slice(1)}"` : `"${word}"`);
    return {
      severity: 'warning',
      message: `Put words with symbols in quotes: ${platform.label} may drop the + # or . in ${listOf(hits.map((lexeme) => lexeme.text))} and search for something else ("C++" becomes "C").`,
      fix: glued ? null : rebuild(text, lexemes, (lexeme) => (hits.includes(lexeme) ? quote(lexeme.text) : lexeme.text)),
    };
  },
};

export const stopWord: Check = {
  kind: 'stop-word',
  run(platform, text) {
    const stops = platform.syntax.stopWords;
    if (stops.length === 0) return null;
    const hits = classify(lex(text), platform.syntax.operators)
      .filter(({ lexeme, role }) => role === 'operand' && lexeme.kind === 'word' && stops.includes(lexeme.text.toLowerCase()))
      .map(({ lexeme }) => lexeme.text);
    if (hits.length === 0) return null;
    return {
      severity: 'warning',
      message: `${platform.label} ignores the words ${stops.join(', ')} outside quotes (${listOf(hits)} here), so they don't narrow the search.`,
      fix: null,
    };
  },
};
