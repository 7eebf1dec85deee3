/**
 * JSON.parse with errors a person can act on: the line and column of the first mistake and what
 * was expected there. Browsers word (and locate) JSON errors differently, and some give neither a
 * line nor a position, so when parsing fails a small scanner finds the spot itself.
 *
 * The scanner keeps an explicit stack instead of recursing, so a hostile file of a million `[`
 * cannot overflow the call stack.
 */

export interface JsonSyntaxError {
  /** 1-based, counted in lines of the text as the user's editor shows them. */
  readonly line: number;
  readonly column: number;
  /** Plain words, e.g. `expected "," or "}" after a value, found "\""`. */
  readonly message: string;
}

export type JsonParseResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonSyntaxError };

export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = locateJsonError(text);
    if (found) return { ok: false, error: { ...lineAndColumn(text, found.offset), message: found.message } };
    // The scanner and the engine disagree (they should not): fall back to the engine's words.
    return { ok: false, error: { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) } };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

type Expect = 'value' | 'value-or-]' | 'key' | 'key-or-}' | ':' | ',-or-close' | 'end';

const EXPECTED: Record<Expect, string> = {
  value: 'a value (text in "double quotes", a number, true, false, null, { or [)',
  'value-or-]': 'a value or "]"',
  key: 'a field name in "double quotes"',
  'key-or-}': 'a field name in "double quotes" or "}"',
  ':': '":" after the field name',
  ',-or-close': '',
  end: 'nothing more after the end of the data',
};

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function describeFound(ch: string): string {
  if (ch === '\n' || ch === '\r') return 'a line break';
  if (ch === '\t') return 'a tab';
  if (ch === '"') return 'a double quote';
  return `"${ch}"`;
}

/** Offset and description of the first syntax error, or undefined when the text is valid JSON. */
export function locateJsonError(text: string): { offset: number; message: string } | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let i = 0;
  const afterValue = (): Expect => (stack.length > 0 ? ',-or-close' : 'end');
  const expectedHere = (): string => {
    if (expect !== ',-or-close') return EXPECTED[expect];
    return stack[stack.length - 1] === '{' ? '"," or "}" after a value' : '"," or "]" after a value';
  };

  for (;;) {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
    if (i >= text.length) {
      return expect === 'end' ? undefined : { offset: i, message: `the data ended too early: expected ${expectedHere()}` };
    }
    const ch = text.charAt(i);
    const fail = (message = `expected ${expectedHere()}, found ${describeFound(ch)}`) => ({ offset: i, message });

    switch (expect) {
      case 'value':
      case 'value-or-]': {
        if (ch === ']' && expect === 'value-or-]') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (ch === ']' && afterComma) {
          return fail('a comma before "]" is not allowed (remove the last comma)');
        } else if (ch === '{' || ch === '[') {
          stack.push(ch);
          i++;
          expect = ch === '{' ? 'key-or-}' : 'value-or-]';
        } else if (ch === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = afterValue();
        } else {
          NUMBER.lastIndex = i;
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          const length = literal?.length ?? (NUMBER.test(text) ? NUMBER.lastIndex - i : 0);
          if (length === 0) return ch === "'" ? fail('text must be in "double quotes", not \'single quotes\'') : fail();
          i += length;
          expect = afterValue();
        }
        afterComma = false;
        break;
      }
      case 'key':
      case 'key-or-}': {
        if (ch === '}' && expect === 'key-or-}') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (ch === '}' && afterComma) {
          return fail('a comma before "}" is not allowed (remove the last comma)');
        } else if (ch === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = ':';
        } else {
          return fail();
        }
        afterComma = false;
        break;
      }
      case ':':
        if (ch !== ':') return fail();
        i++;
        expect = 'value';
        break;
      case ',-or-close': {
        const open = stack[stack.length - 1];
        if (ch === ',') {
          i++;
          expect = open === '{' ? 'key' : 'value';
          afterComma = true;
        } else if ((open === '{' && ch === '}') || (open === '[' && ch === ']')) {
          stack.pop();
          i++;
          expect = afterValue();
        } else {
          return fail();
        }
        break;
      }
      case 'end':
        return fail();
    }
  }
}

/** Index just past the closing quote, or the error inside the string. */
function scanString(text: string, start: number): number | { offset: number; message: string } {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: '"\\u" must be followed by 4 hex digits' };
        i += 5;
      } else if (ESCAPES.has(next)) {
        i++;
      } else {
        return { offset: i, message: `"\\${next}" is not a valid escape (write "\\\\" for a backslash)` };
      }
    } else if (ch < ' ') {
      return { offset: i, message: 'a line break or control character inside text in quotes (write \\n for a new line)' };
    }
  }
  return { offset: start, message: 'this text in quotes is never closed (a closing " is missing)' };
}
