/** One step into a parsed file: an object key or a list index. */
export type PathSegment = string | number;

/**
 * One thing wrong with a scenario file: which file, where in it, and what. `path` is the
 * readable form (`organisations[3].staff`); it is empty when the problem concerns the whole
 * file (unreadable, not UTF-8, invalid YAML at a line).
 */
export interface ScenarioProblem {
  file: string;
  path: string;
  message: string;
  /** 1-based line of a syntax error, when the parser knows it. */
  line?: number;
  /** 1-based column of a syntax error, when the parser knows it. */
  column?: number;
}

/** A problem found inside a value, before the file it came from is known. */
export interface ValueProblem {
  path: readonly PathSegment[];
  message: string;
}
