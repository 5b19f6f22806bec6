/* eslint-disable no-bitwise -- PNG filters are byte arithmetic. */
/**
 * `npm run report:check`: renders the example app's HTML access report in headless Chromium (Debian's
 * `chromium` package; `apt-get install -y chromium`) with networking off, and checks the screenshot: a PNG of
 * the window's size whose pixels are not one colour. Not part of `npm test`: CI machines may lack Chromium.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { writeExampleReport } from './write';

const WIDTH = 1400;
const HEIGHT = 1800;

async function check(): Promise<void> {
  const html = await writeExampleReport();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-report-chromium-'));
  const png = path.join(path.dirname(html), 'access-report.png');
  fs.rmSync(png, { force: true });
  const r = spawnSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, `--window-size=${WIDTH},${HEIGHT}`,
    `--screenshot=${png}`, `file://${html}`,
  ], { encoding: 'utf8', timeout: 120_000 });
  fs.rmSync(profile, { recursive: true, force: true });
  if (r.error || !fs.existsSync(png)) throw new Error(`chromium did not write ${png}: ${r.error?.message ?? r.stderr}`);
  const { width, height, colours } = readPng(fs.readFileSync(png));
  if (width !== WIDTH || height !== HEIGHT) throw new Error(`screenshot is ${width}×${height}, expected ${WIDTH}×${HEIGHT}`);
  // A blank page is one colour; the report's tables and coloured cells give many.
  if (colours < 50) throw new Error(`screenshot has only ${colours} distinct pixel values: the report did not render`);
  process.stdout.write(`report rendered in headless Chromium: ${png} (${width}×${height}, ${colours} distinct pixel values)\n`);
}

/** Size and distinct RGB(A) values of an 8-bit non-interlaced PNG. */
function readPng(data: Buffer): { width: number; height: number; colours: number } {
  if (data.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const channels = ({ 2: 3, 6: 4 } as Record<number, number>)[data[25]] ?? 0;
  if (data[24] !== 8 || channels === 0) return { width, height, colours: Infinity };
  const chunks: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    if (data.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const rows: Buffer[] = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0;
      const b = previous[i];
      const c = i >= channels ? previous[i - channels] : 0;
      const p = a + b - c;
      const predictor = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, (a + b) >> 1, predictor][filter] ?? 0;
      line[i] = (line[i] + add) & 255;
    }
    rows.push(line);
    previous = line;
  }
  const seen = new Set<number>();
  for (const line of rows) for (let i = 0; i < stride; i += channels) seen.add(line[i] * 65536 + line[i + 1] * 256 + line[i + 2]);
  return { width, height, colours: seen.size };
}

check().catch((e: unknown) => {
  process.stderr.write(`report:check failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
