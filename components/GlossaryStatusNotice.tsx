import { useEffect, useState } from 'preact/hooks';
import { glossaryStatusItem, type GlossaryStatus } from '../lib/storage/items';

/**
 * The last problem the background met preparing the user's and team's terms for pages (e.g. a
 * full storage): without it, new terms would simply never be highlighted and nobody would know why.
 */
export function GlossaryStatusNotice() {
  const [status, setStatus] = useState<GlossaryStatus | null>(null);
  useEffect(() => {
    // A change seen while the first read is under way is newer than what that read returns.
    let changed = false;
    void glossaryStatusItem.getValue().then((value) => changed || setStatus(value));
    return glossaryStatusItem.watch((value) => {
      changed = true;
      setStatus(value);
    });
  }, []);
  if (!status) return null;
  return (
    <div class="glossary-status" role="alert">
      <p>
        <strong>Your latest terms are not highlighted on pages yet.</strong> {status.message}
      </p>
    </div>
  );
}
