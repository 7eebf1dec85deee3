/**
 * Wrong highlights found by reviewing the precision samples of `npm run bench` (O*NET task
 * statements, State of the Union addresses) and the reported cases, each fixed in the glossary
 * (a never-phrase, a reading, a form dropped or matched in exact case) or in the matcher (no
 * automatic plural for all-caps names, hyphenated and spaced spellings kept apart). Each sentence
 * here must stay unhighlighted, so a later glossary change cannot bring the mistake back.
 */
import { describe, expect, it } from 'vitest';
import { ONLY } from './only';
import { shippedPipeline } from './shipped-pipeline';

const pipeline = shippedPipeline();

/** `allowed`: right highlights of other terms in the same sentence. */
const ORDINARY_TEXT: readonly { text: string; was: string; allowed?: readonly string[] }[] = [
  { text: 'Food costs too much. Housing has reached record highs.', was: 'food cost percentage (alias "Food Costs")' },
  { text: 'We will work to preserve our ABM missile treaty with Russia.', was: 'account-based marketing (ABM)' },
  { text: 'Our military must be more agile, able to move troops anywhere in the world.', was: 'Agile (the method)' },
  { text: 'A small, agile team that ships every week.', was: 'Agile (the method)' },
  { text: 'Sketch or draw objects to be crafted, using pencil and paper.', was: 'Sketch (the design app)' },
  { text: 'Stand helm and lookout watches while the vessel is under way.', was: 'Helm (the Kubernetes package manager)' },
  { text: 'Finance manager based in Leeds, responsible for the northern region.', was: 'LEED, with an automatic plural' },
  { text: 'Her talks are known for their sass and good humour.', was: 'SAS (analytics software)' },
  { text: 'You will design build and maintain internal dashboards for the sales team.', was: 'Design-Build (hyphenated name matched with spaces)' },
  { text: 'Our common core values are trust, candour and care.', was: 'Common Core State Standards' },
  { text: 'Many of our volunteers are retirees on a fixed income.', was: 'fixed income (the asset class)' },
  { text: 'Senior analyst at Barclays PLC, covering European banks.', was: 'programmable logic controller (PLC)' },
  { text: 'Payroll specialist: filed quarterly state UI tax returns and registered new SUTA accounts.', was: 'user interface design (UI)' },
  { text: 'Compensation analyst who benchmarks pay against BLS wage data and salary surveys.', was: 'basic life support (BLS)' },
  { text: 'Commercial lines underwriter at CNA, writing middle-market property and casualty accounts.', was: 'certified nursing assistant (CNA)', allowed: ['commercial-lines', 'property-and-casualty'] },
  { text: 'Electrician apprentice who bent EMT conduit and pulled wire for a school renovation.', was: 'emergency medical technician (EMT)' },
];

describe('precision regressions: wrong highlights we fixed stay fixed', () => {
  it.skipIf(ONLY !== undefined).each(ORDINARY_TEXT)('"$text" highlights nothing wrong (was: $was)', ({ text, allowed = [] }) => {
    expect(pipeline.termsIn(text).filter((id) => !allowed.includes(id))).toEqual([]);
  });
});
