import type { Power, CaseType } from './vocabulary.js';

/** Shares of case types among arriving cases; normalised to sum to 1. */
export interface CaseMix {
  /** Weight of crime cases (any non-negative number; weights are normalised). @minimum 0 @maximum 1000 */
  crime?: number;
  /** Weight of radicalisation cases. @minimum 0 @maximum 1000 */
  radicalisation?: number;
  /** Weight of cases that are both. @minimum 0 @maximum 1000 */
  both?: number;
}

/** The phenomena the network faces: how layered, changeable and elusive the problems are. */
export interface Phenomena {
  /**
   * New cases a week (Poisson mean).
   * @minimum 0
   * @maximum 1000
   * @default 3
   */
  caseRate?: number;
  /** Shares of crime, radicalisation and both. Default 0.6 / 0.25 / 0.15. */
  caseMix?: CaseMix;
  /**
   * How many powers a case needs: 0 → 2, 1 → 4 (mean 2 + 2·layering).
   * @minimum 0
   * @maximum 1
   * @default 0.4
   */
  layering?: number;
  /**
   * Weekly chance that an open case's required powers change.
   * @minimum 0
   * @maximum 1
   * @default 0.02
   */
  volatility?: number;
  /**
   * How elusive cases are: more signals must be combined (2 to 4) and detection falls (×(1 − 0.5·e)).
   * @minimum 0
   * @maximum 1
   * @default 0.3
   */
  elusiveness?: number;
  /**
   * How fast open cases worsen: severity grows 0.002 + 0.028·e a week (0.0104 at the default: about 70 weeks from 0.25 to 1).
   * @minimum 0
   * @maximum 1
   * @default 0.3
   */
  escalationSpeed?: number;
  /**
   * Which powers each case type can need (a case draws 2-4 of its type's pool). Default pools:
   * crime enforce, prosecute, administrative, housing, support, probation; radicalisation care,
   * youthcare, education, support, administrative, enforce; both the union. Defaults keep only
   * powers some partner holds; an explicit pool naming a power nobody holds is an error.
   */
  casePowers?: { [T in CaseType]?: Power[] };
}
