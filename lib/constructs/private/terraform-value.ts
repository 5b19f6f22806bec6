import { DefaultTokenResolver, StringConcat, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { escapeTemplateText, TemplatePart, templateParts } from '../../policy/terraform-template';

/** A string token as cdktf encodes it inside a string. */
const STRING_TOKEN = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;
/** A list or map token: a value of unknown length or keys, which no string can hold. */
const LIST_OR_MAP_TOKEN = /[#&]\{TfToken\[/;

/** A string as synth writes it into Terraform JSON, and as Terraform then reads it. */
export interface WrittenValue {
  /** The text in `cdk.tf.json`: the literal text escaped, each token resolved. */
  readonly written: string;
  /** What Terraform reads: literal text and the expressions only Terraform resolves, in order. */
  readonly parts: readonly TemplatePart[];
}

/** Why a value cannot be written, for a message that names the prop. */
export interface UnwritableValue {
  readonly problem: string;
}

/** Whether a value holds a token of any kind: a string, number, list or map token. */
export function holdsToken(value: string): boolean {
  return Token.isUnresolved(value) || LIST_OR_MAP_TOKEN.test(value);
}

const LIST_TOKEN_PROBLEM = 'is a list or map token (such as a TerraformVariable\'s listValue), whose length is unknown until apply, ' +
  'so it cannot be written into one string. Pass each element as a string (Fn.element(list, i)), or list the values in code.';

/**
 * Resolves a value the way synth will (tokens that resolve at synth, such as `Lazy` values, resolved;
 * references kept as the Terraform expressions they become) and escapes its literal text, so that
 * Terraform reads exactly the text given: `${` → `$${`, `%{` → `%%{`. What a token resolves to is
 * Terraform's to read (a reference becomes `${var.x}`), so it is never escaped.
 */
export function writtenValue(scope: IConstruct, value: string): WrittenValue | UnwritableValue {
  if (LIST_OR_MAP_TOKEN.test(value)) return { problem: LIST_TOKEN_PROBLEM };
  if (!value.includes('{') && !Token.isUnresolved(value)) return { written: value, parts: [{ kind: 'text', text: value }] };
  const written: string[] = [];
  const parts: TemplatePart[] = [];
  let last = 0;
  try {
    for (const match of value.matchAll(STRING_TOKEN)) {
      literal(value.slice(last, match.index), match[0]);
      token(match[0]);
      last = match.index! + match[0].length;
    }
    literal(value.slice(last), undefined);
  } catch (e) {
    return { problem: resolutionProblem(e) };
  }
  return { written: written.join(''), parts: merge(parts) };

  function literal(text: string, nextToken: string | undefined): void {
    if (text === '') return;
    // An encoded number token sits inside the text: only the framework can say what it becomes.
    if (Token.isUnresolved(text)) {
      token(text);
      return;
    }
    written.push(nextToken === undefined ? escapeTemplateText(text) : beforeToken(text));
    parts.push({ kind: 'text', text });
  }

  function token(text: string): void {
    const resolved = Tokenization.resolve(text, { scope, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false });
    if (typeof resolved !== 'string') throw new UnwritableError(typeof resolved === 'object' ? LIST_TOKEN_PROBLEM : `resolves to a ${typeof resolved}, not a string.`);
    if (LIST_OR_MAP_TOKEN.test(resolved)) throw new UnwritableError(LIST_TOKEN_PROBLEM);
    written.push(resolved);
    parts.push(...templateParts(resolved));
  }
}

/**
 * A value written as given (a raw resource this library did not make): its tokens resolved, and the whole
 * read as a Terraform template, so a literal `${uin}` there is the interpolation Terraform sees.
 */
export function rawValue(scope: IConstruct, value: string): WrittenValue | UnwritableValue {
  if (LIST_OR_MAP_TOKEN.test(value)) return { problem: LIST_TOKEN_PROBLEM };
  try {
    const resolved = Token.isUnresolved(value)
      ? Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false })
      : value;
    if (typeof resolved !== 'string') return { problem: `resolves to a ${typeof resolved}, not a string.` };
    return { written: resolved, parts: templateParts(resolved) };
  } catch (e) {
    return { problem: resolutionProblem(e) };
  }
}

/**
 * Escapes the literal text of a (possibly tokenized) string and leaves its tokens for the framework to
 * resolve. A string holding a list token cannot be written: validation reports it (`writtenValue`), and
 * until then it is written as `unwritable` so that the framework's preparation does not fail first with
 * its internal token text.
 */
export function escapeLiteralText(value: string, unwritable: string = ''): string {
  if (!value.includes('{')) return value;
  if (LIST_OR_MAP_TOKEN.test(value)) return unwritable;
  let out = '';
  let last = 0;
  for (const match of value.matchAll(STRING_TOKEN)) {
    out += beforeToken(value.slice(last, match.index)) + match[0];
    last = match.index! + match[0].length;
  }
  return out + escapeTemplateText(value.slice(last));
}

/**
 * Escaped text that a token follows. A `$` right before the token's `${` would make the escape `$${`: a
 * trailing run of `$` is written as an expression that gives it (`${"$$"}`).
 */
function beforeToken(text: string): string {
  const dollars = /\$+$/.exec(text)?.[0] ?? '';
  const escaped = escapeTemplateText(text.slice(0, text.length - dollars.length));
  return dollars ? `${escaped}\${"${dollars}"}` : escaped;
}

class UnwritableError extends Error {}

function resolutionProblem(e: unknown): string {
  if (e instanceof UnwritableError) return e.message;
  const message = e instanceof Error ? e.message : String(e);
  if (/list token/i.test(message)) return LIST_TOKEN_PROBLEM;
  return `cannot be resolved: ${message.split('\n')[0]}`;
}

function merge(parts: readonly TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (p.kind === 'text' && prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + p.text };
    else if (p.kind !== 'text' || p.text !== '') out.push(p);
  }
  return out.length ? out : [{ kind: 'text', text: '' }];
}
