import { useState } from 'preact/hooks';
import type { QuestionAndAnswer } from '../lib/glossary/types';

interface Props {
  qa: QuestionAndAnswer;
  /** Unique within the page, ties the button to the answer it reveals. */
  id: string;
}

/** A screening question; what a good answer covers stays hidden until the recruiter asks for it. */
export function QuestionItem({ qa, id }: Props) {
  const [open, setOpen] = useState(false);
  const answerId = `${id}-answer`;
  return (
    <li class="question">
      <p class="question-text">{qa.question}</p>
      <button type="button" class="link-button" aria-expanded={open} aria-controls={answerId} onClick={() => setOpen(!open)}>
        {open ? 'Hide expected answer' : 'Show expected answer'}
      </button>
      <p id={answerId} class="answer" hidden={!open}>
        <strong>A good answer: </strong>
        {qa.expectedAnswer}
      </p>
    </li>
  );
}
