import { useEffect, useRef } from 'preact/hooks';

export interface Option {
  readonly key: string;
  readonly primary: string;
  readonly secondary?: string;
  /** Small text at the right, e.g. a term count or the industry. */
  readonly meta?: string;
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

  return (
    <ul id={id} ref={listRef} role="listbox" aria-label={label} class="options">
      {options.map((option, index) => (
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
      ))}
    </ul>
  );
}
