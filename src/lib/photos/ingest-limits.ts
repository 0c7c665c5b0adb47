/** Limits of a stored photo, shared by photo ingest and the content check (which must not load sharp). */

/** Longest edge of a stored photo: sharper than any layout of the site needs, ~300–600 KB as JPEG. */
export const MAX_EDGE = 2000;
/** Photos heavier than this are reported by the content check as too large. */
export const MAX_BYTES = 1_500_000;
