import { Aspects, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { deferredString } from './private/deferred-string';
import { claimPolicyName, defaultPolicyName } from './private/policy-names';
import { registerPolicy } from './private/validation-adapter';
import { TcrAttachable } from './tcr-attachable';
import { MAX_DOCUMENT_LENGTH, PolicyDocument } from '../policy/policy-document';
import { PolicyStatement } from '../policy/policy-statement';
import { splitDocument } from '../policy/split-document';
import { CamPolicy } from '../provider';
import { applyGrantConditions, checkGrantConditions } from '../scenarios/grant-conditions';
import { Scenario } from '../scenarios/scenario';
import { ScenarioProblem } from '../scenarios/scenario-problem';
import type { Finding } from '../validation/finding';
import { lintInputs, lintPolicy } from '../validation/lint-policy';
import { getRule } from '../validation/rules';
import { duplicatePolicyName } from '../validation/rules/duplicate-policy-name';

/** The longest CAM policy name. */
const MAX_NAME_LENGTH = 128;

/** A Terraform token is resolved at apply time: the rules do not judge it. */
const isUnresolved = (v: string) => Token.isUnresolved(v);

/**
 * The shared machinery of every policy construct: the policy document, rendered at synth into one
 * `tencentcloud_cam_policy`, or into several (`<name>-1`, `<name>-2`, …) when it is longer than CAM's
 * 6,144 characters; attachments to users, groups and roles; and validation that reports every finding of
 * every construct together when the app synthesizes: bad props first (then nothing is rendered),
 * otherwise the rules run on each document. Errors fail synth, warnings are annotations; see
 * `Suppressions` to acknowledge a finding.
 */
export abstract class TcrPolicyBase extends TcrAttachable {
  /** The first (usually the only) `tencentcloud_cam_policy` resource; see `policies` for a split document. */
  public readonly policy: CamPolicy;
  /** The policy document; statements added before synth are rendered. */
  public readonly document: PolicyDocument;
  /** The CAM policy name; the policies of a split document are named `<policyName>-1`, `-2`, …. */
  public readonly policyName: string;
  private readonly propFindings: Finding[];
  private readonly parts: CamPolicy[] = [];
  private readonly commonProps: TcrPolicyCommonProps;
  /** The split of the document as last rendered, and the text of each part (a pure function of the whole text). */
  private splitCache?: { readonly text: string; readonly documents: PolicyDocument[]; readonly texts: readonly string[] };
  /** The findings of the rendered documents (compact JSON, joined by newlines). */
  private lintCache?: { readonly key: string; readonly findings: readonly Finding[] };

  protected constructor(scope: Construct, id: string, props: TcrPolicyCommonProps, scenario: Scenario) {
    super(scope, id);
    this.commonProps = props;
    this.policyName = props.policyName ?? defaultPolicyName(this);
    const nameFindings = lintInputs({
      nameProps: scenario.specs,
      policyName: this.policyName,
      description: props.description,
      policyNameUsedBy: isUnresolved(this.policyName) ? undefined : claimPolicyName(this, this.policyName),
      isUnresolved,
      constructPath: this.node.path,
    });
    const problems = [...(scenario.problems ?? []), ...checkGrantConditions(props, isUnresolved)];
    let statements: PolicyStatement[] = [];
    // A bad prop never reaches a resource string: the document stays empty and synth fails.
    if (nameFindings.length === 0 && problems.length === 0) {
      const conditioned = applyGrantConditions(scenario.build(), props);
      problems.push(...conditioned.problems);
      if (conditioned.problems.length === 0) statements = conditioned.statements;
    }
    this.propFindings = [...nameFindings, ...problems.map((p) => this.problemFinding(p))];

    this.document = new PolicyDocument({ statements });
    this.policy = this.addPart();
    this.syncParts();
    // Statements added to `document` directly (not through addStatements) may need more parts: check at synth.
    const self: IConstruct = this;
    Aspects.of(this).add({ visit: (node) => (node === self ? this.syncParts() : undefined) });
    registerPolicy(this, () => ({ findings: this.lint(), documentLinted: this.propFindings.length === 0 }));
  }

  /** The policy id of the first policy (a token until apply). */
  public get policyId(): string {
    return this.policy.id;
  }

  /**
   * Every `tencentcloud_cam_policy` of the construct: one, or one per part of a document longer than
   * 6,144 characters, in order. Reading it creates the parts that statements added since require.
   */
  public get policies(): CamPolicy[] {
    this.syncParts();
    return [...this.parts];
  }

  /** The names of the policies, in the order of `policies`: `policyName`, or `<policyName>-1`, `-2`, … when split. */
  public get policyNames(): string[] {
    const count = this.documents().length;
    return Array.from({ length: count }, (_, i) => this.partName(i, count));
  }

  /**
   * The JSON text of every policy document this construct synthesizes, one per policy (unresolved tokens
   * stay token strings): what the simulator and the `toAllow` matcher evaluate.
   */
  public renderedDocuments(): string[] {
    return [...this.split().texts];
  }

  /** Appends statements to the document (splitting it into more policies if it grows past the limit). */
  public addStatements(...statements: PolicyStatement[]): void {
    this.document.addStatements(...statements);
    this.syncParts();
  }

  /**
   * The findings synth reports, before `Suppressions` are applied: the prop findings when a prop is
   * invalid (nothing is rendered then), otherwise those of every rendered document, linted with
   * Terraform tokens in place (a token is not judged); then those of the attachments.
   */
  public lint(): Finding[] {
    if (this.propFindings.length) return [...this.propFindings, ...this.attachments.findings()];
    const texts = this.renderedDocuments();
    const key = texts.join('\n');
    // Validation asks twice when a scope has suppressions (findings, then unused suppressions): lint once.
    if (this.lintCache?.key !== key) {
      const constructPath = this.node.path;
      this.lintCache = { key, findings: texts.flatMap((doc) => lintPolicy(doc, { isUnresolved, constructPath })) };
    }
    return [...this.lintCache.findings, ...this.partNameFindings(), ...this.attachments.findings()];
  }

  /** Attachments follow the parts: every part is attached to every principal. */
  protected syncAttachments(): void {
    this.syncParts();
  }

  /** The documents to synthesize: the document itself, or its parts when it is too long. */
  private documents(): PolicyDocument[] {
    return this.split().documents;
  }

  /** Renders the document once per call and splits it again only when the text changed (statements are mutable). */
  private split(): NonNullable<TcrPolicyBase['splitCache']> {
    const text = this.document.render();
    if (this.splitCache?.text !== text) {
      // A text within the limit is one document: what splitDocument would return, without measuring every statement.
      const documents = text.length <= MAX_DOCUMENT_LENGTH ? [this.document] : splitDocument(this.document);
      this.splitCache = { text, documents, texts: documents.length === 1 ? [text] : documents.map((d) => d.render()) };
    }
    return this.splitCache;
  }

  /** Creates the policies and attachments the current document needs. */
  private syncParts(): void {
    const count = this.documents().length;
    if (count < this.parts.length) throw this.shrankError(count);
    while (this.parts.length < count) this.addPart();
    this.attachments.sync(this.parts);
  }

  private addPart(): CamPolicy {
    const index = this.parts.length;
    const part = new CamPolicy(this, index === 0 ? 'Policy' : `Policy${index + 1}`, {
      name: deferredString(() => this.partName(index, this.documents().length)),
      document: deferredString(() => this.partDocument(index)),
      description: this.commonProps.description,
      tags: this.commonProps.tags,
    });
    this.parts.push(part);
    return part;
  }

  private partDocument(index: number): string {
    const { texts } = this.split();
    if (index >= texts.length) throw this.shrankError(texts.length);
    return texts[index];
  }

  /** `<name>-<n>` for a split document; a name too long for the suffix is cut, keeping it within CAM's 128 characters. */
  private partName(index: number, count: number): string {
    if (count === 1) return this.policyName;
    const suffix = `-${index + 1}`;
    const name = this.policyName;
    if (Token.isUnresolved(name) || name.length + suffix.length <= MAX_NAME_LENGTH) return name + suffix;
    return name.slice(0, MAX_NAME_LENGTH - suffix.length) + suffix;
  }

  /** The part names of a split document, checked against the other names of the stack. */
  private partNameFindings(): Finding[] {
    const names = this.policyNames;
    if (names.length === 1) return [];
    return names.flatMap((name) => {
      if (Token.isUnresolved(name)) return [];
      const owner = claimPolicyName(this, name);
      if (owner === undefined || owner === this.node.path) return [];
      return lintInputs({ policyName: name, policyNameUsedBy: owner, constructPath: this.node.path, rules: [duplicatePolicyName] });
    });
  }

  private problemFinding(p: ScenarioProblem): Finding {
    return { ruleId: p.ruleId, severity: getRule(p.ruleId)?.severity ?? 'error', message: p.message, path: '', value: p.value, prop: p.prop, constructPath: this.node.path };
  }

  private shrankError(count: number): Error {
    return new Error(`${this.node.path}: the document now needs ${count} polic${count === 1 ? 'y' : 'ies'}, but ${this.parts.length} were ` +
      'already created for it: a statement was changed in place after the document was split. Add statements with addStatements ' +
      'instead of editing existing ones.');
  }
}
