import { Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { claimPolicyName, defaultPolicyName } from './private/policy-names';
import { registerPolicy } from './private/validation-adapter';
import { PolicyDocument } from '../policy/policy-document';
import { PolicyStatement } from '../policy/policy-statement';
import { CamPolicy } from '../provider';
import { PropProblem } from '../scenarios/prop-check';
import { Scenario } from '../scenarios/scenario';
import type { Finding } from '../validation/finding';
import { lintInputs, lintPolicy } from '../validation/lint-policy';

/**
 * The shared machinery of every policy construct: one `tencentcloud_cam_policy` whose document is
 * rendered at synth, and validation that reports every finding of every construct together when the
 * app synthesizes: bad props first (then nothing is rendered), otherwise the rules run on the document.
 * Errors fail synth, warnings are annotations; see `Suppressions` to acknowledge a finding.
 */
export abstract class TcrPolicyBase extends Construct {
  /** The `tencentcloud_cam_policy` resource. */
  public readonly policy: CamPolicy;
  /** The policy document; statements added before synth are rendered. */
  public readonly document: PolicyDocument;
  /** The CAM policy name. */
  public readonly policyName: string;
  /** Problems found in the props; empty when every name is valid. */
  protected readonly propProblems: PropProblem[];
  private readonly propFindings: Finding[];

  protected constructor(scope: Construct, id: string, props: TcrPolicyCommonProps, scenario: Scenario) {
    super(scope, id);
    const isUnresolved = (v: string) => Token.isUnresolved(v);
    this.policyName = props.policyName ?? defaultPolicyName(this);
    this.propFindings = lintInputs({
      nameProps: scenario.specs,
      policyName: this.policyName,
      description: props.description,
      policyNameUsedBy: isUnresolved(this.policyName) ? undefined : claimPolicyName(this, this.policyName),
      isUnresolved,
      constructPath: this.node.path,
    });
    this.propProblems = this.propFindings.map((f) => ({ prop: f.prop ?? '', value: f.value ?? '', message: f.message }));

    // A bad name never reaches a resource string: the document stays empty and synth fails.
    this.document = new PolicyDocument({ statements: this.propProblems.length ? [] : scenario.build() });
    this.policy = new CamPolicy(this, 'Policy', {
      name: this.policyName,
      document: Lazy.stringValue({ produce: () => this.document.render() }),
      description: props.description,
      tags: props.tags,
    });
    registerPolicy(this, () => ({ findings: this.lint(), documentLinted: this.propFindings.length === 0 }));
  }

  /** The policy id (a token until apply). */
  public get policyId(): string {
    return this.policy.id;
  }

  /**
   * The JSON text of every policy document this construct synthesizes (unresolved tokens stay
   * token strings): what the simulator and the `toAllow` matcher evaluate.
   */
  public renderedDocuments(): string[] {
    return [this.document.render()];
  }

  /** Appends statements to the document. */
  public addStatements(...statements: PolicyStatement[]): void {
    this.document.addStatements(...statements);
  }

  /**
   * The findings synth reports, before `Suppressions` are applied: the prop findings when a prop is
   * invalid (nothing is rendered then), otherwise those of every rendered document, linted with
   * Terraform tokens in place (a token is not judged).
   */
  public lint(): Finding[] {
    if (this.propFindings.length) return [...this.propFindings];
    const isUnresolved = (v: string) => Token.isUnresolved(v);
    return this.renderedDocuments().flatMap((doc) => lintPolicy(doc, { isUnresolved, constructPath: this.node.path }));
  }
}
