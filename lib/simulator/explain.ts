import { EXPLAIN_NOTE_RULES, ExplainedAction, ExplainedGrant, Explanation, ExplainNote, ExplainNoteKind } from './explanation';
import { CATALOG_ASSUMPTIONS, CatalogAction, matchActions, matchUndocumentedActions, suggestActions } from '../catalog';
import { CompiledStatement } from './private/compiled-statement';
import { describeCondition, ipNotHonoured } from './private/condition-operators';
import { ActionPattern } from './private/match-action';
import { ResourcePattern } from './private/match-resource';
import { parseDocument } from './private/parse-document';
import { plural } from './private/plural';
import { NO, Truth, UNKNOWN, YES } from './private/truth';
import { ResourceName } from '../policy/resource-name';

/**
 * The effective permissions of one policy document, by the simulator's rules: every concrete catalog action
 * a statement allows or denies, with its access table and the resource entries that can apply to it, plus
 * notes on what only looks granted — operation-level APIs behind a wildcard on specific resources, actions
 * whose resource type matches none of the resources, conditions that cannot hold or cannot be evaluated.
 * Resource entries are matched to an action by service and resource type (`repository/...` for
 * `tcr:PullRepository`), not by name.
 *
 * @param document the policy JSON text; a malformed one throws a `PolicyDocumentError`
 */
export function explain(document: string): Explanation {
  const statements = parseDocument(document, 0).map((parsed, i) => new CompiledStatement(parsed, 0, i, i));
  const byAction = new Map<string, ExplainedAction>();
  const notes: ExplainNote[] = [];
  for (const statement of statements) {
    const note = (kind: ExplainNoteKind, subject: string, actions: string[], message: string) => {
      const ruleId = EXPLAIN_NOTE_RULES[kind];
      const where = { statementIndex: statement.statementIndex, effect: statement.effect };
      notes.push({ kind, ...where, subject, actions, message, ...(ruleId ? { ruleId } : {}) });
    };
    const conditions = conditionsAllow(statement, note);
    if (!conditions.applies) continue;
    const usable = usableResources(statement, note);
    // qcs:ip is evaluated only for the APIs that support IP restriction (https://www.tencentcloud.com/document/product/598/57160).
    const ipConditions = statement.conditions.filter((c) => c.key === 'qcs:ip').map(describeCondition);
    const seen = new Set<string>();
    for (const entry of statement.actions) {
      const matches = expand(entry, note, statement.effect).filter((a) => !seen.has(a.name));
      matches.forEach((a) => seen.add(a.name));
      const operationLevel: string[] = [];
      const mismatched: string[] = [];
      const ipIgnored: string[] = [];
      for (const action of matches) {
        const resources = action.granularity === 'operation'
          ? (statement.allResource ? [statement.allResource] : [])
          : usable.filter((r) => admits(r, action));
        if (resources.length === 0) {
          (action.granularity === 'operation' ? operationLevel : mismatched).push(action.name);
          continue;
        }
        const unknown = [
          ...conditions.unknown, ...resources.flatMap((r) => (r.staticUnknown ? [r.staticUnknown] : [])), ...regionNotRelied(action, resources),
        ];
        if (entry.match(action.name) === UNKNOWN) unknown.unshift(entry.whyUnknown(action.name));
        if (!action.ipRestriction && ipConditions.length) {
          ipIgnored.push(action.name);
          unknown.push(...ipConditions.map((text) => `condition ${text}: ${ipNotHonoured(action.name)}`));
        }
        grantsOf(byAction, action).push(grant(statement, entry, resources, unknown, reliedOn(action, resources)));
      }
      const verb = statement.effect === 'allow' ? 'stay denied' : 'are not denied by it';
      if (operationLevel.length) {
        note('operation-level-not-granted', entry.text, operationLevel,
          `${JSON.stringify(entry.text)} covers ${plural(operationLevel.length, 'operation-level API')} that ${verb} because the statement's resources do not include "*": ${operationLevel.join(', ')}.`);
      }
      if (ipIgnored.length) {
        const outcome = statement.effect === 'allow' ? 'whether the allow applies to them is unknown' : 'the deny may apply to them and is never ignored';
        note('ip-condition-unsupported', entry.text, ipIgnored, `${JSON.stringify(entry.text)} covers ${plural(ipIgnored.length, 'API')} that the CAM page does not list as `
          + `supporting IP restriction, so how CAM treats ${ipConditions.join(' and ')} for them is not known and ${outcome} (fail-closed): ${ipIgnored.join(', ')}.`);
      }
      if (mismatched.length) {
        note('resource-type-mismatch', entry.text, mismatched,
          `${JSON.stringify(entry.text)} covers ${plural(mismatched.length, 'API')} whose resource types match none of the statement's resources, so they ${verb}: ${mismatched.join(', ')}.`);
      }
    }
  }
  const actions = [...byAction.values()].sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  return { statementCount: statements.length, actions, notes };
}

