/** A content file's name without folder or extension: its id or slug. */
export const fileStem = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Known ids for a message, sorted: "a, b, c", or "none yet". */
export const knownList = (ids: Iterable<string>) => [...ids].sort().join(', ') || 'none yet';
