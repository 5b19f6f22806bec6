import { Finding, LintOptions, lintPolicy } from '../../lib';

/** A statement literal. */
export type Statement = Record<string, unknown>;

/** The JSON text of a version 2.0 document with these statements. */
export function doc(...statements: Statement[]): string {
  return JSON.stringify({ version: '2.0', statement: statements });
}

/** An allow statement. */
export function allow(action: string[], resource: string[], extra: Statement = {}): Statement {
  return { effect: 'allow', action, resource, ...extra };
}

/** A deny statement. */
export function deny(action: string[], resource: string[], extra: Statement = {}): Statement {
  return { effect: 'deny', action, resource, ...extra };
}

/** The distinct rule ids `lintPolicy` reports for a text, sorted. */
export function ruleIds(text: string, options?: LintOptions): string[] {
  return [...new Set(lintPolicy(text, options).map((f) => f.ruleId))].sort();
}

/** The findings of one rule. */
export function findingsOf(ruleId: string, text: string, options?: LintOptions): Finding[] {
  return lintPolicy(text, options).filter((f) => f.ruleId === ruleId);
}

/** Looks like a cdktf string token, for tests of the placeholder handling without cdktf. */
export const TOKEN = '${TfToken[TOKEN.1]}';
/** The predicate a construct passes for tokens. */
export const isToken = (v: string) => v.includes('${TfToken[');
