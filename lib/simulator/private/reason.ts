import { ActionIndex } from './action-index';
import { Outcome, unknownParts } from './evaluate';
import { plural } from './plural';
import { RequestView } from './request-view';
import { NO, UNKNOWN } from './truth';
import { CATALOG_ACTIONS, getAction } from '../../catalog';
import { Decision } from '../request';

const LABELS_SHOWN = 3;
const BY_LOWERCASE: ReadonlyMap<string, string> = new Map(CATALOG_ACTIONS.map((a) => [a.name.toLowerCase(), a.name]));

/** The one- or two-sentence explanation of a decision, naming the statements. */
export function buildReason(decision: Decision, outs: readonly Outcome[], view: RequestView, index: ActionIndex | undefined): string {
  const denies = outs.filter((o) => o.entry.statement.effect === 'deny' && o.truth !== NO);
  const allows = outs.filter((o) => o.entry.statement.effect === 'allow' && o.truth !== NO && o.truth !== UNKNOWN);
  if (decision === 'explicit-deny') {
    const first = denies[0];
    const failClosed = first.truth === UNKNOWN ? `; it cannot be evaluated offline (${unknownParts(first, view)}), so it is assumed to apply (fail-closed)` : '';
    const wins = allows.length ? `. An explicit deny wins over the allow of ${labels(allows)}` : '';
    return `Explicitly denied by ${labels(denies)} (${matchText(first)})${failClosed}${wins}.`;
  }
  if (decision === 'allow') {
    return `Allowed by ${labels(allows)} (${matchText(allows[0])}); no deny statement matches.`;
  }
  return `Implicitly denied: ${implicitDenyCause(outs, view, index)}.`;
}

function implicitDenyCause(outs: readonly Outcome[], view: RequestView, index: ActionIndex | undefined): string {
  if (!index || index.allowStatements === 0) {
    return `no allow statement's action matches ${JSON.stringify(view.action)}${actionHint(view.action)}`;
  }
  const parts: string[] = [];
  for (const o of outs) {
    if (o.entry.statement.effect !== 'allow') continue;
    if (o.truth === UNKNOWN) {
      parts.push(`${o.entry.statement.label} would allow it, but it cannot be evaluated offline (${unknownParts(o, view)}), so it is treated as not matching (fail-closed)`);
    } else if (o.conditionTruth === NO && o.resourceTruth !== NO) {
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
