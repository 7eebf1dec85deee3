import { LEVELS, type Level } from '../lib/glossary/types';

interface Props {
  value: Level;
  onChange: (level: Level) => void;
  /** Distinguishes the radio group when several views are on one page. */
  name: string;
}

const LABEL: Record<Level, string> = { junior: 'Junior', mid: 'Mid', senior: 'Senior' };

/** Native radios styled as a segmented control: arrow keys, labels and focus come for free. */
export function LevelSwitch({ value, onChange, name }: Props) {
  return (
    <fieldset class="level-switch">
      <legend class="visually-hidden">Seniority level</legend>
      {LEVELS.map((level) => (
        <label key={level} class="level-option">
          <input type="radio" name={name} value={level} checked={level === value} onChange={() => onChange(level)} />
          <span>{LABEL[level]}</span>
        </label>
      ))}
    </fieldset>
  );
}
