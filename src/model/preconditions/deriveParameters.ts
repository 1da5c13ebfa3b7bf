import { DOMAIN_DEFAULTS, PRECONDITION_DEFAULTS } from '../../scenario/defaults.js';
import type { NormalizedScenario } from '../../scenario/normalizedTypes.js';
import { CASE_TYPES, domainIndex, POWERS, powerIndex } from '../domains.js';
import * as m from './mappings.js';
import { slotPool } from '../state/slotPool.js';

/**
 * Every model quantity that follows from the scenario's inputs, computed once at the start
 * and again whenever a timeline event changes an input. Per-organisation arrays are indexed
 * by the organisation's position in the scenario; `slots` is row-major (org × power).
 */
export interface DerivedParameters {
  orgCount: number;
  domain: Int8Array;
  frame: Float64Array;
  powerMask: Int32Array;
  /** The organisations holding each power (index into `POWERS`), in index order. */
  holders: number[][];
  /** Bit t set when the organisation would see signals of case type t. */
  seesMask: Int32Array;
  goalAlignment: Float64Array;
  detection: Float64Array;
  /** Posts (professionals in network roles) after `manpower`. */
  posts: Int32Array;
  timeShare: Float64Array;
  /** Weekly probability that a professional leaves, 1 − exp(−annual turnover / 52). */
  weeklyLeave: Float64Array;
  vacancyWeeks: Float64Array;
  handover: Float64Array;
  hirePerspective: Float64Array;
  hireExperience: Float64Array;
  permitted: Float64Array;
  slots: Int32Array;
  baselineUrgency: number;
  conflictProbability: number;
  astrayProbability: number;
  meetingInterval: number;
  /** Places per conference: coordinatorCapacity (a week) × weeks since the last × regie share. */
  conferenceCapacity: number;
  followUp: number;
  initiative: number;
  narrativeAnchor: number;
  /** Mean frame of the partners (the coordinating office excluded); 0.5 when there are none. */
  meanFrame: number;
  narrativeBreadth: number;
  learningInterval: number;
  initialTrust: number;
  initialTie: number;
  /** Coordinating organisation's index, −1 for a shared network. */
  coordinator: number;
  /** Brokerage of the governance form: nao 1, lead 0.5, shared 0. */
  brokerage: number;
  signalsNeeded: number;
  detectionFactor: number;
  severityGrowth: number;
  caseRate: number;
  /** Cumulative case-type shares, for drawing a type with one uniform number. */
  caseMixCumulative: [number, number, number];
  layering: number;
  volatility: number;
  /** Per case type, the power indexes a case of that type can need. */
  casePowers: number[][];
}

/**
 * Maps a normalised scenario's preconditions, organisations and phenomena onto the model's
 * quantities (docs/model.md §7.1; `mappings.ts` documents each function).
 *
 * @example
 * deriveParameters(normalizeScenario(preset)).timeShare[0]; // e.g. 0.21 at time = 0.5
 */
