import { useEffect, useRef } from 'preact/hooks';
import { ownerLabel } from '../lib/custom/owner-label';
import { MuteToggle } from './MuteToggle';
import { LEVELS, type GlossaryTerm, type Level } from '../lib/glossary/types';
import { formatInterviewKit, formatTermExplanation, levelLabel } from '../lib/interview-kit';
import { CopyButton } from './CopyButton';
import { LevelSwitch } from './LevelSwitch';
import { QuestionItem } from './QuestionItem';
import { SearchBuilder } from './SearchBuilder';
import { TermSection } from './TermSection';

interface Props {
  term: GlossaryTerm;
  level: Level;
  onLevelChange: (level: Level) => void;
  /** Related glossary terms that exist, in the entry's order. */
  related: readonly Pick<GlossaryTerm, 'id' | 'name'>[];
  onOpenTerm: (id: string) => void;
  onBack?: () => void;
  backLabel?: string;
}

/** The whole entry for one term, in the order a recruiter uses it: understand, recognise, search, screen. */
export function TermView({ term, level, onLevelChange, related, onOpenTerm, onBack, backLabel = 'Back' }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the entry so screen readers announce it and Tab starts from the top.
  useEffect(() => headingRef.current?.focus(), [term.id]);
  const s = (name: string) => `${term.id}-${name}`;

  return (
    <article class="term" aria-labelledby={s('title')}>
      {onBack && (
          <button type="button" class="link-button back" onClick={onBack}>
            ← {backLabel}
          </button>
      )}
      <header class="term-header">
        <h2 id={s('title')} ref={headingRef} tabIndex={-1}>
          {term.name}
        </h2>
        <p class="term-industry">
          {term.industry}
          {ownerLabel(term) && <span class="yours">{ownerLabel(term)}</span>}
        </p>
        {term.acronyms.length + term.aliases.length > 0 && (
          <p class="term-aka">Also written: {[...term.acronyms, ...term.aliases].join(', ')}</p>
        )}
        <p class="term-summary">{term.summary}</p>
        <MuteToggle termId={term.id} termName={term.name} />
      </header>

      {term.explanation !== '' && (
        <TermSection
          title="What it means"
          id={s('explanation')}
          actions={<CopyButton label="Copy" ariaLabel="Copy summary and explanation" getText={() => formatTermExplanation(term)} />}
        >
          <p>{term.explanation}</p>
        </TermSection>
      )}

      {term.resumeExamples.length > 0 && (
        <TermSection title="How it shows up in resumes" id={s('resumes')}>
          <ul class="quotes">
            {term.resumeExamples.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </TermSection>
      )}

      {term.typicalTitle !== '' && (
        <TermSection title="Typical job title" id={s('title-typical')}>
          <p class="typical-title">{term.typicalTitle}</p>
        </TermSection>
      )}

      {term.relatedTitles.length > 0 && (
        <TermSection title="Also try searching for" id={s('related-titles')}>
          <ul class="chips">
            {term.relatedTitles.map((title) => (
              <li key={title} class="chip">
                {title}
              </li>
            ))}
          </ul>
        </TermSection>
      )}

      {LEVELS.some((lvl) => term.questions[lvl].length > 0) && (
        <TermSection
          title="Screening questions"
          id={s('questions')}
          actions={
            <CopyButton
              label="Copy interview kit"
              ariaLabel={`Copy interview kit (${level})`}
              getText={() => formatInterviewKit(term, level)}
            />
          }
        >
          <LevelSwitch name={s('level')} value={level} onChange={onLevelChange} />
          <ol class="questions" aria-label={`${levelLabel(level)} questions`}>
            {term.questions[level].map((qa, i) => (
              <QuestionItem key={`${level}-${i}`} id={s(`${level}-q${i}`)} qa={qa} />
            ))}
          </ol>
        </TermSection>
      )}

      {LEVELS.some((lvl) => term.indicators[lvl].length > 0) && (
        <TermSection title="Experience-level indicators" id={s('indicators')}>
          {LEVELS.map((lvl) => (
            <div key={lvl} class={`indicators${lvl === level ? ' indicators--current' : ''}`}>
              <h4>{levelLabel(lvl)}</h4>
              <ul>
                {term.indicators[lvl].map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
        </TermSection>
      )}

      {term.redFlags.length > 0 && (
        <TermSection title="Red flags" id={s('red-flags')}>
          <ul class="red-flags">
            {term.redFlags.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </TermSection>
      )}

      {related.length > 0 && (
        <TermSection title="Related terms" id={s('related')}>
          <ul class="chips">
            {related.map((other) => (
              <li key={other.id}>
                <a
                  class="chip chip--link"
                  href={`#term/${other.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenTerm(other.id);
                  }}
                >
                  {other.name}
                </a>
              </li>
            ))}
          </ul>
        </TermSection>
    )}
    <TermSection title="Search" id={s('search')}>
      <SearchBuilder terms={[term]} id={s('search-builder')} />
    </TermSection>
  </article>
);
}
