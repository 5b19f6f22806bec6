import { defineRule } from '../rule';

/** The text is not parseable JSON. */
export const invalidJson = defineRule({
  id: 'invalid-json',
  severity: 'error',
  title: 'The document is not valid JSON',
  explanation: 'CAM and the tencentcloud provider parse the document as JSON; a syntax error fails the apply.',
  fix: 'Correct the syntax at the reported line and column (double-quoted strings, no trailing commas, no comments).',
  check({ jsonError }) {
    if (!jsonError) return [];
    return [{
      message: `The document is not valid JSON: ${jsonError.reason} at line ${jsonError.line}, column ${jsonError.column}.`,
      path: '',
      line: jsonError.line,
      column: jsonError.column,
    }];
  },
});
