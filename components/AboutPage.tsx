import { ONET_ATTRIBUTION } from '../lib/attribution';

interface Props {
  termCount: number;
  industryCount: number;
}

/** The options page until settings arrive: what the extension is, its privacy promise and credits. */
export function AboutPage({ termCount, industryCount }: Props) {
  return (
    <main class="page">
      <h1>Jargon Lens</h1>
      <p class="lead">
        Industry jargon explained for recruiters: {termCount} terms across {industryCount} industries, each with what it means,
        how it shows up in resumes, job titles to search for, screening questions and red flags.
      </p>
      <section aria-labelledby="settings">
        <h2 id="settings">Settings</h2>
        <p>Highlighting, sites and your own terms will be set here. For now, everything works with its defaults.</p>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p>
          Everything runs inside your browser. Jargon Lens makes no network requests, has no analytics, and never sends page text
          or searches anywhere. The glossary ships with the extension.
        </p>
      </section>
      <section aria-labelledby="credits">
        <h2 id="credits">Credits</h2>
        <p>{ONET_ATTRIBUTION}</p>
      </section>
    </main>
  );
}
