import { render } from 'preact';
import { AboutPage } from '../../components/AboutPage';
import { shippedGlossary } from '../../lib/glossary/shipped';
import '../../components/theme.css';
import '../../components/options.css';

const glossary = shippedGlossary();
const root = document.getElementById('app');
if (root) render(<AboutPage termCount={glossary.terms.length} industryCount={glossary.industries.length} />, root);
