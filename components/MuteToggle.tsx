import { useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings } from '../lib/settings';

interface Props {
  termId: string;
  termName: string;
}

/**
 * "Don't highlight this" in an entry: mutes the term on every page at once (open tabs follow the
 * setting), says so, and offers to undo; a muted term's entry offers "Highlight again".
 */
export function MuteToggle({ termId, termName }: Props) {
  const [muted, setMuted] = useState<boolean | null>(null);
  const [justChanged, setJustChanged] = useState(false);
  useEffect(() => {
    void loadSettings().then((settings) => setMuted(settings.mutedTerms.includes(termId)));
    return watchSettings((settings) => setMuted(settings.mutedTerms.includes(termId)));
  }, [termId]);
  if (muted === null) return null;

  const set = async (mute: boolean) => {
    await updateSettings((current) => ({ mutedTerms: mute ? [...new Set([...current.mutedTerms, termId])] : current.mutedTerms.filter((id) => id !== termId) }));
    setJustChanged(mute);
  };

  return (
    <p class="mute-toggle">
      {muted ? (
        <>
          <span role="status">{justChanged ? `“${termName}” is no longer highlighted on pages.` : `“${termName}” is not highlighted on pages.`}</span>{' '}
          <button type="button" class="link-button" onClick={() => void set(false)}>
            {justChanged ? 'Undo' : 'Highlight again'}
          </button>
        </>
      ) : (
        <button type="button" class="link-button" onClick={() => void set(true)}>
          Don’t highlight this on pages
        </button>
      )}
    </p>
  );
}
