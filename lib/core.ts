/**
 * `cdktf-tcr-access/core`: everything that needs no framework — the action catalog, the policy model,
 * the scenarios' public data, validation, the simulator and access analysis. Loads neither cdktf, cdktn
 * nor constructs (test/entry-points/ proves it on the compiled package). Every name is listed
 * here on purpose: what is not listed is internal, whatever module it lives in.
 *
 * @packageDocumentation
 * @module cdktf-tcr-access/core
 */

// The action catalog (generated from the seed documents).
export { CATALOG_ACTIONS, CATALOG_SOURCES } from './catalog/generated/actions.generated';
export { UNDOCUMENTED_ACTIONS } from './catalog/generated/undocumented.generated';
export { allActions, getAction, listActions, matchActions, stripNamePrefix, suggestActions } from './catalog/actions';
export type { ActionFilter } from './catalog/actions';
export { CATALOG_ASSUMPTIONS } from './catalog/assumptions';
export type { CatalogAssumptionInfo } from './catalog/assumptions';
export { getUndocumentedAction, isUndocumentedApi, matchUndocumentedActions, undocumentedActions } from './catalog/undocumented';
export type {
  AccessTable, CatalogAction, CatalogAssumption, CatalogSource, Edition, Granularity, ServiceName, UndocumentedAction,
} from './catalog/types';

// The policy model: documents, statements, resource names, names and limits.
export { MAX_DOCUMENT_LENGTH, POLICY_VERSION, PolicyDocument } from './policy/policy-document';
export type { PolicyDocumentJson, PolicyDocumentProps } from './policy/policy-document';
export { Effect, PolicyStatement } from './policy/policy-statement';
export type { PolicyStatementProps, StatementJson } from './policy/policy-statement';
export type { Conditions, ConditionsJson } from './policy/conditions';
export { ALL_RESOURCES, ResourceName } from './policy/resource-name';
export type { ResourceNameComponents, ResourceScope } from './policy/resource-name';
export { checkName, NAME_KINDS } from './policy/names';
export type { NameKind } from './policy/names';
export { checkDescription, checkPolicyName, MAX_DESCRIPTION_BYTES, POLICY_NAME_PATTERN, toPolicyName } from './policy/policy-name';
export { checkCidr } from './policy/cidr';
export { splitDocument, splitStatements } from './policy/split-document';
export type { JsonSyntaxError } from './policy/json/syntax-error';
export { findJsonSyntaxError } from './policy/json/syntax-error';
export type { ConditionAt, ConditionValueAt, PolicyView, StatementView, ValueAt } from './policy/policy-view';
export type { DuplicateMember } from './policy/json/read-json';

// Scenarios: the enums, scopes and data the constructs' props take (the builders are internal).
export { AccessLevel } from './scenarios/access-level';
export { CcrPermission } from './scenarios/ccr-access';
export type { CcrRepositoryRef } from './scenarios/ccr-access';
export { CcrPreset } from './scenarios/ccr-presets';
export { presetStatements, TcrPreset } from './scenarios/presets';
export { RepositoryAccessLevel } from './scenarios/repository-access';
export { DELETE_PATTERNS, GuardrailScope } from './scenarios/delete-guardrail';
export { IP_CONDITION, IpUnsupportedApis, TAG_CONDITION } from './scenarios/grant-conditions';
export type { GrantConditions } from './scenarios/grant-conditions';
export { ENTERPRISE_LOGIN_ACTIONS, PERSONAL_LOGIN_ACTIONS } from './scenarios/registry-login';
export type { ScenarioProblem } from './scenarios/scenario-problem';

// Validation: lint, the rules, findings and suppressions.
export { lintPolicy } from './validation/lint-policy';
export type { LintOptions, PolicyInputs, ResolvedLintOptions } from './validation/lint-options';
export { formatFinding } from './validation/format-finding';
export type { AppliedSuppression, CustomRuleId, Finding, Severity } from './validation/finding';
export type { PropProblem, PropSpec } from './validation/prop-check';
export { CONSTRUCT_RULES, getRule, RULES } from './validation/rules';
export type { RuleId } from './validation/rules';
export type { Rule, RuleContext, RuleHit, RuleInfo } from './validation/rule';
export { MIN_SUPPRESSION_REASON_LENGTH, UNSUPPRESSIBLE_RULE_IDS } from './validation/suppression';
export type { Suppression } from './validation/suppression';

// The simulator: decisions, explanations, access diffs.
export { simulate } from './simulator/simulate';
export { compilePolicies, CompiledPolicies } from './simulator/compiled-policies';
export type { Decision, FailClosedStatement, MatchedStatement, SimulationRequest, SimulationResult } from './simulator/request';
export { PolicyDocumentError, SimulationRequestError } from './simulator/errors';
export { explain } from './simulator/explain';
export type {
  ExplainedAction, ExplainedCondition, ExplainedGrant, Explanation, ExplainNote, ExplainNoteKind,
} from './simulator/explanation';
export { formatExplanation } from './simulator/format-explanation';
export { diffAccess } from './simulator/diff-access';
export type { AccessChange, AccessDiff } from './simulator/diff-access';

// Access analysis: who can do what across a whole configuration.
export { AccessModel } from './analysis/access-model';
export type { ModelInput, ModelPolicy, ModelPrincipal, PrincipalKind } from './analysis/access-model';
export type { UnreadResource } from './analysis/unread-resources';
export { diffModels } from './analysis/diff-models';
export type { DiffModelsOptions, ModelDiff } from './analysis/diff-models';
export { ModelPolicyError, PrincipalAccess } from './analysis/principal-access';
export type { PrincipalDecision } from './analysis/principal-access';
export { isTerraformJson, readTerraformJson, TerraformJsonError } from './analysis/terraform-json';
export type { TerraformBlock, TerraformDocument } from './analysis/terraform-json';
export { ModelAccess, whoCan } from './analysis/who-can';
export type { WhoCan } from './analysis/who-can';