type Note = (kind: ExplainNoteKind, subject: string, actions: string[], message: string) => void;

/**
 * Whether the statement's conditions can let it apply, noting why not or what cannot be evaluated; `unknown`
 * lists the conditions the simulator cannot evaluate (the grant is then unknown, never a plain allow).
 */
function conditionsAllow(statement: CompiledStatement, note: Note): { applies: boolean; unknown: string[] } {
  let best: Truth = YES;
  const unknown: string[] = [];
  for (const c of statement.conditions) {
    const text = describeCondition(c);
    if (c.malformed.length) {
      note('condition-value-malformed', text, [],
        `condition ${text}: ${c.malformed.map((v) => JSON.stringify(v)).join(', ')} ${c.key === 'qcs:ip' ? 'is not an IP address or CIDR block' : 'is not of the form key&value'} and cannot be compared.`);
    }
    if (c.best === NO) {
      note('condition-cannot-hold', text, [], `condition ${text} can never hold, so the statement never applies.`);
    } else if (c.best === UNKNOWN) {
      const outcome = statement.effect === 'allow' ? 'whether the allow applies is unknown' : 'the deny may apply and is never ignored';
      note('condition-not-evaluable', text, [], `condition ${text} cannot be evaluated offline, so ${outcome} (fail-closed).`);
      unknown.push(`condition ${text} cannot be evaluated offline`);
    }
    if (c.best < best) best = c.best;
  }
  return { applies: best !== NO, unknown };
}

/** The resource entries that can take part; one the simulator cannot evaluate makes the grant unknown. */
function usableResources(statement: CompiledStatement, note: Note): ResourcePattern[] {
  for (const r of statement.resources) {
    if (!r.staticUnknown) continue;
    const outcome = statement.effect === 'allow' ? 'whether the allow applies through it is unknown' : 'the deny may apply through it and is never ignored';
    note('resource-not-evaluable', r.text, [], `${r.staticUnknown}, so ${outcome} (fail-closed).`);
  }
  return [...statement.resources];
}

/**
 * Catalog assumption empty-region: for an API the CAM page documents without a region, a resource entry that names one
 * is not relied on (the simulator decides unknown through it); one sentence per such entry.
 */
function regionNotRelied(action: CatalogAction, resources: readonly ResourcePattern[]): string[] {
  if (!action.assumptions.includes('empty-region')) return [];
  return resources.filter((r) => (ResourceName.split(r.text)?.region ?? '') !== '').map((r) =>
    `resource ${JSON.stringify(r.text)} names a region, but the CAM page documents ${action.name} with an empty region, so whether it `
    + 'reaches the API is not known (catalog assumption empty-region)');
}

/** The assumptions a grant on these resources relies on and the simulator takes as given (source-instance). */
function reliedOn(action: CatalogAction, resources: readonly ResourcePattern[]): string[] {
  if (!action.assumptions.includes('source-instance') || resources.every((r) => r.isAll)) return [];
  return [`source-instance: ${CATALOG_ASSUMPTIONS['source-instance'].caution}`];
}

