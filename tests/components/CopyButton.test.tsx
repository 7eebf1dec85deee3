// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../components/CopyButton';

afterEach(cleanup);

describe('copy button', () => {
  it('copies the text built at click time and confirms with "Copied"', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    let text = 'first';
    render(<CopyButton label="Copy interview kit" getText={() => text} />);
    text = 'second';
    fireEvent.click(screen.getByRole('button', { name: 'Copy interview kit' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('✓ Copied'));
    expect(writeText).toHaveBeenCalledWith('second');
    expect(screen.getByRole('button').textContent).toBe('Copy interview kit');
    vi.unstubAllGlobals();
  });

  it('says so when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    render(<CopyButton label="Copy" getText={() => 'x'} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Could not copy/));
    vi.unstubAllGlobals();
  });
});
