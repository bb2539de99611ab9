// Where two versions of a text differ: the common prefix and suffix an incremental parser can keep.

/** `old.slice(start, oldEnd)` became `text.slice(start, newEnd)`; everything before and after is the same. */
export interface ChangedRegion {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

export function changedRegion(old: string, text: string): ChangedRegion {
  let start = 0;
  const min = Math.min(old.length, text.length);
  while (start < min && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let oldEnd = old.length;
  let newEnd = text.length;
  while (oldEnd > start && newEnd > start && old.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}
