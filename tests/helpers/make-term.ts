import type { GlossaryFile, Term } from '../../data/glossary.schema';
import type { GlossaryTerm } from '../../lib/glossary/types';

const qa = (topic: string, n: number) => ({
  question: `Question ${n} about ${topic}: how would you apply it?`,
  expectedAnswer: `Mentions the specific steps of ${topic} number ${n} and a concrete example.`,
});

/** A complete, schema-valid term; override only what a test is about. */
export function makeTerm(overrides: Partial<Term> & { name: string }): Term {
  const id = overrides.id ?? overrides.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const topic = overrides.name;
  return {
    id,
    aliases: [],
    acronyms: [],
    summary: `${topic} is a test term with a summary long enough to be valid.`,
    explanation: `${topic} explained for recruiters. `.repeat(12).trim(),
    resumeExamples: [`Led the ${topic} rollout`, `Applied ${topic} in daily work`, `Trained ten colleagues in ${topic}`],
    typicalTitle: `${topic} Specialist`,
    relatedTitles: ['Analyst', 'Consultant', 'Manager', 'Coordinator', 'Lead'].map((t) => `${topic} ${t}`),
    questions: { junior: [qa(topic, 1), qa(topic, 2)], mid: [qa(topic, 3), qa(topic, 4)], senior: [qa(topic, 5), qa(topic, 6)] },
    indicators: {
      junior: [`Basic ${topic}`, `Assisted on ${topic}`, `Knows ${topic} terms`],
      mid: [`Runs ${topic}`, `Improves ${topic}`, `Reports on ${topic}`],
      senior: [`Designs ${topic} strategy`, `Leads ${topic} teams`, `Sets ${topic} budgets`],
    },
    redFlags: [`Confuses ${topic} with something else`, `No hands-on ${topic}`, `Cannot explain ${topic}`],
    related: [],
    ...overrides,
  };
}

export function makeGlossaryTerm(overrides: Partial<Term> & { name: string }, industry = 'Testing'): GlossaryTerm {
  return { ...makeTerm(overrides), industry, industrySlug: industry.toLowerCase().replace(/[^a-z0-9]+/g, '-') };
}

export function makeFile(industry: string, terms: Term[]): GlossaryFile {
  return { industry, terms };
}
