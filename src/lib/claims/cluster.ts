/**
 * Which claim markers show, and how: claims that share a place sit in a fan around it, and a place
 * with many of them (New Delhi has nine) folds them into one cluster marker with its count, so
 * they do not dominate the map until the reader opens the cluster (issue #15). Pure: ids in,
 * layout out (src/ui/claims/claim-markers.ts draws it).
 */

/** A place with at least this many shown claims folds them into a cluster. */
export const CLUSTER_MIN = 4;

export interface MarkerSlot {
  /** Position in its place's fan, 0-based, and how many buttons the fan has. */
  readonly slot: number;
  readonly count: number;
}

export interface ClusterState {
  readonly place: string;
  /** How many claims it holds. */
  readonly count: number;
  /** Whether its fan is open (the reader opened it, or one of its claims is open). */
  readonly expanded: boolean;
}

export interface MarkerLayout<Id extends string> {
  /** The markers on screen, each with its slot in its place's fan. */
  readonly markers: ReadonlyMap<Id, MarkerSlot>;
  /** The clusters, in the order of their first claim. */
  readonly clusters: readonly ClusterState[];
}

/**
 * Lays out the shown claims (`claims` in catalogue order, each with the place its marker stands
 * on): places with CLUSTER_MIN or more become clusters, expanded when listed in `expanded` or
 * holding the open claim; their claims show only then.
 */
export function layoutMarkers<Id extends string>(
  claims: readonly { readonly id: Id; readonly place: string }[],
  shown: ReadonlySet<Id>,
  open: Id | null,
  expanded: ReadonlySet<string>,
): MarkerLayout<Id> {
  const byPlace = new Map<string, Id[]>();
  for (const claim of claims) {
    if (!shown.has(claim.id)) continue;
    const group = byPlace.get(claim.place) ?? [];
    group.push(claim.id);
    byPlace.set(claim.place, group);
  }
  const markers = new Map<Id, MarkerSlot>();
  const clusters: ClusterState[] = [];
  for (const [place, ids] of byPlace) {
    const clustered = ids.length >= CLUSTER_MIN;
    const isExpanded = clustered && (expanded.has(place) || (open !== null && ids.includes(open)));
    if (clustered) clusters.push({ place, count: ids.length, expanded: isExpanded });
    if (clustered && !isExpanded) continue;
    ids.forEach((id, slot) => markers.set(id, { slot, count: ids.length }));
  }
  return { markers, clusters };
}
