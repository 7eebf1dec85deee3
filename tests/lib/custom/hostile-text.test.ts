/**
 * Issue 14, item 7: what a malicious team file tries to slip past the markup check and into the
 * matcher. Every string here was accepted before the check became an allow-list.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CustomTermSchema } from '../../../lib/custom/custom-term';
import { findHiddenCharacter } from '../../../lib/custom/hidden-characters';
import { parseTeamFile } from '../../../lib/custom/import';
import { findMarkup } from '../../../lib/custom/markup';

const errorsOf = (terms: unknown[]) => {
  const result = parseTeamFile(JSON.stringify({ industry: 'Sourcing', terms }), { fileName: 'team.json' });
  return result.ok ? [] : result.errors;
};

describe('the markup check is an allow-list', () => {
  it.each([
    ['an unknown tag with a handler', '<xss onpointerrawupdate=alert(1)>hover</xss>'],
    ['an unknown capitalised tag with a handler', 'Use <Xss onclick=go()> here'],
    ['an unknown tag with a slash before its attribute', 'x<Xss/onclick=go()>'],
    ['a script URL with a space after the colon', 'javascript: alert(1)'],
    ['a script URL with a tab inside', 'java\tscript:alert(1)'],
    ['a script URL with a line break inside', 'java\nscript:alert(1)'],
    ['a script URL with a tab character reference inside', 'java&#x09;script:alert(1)'],
    ['a script URL with a decimal reference for its first letter', '&#106;avascript:alert(1)'],
    ['a script URL with a named colon', 'javascript&colon;alert(1)'],
    ['a script URL with a soft hyphen inside', 'java\u00adscript:alert(1)'],
    ['a script URL after spaces and a quote', 'x" href=" javascript:void(0)'],
    ['an HTML data URL', 'data:text/html,hello'],
    ['a base64 HTML data URL', 'see data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['an SVG data URL', 'data: image/svg+xml,x'],
    ['a handler after a closing quote, unknown to any list', 'x" onbeforematch="go()'],
    ['a handler whose value is a call', 'onanything=steal()'],
    ['an end tag of anything', 'a </3 b'],
    ['a type list that names an HTML element', 'List<Object>'],
    ['a type list with a space inside', 'Map<K V>'],
    ['a comment', '<!-- x -->'],
  ])('flags %s', (_, text) => {
    expect(findMarkup(text)).toBeDefined();
  });

  it.each([
    'List<String> and Map<K, V>',
    'Map<String, List<Integer>> and Task<IActionResult[]>',
    'latency < 200ms, x<3, a <= b, <- arrows',
    'a <T> type parameter',
    'onboarding = the first 90 days',
    'onboarding = hiring (the first 90 days)',
    'JavaScript: the language of the web',
    'JavaScript: Node.js, React and Vue',
    'Big data: text and numbers',
    'C++ & C# > Java? R&amp;D',
    'Email me at name@example.com',
  ])('lets %s through', (text) => {
    expect(findMarkup(text)).toBeUndefined();
  });
});

describe('invisible and control characters in forms', () => {
  it('refuses an alias padded with a zero-width space, naming file › term › field and the character', () => {
    expect(errorsOf([{ id: 'talent-pool', name: 'Talent Pool', summary: 'People we keep warm.', aliases: ['Pipeline', 'a\u200b'] }])).toEqual([
      'team.json › term "talent-pool" › aliases[1]: contains an invisible character (U+200B ZERO WIDTH SPACE) at character 2; remove it',
    ]);
  });

  it.each([
    ['name', { name: 'Talent\u2060Pool' }, 'name: contains an invisible character (U+2060 WORD JOINER) at character 7; remove it'],
    ['acronym', { acronyms: ['HR\u200d'] }, 'acronyms[0]: contains an invisible character (U+200D ZERO WIDTH JOINER) at character 3; remove it'],
    ['alias with a right-to-left override', { aliases: ['\u202eloop'] }, 'aliases[0]: contains an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE) at character 1; remove it'],
    ['alias with a control character', { aliases: ['po\u0007ol'] }, 'aliases[0]: contains a control character (U+0007) at character 3; remove it'],
    ['related title with a tab', { relatedTitles: ['Talent\tPartner'] }, 'relatedTitles[0]: contains a control character (U+0009 TAB) at character 7; remove it'],
    ['alias of Hangul fillers', { aliases: ['\u3164\u3164'] }, 'aliases[0]: contains an invisible character (U+3164 HANGUL FILLER) at character 1; remove it'],
    ['summary with a bidi isolate', { summary: 'People \u2066we\u2069 keep warm.' }, 'summary: contains an invisible character (U+2066 LEFT-TO-RIGHT ISOLATE) at character 8; remove it'],
  ])('refuses a %s', (_, fields, message) => {
    expect(errorsOf([{ id: 'talent-pool', name: 'Talent Pool', summary: 'People we keep warm.', ...fields }])).toEqual([`team.json › term "talent-pool" › ${message}`]);
  });

  it('normalises what only looks different: composed characters and other spaces in forms', () => {
    const result = parseTeamFile(
      JSON.stringify({ industry: 'Sourcing', terms: [{ name: 'Cafe\u0301\u00a0Talk', summary: 'Line one.\nLine two.', aliases: ['Six\u2009Sigma  Pool'] }] }),
    );
    expect(result.ok && result.file.terms[0]).toMatchObject({ name: 'Café Talk', summary: 'Line one.\nLine two.', aliases: ['Six Sigma Pool'] });
  });

  it('keeps line breaks in longer texts', () => {
    expect(findHiddenCharacter('First.\nSecond.\tThird.', 'text')).toBeUndefined();
  });
});

/** Hostile strings built from the pieces attackers combine. */
const mixedCase = (word: string) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
const hidden = fc.constantFrom('\t', '\n', '\r', '&#x09;', '&#9;', '&Tab;', '&NewLine;', '\u00ad', '\u200b', '');
const scheme = fc.tuple(fc.constantFrom('javascript', 'vbscript'), fc.array(hidden, { minLength: 1, maxLength: 3 }), fc.nat()).chain(([word, junk, at]) =>
  mixedCase(word).map((cased) => {
    const cut = 1 + (at % (cased.length - 1));
    return `${cased.slice(0, cut)}${junk.join('')}${cased.slice(cut)}`;
  }),
);
const code = fc.constantFrom('alert(1)', 'fetch`//x`', "location='//x'", '(0,eval)(name)', 'void(0)', '[].map(alert)', 'top["al"+"ert"](1)');
const colon = fc.constantFrom(':', '&colon;', '&#58;', '&#x3a;');
const scriptUrl = fc.tuple(fc.constantFrom('', ' ', '\t', '"', "x' href='"), scheme, colon, fc.constantFrom('', ' ', '  ', '\t'), code).map((parts) => parts.join(''));
const tagName = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.constantFrom('script', 'img', 'svg', 'iframe', 'my-widget')).chain(mixedCase);
const handlerName = fc.stringMatching(/^[a-z]{3,16}$/).map((name) => `on${name}`);
const tag = fc.tuple(tagName, fc.constantFrom(' ', '/', '\t', '\n'), handlerName, fc.constantFrom('=', ' = ', '='), code).map(([name, sep, handler, eq, value]) => `<${name}${sep}${handler}${eq}${value}>`);
const breakout = fc.tuple(fc.constantFrom('"', "'", '`'), fc.constantFrom(' ', '', '/'), handlerName, fc.constantFrom('=', ' ='), fc.constantFrom('"', "'", ''), code).map((parts) => `x${parts.join('')}`);
const dataUrl = fc.tuple(mixedCase('data'), fc.constantFrom(':', '&colon;'), fc.constantFrom('', ' '), fc.constantFrom('text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/javascript'), fc.constantFrom(',', ';base64,', ';charset=utf-8,')).map((parts) => `${parts.join('')}x`);
const hostile = fc.tuple(fc.constantFrom('', 'Talent pool ', 'See '), fc.oneof(scriptUrl, tag, breakout, dataUrl), fc.constantFrom('', ' here.', ' and more')).map((parts) => parts.join(''));

