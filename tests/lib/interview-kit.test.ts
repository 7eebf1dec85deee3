import { describe, expect, it } from 'vitest';
import { formatInterviewKit, formatTermExplanation } from '../../lib/interview-kit';
import { makeGlossaryTerm } from '../helpers/make-term';

const term = makeGlossaryTerm(
  {
    name: 'Action Learning',
    summary: 'Groups learn by solving a real problem.',
    explanation: 'A longer explanation for recruiters.',
    questions: {
      junior: [
        { question: 'What is it?', expectedAnswer: 'Real problems, small groups.' },
        { question: 'What does the coach do?', expectedAnswer: 'Asks questions.' },
      ],
      mid: [
        { question: 'How do you run a session?', expectedAnswer: 'Present, question, act, reflect.' },
        { question: 'How do you pick a problem?', expectedAnswer: 'Important and unsolved.' },
      ],
      senior: [
        { question: 'How do you show value?', expectedAnswer: 'Business and capability results.' },
        { question: 'A participant dominates. Now what?', expectedAnswer: 'Round-robin turns.' },
      ],
    },
    indicators: { junior: ['Co-facilitated'], mid: ['Runs sets alone'], senior: ['Trains coaches'] },
    redFlags: ['Calls it a lecture'],
  },
  'Productivity Training & L&D',
);

describe('interview kit', () => {
  it('formats the chosen level as numbered questions with their answers, ready to paste', () => {
    expect(formatInterviewKit(term, 'mid')).toBe(
      [
        'Interview kit: Action Learning — Mid-level (2-5 years)',
        'Action Learning (Productivity Training & L&D): Groups learn by solving a real problem.',
        '',
        '1. How do you run a session?',
        '   A good answer: Present, question, act, reflect.',
        '',
        '2. How do you pick a problem?',
        '   A good answer: Important and unsolved.',
        '',
        'What a mid-level candidate has usually done:',
        '- Runs sets alone',
        '',
        'Red flags:',
        '- Calls it a lecture',
        '',
      ].join('\n'),
    );
  });

  it('uses only the chosen level', () => {
    const senior = formatInterviewKit(term, 'senior');
    expect(senior).toContain('How do you show value?');
    expect(senior).not.toContain('What is it?');
    expect(senior).toContain('Senior (5+ years)');
  });

  it('is plain text: no markup, no tabs, trailing newline', () => {
    const kit = formatInterviewKit(term, 'junior');
    expect(kit).not.toMatch(/[<>*#\t]/);
    expect(kit.endsWith('\n')).toBe(true);
  });

  it('copies summary and explanation under the name and industry', () => {
    expect(formatTermExplanation(term)).toBe(
      'Action Learning (Productivity Training & L&D)\n\nGroups learn by solving a real problem.\n\nA longer explanation for recruiters.\n',
    );
  });
});
