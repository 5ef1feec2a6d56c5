// Markers ts_headline puts around matches. Control characters never occur in stored titles or
// abstracts, and the UI turns them into <mark> elements: no HTML ever comes from the database.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
