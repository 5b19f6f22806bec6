/**
 * Regenerates the docs: docs/rules.md from the rule registry, every marked snippet and output in
 * README.md and docs/ from examples/ (see markers.ts), and the API reference in docs/api/.
 *
 * Run with `npm run docs` (compiles first: CLI transcripts run bin/tcr-access.js).
 */
import * as fs from 'fs';
import * as path from 'path';
import { docPages, expectedPage, GENERATED_PAGES } from './pages';
import { ROOT } from './snippet-source';

const pages = [...new Set([...Object.keys(GENERATED_PAGES), ...docPages()])];
for (const page of pages) {
  const file = path.join(ROOT, page);
  const text = expectedPage(page);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    fs.writeFileSync(file, text);
    console.log(`wrote ${page}`);
  }
}
