/**
 * Spots HTML markup in text a user or a team file supplies. Jargon Lens never renders such text
 * as HTML, but a glossary full of `<script>` or `onerror=` is either a mistake or an attack on
 * whoever shares the file next, so it is refused with a message instead of stored.
 *
 * An allow-list, not a list of known-bad tags: every `<` that an HTML parser would read as the
 * start of markup (`<` + a letter, `</`, `<!`, `<?`) is refused, except one shape that jargon
 * needs and that cannot carry anything: a type-parameter list such as `List<String>`,
 * `Map<K, V>` or `<T>` (capitalised names, commas, nesting; no spaces but after a comma, no
 * attributes, no quotes, no `=`, and no name that is an HTML element). `x < 3`, `<=` and `<3` are
 * not markup to a parser and pass.
 *
 * Outside tags, two more things are refused because they run code when someone else pastes the
 * text into an attribute: a script URL (`javascript:` / `vbscript:`, also when spaces, tabs, line
 * breaks or character references such as `&#x09;` or `&colon;` are hidden inside it, which
 * browsers drop before reading a URL) followed by code, and a `data:` URL with a media type
 * (`data:text/html,…`); and an inline handler (`x" onerror="…"`, `onclick = go()`) followed by
 * code. Prose passes: "JavaScript: the language of the web", "onboarding = the first 90 days".
 */

/** Every HTML element name (current and obsolete): a type parameter may not be one of them. */
const TAG_NAMES = new Set(
  (
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br ' +
    'button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed ' +
    'fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe ' +
    'image img input ins isindex kbd keygen label legend li link listing main map mark marquee math menu meta meter nav ' +
    'nobr noembed noframes noscript object ol optgroup option output p param picture plaintext portal pre progress q rb ' +
    'rp rt rtc ruby s samp script search section select selectedcontent slot small source spacer span strike strong style sub summary sup ' +
    'svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp'
  ).split(' '),
);

const SNIPPET_LENGTH = 24;
const MAX_TYPE_DEPTH = 8;

/** The first piece of HTML markup in `text` (to quote in an error message), or undefined when there is none. */
export function findMarkup(text: string): string | undefined {
  const at = firstTag(text) ?? firstScriptUrl(text) ?? firstHandler(text);
  return at === undefined ? undefined : snippet(text, at);
}

/** Where a `<` opens markup: a tag, an end tag, a comment, a doctype or a processing instruction. */
function firstTag(text: string): number | undefined {
  let from = 0;
  for (;;) {
    const i = text.indexOf('<', from);
    if (i < 0 || i === text.length - 1) return undefined;
    const next = text[i + 1]!;
    if (next === '/' || next === '!' || next === '?') return i;
    if (/[A-Za-z]/.test(next)) {
      const end = typeParameters(text, i, 0);
      if (end < 0) return i;
      from = end;
      continue;
    }
    from = i + 1;
  }
}

/** `<Type(, Type)*>` starting at `start` (a `<`): the index after its `>`, or -1 when it is not exactly that. */
function typeParameters(text: string, start: number, depth: number): number {
  if (depth > MAX_TYPE_DEPTH) return -1;
  let j = start + 1;
  for (;;) {
    const name = /^[A-Z][A-Za-z0-9_]*/.exec(text.slice(j, j + 100))?.[0];
    if (name === undefined || TAG_NAMES.has(name.toLowerCase())) return -1;
    j += name.length;
    if (text[j] === '<') {
      j = typeParameters(text, j, depth + 1);
      if (j < 0) return -1;
    }
    while (text.startsWith('[]', j)) j += 2;
    if (text[j] === '?') j++;
    if (text[j] === '>') return j + 1;
    if (text[j] !== ',') return -1;
    j++;
    if (text[j] === ' ') j++;
  }
}

/** A value that is code rather than words: a quote, a bracket, or a name called, indexed or assigned. */
const CODE_VALUE = /^[\s]*(?:["'`({[\\]|[\w$.]*[(`=[])/;

/**
 * URL parsers drop tabs and line breaks anywhere in a URL, so `java\tscript:` is `javascript:`;
 * invisible characters are dropped too, in case another reader of the text is less strict.
 */
const DROPPED_IN_URL = /[\t\n\r\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/u;

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  tab: '\t', newline: '\n', colon: ':', sol: '/', lpar: '(', rpar: ')', quot: '"', apos: "'", equals: '=', lt: '<', gt: '>',
  amp: '&', nbsp: '\u00a0', shy: '\u00ad', comma: ',', period: '.', semi: ';', num: '#', excl: '!', plus: '+', bsol: '\\',
};

/**
 * The text as a URL parser would read it, character references decoded, with a map from each of
 * its characters back to where it starts in the original (so messages quote what the user wrote).
 */
function decodeForUrls(text: string): { decoded: string; origin: number[] } {
  let decoded = '';
  const origin: number[] = [];
  const reference = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));?/y;
  for (let i = 0; i < text.length; ) {
    if (text[i] === '&') {
      reference.lastIndex = i;
      const match = reference.exec(text);
      const code = match?.[1] !== undefined ? parseInt(match[1], 16) : match?.[2] !== undefined ? parseInt(match[2], 10) : undefined;
      const named = match?.[3] !== undefined ? NAMED_REFERENCES[match[3].toLowerCase()] : undefined;
      const char = code !== undefined && code <= 0x10ffff ? String.fromCodePoint(code) : named;
      if (match && char !== undefined) {
        decoded += char;
        for (let k = 0; k < char.length; k++) origin.push(i);
        i += match[0].length;
        continue;
      }
    }
    decoded += text[i];
    origin.push(i);
    i++;
  }
  return { decoded, origin };
}

/** Where a script URL followed by code, or a `data:` URL with a media type, starts. */
function firstScriptUrl(text: string): number | undefined {
  if (!/[:&]/.test(text)) return undefined;
  const { decoded, origin } = decodeForUrls(text);
  // The scheme with whatever a browser would drop removed, keeping where each letter came from.
  let letters = '';
  const at: number[] = [];
  for (let i = 0; i < decoded.length; i++) {
    if (DROPPED_IN_URL.test(decoded[i]!)) continue;
    letters += decoded[i];
    at.push(i);
  }
  const scheme = /(?<![a-z0-9+.-])(?:(java|vb)script|(data)):/gi;
  for (const match of letters.matchAll(scheme)) {
    const colon = at[match.index + match[0].length - 1]!;
    const rest = decoded.slice(colon + 1);
    const start = origin[at[match.index]!]!;
    if (match[2] !== undefined) {
      if (/^\s*[\w.+-]+\/[\w.+-]+\s*[;,]/.test(rest)) return start;
      continue;
    }
    // "javascript:alert(1)" (a URL: code right after the colon) or "javascript: alert(1)" (code after spaces).
    if (rest === '' || !/^\s/.test(rest) || CODE_VALUE.test(rest)) return start;
  }
  return undefined;
}

/** Where an inline event handler with a value that is code starts: `onerror="…"`, `x" onclick=go()`. */
function firstHandler(text: string): number | undefined {
  if (!text.includes('=')) return undefined;
  for (const match of text.matchAll(/\bon[a-z]+\s*=/gi)) {
    const before = text.slice(0, match.index).trimEnd();
    const breaksOut = /["'`/]$/.test(before);
    if (breaksOut || CODE_VALUE.test(text.slice(match.index + match[0].length))) return match.index;
  }
  return undefined;
}

function snippet(text: string, start: number): string {
  const piece = text.slice(start, start + SNIPPET_LENGTH);
  return start + SNIPPET_LENGTH < text.length ? `${piece}…` : piece;
}
