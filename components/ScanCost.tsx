import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageScanReport } from '../lib/messages';

interface Props {
  tabId: number;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/**
 * Diagnostics (when the user turned them on): what reading the current page cost so far, asked of
 * the page's content script through the extension, so the page itself never sees these figures.
 */
export function ScanCost({ tabId }: Props) {
  const [report, setReport] = useState<PageScanReport | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const ask = () =>
      browser.tabs.sendMessage(tabId, { type: 'scan-stats' }, { frameId: 0 }).then(
        (reply) => live && setReport((reply as PageScanReport | undefined) ?? null),
        () => live && setReport(null),
      );
    void ask();
    // A page that keeps changing keeps being read: the figures follow while the popup is open.
    const timer = setInterval(ask, 1_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tabId]);

  if (report === undefined) return null;
  const scan = report?.scan;
  return (
    <section class="scan-cost" aria-labelledby="scan-cost-title">
      <h2 id="scan-cost-title">Scan cost on this page</h2>
      {!scan ? (
        <p>Not scanned here (paused, switched off, or not a page Jargon Lens reads).</p>
      ) : (
        <dl>
          <dt>Passes</dt>
          <dd>
            {scan.passes} ({scan.fullPasses} whole, {scan.visiblePasses} on screen first)
          </dd>
          <dt>Busy</dt>
          <dd>
            {ms(scan.busyMs)} in {scan.slices} slices
          </dd>
          <dt>Longest slice</dt>
          <dd>{ms(scan.longestSliceMs)}</dd>
          <dt>First whole pass</dt>
          <dd>{scan.firstFullPass ? ms(scan.firstFullPass.wallMs) : 'not yet'}</dd>
          <dt>Text read</dt>
          <dd>{scan.chars.toLocaleString()} characters</dd>
          <dt>Highlights</dt>
          <dd>{report.ranges.toLocaleString()}</dd>
        </dl>
      )}
    </section>
  );
}
