import { it } from 'vitest';
import { buildGlossaryArtifacts } from '../lib/glossary/build-artifacts';
import { glossarySourcesIn } from '../lib/glossary/sources-from-disk';
import { writeSyntheticGlossary } from './synthetic-glossary';
it('synth', () => {
  for (const size of [10_000, 50_000]) {
    writeSyntheticGlossary(`/tmp/synth-${size}`, size);
    const t = performance.now();
    const build = buildGlossaryArtifacts(glossarySourcesIn(`/tmp/synth-${size}`));
    const sizes = [...build.files].reduce((acc, [path, text]) => { const k = path.split('/')[1]!.replace(/\.json$/, ''); acc[k] = (acc[k] ?? 0) + text.length; return acc; }, {} as Record<string, number>);
    console.log(size, 'built in', (performance.now() - t).toFixed(0), 'ms', JSON.stringify(sizes));
  }
});
