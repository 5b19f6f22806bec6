/**
 * Terraform reads every string of a Terraform JSON configuration as a template: `${…}` interpolates,
 * `%{…}` is a directive, and `$${` / `%%{` are the escapes for a literal `${` / `%{`. This module is the
 * one place that escapes text for Terraform and reads a written string back into its literal text and
 * its expressions. It is pure (no cdktf): the construct layer feeds it values resolved by the framework.
 *
 * @see https://developer.hashicorp.com/terraform/language/syntax/json#expression-mapping
 * @see https://developer.hashicorp.com/terraform/language/expressions/strings#escape-sequences
 */

/** One piece of a written string: literal text (unescaped) or a Terraform expression, verbatim (`${var.x}`). */
export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'expression'; readonly text: string };

/** Escapes literal text so that Terraform writes it as given: `${` → `$${`, `%{` → `%%{`. */
export function escapeTemplateText(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/**
 * Splits a string as Terraform reads it into literal text (escapes decoded) and expressions (kept as
 * written, `${…}` or `%{…}`). Adjacent text is merged; an empty string is one empty text part.
 */
export function templateParts(written: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = '';
  let i = 0;
  while (i < written.length) {
    const two = written.slice(i, i + 2);
    const three = written.slice(i, i + 3);
    if (three === '$${' || three === '%%{') {
      text += three.slice(1);
      i += 3;
    } else if (two === '${' || two === '%{') {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      const end = expressionEnd(written, i + 2);
      parts.push({ kind: 'expression', text: written.slice(i, end) });
      i = end;
    } else {
      text += written[i];
      i++;
    }
  }
  if (text || parts.length === 0) parts.push({ kind: 'text', text });
  return parts;
}

/** Whether a written string holds a Terraform expression (its value is known only to Terraform). */
export function hasTemplateExpression(written: string): boolean {
  return templateParts(written).some((p) => p.kind === 'expression');
}

/**
 * The string a written value stands for once Terraform has read it, with each expression kept as its
 * Terraform text (`${var.x}`): what the simulator and the matchers evaluate.
 */
export function decodeTemplate(written: string): string {
  if (!written.includes('{')) return written;
  return templateParts(written).map((p) => p.text).join('');
}

/**
 * The index just past the `}` that closes an expression opened before `start`: braces nest, and a
 * quoted string inside the expression may hold braces. An unclosed expression runs to the end (Terraform
 * refuses it; it is never read as text).
 */
function expressionEnd(s: string, start: number): number {
  let depth = 1;
  let quoted = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      return i + 1;
    }
  }
  return s.length;
}