/** Notes an entry that names or covers APIs outside the CAM page (not evaluable for an allow, never ignored for a deny). */
function noteUndocumented(entry: ActionPattern, effect: 'allow' | 'deny', note: Note): void {
  if (!entry.glob) return;
  const outside = matchUndocumentedActions(entry.glob.pattern).map((u) => u.name);
  if (outside.length === 0) return;
  const outcome = effect === 'allow'
    ? 'CAM\'s granularity and resources for them are unknown, so whether the allow grants them cannot be evaluated'
    : 'CAM\'s granularity and resources for them are unknown; the deny reaches them wherever CAM evaluates them on these resources, and on "*" whatever their resources';
  note('undocumented-action', entry.text, outside,
    `${JSON.stringify(entry.text)} ${entry.glob.isLiteral ? 'names' : 'also covers'} ${plural(outside.length, 'API')} outside the CAM page (${outside.join(', ')}): ${outcome}.`);
}

/** The catalog actions an action entry covers or may cover, noting entries that cover none or cannot be read exactly. */
function expand(entry: ActionPattern, note: Note, effect: 'allow' | 'deny'): readonly CatalogAction[] {
  noteUndocumented(entry, effect, note);
  if (entry.featureSet) {
    note('action-not-evaluable', entry.text, [], `${entry.notEvaluable}; it may stand for any action, so it is not listed per action (a deny with it is never ignored, an allow with it makes a decision unknown).`);
    return [];
  }
  const matches = entry.candidates();
  if (entry.notEvaluable) {
    const outcome = entry.glob || matches.length === 0 ? '' : '; the actions it may cover are listed with an unknown outcome';
    note('action-not-evaluable', entry.text, matches.map((a) => a.name), `${entry.notEvaluable}${outcome} (a deny with it is never ignored).`);
    return matches;
  }
  if (matchActions(entry.text).length === 0 && matchUndocumentedActions(entry.glob!.pattern).length === 0) {
    const [closest] = entry.glob!.isLiteral ? suggestActions(entry.glob!.pattern, 1) : [];
    const hint = closest ? ` (action names are case-sensitive; did you mean ${JSON.stringify(closest)}?)` : '';
    const folded = matches.length ? `; it matches ${matches.map((a) => a.name).join(', ')} only when case is ignored, listed with an unknown outcome` : '';
    note('unknown-action', entry.text, matches.map((a) => a.name), `${JSON.stringify(entry.text)} matches no catalog action${hint}${folded}.`);
  }
  return matches;
}

/** Whether the resource entry can match a resource of one of the action's catalog resource templates. */
function admits(resource: ResourcePattern, action: CatalogAction): boolean {
  return action.resources.some((template) => {
    const parts = ResourceName.split(template);
    return parts !== undefined && resource.admitsType(parts.service, parts.resourceType);
  });
}

function grant(
  statement: CompiledStatement, entry: ActionPattern, resources: readonly ResourcePattern[], unknown: string[], assumptions: string[],
): ExplainedGrant {
  return {
    ...(unknown.length ? { unknown } : {}),
    ...(assumptions.length ? { assumptions } : {}),
    effect: statement.effect,
    statementIndex: statement.statementIndex,
    actionPattern: entry.text,
    resources: resources.map((r) => r.text),
    conditions: statement.conditions.map((c) => ({ operator: c.operator, key: c.key, values: [...c.values] })),
  };
}

function grantsOf(byAction: Map<string, ExplainedAction>, action: CatalogAction): ExplainedGrant[] {
  let explained = byAction.get(action.name);
  if (!explained) {
    explained = {
      action: action.name,
      table: action.table,
      granularity: action.granularity,
      edition: action.edition,
      ...(action.assumptions.length ? { assumptions: [...action.assumptions] } : {}),
      grants: [],
    };
    byAction.set(action.name, explained);
  }
  return explained.grants;
}
