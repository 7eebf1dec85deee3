import { ONET_ATTRIBUTION } from '../lib/attribution';

interface Props {
  termCount: number;
  industryCount: number;
}

/** What the extension is, its privacy promise and the credits the O*NET licence asks for. */
export function AboutSection({ termCount, industryCount }: Props) {
  return (
    <section class="settings-section" id="about" aria-labelledby="about-title">
      <h2 id="about-title">About</h2>
      <p>
        Industry jargon explained for recruiters: {termCount} terms across {industryCount} industries, each with what it means, how it shows up in
        resumes, job titles to search for, screening questions and red flags.
      </p>
      <h3>Privacy</h3>
      <p>
        Everything runs inside your browser. Jargon Lens makes no network requests, has no analytics, and never sends page text or searches
        anywhere. The glossary ships with the extension; your settings and terms stay in this browser.
      </p>
      <h3>Credits</h3>
      <p>{ONET_ATTRIBUTION}</p>
    </section>
  );
}
