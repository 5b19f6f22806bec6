import { Construct } from 'constructs';
import { ConsoleListingProps, PersonalRegistryLoginProps, TcrPolicyCommonProps } from './common-props';
import { CONSTRUCT_PROP_TYPES } from './private/prop-types';
import { TcrPolicyBase } from './tcr-policy-base';
import { AccessLevel } from '../scenarios/access-level';
import { personalAccess } from '../scenarios/personal';
import { registryLoginIf, withRegistryLogin } from '../scenarios/registry-login';
import { withConsoleListing } from '../scenarios/with-console-listing';

/** Props of {@link PersonalRepoAccess}. */
export interface PersonalRepoAccessProps extends TcrPolicyCommonProps, ConsoleListingProps, PersonalRegistryLoginProps {
  /** Full (`tcr:*`) or read-only (describe and pull). */
  readonly access: AccessLevel;
  /** @default - every namespace */
  readonly namespace?: string;
  /** Requires `namespace`. @default - every repository of the namespace */
  readonly repository?: string;
}

/**
 * TCR Personal edition (https://www.tencentcloud.com/document/product/1051/37250): full or read-only on everything, manage one namespace
 * (`FULL` + `namespace`), or pull one repository (`READ_ONLY` + `namespace` + `repository`); plus setting the
 * identity's own registry password (`registryLogin`).
 */
export class PersonalRepoAccess extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: PersonalRepoAccessProps) {
    super(scope, id, props, () => {
      const login = registryLoginIf(props.registryLogin, { edition: 'personal' });
      return withConsoleListing(withRegistryLogin(personalAccess(props), login, props), props.consoleListing ? 'personal' : undefined);
    }, CONSTRUCT_PROP_TYPES.PersonalRepoAccess);
  }
}