/** The element names of HTML that do something (and the short ones the generator can spell). */
const HTML_ELEMENTS = new Set(
  'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select slot small source span strong style sub summary sup svg math table tbody td template textarea tfoot th thead time title tr track u ul var video wbr frame frameset marquee xmp plaintext noembed noframes image'.split(' '),
);

describe('property: generated hostile strings', () => {
  it('are all refused by the markup check', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(findMarkup(text), text).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('with an invisible or control character inserted, are refused as a name, alias or acronym even when otherwise plain', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u2066', '\u0000', '\u0007', '\u001b', '\u0085', '\u034f', '\u3164', '\ufe0f', '\u{e0041}');
    const plain = fc.stringMatching(/^[A-Z][a-z]{2,10}$/);
    fc.assert(
      fc.property(plain, invisible, fc.nat(), fc.constantFrom('name', 'aliases', 'acronyms'), (word, char, at, field) => {
        const cut = at % (word.length + 1);
        const value = `${word.slice(0, cut)}${char}${word.slice(cut)}`;
        const term = { id: 'custom-x', industry: 'Sourcing', name: 'Talent Pool', summary: 'People we keep warm.', [field]: field === 'name' ? value : [value.slice(0, 12)] };
        expect(v.safeParse(CustomTermSchema, term).success, JSON.stringify(value)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('anything the check lets through, read as HTML, makes no known element, no named attribute and no comment', () => {
    const window = new Window();
    const pieces = fc.constantFrom('<', '>', '/', '!', '?', '=', '"', "'", ' ', 'a', 'T', 'String', 'img', 'on', 'error', 'x', ',', '-', '&', '#', ';', '\t');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        if (findMarkup(text) !== undefined) return;
        const body = window.document.createElement('div');
        body.innerHTML = text;
        // happy-dom also makes elements of "<<" or "<=a", which a browser reads as text: only names a browser would make count.
        for (const element of [...body.querySelectorAll('*')].filter((element) => /^[a-z]/i.test(element.localName))) {
          // Only named attributes mean anything (on…, src, href); happy-dom also reads "<String?>" (Kotlin's
          // nullable type, one element named "string?" in a browser) as an attribute "?".
          expect([...element.attributes].filter((attribute) => /^[a-z]/i.test(attribute.name)).map((attribute) => attribute.name), text).toEqual([]);
          // Unknown names ("string", "t,t" from "Map<T,T>") make inert elements; a real one would not be text.
          expect(HTML_ELEMENTS.has(element.localName), text).toBe(false);
        }
        expect([...body.childNodes].some((node) => node.nodeType === 8), text).toBe(false);
      }),
      { numRuns: 1500 },
    );
    void window.happyDOM.close();
  });
});
