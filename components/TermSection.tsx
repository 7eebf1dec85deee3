import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  id: string;
  children: ComponentChildren;
  /** Buttons shown beside the heading (copy actions). */
  actions?: ComponentChildren;
}

export function TermSection({ title, id, children, actions }: Props) {
  return (
    <section class="term-section" aria-labelledby={id}>
      <div class="term-section-head">
        <h3 id={id}>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
