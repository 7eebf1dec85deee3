/**
 * Terms for the boolean tests, copied from the shipped glossary (Kubernetes is made up: it has no
 * entry) so that edits to data/glossary don't change the expected strings.
 */
import type { SearchTerm } from '../../../lib/boolean/from-terms';

export const sixSigma: SearchTerm = {
  name: 'Six Sigma',
  aliases: ['6 Sigma', 'Six Sigma Green Belt', 'Six Sigma Black Belt', 'Six Sigma Master Black Belt'],
  acronyms: ['DMAIC', 'DMADV', 'CSSGB', 'CSSBB'],
  typicalTitle: 'Six Sigma Black Belt',
  relatedTitles: [
    'Master Black Belt',
    'Continuous Improvement Engineer',
    'Process Improvement Engineer',
    'Quality Engineer',
    'Process Improvement Manager',
    'Operational Excellence Manager',
    'Quality and Process Improvement Manager',
  ],
  industrySlug: 'manufacturing',
};

export const kubernetes: SearchTerm = {
  name: 'Kubernetes',
  aliases: [],
  acronyms: ['K8s'],
  typicalTitle: 'DevOps Engineer',
  relatedTitles: ['Site Reliability Engineer', 'Platform Engineer', 'Cloud Engineer'],
  industrySlug: 'software-engineering',
};

export const cpp: SearchTerm = {
  name: 'C++',
  aliases: ['Modern C++'],
  acronyms: [],
  typicalTitle: 'C++ Developer',
  relatedTitles: ['C++ Software Engineer', 'Embedded Software Engineer', 'Firmware Engineer', 'Game Engineer', 'Graphics Engineer'],
  industrySlug: 'software-engineering',
};

export const csharp: SearchTerm = {
  name: 'C#',
  aliases: ['C Sharp', 'CSharp'],
  acronyms: [],
  typicalTitle: 'C# Developer',
  relatedTitles: ['.NET Developer', 'ASP.NET Developer', 'Software Engineer', 'Unity Developer', 'Game Developer'],
  industrySlug: 'software-engineering',
};

export const dotnet: SearchTerm = {
  name: '.NET',
  aliases: ['dotnet', '.NET Core', '.NET Framework', 'ASP.NET', 'ASP.NET Core', 'ASP.NET MVC'],
  acronyms: [],
  typicalTitle: '.NET Developer',
  relatedTitles: ['ASP.NET Developer', 'C# Developer', 'Full Stack .NET Developer', '.NET Architect', 'Software Engineer'],
  industrySlug: 'software-engineering',
};

export const nodeJs: SearchTerm = {
  name: 'Node.js',
  aliases: ['NodeJS', 'Node JS'],
  acronyms: [],
  typicalTitle: 'Node.js Developer',
  relatedTitles: ['Backend Engineer', 'JavaScript Developer', 'Full Stack Developer', 'MERN Stack Developer', 'API Developer'],
  industrySlug: 'software-engineering',
};

export const blooms: SearchTerm = {
  name: "Bloom's Taxonomy",
  aliases: ['Blooms Taxonomy', "Revised Bloom's Taxonomy", "Bloom's Revised Taxonomy"],
  acronyms: [],
  typicalTitle: 'Curriculum Specialist',
  relatedTitles: ['Curriculum Developer', 'Instructional Coach', 'Classroom Teacher', 'Instructional Designer', 'Assessment Specialist'],
  industrySlug: 'education',
};

export const hipaa: SearchTerm = {
  name: 'HIPAA',
  aliases: ['Health Insurance Portability and Accountability Act', 'HIPPA', 'HIPAA Privacy Rule', 'HIPAA Security Rule'],
  acronyms: [],
  typicalTitle: 'Privacy Officer',
  relatedTitles: ['HIPAA Compliance Officer', 'Healthcare Compliance Specialist', 'Privacy Analyst', 'Compliance Analyst', 'Release of Information Specialist'],
  industrySlug: 'healthcare-revenue-cycle',
};

export const lean: SearchTerm = {
  name: 'Lean Manufacturing',
  aliases: ['Lean'],
  acronyms: [],
  typicalTitle: 'Lean Manager',
  relatedTitles: ['Continuous Improvement Engineer', 'Process Engineer'],
  industrySlug: 'manufacturing',
};

export const kaizen: SearchTerm = {
  name: 'Kaizen',
  aliases: ['Continuous Improvement'],
  acronyms: [],
  typicalTitle: 'Continuous Improvement Engineer',
  relatedTitles: ['Kaizen Facilitator'],
  industrySlug: 'manufacturing',
};

/** A term whose name is also its typical title. */
export const registeredNurse: SearchTerm = {
  name: 'Registered Nurse',
  aliases: [],
  acronyms: ['RN'],
  typicalTitle: 'Registered Nurse',
  relatedTitles: ['Staff Nurse', 'Charge Nurse'],
  industrySlug: 'healthcare-clinical',
};

/** A term whose name contains a title ("Accountant"). */
export const cpa: SearchTerm = {
  name: 'Certified Public Accountant',
  aliases: [],
  acronyms: ['CPA'],
  typicalTitle: 'Accountant',
  relatedTitles: ['Tax Accountant', 'Controller'],
  industrySlug: 'finance-accounting',
};

/** A term that implies a GitHub language. */
export const python: SearchTerm = {
  name: 'Python',
  aliases: ['Python 3', 'Python3'],
  acronyms: [],
  typicalTitle: 'Python Developer',
  relatedTitles: ['Backend Engineer', 'Software Engineer'],
  industrySlug: 'software-engineering',
};
