// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matcher/compile';
import { createMatcher } from '../../../lib/matcher/match';
import { findTermsInRun } from '../../../lib/scan/found-terms';
import { isInsideSkipped, subRun, textRuns, walkTextRuns, WALK_TICK } from '../../../lib/scan/text-runs';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test fixture only: the extension itself never parses HTML.
  root.setHTMLUnsafe?.(html) ?? Object.assign(root, { innerHTML: html });
  return root;
}

const runs = (root: Node) => [...textRuns(root)].map((run) => run.text);

describe('text runs', () => {
  it('joins text across inline elements and splits at blocks', () => {
    const root = page('<p>Led <b>Action</b> <a href="#">Learning</a> sets</p><p>Six</p><div>Sigma</div>');
    expect(runs(root)).toEqual(['Led Action Learning sets', 'Six', 'Sigma']);
  });

  it('splits at line breaks and at a block nested in inline text', () => {
    const root = page('<div>Six<br>Sigma</div><div>Action <div>x</div> Learning</div>');
    expect(runs(root)).toEqual(['Six', 'Sigma', 'Action ', 'x', ' Learning']);
  });

  it('skips scripts, styles, form fields, editable regions, templates, svg and hidden copies', () => {
    const root = page(`
      <p>seen</p>
      <script>Six Sigma</script><style>.x{}</style><noscript>no</noscript><template><p>tpl</p></template>
      <textarea>Six Sigma</textarea><input value="Six Sigma"><select><option>Six Sigma</option></select>
      <div contenteditable="true"><p>edit</p></div><div contenteditable="false">kept</div>
      <svg><text>svg</text></svg>
      <code style="display: none">{"json": "Six Sigma"}</code><div hidden>hidden</div>
      <span class="visually-hidden">screen reader copy</span><span aria-hidden="true">visible copy</span>`);
    expect(runs(root).map((t) => t.trim()).filter(Boolean)).toEqual(['seen', 'kept', 'visible copy']);
  });

  it('reads open shadow roots, and never the extension\'s own UI', () => {
    const root = page('<p>light</p><div id="host"></div><div id="own"><p>card</p></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'in shadow' }));
    const seen: ShadowRoot[] = [];
    const own = root.querySelector('#own')!;
    const texts = [...textRuns(root, { isOwnUi: (el) => el === own, onShadowRoot: (s) => seen.push(s) })].map((r) => r.text);
    expect(texts).toEqual(['light', 'in shadow']);
    expect(seen).toEqual([shadow]);
  });
});

describe('what is not prose', () => {
  const texts = (html: string) => runs(page(html)).map((t) => t.trim()).filter(Boolean);

  it('skips buttons, ARIA controls, menus, navigation, tabs and toolbars', () => {
    expect(
      texts(`
        <p>Led Six Sigma projects</p>
        <button>Message</button><div role="button">View in Sales Navigator</div><span role="menuitem link">More</span>
        <nav><a href="#">Jobs</a></nav><menu><li>Share</li></menu><div role="navigation">Home</div>
        <div role="tablist"><div role="tab">Posts</div></div><div role="toolbar"><span>Bold</span></div>
        <ul role="menu"><li>Report</li></ul><div role="tabpanel"><p>Kaizen lead</p></div>`),
    ).toEqual(['Led Six Sigma projects', 'Kaizen lead']);
  });

  it('skips links drawn as buttons, and keeps ordinary links', () => {
    expect(texts('<p>See <a href="#">Action Learning</a></p><a class="artdeco-button artdeco-button--2" href="#">View in Sales Navigator</a><a class="btn btn-primary">Apply</a>')).toEqual([
      'See Action Learning',
    ]);
  });

  it("keeps LinkedIn's visible twin of a screen-reader copy, skips other aria-hidden regions", () => {
    expect(
      texts(`
        <div><span aria-hidden="true">Quality Engineer</span><span class="visually-hidden">Quality Engineer</span></div>
        <div><span class="visually-hidden">Acme Foods</span><span aria-hidden="true">Acme Foods</span></div>
        <div aria-hidden="true">Decorative Six Sigma banner</div>
        <li-icon aria-hidden="true">icon</li-icon>
        <div aria-hidden="false">Shown to everyone</div>`),
    ).toEqual(['Quality Engineer', 'Acme Foods', 'Shown to everyone']);
  });

  it('keeps a control-free block with attributes (the attribute checks are not a blanket skip)', () => {
    expect(texts('<section class="artdeco-card" id="about" data-x="1"><p lang="en">Kaizen</p></section>')).toEqual(['Kaizen']);
  });
});

describe('inside a region that is not read', () => {
  it('looks up through every ancestor and shadow host, however deep', () => {
    const root = page(`
      <nav><p id="in-nav">Sales Navigator</p></nav>
      <div><span aria-hidden="true"><b id="twin">Kaizen</b></span><span class="visually-hidden">Kaizen</span></div>
      <div aria-hidden="true"><p id="hidden">x</p></div>
      <div role="main"><p id="main">Six Sigma</p></div>
      <button id="host"></button><section id="plain-host"></section>`);
    document.body.append(root);
    const inShadow = document.createElement('p');
    root.querySelector('#host')!.attachShadow({ mode: 'open' }).append(inShadow);
    const inPlainShadow = document.createElement('p');
    root.querySelector('#plain-host')!.attachShadow({ mode: 'open' }).append(inPlainShadow);
    const at = (id: string) => root.querySelector(`#${id}`)!;
    expect(isInsideSkipped(at('in-nav').firstChild!)).toBe(true);
    expect(isInsideSkipped(at('twin').firstChild!)).toBe(false);
    expect(isInsideSkipped(at('hidden'))).toBe(true);
    expect(isInsideSkipped(at('main'))).toBe(false);
    expect(isInsideSkipped(inShadow)).toBe(true);
    expect(isInsideSkipped(inPlainShadow)).toBe(false);
    let deep: Element = document.createElement('menu');
    root.append(deep);
    for (let i = 0; i < 5_000; i++) deep = deep.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
    expect(isInsideSkipped(deep)).toBe(true);
    root.remove();
  });
});

describe('long walks', () => {
  it('stops to let the caller check the clock in a deep tree with no text, and in a wide one', () => {
    let deep: Element = document.createElement('div');
    const top = deep;
    for (let i = 0; i < 2_000; i++) {
      const child = document.createElement('div');
      deep.append(child);
      deep = child;
    }
    deep.append('Kaizen');
    const items = [...walkTextRuns(top)];
    expect(items.filter((item) => item === WALK_TICK).length).toBeGreaterThanOrEqual(7);
    expect(items.filter((item) => item !== WALK_TICK).map((run) => (run as { text: string }).text)).toEqual(['Kaizen']);
    const wide = document.createElement('p');
    for (let i = 0; i < 3_000; i++) wide.append(document.createElement('b'));
    expect([...walkTextRuns(wide)].filter((item) => item === WALK_TICK).length).toBeGreaterThanOrEqual(10);
  });

  it('cuts a window out of a long run, with node offsets relative to the window', () => {
    const [run] = [...textRuns(page('<p>Alpha <b>Beta</b> Gamma</p>'))];
    const window = subRun(run!, 8, 14);
    expect(window.text).toBe('ta Gam');
    expect(window.nodes.map((n) => n.data)).toEqual(['Beta', ' Gamma']);
    expect(window.starts).toEqual([-2, 2]);
  });
});

describe('found terms', () => {
  const matcher = createMatcher(
    compileMatcher([
      { id: 'action-learning', name: 'Action Learning', aliases: [], acronyms: [] },
      { id: 'six-sigma', name: 'Six Sigma', aliases: [], acronyms: [] },
    ]),
  );
  const range = (init: StaticRangeInit) => init as unknown as AbstractRange;

  it('maps a phrase split across elements to a range from its first to its last text node', () => {
    const root = page('<p>Led <b>Action</b> <i>Learn</i>ing sets; Six Sigma</p>');
    const [run] = [...textRuns(root)];
    const found = findTermsInRun(run!, matcher, range);
    expect(found.map((f) => matcher.ids[f.term])).toEqual(['action-learning', 'six-sigma']);
    const first = found[0]!.range as unknown as StaticRangeInit;
    expect(first.startContainer.textContent).toBe('Action');
    expect(first.startOffset).toBe(0);
    expect(first.endContainer.textContent).toBe('ing sets; Six Sigma');
    expect(first.endOffset).toBe(3);
    expect(found[0]!.nodes.map((n) => n.data)).toEqual(['Action', ' ', 'Learn', 'ing sets; Six Sigma']);
    const second = found[1]!.range as unknown as StaticRangeInit;
    expect([second.startOffset, second.endOffset]).toEqual([10, 19]);
  });

  it('never joins terms across blocks', () => {
    const root = page('<li>Action</li><li>Learning</li>');
    expect([...textRuns(root)].flatMap((run) => findTermsInRun(run, matcher, range))).toEqual([]);
  });
});
