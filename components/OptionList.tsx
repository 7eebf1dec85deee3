import { useEffect, useRef } from 'preact/hooks';

export interface Option {
  readonly key: string;
  readonly primary: string;
  readonly secondary?: string | undefined;
  /** Small text at the right, e.g. a term count or the industry. */
  readonly meta?: string;
  /** Options with the same group are listed under its heading (consecutive options only). */
  readonly group?: string;
}

interface Props {
  id: string;
  label: string;
  options: readonly Option[];
  activeIndex: number;
  onChoose: (index: number) => void;
  onPoint: (index: number) => void;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/**
 * A listbox driven from the search box (the combobox pattern): focus stays in the box, the arrows
 * move the active option, and the active option is kept scrolled into view.
 */
export function OptionList({ id, label, options, activeIndex, onChoose, onPoint }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const active = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    active?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, options]);

  const item = (option: Option, index: number) => (
    <li
      key={option.key}
      id={optionId(id, index)}
      role="option"
      aria-selected={index === activeIndex}
      class="option"
      onClick={() => onChoose(index)}
      onPointerMove={() => index !== activeIndex && onPoint(index)}
    >
      <span class="option-main">
        <span class="option-primary">{option.primary}</span>
        {option.meta && <span class="option-meta">{option.meta}</span>}
      </span>
      {option.secondary && <span class="option-secondary">{option.secondary}</span>}
    </li>
  );

  const groups: { name: string; items: { option: Option; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const last = groups[groups.length - 1];
    if (option.group !== undefined && last?.name === option.group) last.items.push({ option, index });
    else groups.push({ name: option.group ?? '', items: [{ option, index }] });
  });

  return (
    <ul id={id} ref={listRef} role="listbox" aria-label={label} class="options">
      {groups.map((group, g) =>
        group.name === '' ? (
          group.items.map(({ option, index }) => item(option, index))
        ) : (
          <li key={`group-${group.name}`} role="presentation" class="option-group">
            <span class="option-group-label" id={`${id}-group-${g}`} aria-hidden="true">
              {group.name}
            </span>
            <ul role="group" aria-labelledby={`${id}-group-${g}`} class="options">
              {group.items.map(({ option, index }) => item(option, index))}
            </ul>
          </li>
        ),
      )}
    </ul>
  );
}
