import { jsonOutput } from './output';
import { locatePointers } from '../../policy/json/locate';
import { RULES } from '../../validation/rules';
import type { LintReport } from '../commands/lint';

/** `lint --format sarif`: SARIF 2.1.0 for code-scanning upload. */
export function formatLintSarif(report: LintReport, version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = report.results.flatMap(({ input, findings }) => {
    // Positions only for whole files that are valid documents: a Terraform document is a string inside the file.
    const positions = input.resource === undefined && !findings.some((f) => f.ruleId === 'invalid-json')
      ? locatePointers(input.text, findings.filter((f) => f.line === undefined).map((f) => f.path))
      : new Map();
    return findings.map((f) => {
      const pos = f.line !== undefined ? { line: f.line, column: f.column ?? 1 } : positions.get(f.path);
      return {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: f.severity,
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: input.file },
            region: { startLine: pos?.line ?? 1, ...(pos ? { startColumn: pos.column } : {}) },
          },
          logicalLocations: [{ fullyQualifiedName: [input.resource, f.path].filter(Boolean).join('#') || '/', kind: 'member' }],
        }],
        ...(f.suppression ? { suppressions: [{ kind: 'inSource', justification: f.suppression.reason }] } : {}),
      };
    });
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'tcr-access',
          version,
          rules: RULES.map((r) => ({
            id: r.id,
            shortDescription: { text: r.title },
            fullDescription: { text: r.explanation },
            help: { text: r.fix },
            defaultConfiguration: { level: r.severity },
          })),
        },
      },
      results,
    }],
  };
  return jsonOutput(sarif);
}
