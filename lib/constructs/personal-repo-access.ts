import { Construct } from 'constructs';
import { ConsoleListingProps, TcrPolicyCommonProps } from './common-props';
import { TcrPolicyBase } from './tcr-policy-base';
import { AccessLevel } from '../scenarios/access-level';
import { personalAccess } from '../scenarios/personal';
import { withConsoleListing } from '../scenarios/with-console-listing';

/** Props of {@link PersonalRepoAccess}. */
export interface PersonalRepoAccessProps extends TcrPolicyCommonProps, ConsoleListingProps {
  /** Full (`tcr:*`) or read-only (describe and pull). */
  readonly access: AccessLevel;
  /** @default - every namespace */
  readonly namespace?: string;
  /** Requires `namespace`. @default - every repository of the namespace */
  readonly repository?: string;
}

/**
 * TCR Personal edition (seed 001): full or read-only on everything, manage one namespace
 * (`FULL` + `namespace`), or pull one repository (`READ_ONLY` + `namespace` + `repository`).
 */
export class PersonalRepoAccess extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: PersonalRepoAccessProps) {
    super(scope, id, props, withConsoleListing(personalAccess(props), props.consoleListing ? 'personal' : undefined));
  }
}
