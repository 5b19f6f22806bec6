import { TCR_SEED } from './seed-scan';
import { getAction } from '../../lib/catalog';

const instance = 'qcs::tcr:${region}:${account}:instance/${instanceId}';
const repository = 'qcs::tcr:${region}:${account}:repository/${instanceId}/${namespace}/${repository}';
const repo = 'qcs::tcr:${region}:${account}:repo/${namespace}/${repository}';

test('PullRepository', () => {
  expect(getAction('tcr:PullRepository')).toEqual({
    name: 'tcr:PullRepository',
    service: 'tcr',
    api: 'PullRepository',
    description: 'Pull Repository',
    table: 'write',
    granularity: 'resource',
    resources: [repository],
    resourceTypes: ['repository'],
    ipRestriction: false,
    edition: 'enterprise',
    source: TCR_SEED,
    assumptions: [],
  });
});

test('CreateInstanceCustomizedDomain keeps both templates, only the tcr one is a resource type', () => {
  expect(getAction('tcr:CreateInstanceCustomizedDomain')).toEqual({
    name: 'tcr:CreateInstanceCustomizedDomain',
    service: 'tcr',
    api: 'CreateInstanceCustomizedDomain',
    description: 'Create Instance Customized Domain',
    table: 'write',
    granularity: 'resource',
    resources: [instance, 'qcs::ssl::${account}:certificate/${certificateId}'],
    resourceTypes: ['instance'],
    ipRestriction: true,
    edition: 'enterprise',
    source: TCR_SEED,
    assumptions: [],
  });
});

test('ManageInternalEndpoint keeps its vpc subnet template', () => {
  expect(getAction('tcr:ManageInternalEndpoint')?.resources).toEqual([instance, 'qcs::vpc:${region}:${account}:subnet/${subnetId}']);
  expect(getAction('tcr:ManageInternalEndpoint')?.resourceTypes).toEqual(['instance']);
});

test.each(['DescribeInstanceStatus', 'DescribeInstanceToken', 'DescribeSecurityPolicies'])('%s has no description: the API name stands in', (api) => {
  expect(getAction(`tcr:${api}`)).toMatchObject({ description: api, table: 'read', granularity: 'resource', resources: [instance], ipRestriction: true });
});

test('BatchDeleteRepositoryPersonal: ${ApiModule} is tcr, ${RepoNames} is namespace/repository', () => {
  expect(getAction('tcr:BatchDeleteRepositoryPersonal')).toMatchObject({
    description: 'Batch Delete Repository Personal',
    table: 'write',
    granularity: 'resource',
    resources: [repo],
    resourceTypes: ['repo'],
    ipRestriction: true,
    edition: 'personal',
  });
});

test('BatchDeleteImagePersonal: ${Tags} is one tag below the repo', () => {
  expect(getAction('tcr:BatchDeleteImagePersonal')?.resources).toEqual([`${repo}/\${tag}`]);
});

test('DeleteReplicationRule stays in the read table it is documented in; ${SourceRegistryId} is an instance, as an assumption', () => {
  expect(getAction('tcr:DeleteReplicationRule')).toMatchObject({
    table: 'read', granularity: 'resource', resources: [instance], edition: 'enterprise', assumptions: ['empty-uin', 'source-instance'],
  });
  expect(getAction('tcr:ManageReplication')?.assumptions).toEqual(['empty-region', 'source-instance']);
});

test('$regionid/$accountid/$instanceid row (CreateInstance)', () => {
  expect(getAction('tcr:CreateInstance')).toMatchObject({
    description: 'Create Enterprise Registry Instance', resources: [instance], resourceTypes: ['instance'], ipRestriction: false, edition: 'enterprise',
  });
  expect(getAction('tcr:PushRepository')?.resources).toEqual([repository]);
  expect(getAction('tcr:DescribeInstanceCustomizedDomain')).toMatchObject({ table: 'list', resources: [instance] }); // `$RegistryId`
});

test('an empty region in the seed (`qcs::tcr::`) becomes ${region}, marked as an assumption', () => {
  expect(getAction('tcr:DeleteRepository')?.resources).toEqual([repository]);
  expect(getAction('tcr:DeleteRepository')?.assumptions).toEqual(['empty-region']);
  expect(getAction('tcr:CreateRepository')?.assumptions).toEqual([]);
  expect(getAction('tcr:DescribeImagePersonal')).toMatchObject({ resources: [repo], edition: 'personal', table: 'read' });
});

test('Helm chart and namespace-level templates', () => {
  expect(getAction('tcr:DownloadHelmChart')?.resources).toEqual([repository]);
  expect(getAction('tcr:CreateNamespace')?.resources).toEqual(['qcs::tcr:${region}:${account}:repository/${instanceId}/*']);
  expect(getAction('tcr:DescribeWebhookTriggerLog')?.resources).toEqual(['qcs::tcr:${region}:${account}:repository/${instanceId}/${namespace}/*']);
  expect(getAction('tcr:CreateNamespacePersonal')?.resources).toEqual(['qcs::tcr:${region}:${account}:repo/${namespace}']);
});

test('operation-level rows: the edition of one without Personal in its name is an assumption', () => {
  expect(getAction('tcr:DescribeInstances')).toMatchObject({
    granularity: 'operation', resources: ['*'], resourceTypes: [], ipRestriction: true, edition: 'enterprise', assumptions: ['edition'],
  });
  expect(getAction('tcr:UpdateApplicationTokenPermission')?.assumptions).toEqual(['edition']);
  expect(getAction('tcr:CreateUserPersonal')).toMatchObject({ granularity: 'operation', description: 'Create CCR User', edition: 'personal', assumptions: [] });
});

test('edition: a repo/ resource makes an API personal even without the suffix', () => {
  expect(getAction('tcr:CreateRepo')).toMatchObject({ edition: 'personal', resources: [repo], resourceTypes: ['repo'] });
});
