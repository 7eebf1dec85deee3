/**
 * Records what DevTools' Performance panel would show for a page (a Chromium trace of the
 * `devtools.timeline` category), to check what the extension draws there with diagnostics on.
 */
import type { Page } from 'playwright-core';

export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly args?: { readonly data?: Record<string, unknown> };
}

/** Traces while `during` runs, and returns the events recorded. */
export async function traceTimeline(page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline'] } });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

/** The `console.timeStamp` entries of a trace: their labels and tracks. */
export const timeStamps = (events: readonly TraceEvent[]) =>
  events.filter((event) => event.name === 'TimeStamp').map((event) => ({ message: String(event.args?.data?.['message'] ?? ''), track: String(event.args?.data?.['track'] ?? ''), group: String(event.args?.data?.['trackGroup'] ?? '') }));
