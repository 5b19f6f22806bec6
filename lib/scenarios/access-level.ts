/** How much a scenario grants. */
export enum AccessLevel {
  /** Every TCR action (`tcr:*`) on the scope. */
  FULL = 'full',
  /** Describe and pull only (`tcr:Describe*` plus the pull action of the edition). */
  READ_ONLY = 'read-only',
}
