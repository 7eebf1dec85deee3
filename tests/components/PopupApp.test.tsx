// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { pendingCatalog, type Catalog } from '../../lib/glossary/catalog';
import { testCatalog } from '../helpers/catalog';
import { makeFile, makeTerm } from '../helpers/make-term';

const files = [
  {
    slug: 'productivity-training',
    file: makeFile('Productivity Training & L&D', [
      makeTerm({ name: 'Action Learning', summary: 'Groups learn by solving a real problem together.', related: ['six-sigma'] }),
      makeTerm({ name: 'Experiential Learning' }),
    ]),
  },
  {
    slug: 'manufacturing',
    file: makeFile('Manufacturing', [makeTerm({ name: 'Six Sigma' }), makeTerm({ name: 'Lean Six Sigma' }), makeTerm({ name: 'Kaizen' })]),
  },
];

function setup() {
  render(<PopupApp catalog={testCatalog(files)} />);
  return screen.getByRole('combobox', { name: 'Search the glossary' }) as HTMLInputElement;
}

/** Types a query and waits for its results (lookup and summaries load in pieces). */
async function type(input: HTMLInputElement, value: string) {
  fireEvent.input(input, { target: { value } });
  await waitFor(() => expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
}

/** Opens the active result and waits for the entry to load. */
async function openActive(input: HTMLInputElement) {
  key(input, 'Enter');
  return screen.findByRole('article');
}

const options = () => screen.getAllByRole('option').map((option) => option.querySelector('.option-primary')?.textContent);
const activeOption = () => screen.getAllByRole('option').find((option) => option.getAttribute('aria-selected') === 'true');
const key = (target: Element, name: string) => fireEvent.keyDown(target, { key: name });

afterEach(cleanup);

describe('popup', () => {
  it('draws a focused search box before the glossary has loaded, and answers what was typed once it has', async () => {
    let arrive: (catalog: Catalog) => void = () => undefined;
    const pending = pendingCatalog(new Promise<Catalog>((resolve) => (arrive = resolve)));
    const { rerender } = render(<PopupApp catalog={pending} />);
    const input = screen.getByRole('combobox', { name: 'Search the glossary' }) as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText(/Browse 0 terms/)).toBeNull();
    fireEvent.input(input, { target: { value: 'kaizn' } });
    expect(screen.queryByText(/No terms match/)).toBeNull();
    const catalog = testCatalog(files);
    arrive(catalog);
    rerender(<PopupApp catalog={catalog} />);
    await waitFor(() => expect(options()[0]).toBe('Kaizen'));
    expect(input.value).toBe('kaizn');
  });

  it('opens with the search box focused and industries listed with term counts', () => {
    const input = setup();
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('listbox', { name: 'Industries' })).toBeTruthy();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Manufacturing3 terms', 'Productivity Training & L&D2 terms']);
  });

  it('browses an industry with the keyboard and comes back with Escape', async () => {
    const input = setup();
    key(input, 'ArrowDown');
    expect(activeOption()?.textContent).toContain('Productivity Training');
    key(input, 'Enter');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Productivity Training & L&D');
    expect(options()).toEqual(['Action Learning', 'Experiential Learning']);
    await waitFor(() => expect(screen.getAllByRole('option')[0]?.textContent).toContain('Groups learn by solving a real problem together.'));
    key(input, 'Escape');
    expect(screen.getByRole('listbox', { name: 'Industries' })).toBeTruthy();
    expect(activeOption()?.textContent).toContain('Productivity Training');
  });

  it('searches on every keystroke, typo-tolerant, and says when nothing matches', async () => {
    const input = setup();
    await type(input, 'acton lerning');
    expect(options()[0]).toBe('Action Learning');
    await waitFor(() => expect(screen.getAllByRole('option')[0]?.textContent).toContain('Groups learn by solving a real problem together.'));
    fireEvent.input(input, { target: { value: 'six sigma' } });
    await waitFor(() => expect(options().slice(0, 2)).toEqual(['Six Sigma', 'Lean Six Sigma']));
    fireEvent.input(input, { target: { value: 'qqqzzz' } });
    expect(await screen.findByText(/No terms match “qqqzzz”/)).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('moves through results with the arrows (wrapping) and ties the active one to the box for screen readers', async () => {
    const input = setup();
    await type(input, 'six sigma');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(activeOption()?.id);
    expect(activeOption()?.textContent).toContain('Lean Six Sigma');
    key(input, 'ArrowUp');
    key(input, 'ArrowUp');
    expect(activeOption()).toBe(screen.getAllByRole('option').at(-1));
  });

  it('opens a term with Enter, shows the whole entry in order, and goes back with Escape', async () => {
    const input = setup();
    await type(input, 'action learning');
    const entry = await openActive(input);
    expect(within(entry).getByRole('heading', { level: 2 }).textContent).toBe('Action Learning');
    // Focus moves in an effect after the entry paints.
    await waitFor(() => expect(document.activeElement).toBe(within(entry).getByRole('heading', { level: 2 })));
    expect(within(entry).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'What it means',
      'How it shows up in resumes',
      'Typical job title',
      'Also try searching for',
      'Screening questions',
      'Experience-level indicators',
      'Red flags',
      'Related terms',
      'Search',
    ]);
    key(entry, 'Escape');
    expect(screen.queryByRole('article')).toBeNull();
    expect(options()[0]).toBe('Action Learning');
  });

  it('opens the entry the user chose even when Enter comes before the results', async () => {
    const input = setup();
    fireEvent.input(input, { target: { value: 'kaizen' } });
    key(input, 'Enter');
    const entry = await screen.findByRole('article');
    expect(within(entry).getByRole('heading', { level: 2 }).textContent).toBe('Kaizen');
  });

  it('switches level and reveals an expected answer only when asked', async () => {
    const input = setup();
    await type(input, 'action learning');
    await openActive(input);
    const questions = () => screen.getByRole('list', { name: /questions/ });
    expect(within(questions()).getAllByRole('listitem')[0]?.textContent).toContain('Question 3 about Action Learning');
    fireEvent.click(screen.getByRole('radio', { name: 'Senior' }));
    expect(within(questions()).getAllByRole('listitem')[0]?.textContent).toContain('Question 5 about Action Learning');
    const reveal = within(questions()).getAllByRole('button', { name: 'Show expected answer' })[0]!;
    const answer = document.getElementById(reveal.getAttribute('aria-controls') ?? '')!;
    expect(answer.hidden).toBe(true);
    fireEvent.click(reveal);
    expect(answer.hidden).toBe(false);
    expect(reveal.getAttribute('aria-expanded')).toBe('true');
    expect(answer.textContent).toContain('specific steps of Action Learning number 5');
  });

  it('follows related terms and walks back through them with Escape', async () => {
    const input = setup();
    await type(input, 'action learning');
    await openActive(input);
    fireEvent.click(screen.getByRole('link', { name: 'Six Sigma' }));
    await waitFor(() => expect(screen.getByRole('article').querySelector('h2')?.textContent).toBe('Six Sigma'));
    key(screen.getByRole('article'), 'Escape');
    await waitFor(() => expect(screen.getByRole('article').querySelector('h2')?.textContent).toBe('Action Learning'));
  });

  it('clears the search with Escape', async () => {
    const input = setup();
    await type(input, 'kaizen');
    key(input, 'Escape');
    expect(input.value).toBe('');
    expect(screen.getByRole('listbox', { name: 'Industries' })).toBeTruthy();
  });
});
