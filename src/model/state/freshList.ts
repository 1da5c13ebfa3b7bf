/**
 * A new, empty array of numbers that V8 never allocates in the old generation up front.
 *
 * An array literal (`[]`) is an allocation site: when V8 sees most arrays from one site
 * survive a young-generation collection, it pretenures the site, allocating every later array
 * from it directly in the old generation. A copy of a shared empty array is not an allocation
 * site, so it is never pretenured. Cases use it for their long-lived lists (`CaseRecord`).
 *
 * @example
 * const signals = freshList();
 * signals.push(2, 17, 5, 0); // a packed array of small integers, like `[]`
 */
export function freshList(): number[] {
  return NO_NUMBERS.slice();
}

const NO_NUMBERS: readonly number[] = [];
