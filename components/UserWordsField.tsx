import type { LintProblem } from '../lib/boolean/types';

interface Props {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  /** Problems in what was typed, for the chosen platform; a Fix replaces the whole value. */
  problems: readonly LintProblem[];
  onInput: (value: string) => void;
}

/**
 * A box for the user's own words (keyword, exclusions): typed boolean is kept and read as boolean,
 * and what would break it is said right under it, with a one-click fix where the fix is certain.
 */
export function UserWordsField({ id, label, value, placeholder, problems, onInput }: Props) {
  const problemsId = `${id}-problems`;
  return (
    <>
      <label for={id}>{label}</label>
      <div class="user-words">
        <input
          id={id}
          type="text"
          value={value}
          placeholder={placeholder}
          spellcheck={false}
          aria-describedby={problems.length > 0 ? problemsId : undefined}
          aria-invalid={problems.some((problem) => problem.severity === 'error') || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {problems.length > 0 && (
          <ul id={problemsId} class="problems user-words-problems">
            {problems.map((problem) => (
              <li key={problem.kind + problem.message} class={`problem problem--${problem.severity}`}>
                {problem.message}
                {problem.fix !== null && (
                  <button type="button" class="button" aria-label={`Fix ${label.toLowerCase()}`} onClick={() => onInput(problem.fix!)}>
                    Fix
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
