import { describe, expect, it } from 'vitest';
import { partTest, searchFinds } from '../../../lib/boolean/evaluate';
import { github } from '../../../lib/boolean/platforms/github';
import { googleXray } from '../../../lib/boolean/platforms/google-xray';
import { indeed } from '../../../lib/boolean/platforms/indeed';
import { linkedin } from '../../../lib/boolean/platforms/linkedin';
import { linkedinRecruiter } from '../../../lib/boolean/platforms/linkedin-recruiter';

const part = (text: string, titles?: string) => ({ text, fields: titles ? [{ kind: 'title' as const, label: 'Job titles', text: titles }] : [] });

describe('the reference evaluator: would this part find this person?', () => {
  it('matches phrases inside one of the profile phrases, in order, case ignored', () => {
    const test = partTest(linkedin, part('("Six Sigma" OR DMAIC) AND "Quality Engineer"'));
    expect(test(['Lean Six Sigma Black Belt', 'Senior Quality Engineer'])).toBe(true);
    expect(test(['DMAIC', 'quality engineer'])).toBe(true);
    expect(test(['Six', 'Sigma Quality Engineer'])).toBe(false);
    expect(test(['DMAIC'])).toBe(false);
  });

  it('excludes with NOT and with a minus where the platform has it', () => {
    expect(partTest(linkedin, part('Kaizen NOT (recruiter OR intern)'))(['Kaizen', 'Corporate Recruiter'])).toBe(false);
    expect(partTest(googleXray, part('site:linkedin.com/in Kaizen -recruiter'))(['Kaizen', 'Engineer'])).toBe(true);
    expect(partTest(googleXray, part('site:linkedin.com/in Kaizen -recruiter'))(['Kaizen', 'Corporate Recruiter'])).toBe(false);
  });

  it('treats qualifiers and noise filters as filters, not words', () => {
    expect(partTest(googleXray, part('site:github.com Kubernetes -inurl:tab -intitle:"at main"'))(['Kubernetes'])).toBe(true);
    expect(partTest(github, part('language:python location:London repos:>=5 type:user'))(['Python'])).toBe(true);
    expect(partTest(indeed, part('HIPAA title:("Privacy Officer" OR "Compliance Analyst")'))(['HIPAA', 'Compliance Analyst'])).toBe(true);
  });

  it('needs the job-title box too, where the platform has one', () => {
    const test = partTest(linkedinRecruiter, part('(Kubernetes OR K8s)', '"DevOps Engineer" OR "Platform Engineer"'));
    expect(test(['K8s', 'Platform Engineer'])).toBe(true);
    expect(test(['K8s', 'Data Engineer'])).toBe(false);
  });

  it('ignores symbols where the platform does (GitHub: "C++" is "c")', () => {
    expect(partTest(github, part('"C++" in:bio type:user'))(['C'])).toBe(true);
    expect(partTest(linkedin, part('"C++"'))(['C'])).toBe(false);
  });

  it('finds a person when any part does', () => {
    const finds = searchFinds(googleXray, [part('site:linkedin.com/in DMAIC "Quality Engineer"'), part('site:linkedin.com/in DMADV "Process Engineer"')]);
    expect(finds(['DMADV', 'Process Engineer'])).toBe(true);
    expect(finds(['DMAIC', 'Process Engineer'])).toBe(false);
  });
});
