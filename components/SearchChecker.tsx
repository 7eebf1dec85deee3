import { useState } from 'preact/hooks';
import { lintQuery } from '../lib/boolean/lint';
import { PLATFORMS, platformById } from '../lib/boolean/platforms';

/**
 * Paste a boolean string from anywhere: it is checked for the chosen platform, each problem
 * explained, with a one-click fix where the fix is certain.
 */
export function SearchChecker() {
  const [platformId, setPlatformId] = useState('linkedin');
  const [text, setText] = useState('');
  const platform = platformById(platformId) ?? PLATFORMS[0]!;
  const problems = text.trim() === '' ? [] : lintQuery(platform, text);
  return (
    <section class="tool checker" aria-labelledby="checker-title">
      <h2 id="checker-title">Check a boolean string</h2>
      <div class="field-row search-builder">
        <label for="checker-platform">Platform</label>
        <select id="checker-platform" value={platformId} onChange={(event) => setPlatformId(event.currentTarget.value)}>
          {(['LinkedIn', 'X-ray', 'Other'] as const).map((family) => (
            <optgroup key={family} label={family}>
              {PLATFORMS.filter((candidate) => candidate.family === family).map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <label for="checker-text" class="hint">
        Paste the string to check
      </label>
      <textarea id="checker-text" value={text} spellcheck={false} onInput={(event) => setText(event.currentTarget.value)} />
      {text.trim() !== '' && (
        <div role="status" aria-live="polite">
          {problems.length === 0 ? (
            <p class="hint">✓ No problems found for {platform.label}.</p>
          ) : (
            <ul class="problems" aria-label="Problems">
              {problems.map((problem) => (
                <li key={problem.kind + problem.message} class={`problem problem--${problem.severity}`}>
                  {problem.message}
                  {problem.fix !== null && (
                    <button type="button" class="button" onClick={() => setText(problem.fix!)}>
                      Fix
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
