import { IConstruct } from 'constructs';
import { escapeLiteralText, holdsToken, writtenValue } from './terraform-value';
import type { TemplatePart } from '../../policy/terraform-template';
import type { Finding } from '../../validation/finding';
import { lintPolicy, lintRenderedPolicy } from '../../validation/lint-policy';

/** A policy document as synth writes it: what CAM reads, for the simulator and for the rules. */
export interface ReadableDocument {
  /** The text CAM reads, each Terraform expression kept as written (`${var.x}`, JSON-escaped inside its string). */
  readonly rendered: string;
  /** The same text with each expression replaced by a marker the rules treat as unknown. */
  readonly lintText: string;
  /** The expression each marker stands for, by index. */
  readonly expressions: readonly string[];
  /** Whether the text is the model's own rendering, with no token resolved into it (then it is read as such). @default false */
  readonly fromModel?: boolean;
}

/** A document, or why it cannot be written (a list token in it). */
export type WrittenDocument = ReadableDocument | { readonly problem: string };

const MARKER = (i: number) => `\${TfExpression[${i}]}`;
const MARKER_PATTERN = /\$\{TfExpression\[\d+\]\}/;

/** Resolves a rendered document the way synth writes it and reads it back as CAM will see it. */
export function writtenDocument(scope: IConstruct, text: string): WrittenDocument {
  if (!holdsToken(text)) return { rendered: text, lintText: text, expressions: [], fromModel: true };
  const w = writtenValue(scope, text);
  if ('problem' in w) return { problem: `holds a value that ${w.problem}` };
  return readableDocument(w.parts);
}

/** A document as Terraform reads it (text and expressions) made readable for the simulator and the rules. */
export function readableDocument(parts: readonly TemplatePart[]): ReadableDocument {
  if (parts.length === 1 && parts[0].kind === 'text') return { rendered: parts[0].text, lintText: parts[0].text, expressions: [] };
  const expressions: string[] = [];
  let rendered = '';
  let lintText = '';
  for (const p of parts) {
    if (p.kind === 'text') {
      rendered += p.text;
      lintText += p.text;
    } else {
      // The document is JSON and a token only ever sits inside one of its strings.
      rendered += JSON.stringify(p.text).slice(1, -1);
      lintText += MARKER(expressions.length);
      expressions.push(p.text);
    }
  }
  return { rendered, lintText, expressions };
}

/** The findings of a written document; a marker in a message or value is shown as its expression. */
export function lintWritten(document: WrittenDocument, constructPath: string): Finding[] {
  if ('problem' in document) {
    return [{ ruleId: 'invalid-syntax', severity: 'error', message: `The policy document ${document.problem}`, path: '', constructPath }];
  }
  const findings = document.fromModel
    ? lintRenderedPolicy(document.lintText, { constructPath })
    : lintPolicy(document.lintText, { isUnresolved: (v) => MARKER_PATTERN.test(v), constructPath });
  if (document.lintText.includes('\\/')) {
    findings.push({
      ruleId: 'invalid-syntax',
      severity: 'error',
      path: '',
      constructPath,
      message: 'The policy document holds a backslash before "/" in a value; the tencentcloud provider reads the document back with ' +
        '"\\/" replaced by "/", so it would change on every plan. Remove the backslash.',
    });
  }
  if (document.expressions.length === 0) return findings;
  const restore = (s: string) => s.replace(/\$\{TfExpression\[(\d+)\]\}/g, (_, i) => document.expressions[Number(i)]);
  return findings.map((f) => ({ ...f, message: restore(f.message), ...(f.value !== undefined ? { value: restore(f.value) } : {}) }));
}

/** Tags with their literal text escaped for Terraform (keys and values). */
export function escapeTags(tags: Record<string, string> | undefined): Record<string, string> | undefined {
  if (tags === undefined) return undefined;
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [escapeLiteralText(k), escapeLiteralText(v)]));
}
