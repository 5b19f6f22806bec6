import { getAction } from '../../lib/catalog';
import { AccessChange, compilePolicies, diffAccess, simulate } from '../../lib/simulator';
import { seedTemplate } from '../fixtures/seed-templates';

const decision = (documents: string[], change: AccessChange) => simulate(documents, change).decision;

describe('diffAccess', () => {
  const readOnly = [seedTemplate('repo-read-only')];
  const namespaceAdmin = [seedTemplate('namespace-admin')];

  test('seed 002 repository read-only → namespace admin: every added request is a catalog action the new policy allows and the old denies', () => {
    const diff = diffAccess(readOnly, namespaceAdmin);
    expect(diff.added.length).toBeGreaterThan(0);
    expect(diff.probes).toBeGreaterThan(diff.added.length);
    for (const change of diff.added) {
      expect(getAction(change.action)).toBeDefined();
      expect(decision(namespaceAdmin, change)).toBe('allow');
      expect(decision(readOnly, change)).not.toBe('allow');
    }
    expect(diff.added.map((c) => c.action)).toContain('tcr:DeleteRepository');
  });

  test('the same policies on both sides change nothing', () => {
    const diff = diffAccess(namespaceAdmin, namespaceAdmin);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  test('already compiled sides give the same diff as the documents', () => {
    expect(diffAccess(compilePolicies(readOnly), compilePolicies(namespaceAdmin))).toEqual(diffAccess(readOnly, namespaceAdmin));
    expect(diffAccess(readOnly, compilePolicies(namespaceAdmin))).toEqual(diffAccess(readOnly, namespaceAdmin));
  });
});
