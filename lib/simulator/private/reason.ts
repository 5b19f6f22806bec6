import { ActionIndex } from './action-index';
import { Outcome, unknownParts } from './evaluate';
import { plural } from './plural';
import { RequestView } from './request-view';
import { NO, UNKNOWN, YES } from './truth';
import { CATALOG_ACTIONS, getAction } from '../../catalog';
import { Decision } from '../request';

const LABELS_SHOWN = 3;
const BY_LOWERCASE: ReadonlyMap<string, string> = new Map(CATALOG_ACTIONS.map((a) => [a.name.toLowerCase(), a.name]));

/** The one- or two-sentence explanation of a decision, naming the statements. */
export function buildReason(decision: Decision, outs: readonly Outcome[], view: RequestView, index: ActionIndex | undefined): string {
  // Denies that apply before those that may: the first one named is the one that decides.
  const denies = outs.filter((o) => o.entry.statement.effect === 'deny' && o.truth !== NO).sort((a, b) => b.truth - a.truth);
  const allows = outs.filter((o) => o.entry.statement.effect === 'allow' && o.truth === YES);
  if (decision === 'explicit-deny') {
    const first = denies[0];
    const failClosed = first.truth === UNKNOWN ? `; it cannot be evaluated offline (${unknownParts(first, view)}), so it is assumed to apply (fail-closed)` : '';
    const wins = allows.length ? `. An explicit deny wins over the allow of ${labels(allows)}` : '';
    return `Explicitly denied by ${labels(denies)} (${matchText(first)})${failClosed}${wins}.`;
  }
  if (decision === 'allow') {
    return `Allowed by ${labels(allows)} (${matchText(allows[0])}); no deny statement matches.`;
  }
  if (decision === 'unknown') return `Unknown: ${unknownCause(outs, allows, denies, view)}.`;
  return `Implicitly denied: ${implicitDenyCause(outs, view, index)}.`;
}

/** Why the outcome is unknown: what would allow, and what could not be evaluated. */
function unknownCause(outs: readonly Outcome[], allows: readonly Outcome[], denies: readonly Outcome[], view: RequestView): string {
  const unsure = (o: Outcome) => `${o.entry.statement.label} (${unknownParts(o, view)})`;
  const mayAllow = outs.filter((o) => o.entry.statement.effect === 'allow' && o.truth === UNKNOWN);
  const allowPart = allows.length
    ? `allowed by ${labels(allows)} (${matchText(allows[0])})`
    : `${mayAllow.slice(0, LABELS_SHOWN).map(unsure).join(', ')}${more(mayAllow)} would allow it, but cannot be evaluated offline`;
  const denyPart = denies.length
    ? `${allows.length ? ' unless' : ', and'} ${denies.slice(0, LABELS_SHOWN).map(unsure).join(', ')}${more(denies)} denies it, which cannot be evaluated offline`
    : '';
  return `${allowPart}${denyPart}; the decision depends on what the simulator cannot evaluate`;
}

function more(outs: readonly Outcome[]): string {
  return outs.length > LABELS_SHOWN ? ` and ${outs.length - LABELS_SHOWN} more` : '';
}

function implicitDenyCause(outs: readonly Outcome[], view: RequestView, index: ActionIndex | undefined): string {
  if (!index || index.allowStatements === 0) {
    return `no allow statement's action matches ${JSON.stringify(view.action)}${actionHint(view.action)}`;
  }
  const parts: string[] = [];
  for (const o of outs) {
    if (o.entry.statement.effect !== 'allow') continue;
    if (o.conditionTruth === NO && o.resourceTruth !== NO) {
      const failed = o.entry.statement.conditions.find((c) => c.evaluate(view) === NO)!;
      parts.push(`${o.entry.statement.label} matches the action and resource, but its condition ${failed.whyNot(view)}`);
    }
  }
  if (index.operationLevel && index.allowsWithoutAllResource > 0) {
    parts.push(`${view.action} is an operation-level API, so only a statement whose resources include "*" can grant it; `
      + `${plural(index.allowsWithoutAllResource, 'allow statement')} ${verb(index.allowsWithoutAllResource)} the action without a "*" resource`);
  }
  if (parts.length === 0) {
    const anyHint = view.isAny ? ' (a request for "*" only matches statements whose resource is "*")' : '';
    parts.push(`${plural(index.allowStatements, 'allow statement')} ${verb(index.allowStatements)} the action, but none matches the resource ${JSON.stringify(view.resource)}${anyHint}`);
  }
  return parts.join('; ');
}

/** A hint for an action name outside the catalog, naming the catalog action that differs only in case. */
function actionHint(action: string): string {
  if (getAction(action)) return '';
  const sameLetters = BY_LOWERCASE.get(action.toLowerCase());
  return sameLetters
    ? ` (action names are case-sensitive: did you mean ${JSON.stringify(sameLetters)}?)`
    : ` (${JSON.stringify(action)} is not in the TCR/CCR catalog)`;
}

function matchText(o: Outcome): string {
  return `action ${JSON.stringify(o.entry.action.text)} on resource ${JSON.stringify(o.resource.text)}`;
}

/** `document 0 statement 1, document 2 statement 0 and 5 more`: long lists are cut so reasons stay readable. */
function labels(outs: readonly Outcome[]): string {
  const shown = outs.slice(0, LABELS_SHOWN).map((o) => o.entry.statement.label);
  if (outs.length > LABELS_SHOWN) return `${shown.join(', ')} and ${outs.length - LABELS_SHOWN} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function verb(n: number): string {
  return n === 1 ? 'matches' : 'match';
}
