/**
 * The documented mapping of each precondition level p ∈ [0, 1] onto a model quantity
 * (docs/model.md §7.1, which tabulates them). Each function is linear unless stated.
 * Where an organisation sets its own value of the quantity, the precondition scales it:
 * value = own · f(p) / f(p₀), with p₀ the precondition's default level (`scaleByPrecondition`).
 */

/** `manpower`: staff multiplier, 0.25 (p = 0) to 1.5 (p = 1); 1.0 at p = 0.6. */
export const staffMultiplier = (p: number): number => 0.25 + 1.25 * p;

/** `staffStability`: annual turnover rate (leavers per post-year), 0.50 (p = 0) to 0.05 (p = 1). */
export const annualTurnover = (p: number): number => 0.5 - 0.45 * p;

/** `time`: share of working time granted for network work, 0.02 (p = 0) to 0.40 (p = 1). */
export const networkTimeShare = (p: number): number => 0.02 + 0.38 * p;

/** `ruleClarity`: chance of a procedural conflict per case discussed, 0.20 (p = 0) to 0 (p = 1). */
export const conflictProbability = (p: number): number => 0.2 * (1 - p);

/** `roleClarity`: chance a request goes astray (wrong partner, duplicate, nobody), 0.40 to 0. */
export const astrayProbability = (p: number): number => 0.4 * (1 - p);

/** `mutualTrust`: initial organisational trust, 0.15 (p = 0) to 0.85 (p = 1). */
export const initialTrust = (p: number): number => 0.15 + 0.7 * p;

/** `mutualTrust`: initial strength of professionals' ties, 0.10 (p = 0) to 0.70 (p = 1). */
export const initialTieStrength = (p: number): number => 0.1 + 0.6 * p;

/**
 * `informationSharing` and an organisation's `secrecy` s: probability that passing a signal
 * is permitted, (0.4 + 0.6p) · (1 − s(1 − p)). A full covenant (p = 1) permits all sharing;
 * without one, secrecy bites: care (s = 0.7) 0.12, police (s = 0.2) 0.32 at p = 0.
 */
export const sharingPermitted = (p: number, secrecy: number): number => (0.4 + 0.6 * p) * (1 - secrecy * (1 - p));

/** `regie`: meeting interval multiplier, 2 (p = 0) to 1 (p = 1). */
export const meetingStretch = (p: number): number => 2 - p;

/** `regie`: share of the coordinator's nominal case capacity available, 0.3 to 1. */
export const coordinatorShare = (p: number): number => 0.3 + 0.7 * p;

/** `regie`: chance a pending task is followed up at a conference, 0.5 to 1. */
export const followUpProbability = (p: number): number => 0.5 + 0.5 * p;

/**
 * `regie` in a `shared` network: weekly chance that some partner takes the initiative on a
 * recognised case, (0.1 + 0.6p) · min(1, 6 / (n − 1)) — coordination without a coordinator
 * gets harder as partners multiply (Provan & Kenis 2008).
 */
export const initiativeProbability = (p: number, partners: number): number =>
  (0.1 + 0.6 * p) * Math.min(1, 6 / Math.max(1, partners - 1));

/**
 * `sharedNarrative`: the narrative's centre on the frame axis, from the most security-framed
 * partner (p = 0) to the partners' mean frame (p = 1).
 */
export const narrativeCentre = (p: number, maxFrame: number, meanFrame: number): number =>
  (1 - p) * maxFrame + p * meanFrame;

/** `sharedNarrative`: the narrative's breadth (kernel width), 0.15 narrow (p = 0) to 0.60 broad. */
export const narrativeBreadth = (p: number): number => 0.15 + 0.45 * p;

/** `perspectiveTaking`: mean perspective-taking of staff and hires, 0.10 to 0.90. */
export const meanPerspectiveTaking = (p: number): number => 0.1 + 0.8 * p;

/** `crossExperience`: share of staff and hires with work experience at another partner, 0 to 1. */
export const crossExperienceShare = (p: number): number => p;

/** `learning`: weeks between joint learning sessions, none below p = 0.05, every 4 weeks at p = 1. */
export const learningInterval = (p: number): number => (p < 0.05 ? 0 : Math.round(4 / p));

/** `downstreamCapacity`: intervention-slot multiplier, 0.2 (p = 0) to 2.0 (p = 1). */
export const slotMultiplier = (p: number): number => 0.2 + 1.8 * p;

/**
 * Scales an organisation's own value of a quantity by a precondition: own · f(p) / f(p₀),
 * where p₀ is the level at which the own value holds unscaled.
 *
 * @example
 * scaleByPrecondition(0.3, annualTurnover, 1, 0.5); // 0.3 · 0.05 / 0.275 ≈ 0.0545
 */
export function scaleByPrecondition(own: number, f: (p: number) => number, p: number, p0: number): number {
  const ref = f(p0);
  return ref === 0 ? f(p) : (own * f(p)) / ref;
}