export function deriveParameters(s: NormalizedScenario): DerivedParameters {
  const pc = s.preconditions;
  const p0 = PRECONDITION_DEFAULTS;
  const orgs = s.organisations;
  const n = orgs.length;
  const f64 = () => new Float64Array(n);
  const d: DerivedParameters = {
    orgCount: n,
    domain: new Int8Array(n),
    frame: f64(),
    powerMask: new Int32Array(n),
    holders: [],
    seesMask: new Int32Array(n),
    goalAlignment: f64(),
    detection: f64(),
    posts: new Int32Array(n),
    timeShare: f64(),
    weeklyLeave: f64(),
    vacancyWeeks: f64(),
    handover: f64(),
    hirePerspective: f64(),
    hireExperience: f64(),
    permitted: f64(),
    slots: new Int32Array(n * POWERS.length),
    baselineUrgency: pc.politicalUrgency,
    conflictProbability: m.conflictProbability(pc.ruleClarity),
    astrayProbability: m.astrayProbability(pc.roleClarity),
    meetingInterval: Math.max(1, Math.round(s.network.meetingInterval * m.meetingStretch(pc.regie))),
    conferenceCapacity: 0,
    followUp: m.followUpProbability(pc.regie),
    initiative: m.initiativeProbability(pc.regie, n),
    narrativeAnchor: 0.5,
    meanFrame: 0.5,
    narrativeBreadth: m.narrativeBreadth(pc.sharedNarrative),
    learningInterval: m.learningInterval(pc.learning),
    initialTrust: m.initialTrust(pc.mutualTrust),
    initialTie: m.initialTieStrength(pc.mutualTrust),
    coordinator: s.network.form === 'shared' ? -1 : orgs.findIndex((o) => o.id === s.network.lead),
    brokerage: s.network.form === 'nao' ? 1 : s.network.form === 'lead' ? 0.5 : 0,
    signalsNeeded: 2 + Math.round(2 * s.phenomena.elusiveness),
    detectionFactor: 1 - 0.5 * s.phenomena.elusiveness,
    severityGrowth: 0.002 + 0.028 * s.phenomena.escalationSpeed,
    caseRate: s.phenomena.caseRate,
    caseMixCumulative: [
      s.phenomena.caseMix.crime,
      s.phenomena.caseMix.crime + s.phenomena.caseMix.radicalisation,
      1,
    ],
    layering: s.phenomena.layering,
    volatility: s.phenomena.volatility,
    casePowers: CASE_TYPES.map((t) => s.phenomena.casePowers[t].map(powerIndex)),
  };
  let maxFrame = 0;
  let sumFrame = 0;
  let framed = 0;
  orgs.forEach((o, i) => {
    d.domain[i] = domainIndex(o.domain);
    d.frame[i] = o.frame;
    for (const p of o.powers) d.powerMask[i] |= 1 << powerIndex(p);
    DOMAIN_DEFAULTS[o.domain].sees.forEach((t) => (d.seesMask[i] |= 1 << CASE_TYPES.indexOf(t)));
    d.goalAlignment[i] = o.goalAlignment;
    d.detection[i] = o.detection;
    d.posts[i] = Math.max(0, Math.round(o.staff * m.staffMultiplier(pc.manpower)));
    d.timeShare[i] = clamp01(m.scaleByPrecondition(o.networkTimeShare, m.networkTimeShare, pc.time, p0.time));
    const turnover = Math.max(0, m.scaleByPrecondition(o.annualTurnover, m.annualTurnover, pc.staffStability, p0.staffStability));
    d.weeklyLeave[i] = 1 - Math.exp(-turnover / 52);
    d.vacancyWeeks[i] = o.vacancyWeeks;
    d.handover[i] = o.handover;
    d.hirePerspective[i] = clamp01(
      m.scaleByPrecondition(o.hiring.perspectiveTaking, m.meanPerspectiveTaking, pc.perspectiveTaking, p0.perspectiveTaking),
    );
    d.hireExperience[i] = clamp01(
      m.scaleByPrecondition(o.hiring.crossExperienceShare, m.crossExperienceShare, pc.crossExperience, p0.crossExperience),
    );
    d.permitted[i] = clamp01(m.sharingPermitted(pc.informationSharing, o.secrecy));
    for (const p of o.powers) {
      const own = o.interventionSlots[p] ?? 0;
      const scaled = m.scaleByPrecondition(own, m.slotMultiplier, pc.downstreamCapacity, p0.downstreamCapacity);
      d.slots[slotPool(i, powerIndex(p))] = Math.max(own > 0 ? 1 : 0, Math.round(scaled));
    }
    if (o.domain !== 'coordination') {
      maxFrame = Math.max(maxFrame, o.frame);
      sumFrame += o.frame;
      framed++;
    }
  });
  d.holders = POWERS.map((_, power) => orgs.flatMap((_, i) => ((d.powerMask[i] >> power) & 1 ? [i] : [])));
  d.conferenceCapacity = s.network.coordinatorCapacity * d.meetingInterval * m.coordinatorShare(pc.regie);
  d.meanFrame = framed > 0 ? sumFrame / framed : 0.5;
  d.narrativeAnchor = m.narrativeCentre(pc.sharedNarrative, maxFrame, d.meanFrame);
  return d;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
