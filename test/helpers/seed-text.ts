import * as fs from 'fs';
import * as path from 'path';
import { seedTemplate } from '../fixtures/seed-templates';

/** The text of a vendored seed document (tools/catalog-gen/seeds/). */
export function seedText(file: string): string {
  return fs.readFileSync(path.join(__dirname, '..', '..', 'tools', 'catalog-gen', 'seeds', file), 'utf8');
}

/** Drops all whitespace, so a template can be found in a seed whatever its indentation. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The template as CAM reads it back: `action`, `resource` and `principal.qcs` strings become one-element arrays. */
export function arraysEverywhere(doc: any): any {
  const asArray = (v: unknown) => (typeof v === 'string' ? [v] : v);
  return {
    ...doc,
    statement: doc.statement.map((s: any) => {
      const out: any = {};
      for (const [k, v] of Object.entries(s)) {
        out[k] = k === 'action' || k === 'resource' ? asArray(v) : k === 'principal' ? { ...(v as any), qcs: asArray((v as any).qcs) } : v;
      }
      return out;
    }),
  };
}

/** Seed template `id` as this library renders it: minified, with arrays everywhere (see {@link arraysEverywhere}). */
export function renderedSeedTemplate(id: string): string {
  return JSON.stringify(arraysEverywhere(JSON.parse(seedTemplate(id))));
}
