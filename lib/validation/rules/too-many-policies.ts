import { defineRuleInfo } from '../rule';

/** A user, group or role that gets more policies from one stack than CAM allows. Reported by the constructs. */
export const tooManyPolicies = defineRuleInfo({
  id: 'too-many-policies',
  severity: 'warning',
  title: 'A user, group or role gets more than 200 policies from the stack',
  explanation: 'CAM attaches at most 200 policies directly to one user, user group or role (598/10609; COS policies count ' +
    'too): the attachments past the limit fail at apply time. Split documents count once per part.',
  fix: 'Attach fewer, broader policies (e.g. one TcrTeamAccess role per team), or spread the grants over groups.',
});
