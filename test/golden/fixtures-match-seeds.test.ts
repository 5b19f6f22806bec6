import { SEED_TEMPLATES } from '../fixtures/seed-templates';
import { seedText, squash } from '../helpers/seed-text';

describe('the seed template fixtures', () => {
  test('hold 16 distinct documents', () => {
    expect(SEED_TEMPLATES).toHaveLength(16);
    expect(new Set(SEED_TEMPLATES.map((t) => squash(t.json))).size).toBe(16);
  });

  test.each(SEED_TEMPLATES.map((t) => [t.id, t] as const))('%s appears verbatim after its heading in its seed', (_id, t) => {
    const text = seedText(t.seed);
    const after = text.indexOf(t.heading);
    expect(after).toBeGreaterThanOrEqual(0);
    expect(squash(text.slice(after))).toContain(squash(t.json));
    expect(() => JSON.parse(t.json)).not.toThrow();
  });

  test.each(SEED_TEMPLATES.filter((t) => t.alsoIn).map((t) => [t.id, t] as const))('%s is repeated in seed 004', (_id, t) => {
    const repeated = t.alsoIn!.broken ?? t.json;
    expect(squash(seedText(t.alsoIn!.seed))).toContain(squash(repeated));
    if (t.alsoIn!.broken) expect(() => JSON.parse(t.alsoIn!.broken!)).toThrow();
  });
});
