/**
 * Rewriting a boolean string lexeme by lexeme for the linter's fixes, so text the fix doesn't touch
 * (spacing inside phrases included) stays exactly as the user wrote it.
 */
import type { Lexeme } from './tokenize';

/**
 * The text with each lexeme replaced by `replace(lexeme)` (null drops it). Neighbours that were
 * neighbours keep their original gap; where something was dropped between them they get one space,
 * or none just inside a bracket.
 */
export function rebuild(text: string, lexemes: readonly Lexeme[], replace: (lexeme: Lexeme) => string | null): string {
  let out = '';
  let previous: { lexeme: Lexeme; index: number } | null = null;
  lexemes.forEach((lexeme, index) => {
    const replacement = replace(lexeme);
    if (replacement === null) return;
    if (previous !== null) {
      if (previous.index === index - 1) out += text.slice(previous.lexeme.end, lexeme.start);
      else if (previous.lexeme.kind !== 'open' && lexeme.kind !== 'close') out += ' ';
    }
    out += replacement;
    previous = { lexeme, index };
  });
  return out;
}

/** `"a", "b" and "c"`, at most `max` of them, for messages. */
export function listOf(texts: readonly string[], max = 5): string {
  const unique = [...new Set(texts)].map((text) => `"${text}"`);
  const shown = unique.slice(0, max);
  if (unique.length > max) shown.push(`${unique.length - max} more`);
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}
