// Who a site is for, and which documents each audience's site includes: a fact both the schemas
// and the build rely on, so it lives below both.

/**
 * Who a site is for. `team`: the client's engineers; `investor`: the diligence site; `internal`:
 * everything, for the CTO.
 */
export const audiences = ['team', 'investor', 'internal'] as const;
export type Audience = (typeof audiences)[number];

export function isAudience(value: string): value is Audience {
	return (audiences as readonly string[]).includes(value);
}

/** Whether a document with these audiences is built into the site for `audience`. */
export function inAudience(documentAudiences: readonly Audience[], audience: Audience): boolean {
	return audience === 'internal' || documentAudiences.includes(audience);
}
