import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError, parseJson } from '../../../lib/custom/json-syntax';

const engineAccepts = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('locating JSON syntax errors', () => {
  it('agrees with JSON.parse on valid JSON, however it is formatted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        expect(locateJsonError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on broken JSON: it finds an error exactly when the engine does', () => {
    const broken = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', "'", '\n', '\\', 'x', '{', '[', '-', '0', '.'), fc.boolean())
      .map(([text, at, piece, remove]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        return remove ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + piece + text.slice(i);
      });
    fc.assert(
      fc.property(broken, (text) => {
        expect(locateJsonError(text) === undefined).toBe(engineAccepts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports line and column, counting from 1', () => {
    expect(parseJson('{\n  "a": 1\n  "b": 2\n}')).toEqual({ ok: false, error: { line: 3, column: 3, message: 'expected "," or "}" after a value, found a double quote' } });
    expect(parseJson('[1, 2,]')).toEqual({ ok: false, error: { line: 1, column: 7, message: 'a comma before "]" is not allowed (remove the last comma)' } });
    expect(parseJson('{"a": "line\nbreak"}')).toMatchObject({ ok: false, error: { line: 1, column: 12 } });
    expect(parseJson('{"a": "\\x"}')).toMatchObject({ ok: false, error: { message: '"\\x" is not a valid escape (write "\\\\" for a backslash)' } });
  });

  it('returns the value when the text is valid', () => {
    expect(parseJson('{"a": [1, "two", null]}')).toEqual({ ok: true, value: { a: [1, 'two', null] } });
  });
});
