// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SearchBuilder } from '../../components/SearchBuilder';
import { searchPrefsItem } from '../../lib/storage/items';
import { makeGlossaryTerm } from '../helpers/make-term';

const sixSigma = makeGlossaryTerm(
  {
    name: 'Six Sigma',
    aliases: ['6 Sigma', 'Six Sigma Green Belt'],
    acronyms: ['DMAIC', 'DMADV', 'CSSGB', 'CSSBB'],
    typicalTitle: 'Six Sigma Black Belt',
    relatedTitles: ['Master Black Belt', 'Continuous Improvement Engineer', 'Process Improvement Engineer', 'Quality Engineer', 'Process Improvement Manager'],
  },
  'Manufacturing',
);

const platform = () => screen.getByRole('combobox', { name: 'Platform' }) as HTMLSelectElement;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function setup() {
  render(<SearchBuilder terms={[sixSigma]} id="t" />);
  // The stored choices are read as the builder opens.
  await waitFor(() => expect(platform().value).toBe('linkedin'));
}

describe('the Search section', () => {
  it('builds strict LinkedIn: the term in any of its names AND a title', async () => {
    await setup();
    expect([...document.querySelectorAll('output.query')].map((node) => node.textContent)).toEqual([
      '("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB) AND ("Six Sigma Black Belt" OR "Master Black Belt" OR "Continuous Improvement Engineer" OR "Process Improvement Engineer" OR "Quality Engineer" OR "Process Improvement Manager")',
    ]);
    expect(screen.getByRole('button', { name: 'Copy LinkedIn search' })).toBeTruthy();
  });

  it('splits for Bing into numbered parts, each with its own copy, and a copy of all', async () => {
    await setup();
    fireEvent.change(platform(), { target: { value: 'bing-xray' } });
    await waitFor(() => expect(screen.getAllByText(/^Part \d of \d$/).length).toBeGreaterThan(1));
    const parts = screen.getAllByText(/^Part \d of \d$/).length;
    expect(screen.getByRole('button', { name: `Copy all ${parts} parts of the Bing X-ray search, numbered` })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy Bing X-ray search part 1' })).toBeTruthy();
    expect((await searchPrefsItem.getValue())?.platformId).toBe('bing-xray');
  });

  it('gives Recruiter its boxes: keywords, job titles and location, each copyable', async () => {
    await setup();
    fireEvent.change(platform(), { target: { value: 'linkedin-recruiter' } });
    fireEvent.input(screen.getByLabelText('Location'), { target: { value: 'Detroit' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy Recruiter job titles' })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Copy Recruiter keywords' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy Recruiter locations' })).toBeTruthy();
    expect(screen.getByLabelText('Locations').textContent).toBe('Detroit');
  });

  it('reads a typed keyword as boolean, and offers to fix lowercase operators', async () => {
    await setup();
    const keyword = screen.getByLabelText('Keyword');
    fireEvent.input(keyword, { target: { value: 'automotive or aerospace' } });
    await waitFor(() => expect(screen.getByText(/is searched as one phrase/)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Fix keyword' }));
    await waitFor(() => expect((keyword as HTMLInputElement).value).toBe('automotive OR aerospace'));
    expect(document.querySelector('output.query')?.textContent).toMatch(/ AND \(automotive OR aerospace\)$/);
  });

  it('keeps commas typed in the exclude box and excludes each entry', async () => {
    await setup();
    const exclude = screen.getByLabelText('Exclude') as HTMLInputElement;
    fireEvent.input(exclude, { target: { value: 'recruiter,' } });
    expect(exclude.value).toBe('recruiter,');
    fireEvent.input(exclude, { target: { value: 'recruiter, intern OR student' } });
    await waitFor(() => expect(document.querySelector('output.query')?.textContent).toMatch(/ NOT \(recruiter OR intern OR student\)$/));
  });

  it('lets the user add a title of their own and switch off a name; the added title is kept for next time', async () => {
    await setup();
    fireEvent.click(screen.getByText(/^Names and titles/));
    fireEvent.input(screen.getByRole('textbox', { name: 'Add a title' }), { target: { value: 'Reliability Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a title' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Names (any of them)' })).getByLabelText('CSSBB'));
    await waitFor(() => expect(document.querySelector('output.query')?.textContent).toMatch(/"Reliability Engineer"\)$/));
    expect(document.querySelector('output.query')?.textContent).not.toContain('CSSBB');
    expect((await searchPrefsItem.getValue())?.added).toEqual({ 'six-sigma': { forms: [], titles: ['Reliability Engineer'] } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Reliability Engineer' }));
    await waitFor(() => expect(document.querySelector('output.query')?.textContent).not.toContain('Reliability Engineer'));
  });

  it('in Broad asks for no title', async () => {
    await setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Broad' }));
    await waitFor(() => expect(document.querySelector('output.query')?.textContent).toBe('("Six Sigma" OR "6 Sigma" OR DMAIC OR DMADV OR CSSGB OR CSSBB)'));
    expect(screen.getByText('Broad asks for no title: switch to Strict to use them.')).toBeTruthy();
  });

  it('warns when an exclusion cancels a chosen title, and lists what is not found', async () => {
    await setup();
    fireEvent.input(screen.getByLabelText('Exclude'), { target: { value: 'quality' } });
    await waitFor(() => expect(screen.getByText(/Excluding "quality" cancels the title "Quality Engineer"/)).toBeTruthy());
    expect(screen.getByText('Not found by these searches (1)')).toBeTruthy();
    expect(screen.getByText('Anyone with "Quality Engineer": your exclusion "quality" rules it out')).toBeTruthy();
  });

  it('past the cap keeps to it by leaving out the least used, and shows everything on request', async () => {
    await setup();
    fireEvent.change(platform(), { target: { value: 'bing-xray' } });
    fireEvent.input(screen.getByLabelText('Exclude'), { target: { value: 'recruiter, intern, student, trainee' } });
    const showAll = await screen.findByRole('button', { name: /^Show all \d+ parts \(nothing left out\)$/ });
    expect(screen.getAllByText(/^Part \d of 4$/)).toHaveLength(4);
    expect(screen.getByText(/^Kept to 4 parts by leaving out /)).toBeTruthy();
    fireEvent.click(showAll);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep to 4 parts' })).toBeTruthy());
    expect(screen.getAllByText(/^Part \d+ of \d+$/).length).toBeGreaterThan(4);
  });
});
