import { Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { claimPolicyName, defaultPolicyName } from './private/policy-names';
import { PolicyDocument } from '../policy/policy-document';
import { checkDescription, checkPolicyName } from '../policy/policy-name';
import { PolicyStatement } from '../policy/policy-statement';
import { CamPolicy } from '../provider';
import { checkProps, PropProblem } from '../scenarios/prop-check';
import { Scenario } from '../scenarios/scenario';

/**
 * The shared machinery of every policy construct: one `tencentcloud_cam_policy` whose document is
 * rendered at synth, and validation that reports every bad prop together when the app synthesizes.
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

  protected constructor(scope: Construct, id: string, props: TcrPolicyCommonProps, scenario: Scenario) {
    super(scope, id);
    const isToken = (v: string) => Token.isUnresolved(v);
    this.propProblems = checkProps(scenario.specs, isToken);
    this.policyName = props.policyName ?? defaultPolicyName(this);
    this.propProblems.push(...this.checkCommonProps(props, isToken));

    // A bad name never reaches a resource string: the document stays empty and synth fails.
    this.document = new PolicyDocument({ statements: this.propProblems.length ? [] : scenario.build() });
    this.policy = new CamPolicy(this, 'Policy', {
      name: this.policyName,
      document: Lazy.stringValue({ produce: () => this.document.render() }),
      description: props.description,
      tags: props.tags,
    });
    this.node.addValidation({ validate: () => this.propProblems.map((p) => p.message) });
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

  private checkCommonProps(props: TcrPolicyCommonProps, isToken: (v: string) => boolean): PropProblem[] {
    const problems: PropProblem[] = [];
    if (!isToken(this.policyName)) {
      const nameProblem = checkPolicyName(this.policyName);
      if (nameProblem) problems.push({ prop: 'policyName', value: this.policyName, message: nameProblem });
      const owner = claimPolicyName(this, this.policyName);
      if (owner !== undefined) {
        problems.push({
          prop: 'policyName',
          value: this.policyName,
          message: `Policy name ${JSON.stringify(this.policyName)} is already used by ${owner} in this stack; CAM names are unique per account. Set a distinct policyName.`,
        });
      }
    }
    if (props.description !== undefined && !isToken(props.description)) {
      const descriptionProblem = checkDescription(props.description);
      if (descriptionProblem) problems.push({ prop: 'description', value: props.description, message: descriptionProblem });
    }
    return problems;
  }
}
