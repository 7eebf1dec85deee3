import { useState } from 'preact/hooks';
import { customTermFromDraft, nameKey, validateCustomTermDraft, type CustomTerm, type CustomTermDraft, type CustomTermErrors } from '../lib/custom/custom-term';
import type { Glossary, Level } from '../lib/glossary/types';
import { LEVELS } from '../lib/glossary/types';

interface Props {
  glossary: Glossary;
  existing: readonly CustomTerm[];
  /** The term being edited, or a draft to start from (a name from "Add as my term"). */
  initial: Partial<CustomTerm>;
  onSave: (term: CustomTerm) => void;
  onCancel: () => void;
}

/** Every text box of the form, as typed. Lists are one item per line (or comma-separated for short ones). */
type Fields = Record<'name' | 'industry' | 'summary' | 'explanation' | 'aliases' | 'acronyms' | 'typicalTitle' | 'relatedTitles' | 'resumeExamples' | 'redFlags', string> &
  Record<`questions-${Level}` | `indicators-${Level}`, string>;

const byComma = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);
const byLine = (text: string) => text.split('\n').map((item) => item.trim()).filter(Boolean);

function fieldsOf(term: Partial<CustomTerm>): Fields {
  const perLevel = Object.fromEntries(
    LEVELS.flatMap((level) => [
      [`questions-${level}`, (term.questions?.[level] ?? []).map((qa) => `${qa.question} | ${qa.expectedAnswer}`).join('\n')],
      [`indicators-${level}`, (term.indicators?.[level] ?? []).join('\n')],
    ]),
  ) as Record<`questions-${Level}` | `indicators-${Level}`, string>;
  return {
    name: term.name ?? '',
    industry: term.industry ?? '',
    summary: term.summary ?? '',
    explanation: term.explanation ?? '',
    aliases: (term.aliases ?? []).join(', '),
    acronyms: (term.acronyms ?? []).join(', '),
    typicalTitle: term.typicalTitle ?? '',
    relatedTitles: (term.relatedTitles ?? []).join(', '),
    resumeExamples: (term.resumeExamples ?? []).join('\n'),
    redFlags: (term.redFlags ?? []).join('\n'),
    ...perLevel,
  };
}

function draftOf(fields: Fields, id: string | undefined, overrides: string | undefined): CustomTermDraft {
  const questions = Object.fromEntries(
    LEVELS.map((level) => [
      level,
      byLine(fields[`questions-${level}`]).map((line) => {
        const [question = '', ...answer] = line.split('|');
        return { question: question.trim(), expectedAnswer: answer.join('|').trim() };
      }),
    ]),
  );
  const indicators = Object.fromEntries(LEVELS.map((level) => [level, byLine(fields[`indicators-${level}`])]));
  return {
    ...(id ? { id } : {}),
    ...(overrides ? { overrides } : {}),
    name: fields.name,
    industry: fields.industry,
    summary: fields.summary,
    explanation: fields.explanation,
    aliases: byComma(fields.aliases),
    acronyms: byComma(fields.acronyms),
    typicalTitle: fields.typicalTitle,
    relatedTitles: byComma(fields.relatedTitles),
    resumeExamples: byLine(fields.resumeExamples),
    redFlags: byLine(fields.redFlags),
    questions,
    indicators,
  };
}

/** Add or edit one of the user's own terms: only name, industry and summary are required. */
export function CustomTermForm({ glossary, existing, initial, onSave, onCancel }: Props) {
  const [fields, setFields] = useState<Fields>(fieldsOf(initial));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const shipped = glossary.terms.find((term) => term.source === undefined && nameKey(term.name) === nameKey(fields.name));
  const [replaceShipped, setReplaceShipped] = useState(Boolean(initial.overrides));
  const overrides = shipped && replaceShipped ? shipped.id : undefined;
  const others = existing.filter((term) => term.id !== initial.id);
  const errors: CustomTermErrors = validateCustomTermDraft(draftOf(fields, initial.id, overrides), { existing: others });
  const shown = (field: string) => (submitted || touched.has(field) ? errors[field as keyof CustomTermErrors] : undefined);

  const input = (field: keyof Fields, label: string, options: { required?: boolean; multiline?: boolean; hint?: string; list?: string } = {}) => {
    const id = `term-${field}`;
    const error = shown(field.replace(/-.*/, ''));
    const props = {
      id,
      value: fields[field],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
      onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => setFields({ ...fields, [field]: event.currentTarget.value }),
      onBlur: () => setTouched(new Set([...touched, field.replace(/-.*/, '')])),
    };
    return (
      <div class="form-field">
        <label for={id}>
          {label}
          {options.required && <span aria-hidden="true"> *</span>}
        </label>
        {options.multiline ? <textarea {...props} rows={3} /> : <input type="text" list={options.list} required={options.required} {...props} />}
        {options.hint && (
          <span id={`${id}-hint`} class="section-hint">
            {options.hint}
          </span>
        )}
        {error && (
          <span id={`${id}-error`} class="field-error">
            {error}
          </span>
        )}
      </div>
    );
  };

  function save(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    const result = customTermFromDraft(draftOf(fields, initial.id, overrides), { existing: others });
    if (result.ok) onSave(result.term);
  }

  return (
    <form class="term-form" onSubmit={save} aria-labelledby="term-form-title" noValidate>
      <h3 id="term-form-title">{initial.id ? `Edit “${initial.name}”` : 'Add a term'}</h3>
      <datalist id="industry-names">
        {glossary.industries.map((industry) => (
          <option key={industry.slug} value={industry.name} />
        ))}
      </datalist>
      {input('name', 'Name', { required: true })}
      {shipped && (
        <label class="word-choice">
          <input type="checkbox" checked={replaceShipped} onChange={(event) => setReplaceShipped(event.currentTarget.checked)} />
          Use mine instead of the shipped “{shipped.name}” ({shipped.industry})
        </label>
      )}
      {input('industry', 'Industry', { required: true, list: 'industry-names', hint: 'One of the glossary industries, or your own.' })}
      {input('summary', 'Summary', { required: true, hint: 'One sentence, up to 160 characters.' })}
      {input('explanation', 'What it means for a recruiter', { multiline: true })}
      {input('aliases', 'Aliases', { hint: 'Other spellings, comma-separated. Highlighted in any capitalisation.' })}
      {input('acronyms', 'Acronyms', { hint: 'Comma-separated. Highlighted only in exactly this capitalisation.' })}
      {input('typicalTitle', 'Typical job title')}
      {input('relatedTitles', 'Related titles', { hint: 'Comma-separated.' })}
      {input('resumeExamples', 'How it shows up in resumes', { multiline: true, hint: 'One example per line.' })}
      {LEVELS.map((level) => input(`questions-${level}`, `Screening questions (${level})`, { multiline: true, hint: 'One per line: question | what a good answer covers' }))}
      {LEVELS.map((level) => input(`indicators-${level}`, `Indicators (${level})`, { multiline: true, hint: 'One per line.' }))}
      {input('redFlags', 'Red flags', { multiline: true, hint: 'One per line.' })}
      {submitted && Object.keys(errors).length > 0 && (
        <p class="field-error" role="alert">
          Please fix the fields marked above.
        </p>
      )}
      <div class="part-actions">
        <button type="submit" class="button button--primary">
          Save term
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
