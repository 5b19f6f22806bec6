import { Aspects, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { CamPolicy } from '../provider';
import { deferredString } from './private/deferred-string';
import { claimPolicyName, defaultPolicyName, policyNameOwner, registerNameWriter } from './private/policy-names';
import { checkPropTypes, PropTypes } from './private/prop-types';
import { escapeLiteralText, holdsToken, writtenValue } from './private/terraform-value';
import { PolicyLint, registerPolicy } from './private/validation-adapter';
import { escapeTags, lintWritten, WrittenDocument, writtenDocument } from './private/written-document';
import { checkWrittenInputs, ConstructInputs } from './private/written-inputs';
import { TcrAttachable } from './tcr-attachable';
import { MAX_DOCUMENT_LENGTH, PolicyDocument } from '../policy/policy-document';
import { PolicyStatement } from '../policy/policy-statement';
import { splitDocument } from '../policy/split-document';
import { applyGrantConditions, checkGrantConditions } from '../scenarios/grant-conditions';
import { Scenario } from '../scenarios/scenario';
import { ScenarioProblem } from '../scenarios/scenario-problem';
import type { Finding } from '../validation/finding';
import { lintInputs } from '../validation/lint-policy';
import { checkProps } from '../validation/prop-check';
import { duplicatePolicyName } from '../validation/rules/duplicate-policy-name';
import { invalidPolicyName } from '../validation/rules/invalid-policy-name';

/** The rule lists a construct runs on its inputs (one array each: lint works out a list's rule ids once). */
const POLICY_NAME_RULES = [invalidPolicyName];
const DUPLICATE_NAME_RULES = [duplicatePolicyName];

/** The longest CAM policy name. */
const MAX_NAME_LENGTH = 128;

/** A token is checked once resolved, at validation; before that, only literal values are judged. */
const isUnresolved = (v: string) => Token.isUnresolved(v);

/** The props and documents as synth writes them: the findings of the props, or the documents. */
interface Written {
  readonly findings: Finding[];
  readonly documents: WrittenDocument[];
}

/** Whether an input written besides the document is a token (then it is resolved again at each check). */
function inputsHoldTokens(inputs: ConstructInputs): boolean {
  const values = [
    inputs.policyName, inputs.description, ...inputs.specs.map(([, , value]) => value),
    ...(inputs.conditions.allowedSourceIps ?? []), ...Object.entries(inputs.conditions.resourceTags ?? {}).flat(),
  ];
  return values.some((v) => typeof v === 'string' && holdsToken(v));
}

/** What a construct with invalid props renders: a document that allows nothing. */
const EMPTY_DOCUMENT = new PolicyDocument().render();

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
  /** Problems of props other than names found while building (empty list, ip-unsupported-apis, …). */
  private readonly buildFindings: Finding[];
  /** The inputs written besides the document, checked again once resolved. */
  private readonly inputs: ConstructInputs;
  /** The findings of the inputs as written, when none holds a token (then they are checked once, when the construct is made). */
  private readonly literalInputFindings?: Finding[];
  /** Whether the literal props passed and the statements were built. */
  private readonly built: boolean;
  private readonly parts: CamPolicy[] = [];
  private readonly commonProps: TcrPolicyCommonProps;
  /** The split of the document as last rendered, and the text of each part (a pure function of the whole text). */
  private splitCache?: { readonly text: string; readonly documents: PolicyDocument[]; readonly texts: readonly string[] };
  /** The findings of the rendered documents (compact JSON, joined by newlines). */
  private lintCache?: { readonly key: string; readonly perDocument: readonly Finding[][] };
  /** What `written()` gave once it can no longer change (see there). */
  private writtenCache?: Written;
  /** The last answer of `validate()` for the cached written state, and the attachments it counted. */
  private lintMemo?: { readonly written: Written; readonly attachments: number; readonly lint: PolicyLint };

  /**
   * @param scenario the names to check and the statements to build, or a function that makes them once
   *   the props have the right types
   * @param propTypes the props' types, checked first for plain-JavaScript callers @default - not checked
   */
  protected constructor(
    scope: Construct, id: string, props: TcrPolicyCommonProps, scenario: Scenario | (() => Scenario), propTypes?: PropTypes,
  ) {
    super(scope, id);
    // A prop of the wrong type (a number, null, a string for a list, a value outside an enum) is reported by
    // name and nothing reads the props further: never a TypeError, never a grant built from a coerced value.
    const typeProblems = propTypes ? checkPropTypes(props, propTypes) : [];
    if (typeProblems.length) {
      props = {};
      scenario = { specs: [], problems: typeProblems, build: () => [] };
    } else if (typeof scenario === 'function') {
      scenario = scenario();
    }
    this.commonProps = props;
    this.policyName = props.policyName ?? defaultPolicyName(this);
    this.inputs = { specs: scenario.specs, policyName: this.policyName, description: props.description, conditions: props };
    // A literal bad value never reaches a resource string: checked now, before anything is built. Inputs without a
    // token are already what synth writes, so the one check of written inputs runs now, once; a value with a token
    // is checked again once resolved (see lint()), which is what decides whether synth writes.
    if (!inputsHoldTokens(this.inputs)) this.literalInputFindings = checkWrittenInputs(this, this.inputs).findings;
    const literalProblems = this.literalInputFindings ?? [
      ...checkProps(scenario.specs, isUnresolved),
      ...lintInputs({ policyName: this.policyName, description: props.description, isUnresolved, rules: POLICY_NAME_RULES }),
      ...checkGrantConditions(props, isUnresolved),
    ];
    const problems = [...(scenario.problems ?? [])];
    let statements: PolicyStatement[] = [];
    if (literalProblems.length === 0 && problems.length === 0) {
      const conditioned = applyGrantConditions(scenario.build(), props);
      problems.push(...conditioned.problems);
      if (conditioned.problems.length === 0) statements = conditioned.statements;
    }
    this.buildFindings = problems.map((p) => this.problemFinding(p));
    this.built = literalProblems.length === 0 && problems.length === 0;

    this.document = new PolicyDocument({ statements });
    this.policy = this.addPart();
    this.syncParts();
    // Statements added to `document` directly (not through addStatements) may need more parts: check at synth.
    const self: IConstruct = this;
    Aspects.of(this).add({ visit: (node) => (node === self ? this.syncParts() : undefined) });
    registerPolicy(this, () => this.validate());
    registerNameWriter(this, () => this.writtenNames().forEach((name) => claimPolicyName(this, name)));
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
   * The JSON text of every policy document this construct synthesizes, one per policy, as CAM will read
   * it: values that resolve at synth (`Lazy`, …) resolved, references kept as the Terraform expressions
   * synth writes (`${var.x}`). What the simulator and the `toAllow` matcher evaluate. When a prop is
   * invalid (also once resolved) nothing is written, and this is one empty document, which allows nothing.
   */
  public renderedDocuments(): string[] {
    const written = this.written();
    if (written.findings.length) return [EMPTY_DOCUMENT];
    return written.documents.map((d) => {
      if ('problem' in d) throw new Error(`${this.node.path}: the policy document ${d.problem}`);
      return d.rendered;
    });
  }

  /** Appends statements to the document (splitting it into more policies if it grows past the limit). */
  public addStatements(...statements: PolicyStatement[]): void {
    this.document.addStatements(...statements);
    this.syncParts();
  }

  /**
   * The findings synth reports, before `Suppressions` are applied: those of the props, checked as synth
   * writes them (tokens that resolve at synth resolved; nothing is rendered when one is invalid),
   * otherwise those of every document as CAM will read it; then those of the attachments.
   */
  public lint(): Finding[] {
    return this.validate().findings;
  }

  /**
   * The findings, whether the documents were linted, and per written CAM policy the findings of its document.
   * Once what is written can no longer change, the same answer is given until another attachment is made
   * (validation asks once per suppression scope above the construct, and once for the construct itself).
   */
  private validate(): PolicyLint {
    const written = this.written();
    const attachments = this.attachments.size;
    if (written === this.writtenCache && this.lintMemo?.written === written && this.lintMemo.attachments === attachments) return this.lintMemo.lint;
    const lint = this.lintWrittenState(written);
    if (written === this.writtenCache) this.lintMemo = { written, attachments, lint };
    return lint;
  }

  private lintWrittenState(written: Written): PolicyLint {
    const duplicates = this.duplicateNames();
    if (written.findings.length) {
      const findings = [...written.findings, ...duplicates.suppressible, ...this.attachments.findings()];
      return { findings, documentLinted: false, unsuppressible: duplicates.hard };
    }
    const key = written.documents.map((d) => ('problem' in d ? d.problem : d.lintText)).join('\n');
    // Validation asks twice when a scope has suppressions (findings, then unused suppressions): lint once.
    if (this.lintCache?.key !== key) {
      const constructPath = this.node.path;
      this.lintCache = { key, perDocument: written.documents.map((d) => lintWritten(d, constructPath)) };
    }
    const perDocument = this.lintCache.perDocument;
    return {
      findings: [...perDocument.flat(), ...duplicates.suppressible, ...this.attachments.findings()],
      documentLinted: true,
      unsuppressible: duplicates.hard,
      written: perDocument.map((findings, i) => ({ findings, resource: this.parts[i] ?? this.policy })),
    };
  }

  /**
   * The names this construct writes that another construct of the app wrote first: an error, which no
   * suppression can acknowledge within one stack (two CAM policies of one name; the apply fails). Across
   * stacks it can be acknowledged (`appliesTo` the name) for stacks that deploy to different accounts.
   */
  private duplicateNames(): { hard: Finding[]; suppressible: Finding[] } {
    const hard: Finding[] = [];
    const suppressible: Finding[] = [];
    const stack = TerraformStack.of(this);
    for (const name of this.writtenNames()) {
      const owner = policyNameOwner(this, name);
      if (owner === undefined || owner === this) continue;
      const usedBy = owner.node.path;
      const [finding] = lintInputs({ policyName: name, policyNameUsedBy: usedBy, constructPath: this.node.path, rules: DUPLICATE_NAME_RULES });
      (TerraformStack.of(owner) === stack ? hard : suppressible).push(finding);
    }
    return { hard, suppressible };
  }

  /** The plain-text names this construct writes: its policy name and, when split, the part names. */
  private writtenNames(): string[] {
    const w = writtenValue(this, this.policyName);
    if ('problem' in w || w.parts.some((p) => p.kind !== 'text')) return [];
    const names = this.policyNames;
    return names.length === 1 ? [this.policyName] : [this.policyName, ...names];
  }

  /**
   * The props and documents as synth writes them. Once the document is frozen and nothing written holds a
   * token, this can no longer change: it is worked out once (validation asks for it several times).
   */
  private written(): Written {
    if (this.writtenCache) return this.writtenCache;
    const inputs = this.literalInputFindings ?? checkWrittenInputs(this, this.inputs).findings;
    const findings = [...this.buildFindings, ...inputs];
    const rejected = findings.length > 0 || !this.built;
    const texts = rejected ? [] : this.split().texts;
    const written: Written = { findings: rejected ? findings : [], documents: texts.map((text) => writtenDocument(this, text)) };
    // A document read from the model holds no token (see writtenDocument): nothing written can resolve differently later.
    const fixed = written.documents.every((d) => 'rendered' in d && d.fromModel === true);
    if (this.document.isFrozen && this.literalInputFindings && fixed) this.writtenCache = written;
    return written;
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
      name: deferredString(() => this.writePart(index).name),
      document: deferredString(() => this.writePart(index).document),
      description: this.commonProps.description === undefined ? undefined : escapeLiteralText(this.commonProps.description),
      tags: escapeTags(this.commonProps.tags),
    });
    this.parts.push(part);
    return part;
  }

  /**
   * What part `index` writes, from the frozen document: synth writes the document now, so from here on an
   * edit is an error at the edit and what was checked is what was written. The values replace the part's
   * deferred tokens, so later resolutions read plain text, as for a resource given literal values.
   */
  private writePart(index: number): { readonly name: string; readonly document: string } {
    this.document.freeze(this.node.path);
    const { texts } = this.split();
    if (index >= texts.length) throw this.shrankError(texts.length);
    const name = this.partName(index, texts.length);
    // Literal `${` and `%{` are escaped (a CAM policy variable stays one); tokens are left to the framework.
    const document = escapeLiteralText(texts[index], EMPTY_DOCUMENT);
    const part = this.parts[index];
    part.name = name;
    part.document = document;
    return { name, document };
  }

  /** `<name>-<n>` for a split document; a name too long for the suffix is cut, keeping it within CAM's 128 characters. */
  private partName(index: number, count: number): string {
    if (count === 1) return this.policyName;
    const suffix = `-${index + 1}`;
    const name = this.policyName;
    if (Token.isUnresolved(name) || name.length + suffix.length <= MAX_NAME_LENGTH) return name + suffix;
    return name.slice(0, MAX_NAME_LENGTH - suffix.length) + suffix;
  }

  private problemFinding(p: ScenarioProblem): Finding {
    return { ...p, constructPath: this.node.path };
  }

  private shrankError(count: number): Error {
    return new Error(`${this.node.path}: the document now needs ${count} polic${count === 1 ? 'y' : 'ies'}, but ${this.parts.length} were ` +
      'already created for it: a statement was changed in place after the document was split. Add statements with addStatements ' +
      'instead of editing existing ones.');
  }
}
