import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../lib/page/content-main';
import { BUILT_IN_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  // Job boards embed ATS pages in frames: each frame scans its own document.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(ctx);
  },
});
