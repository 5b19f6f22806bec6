/**
 * `npm run report`: the access report of the example app (run after `npm run synth`), as HTML and markdown
 * in cdktf.out/. `tools/report/check.ts` renders the HTML in headless Chromium.
 */
import * as path from 'path';
import { main } from '../../lib/cli';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'cdktf.out');

/** Writes cdktf.out/access-report.html and .md from cdktf.out; returns the HTML path. */
export async function writeExampleReport(): Promise<string> {
  const html = path.join(OUT, 'access-report.html');
  for (const [format, file] of [['html', html], ['markdown', path.join(OUT, 'access-report.md')]]) {
    const code = await main(['report', OUT, '--format', format, '--out', file]);
    if (code !== 0) throw new Error(`tcr-access report exited ${code}`);
  }
  return html;
}

if (require.main === module) {
  writeExampleReport().catch((e: unknown) => {
    process.stderr.write(`report failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
