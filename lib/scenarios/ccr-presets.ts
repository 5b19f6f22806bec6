/**
 * Tencent's preset CCR policies (https://intl.cloud.tencent.com/document/product/457/11527), by the name
 * CAM knows them under. Their documents are not published; `QcloudCCRReadOnlyAccess` blocks docker push,
 * namespace and repository creation and deletion, and tag deletion.
 */
export enum CcrPreset {
  /** Every CCR action (console policy id 419082). */
  FULL_ACCESS = 'QcloudCCRFullAccess',
  /** Read-only CCR (console policy id 419084). */
  READ_ONLY_ACCESS = 'QcloudCCRReadOnlyAccess',
}
