/**
 * Plain-text renderings of a term that a recruiter pastes into notes, an email or an ATS:
 * no markup, wrapped by the receiving app, readable as is.
 */
import type { GlossaryTerm, Level } from './glossary/types';

const LEVEL_LABEL: Record<Level, string> = { junior: 'Junior (0-2 years)', mid: 'Mid-level (2-5 years)', senior: 'Senior (5+ years)' };

export function levelLabel(level: Level): string {
  return LEVEL_LABEL[level];
}

/** "What is it": name, industry, summary and the explanation for recruiters. */
export function formatTermExplanation(term: GlossaryTerm): string {
  return `${term.name} (${term.industry})\n\n${term.summary}\n\n${term.explanation}\n`;
}

/** The screening questions of one level with what a good answer covers, plus the signals to listen for. */
export function formatInterviewKit(term: GlossaryTerm, level: Level): string {
  const lines = [
    `Interview kit: ${term.name} — ${LEVEL_LABEL[level]}`,
    `${term.name} (${term.industry}): ${term.summary}`,
    '',
    ...term.questions[level].flatMap((qa, i) => [`${i + 1}. ${qa.question}`, `   A good answer: ${qa.expectedAnswer}`, '']),
    `What a ${level === 'mid' ? 'mid-level' : level} candidate has usually done:`,
    ...term.indicators[level].map((item) => `- ${item}`),
    '',
    'Red flags:',
    ...term.redFlags.map((item) => `- ${item}`),
  ];
  return `${lines.join('\n')}\n`;
}
