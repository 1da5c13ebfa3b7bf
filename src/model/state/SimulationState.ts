import type { NormalizedScenario } from '../../scenario/normalizedTypes.js';
import type { DerivedParameters } from '../preconditions/deriveParameters.js';
import type { Case } from './Case.js';
import type { CaseEndings } from './CaseEndings.js';
import type { Counters } from './Counters.js';
import type { TieStore } from './TieStore.js';
import type { TieSummary } from './summariseTies.js';
import type { TaskQueue } from './TaskQueue.js';
import type { TrustEventQueue } from './TrustEventQueue.js';
import type { Workforce } from './Workforce.js';

/**
 * The whole mutable state of one simulation. Mechanisms read and change it; nothing else
 * does. It holds no clock, file or random source: the engine passes the seeded generator.
 */
export interface SimulationState {
  /** The scenario in force (timeline events may change it during the run). */
  scenario: NormalizedScenario;
  /** Quantities derived from `scenario`. */
  params: DerivedParameters;
  /** The current week, 1-based (0 before the first step). */
  week: number;
  workforce: Workforce;
  ties: TieStore;
  /**
   * The ties as summarised at the end of the previous observed week (the observation reads it;
   * it is not refreshed during a warm-up, where it keeps the summary of week 0).
   */
  tieSummary: TieSummary;
  /** Organisational trust, row-major: `trust[i·n + j]` = trust of i in j, in (0, 1). */
  trust: Float64Array;
  /**
   * Organisational trust at week 0 of the run's history (from `mutualTrust`): the level to which
   * trust carried by people falls back when they leave (`forgetTrust`). Fixed for the run.
   */
  startingTrust: number;
  /** Trust lost since the last learning session, in log-odds units, row-major like `trust`. */
  trustDamage: Float64Array;
  /** Trust changes queued this week, applied by the trust mechanism. */
  trustEvents: TrustEventQueue;
  /** Political and administrative urgency U in [0, 1]. */
  urgency: number;
  /** The network's narrative: centre on the frame axis and breadth (kernel width). */
  narrative: { centre: number; breadth: number };
  /** Professionals present (posts filled) per organisation this week. */
  presentStaff: Int32Array;
  /**
   * The seats of those professionals, per organisation, in seat order: entries 0 …
   * `presentStaff[org] − 1` of `presentSeats[org]` (later entries are left over from earlier
   * weeks). Rebuilt with `presentStaff` by the capacity mechanism.
   */
  presentSeats: number[][];
  /** Network hours each organisation can spend this week. */
  capacityHours: Float64Array;
  /** Network hours each organisation has spent this week. */
  usedHours: Float64Array;
  /** Downstream slots in use, row-major org × power. */
  slotsInUse: Int32Array;
  /** Committed tasks waiting for a downstream slot, in the order they were committed (see `commitTask`). */
  waiting: TaskQueue;
  /** Tasks being delivered, in the order their deliveries started. */
  deliveries: TaskQueue;
  /** The last ticket handed to a listed task (tickets count up from 1; 0 means none). */
  lastTicket: number;
  /** Open cases, in arrival order. */
  open: Case[];
  nextCaseId: number;
  /** Incidents (escalations) this week, for urgency and narrative. */
  incidents: number;
  /** How each case ended and the success counts by arrival week (`recordEnd`, `matureArrivals`). */
  endings: CaseEndings;
  /** This week's counts (reset by the engine at the start of each week). */
  thisWeek: Counters;
  /** Counts since week 1. */
  total: Counters;
}
