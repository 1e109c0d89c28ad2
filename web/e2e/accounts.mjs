// Who, among the demo accounts (ldap/ACCOUNTS.md), works for each group the journeys meet.
export const MEMBER_OF = {
  'opm-hotline-triage': 'vilayvanh.opm',
  'opm-hotline-operators': 'phonsavanh.opm',
  'bokeo-hotline-verifiers': 'nalinh.bokeo',
  'bokeo-hotline-supervisors': 'sengphet.bokeo',
  'moic-front-office': 'bouasone.moic',
  'moic-licence-reviewers': 'chanthala.moic',
  'moic-licence-directors': 'thongsavanh.moic',
  'moic-permit-consultation': 'khamphone.moic',
  'mof-permit-consultation': 'khampheng.mof',
  'mtc-permit-consultation': 'bounthavy.mtc',
  'monre-permit-consultation': 'souphaphone.monre',
  'mof-registry': 'khamsing.mof',
  'mtc-registry': 'soudala.mtc',
  'monre-registry': 'phonesavanh.monre',
};

export function memberOf(group) {
  const user = MEMBER_OF[group];
  if (!user) throw new Error(`No demo account known for group ${group}`);
  return user;
}
