/**
 * Spots HTML markup in text a user or a team file supplies. Jargon Lens never renders such text
 * as HTML, but a glossary full of `<script>` or `onerror=` is either a mistake or an attack on
 * whoever shares the file next, so it is refused with a message instead of stored.
 *
 * Only real HTML is flagged, so jargon keeps working: `List<String>`, `x < 3` and `<T>` pass,
 * because a browser would not read `String`, ` 3` or `T` as the start of a tag.
 */

/** Every HTML element name (current and obsolete) a browser acts on; custom elements have a hyphen. */
const TAG_NAMES = new Set(
  (
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br ' +
    'button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed ' +
    'fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe ' +
    'image img input ins isindex kbd keygen label legend li link listing main map mark marquee math menu meta meter nav ' +
    'nobr noembed noframes noscript object ol optgroup option output p param picture plaintext portal pre progress q rb ' +
    'rp rt rtc ruby s samp script search section select slot small source spacer span strike strong style sub summary sup ' +
    'svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp'
  ).split(' '),
);

/** `<name`, `</name` (tags), `<!` and `<?` (comments, doctypes, processing instructions). */
const TAG_START = /<\/?([a-z][a-z0-9]*(?:-[a-z0-9-]*)?)(?=[\s/>]|$)|<[!?][a-z[-]/gi;

/** Inline event handlers (`onerror=`, `onclick =`): listed, so "onboarding = hiring" is not one. */
const EVENT_HANDLER = new RegExp(
  '\\bon(?:abort|afterprint|animation(?:cancel|end|iteration|start)|auxclick|before(?:input|print|toggle|unload)|blur|' +
    'cancel|canplay(?:through)?|change|click|close|contextmenu|copy|cuechange|cut|dblclick|drag(?:end|enter|leave|over|start)?|' +
    'drop|durationchange|emptied|ended|error|focus(?:in|out)?|formdata|fullscreenchange|gotpointercapture|hashchange|input|' +
    'invalid|key(?:down|press|up)|load(?:eddata|edmetadata|start|end)?|lostpointercapture|message|mouse(?:down|enter|leave|move|out|over|up|wheel)|' +
    'offline|online|page(?:hide|show)|paste|pause|play(?:ing)?|pointer(?:cancel|down|enter|leave|move|out|over|up)|popstate|' +
    'progress|ratechange|reset|resize|scroll(?:end)?|search|seeked|seeking|select(?:ionchange|start)?|show|stalled|storage|' +
    'submit|suspend|timeupdate|toggle|touch(?:cancel|end|move|start)|transition(?:cancel|end|run|start)|unload|' +
    'volumechange|waiting|wheel)\\s*=',
  'i',
);

/**
 * Script URLs, which run code when a link is followed: `javascript:alert(1)`. A space after the
 * colon is prose ("JavaScript: the language of the web"), which the shipped glossary itself uses.
 */
const SCRIPT_URL = /\b(?:java|vb)script\s*:(?=\S)/i;

const SNIPPET_LENGTH = 24;

/** The first piece of HTML markup in `text` (to quote in an error message), or undefined when there is none. */
export function findMarkup(text: string): string | undefined {
  // Cheap pre-checks: almost every string has none of these characters.
  if (text.includes('<')) {
    for (const match of text.matchAll(TAG_START)) {
      const name = match[1]?.toLowerCase();
      if (name === undefined || name.includes('-') || TAG_NAMES.has(name)) return snippet(text, match.index);
    }
  }
  if (text.includes('=')) {
    const handler = EVENT_HANDLER.exec(text);
    if (handler) return snippet(text, handler.index);
  }
  if (text.includes(':')) {
    const url = SCRIPT_URL.exec(text);
    if (url) return snippet(text, url.index);
  }
  return undefined;
}

function snippet(text: string, start: number): string {
  const piece = text.slice(start, start + SNIPPET_LENGTH);
  return start + SNIPPET_LENGTH < text.length ? `${piece}…` : piece;
}
