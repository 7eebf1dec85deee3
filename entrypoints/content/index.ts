import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../lib/page/content-main';
import { BUILT_IN_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  // Job boards embed ATS pages in frames: each frame scans its own document.
  allFrames: true,
  // Starts early so the highlight's style rule is inserted while the page is still small (a stylesheet
  // added to a built page restyles all of it); scanning waits until the document is parsed.
  runAt: 'document_start',
  main(ctx) {
    void runContentScript(ctx);
  },
});
