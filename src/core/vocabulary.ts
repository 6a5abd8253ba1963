// The closed lists of words some fields take, shared by the schemas that validate them and the
// logic and pages that count or show them.

/** An ADR's status. */
export const adrStatuses = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

/** How bad a situation is, from `sev1` (customer-facing outage) to `sev4` (no user impact). */
export const severities = ['sev1', 'sev2', 'sev3', 'sev4'] as const;

/** Where a security control stands. */
export const controlStatuses = ['in-place', 'partial', 'missing', 'n/a'] as const;
