/**
 * The pages the generator reads, by seed number. A capture holds the page's text and its "Last updated" date but not its
 * address, so the address is recorded here; the title must appear in the capture, so a capture of another page under the
 * same number fails generation instead of being read as this one.
 */
export interface SeedPage {
  /** The number prefix of the vendored file (`000_<hash>.txt`). */
  readonly prefix: string;
  /** Text the capture must contain, the page's title. */
  readonly title: string;
  /** Where Tencent publishes the page. */
  readonly url: string;
}

/** Seed 000: the TCR table of CAM's "CAM-Enabled API" pages (Write, Read and List operations). */
export const TCR_API_PAGE: SeedPage = {
  prefix: '000_',
  title: 'Tencent Container Registry',
  url: 'https://www.tencentcloud.com/document/product/598/57160',
};

/** Seed 003: the legacy CCR permission list (TKE image registry resource-level permissions). */
export const CCR_PERMISSION_PAGE: SeedPage = {
  prefix: '003_',
  title: 'TKE Image Registry Resource-level Permission Settings',
  url: 'https://intl.cloud.tencent.com/document/product/457/11527',
};

const LAST_UPDATED = /Last updated:\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/;

/** The page's "Last updated" date; throws naming the file when the capture has none or the title is missing. */
export function lastUpdated(page: SeedPage, file: string, text: string): string {
  if (!text.includes(page.title)) {
    throw new Error(`${file} does not contain the title "${page.title}": is it a capture of ${page.url}?`);
  }
  const m = LAST_UPDATED.exec(text);
  if (!m) throw new Error(`${file} has no "Last updated: YYYY-MM-DD hh:mm:ss" line: capture the page with its header (${page.url}).`);
  return m[1];
}
