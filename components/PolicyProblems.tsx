import { useEffect, useState } from 'preact/hooks';
import { loadGlossaryPolicy } from '../lib/policy/policy-glossary';
import { managedPolicyArea } from '../lib/storage/items';

interface Props {
  /** Settings policies that were ignored (from the settings view). */
  settingsProblems: readonly string[];
}

/**
 * What the organisation's policy asked for that could not be applied, each with its reason
 * (`policy › teamGlossary › term "x" › aliases[0]: …`), so whoever manages it can fix it. The
 * user's own settings and terms stay as they were.
 */
export function PolicyProblems({ settingsProblems }: Props) {
  const [glossaryProblems, setGlossaryProblems] = useState<readonly string[]>([]);
  useEffect(() => {
    const load = () => void loadGlossaryPolicy().then((policy) => setGlossaryProblems(policy.problems));
    load();
    return managedPolicyArea.watch(load);
  }, []);
  const problems = [...settingsProblems, ...glossaryProblems];
  if (problems.length === 0) return null;
  return (
    <section class="settings-section policy-problems" aria-labelledby="policy-problems-title" role="alert">
      <h2 id="policy-problems-title">Some of your organisation's settings were ignored</h2>
      <p class="section-hint">Each of these policies was ignored as a whole; your own settings and terms are unchanged. Tell whoever manages your browser:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  );
}
