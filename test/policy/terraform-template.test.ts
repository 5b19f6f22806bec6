import * as fc from 'fast-check';
import { decodeTemplate, escapeTemplateText, templateParts } from '../../lib/policy/terraform-template';

describe('Terraform templates', () => {
  test('escaping then reading gives the text back, whatever it holds', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z${}%"\\]{0,20}$/), (s) => {
      expect(templateParts(escapeTemplateText(s))).toEqual([{ kind: 'text', text: s }]);
      expect(decodeTemplate(escapeTemplateText(s))).toBe(s);
    }), { numRuns: 2000 });
  });

  test('expressions are read as expressions, nested braces and quoted strings included', () => {
    expect(templateParts('a${var.x}b')).toEqual([{ kind: 'text', text: 'a' }, { kind: 'expression', text: '${var.x}' }, { kind: 'text', text: 'b' }]);
    expect(templateParts('${jsonencode({a = "}"})}!')).toEqual([{ kind: 'expression', text: '${jsonencode({a = "}"})}' }, { kind: 'text', text: '!' }]);
    expect(templateParts('$${uin}%%{x}')).toEqual([{ kind: 'text', text: '${uin}%{x}' }]);
    expect(templateParts('%{ if x }y%{ endif }')).toEqual([
      { kind: 'expression', text: '%{ if x }' }, { kind: 'text', text: 'y' }, { kind: 'expression', text: '%{ endif }' },
    ]);
  });
});
