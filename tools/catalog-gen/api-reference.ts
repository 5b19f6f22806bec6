/**
 * The second source of the catalog: TCR and CCR API names that Tencent's API reference (and the SDKs generated from it) publish.
 * The generator keeps those the CAM page (seed 000/003) does not list as the catalog's separate "undocumented" list: real APIs
 * whose CAM granularity, resources and IP support are unknown. Names only: nothing here says how CAM authorises them.
 *
 * To refresh: read the API names of the newest SDK client (every `self.call("<Name>", ...)` in tcr_client.py) and replace
 * `TCR_API_REFERENCE.apis`, `url` and `asOf`, then `npm run gen:catalog` (docs/catalog.md).
 */

/** One published list of API names. */
export interface ApiReference {
  readonly service: 'tcr' | 'ccr';
  /** Where the names are published. */
  readonly url: string;
  /** The date of that publication as read. */
  readonly asOf: string;
  /** The API names, as published (case-sensitive). */
  readonly apis: readonly string[];
}

/**
 * Every action of the TCR API 2019-09-24 (Enterprise and Personal), from the Python SDK 3.1.162 client
 * (generated from the API reference; tcr_client.py last changed in release 3.1.155, 2026-08-12). The API reference pages
 * are https://cloud.tencent.com/document/api/1141 (for example DeleteImage: https://cloud.tencent.com/document/api/1141/47331).
 */
export const TCR_API_REFERENCE: ApiReference = {
  service: 'tcr',
  url: 'https://github.com/TencentCloud/tencentcloud-sdk-python/blob/bf297176cf0f68bffe06666a125efda5072f347a/tencentcloud/tcr/v20190924/tcr_client.py',
  asOf: '2026-08-12',
  apis: [
    'BatchDeleteImagePersonal', 'BatchDeleteRepositoryPersonal', 'CheckInstance', 'CheckInstanceName',
    'CreateApplicationTriggerPersonal', 'CreateGCJob', 'CreateImageAccelerationService', 'CreateImmutableTagRules',
    'CreateInstance', 'CreateInstanceCustomizedDomain', 'CreateInstanceToken', 'CreateInternalEndpointDns',
    'CreateMultipleSecurityPolicy', 'CreateNamespace', 'CreateNamespacePersonal', 'CreateReplicationInstance', 'CreateRepository',
    'CreateRepositoryPersonal', 'CreateSecurityPolicy', 'CreateServiceAccount', 'CreateSignature', 'CreateSignaturePolicy',
    'CreateTagRetentionExecution', 'CreateTagRetentionRule', 'CreateUserPersonal', 'CreateWebhookTrigger', 'DeleteAIModel',
    'DeleteApplicationTriggerPersonal', 'DeleteImage', 'DeleteImageAccelerateService', 'DeleteImageLifecycleGlobalPersonal',
    'DeleteImagePersonal', 'DeleteImmutableTagRules', 'DeleteInstance', 'DeleteInstanceCustomizedDomain', 'DeleteInstanceToken',
    'DeleteInternalEndpointDns', 'DeleteMultipleSecurityPolicy', 'DeleteNamespace', 'DeleteNamespacePersonal',
    'DeleteReplicationInstance', 'DeleteReplicationRule', 'DeleteRepository', 'DeleteRepositoryPersonal', 'DeleteRepositoryTags',
    'DeleteSecurityPolicy', 'DeleteServiceAccount', 'DeleteSignaturePolicy', 'DeleteSkill', 'DeleteTagRetentionRule',
    'DeleteWebhookTrigger', 'DescribeAIModelVersionDetail', 'DescribeApplicationTriggerLogPersonal',
    'DescribeApplicationTriggerPersonal', 'DescribeChartDownloadInfo', 'DescribeExternalEndpointStatus',
    'DescribeFavorRepositoryPersonal', 'DescribeGCJobs', 'DescribeImageAccelerateService', 'DescribeImageFilterPersonal',
    'DescribeImageLifecycleGlobalPersonal', 'DescribeImageLifecyclePersonal', 'DescribeImageManifests', 'DescribeImagePersonal',
    'DescribeImages', 'DescribeImmutableTagRules', 'DescribeInstanceAllNamespaces', 'DescribeInstanceCustomizedDomain',
    'DescribeInstanceStatus', 'DescribeInstanceToken', 'DescribeInstances', 'DescribeInternalEndpointDnsStatus',
    'DescribeInternalEndpoints', 'DescribeNamespacePersonal', 'DescribeNamespaces', 'DescribeRegions',
    'DescribeReplicationInstanceCreateTasks', 'DescribeReplicationInstanceSyncStatus', 'DescribeReplicationInstances',
    'DescribeReplicationPolicies', 'DescribeRepositories', 'DescribeRepositoryFilterPersonal', 'DescribeRepositoryOwnerPersonal',
    'DescribeRepositoryPersonal', 'DescribeSecurityPolicies', 'DescribeServiceAccounts', 'DescribeSkillDetail',
    'DescribeSkillDownloadInfo', 'DescribeTagRetentionExecution', 'DescribeTagRetentionExecutionTask',
    'DescribeTagRetentionRules', 'DescribeUserQuotaPersonal', 'DescribeWebhookTrigger', 'DescribeWebhookTriggerLog',
    'DownloadHelmChart', 'DuplicateImage', 'DuplicateImagePersonal', 'ListAIModelVersions', 'ListAIModels', 'ListSkillVersions',
    'ListSkills', 'ManageExternalEndpoint', 'ManageImageLifecycleGlobalPersonal', 'ManageInternalEndpoint', 'ManageReplication',
    'ModifyApplicationTriggerPersonal', 'ModifyImmutableTagRules', 'ModifyInstance', 'ModifyInstanceStorage',
    'ModifyInstanceToken', 'ModifyNamespace', 'ModifyReplication', 'ModifyRepository', 'ModifyRepositoryAccessPersonal',
    'ModifyRepositoryInfoPersonal', 'ModifySecurityPolicy', 'ModifyServiceAccount', 'ModifyServiceAccountPassword',
    'ModifyTagRetentionRule', 'ModifyUserPasswordPersonal', 'ModifyWebhookTrigger', 'RenewInstance', 'TerminateGCJob',
    'ValidateNamespaceExistPersonal', 'ValidateRepositoryExistPersonal',
  ],
};

/**
 * Legacy CCR: the Chinese text of the TKE image registry permission page names `ccr:BatchDeleteTag` ("批量删除 Tag"), which the
 * English capture of the same page (seed 003) lacks; so does the TCR Personal migration page
 * (https://www.tencentcloud.com/document/product/1051/39862). The text we read carries no date.
 */
export const CCR_API_REFERENCE: ApiReference = {
  service: 'ccr',
  url: 'https://cloud.tencent.com/document/product/457/11527',
  asOf: 'undated',
  apis: ['BatchDeleteTag'],
};

/** Both lists, in the order the generator reads them. */
export const API_REFERENCES: readonly ApiReference[] = [TCR_API_REFERENCE, CCR_API_REFERENCE];
