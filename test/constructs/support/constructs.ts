import { Construct } from 'constructs';
import {
  AccessLevel, CcrAccess, CcrPermission, NamespaceAdmin, PersonalRepoAccess, RepoReadOnly, RepositoryAccess, RepositoryAccessLevel,
  TcrDeleteGuardrail, TcrInstanceAccess, TcrPolicy, TcrServiceAccount, TcrTeamAccess,
} from '../../../lib';
import { CONSTRUCT_PROP_TYPES, PropTypes, SERVICE_ACCOUNT_PROP_TYPES, TEAM_ACCESS_PROP_TYPES } from '../../../lib/constructs/private/prop-types';

export const I = 'tcr-abcd1234';

/** One construct class: valid props, how to build it, and its props table. */
export interface ConstructCase {
  readonly valid: Record<string, unknown>;
  readonly build: (scope: Construct, props: any) => Construct;
  readonly types: PropTypes;
}

/** Every construct that writes policies, with props that synthesize cleanly. */
export const CONSTRUCTS: Record<string, ConstructCase> = {
  NamespaceAdmin: { valid: { instanceId: I, namespace: 'ns' }, build: (s, p) => new NamespaceAdmin(s, 'C', p), types: CONSTRUCT_PROP_TYPES.NamespaceAdmin },
  RepoReadOnly: { valid: { instanceId: I, namespace: 'ns', repository: 'app' }, build: (s, p) => new RepoReadOnly(s, 'C', p), types: CONSTRUCT_PROP_TYPES.RepoReadOnly },
  RepositoryAccess: {
    valid: { instanceId: I, namespace: 'ns', access: RepositoryAccessLevel.PULL }, build: (s, p) => new RepositoryAccess(s, 'C', p), types: CONSTRUCT_PROP_TYPES.RepositoryAccess,
  },
  TcrInstanceAccess: { valid: { access: AccessLevel.READ_ONLY }, build: (s, p) => new TcrInstanceAccess(s, 'C', p), types: CONSTRUCT_PROP_TYPES.TcrInstanceAccess },
  PersonalRepoAccess: { valid: { access: AccessLevel.READ_ONLY }, build: (s, p) => new PersonalRepoAccess(s, 'C', p), types: CONSTRUCT_PROP_TYPES.PersonalRepoAccess },
  CcrAccess: { valid: { permissions: [CcrPermission.PULL] }, build: (s, p) => new CcrAccess(s, 'C', p), types: CONSTRUCT_PROP_TYPES.CcrAccess },
  TcrDeleteGuardrail: { valid: {}, build: (s, p) => new TcrDeleteGuardrail(s, 'C', p), types: CONSTRUCT_PROP_TYPES.TcrDeleteGuardrail },
  TcrPolicy: { valid: { statements: [] }, build: (s, p) => new TcrPolicy(s, 'C', p), types: CONSTRUCT_PROP_TYPES.TcrPolicy },
  TcrTeamAccess: {
    valid: { instanceId: I, namespace: 'ns', readers: { groupId: '123' } }, build: (s, p) => new TcrTeamAccess(s, 'C', p), types: TEAM_ACCESS_PROP_TYPES,
  },
  TcrServiceAccount: {
    valid: { instanceId: I, name: 'ci', permissions: [{ namespace: 'ns', access: RepositoryAccessLevel.PULL }], expiresInDays: 30 },
    build: (s, p) => new TcrServiceAccount(s, 'C', p),
    types: SERVICE_ACCOUNT_PROP_TYPES,
  },
};
