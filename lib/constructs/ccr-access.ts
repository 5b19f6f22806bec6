import { Construct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { CONSTRUCT_PROP_TYPES } from './private/prop-types';
import { TcrPolicyBase } from './tcr-policy-base';
import { ccrAccess, CcrPermission, CcrRepositoryRef } from '../scenarios/ccr-access';

/** Props of {@link CcrAccess}. */
export interface CcrAccessProps extends TcrPolicyCommonProps {
  /** What to allow; the actions are rendered in this order. */
  readonly permissions: readonly CcrPermission[];
  /**
   * Grant inside these namespaces (`qcs::ccr:::repo/<ns>/*`, and `repo/<ns>` for the namespace permissions).
   * @default - see `repositories`; with neither, every namespace (`qcs::ccr:::repo/*`)
   */
  readonly namespaces?: readonly string[];
  /**
   * Grant on these repositories only (`repo/<ns>/<name>`, and `repo/<ns>/<name>:*` for tag deletion).
   * @default - see `namespaces`
   */
  readonly repositories?: readonly CcrRepositoryRef[];
}

/**
 * Legacy CCR (`ccr:`) permissions of https://intl.cloud.tencent.com/document/product/457/11527 — docker pull/push, namespace create/delete,
 * repository create/delete/list, tag delete — on every namespace, named namespaces or named repositories.
 * Names are checked with the CCR rules (no `/`).
 */
export class CcrAccess extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: CcrAccessProps) {
    super(scope, id, props, () => ccrAccess(props), CONSTRUCT_PROP_TYPES.CcrAccess);
  }
}
