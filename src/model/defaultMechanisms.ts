import type { Mechanism } from './Mechanism.js';
import { arrivals } from './mechanisms/arrivals.js';
import { capacity } from './mechanisms/capacity.js';
import { conference } from './mechanisms/conference.js';
import { interventions } from './mechanisms/interventions.js';
import { learning } from './mechanisms/learning.js';
import { narrative } from './mechanisms/narrative.js';
import { outcomes } from './mechanisms/outcomes.js';
import { sharing } from './mechanisms/sharing.js';
import { trust } from './mechanisms/trust.js';
import { urgency } from './mechanisms/urgency.js';
import { workforce } from './mechanisms/workforce.js';

/**
 * The weekly schedule (docs/model.md §3), in order: urgency, workforce, capacity,
 * arrivals, sharing, conference, interventions, outcomes, trust, learning, narrative.
 * Observation (step 11) is done by the engine after them. Returns a new array each call, so
 * callers may edit it. Each mechanism is built fresh by its factory, so it owns its scratch
 * buffers and no two simulations share any.
 *
 * @example
 * defaultMechanisms().map((m) => m.name)[0]; // 'urgency'
 */
export function defaultMechanisms(): Mechanism[] {
  return [urgency(), workforce(), capacity(), arrivals(), sharing(), conference(), interventions(), outcomes(), trust(), learning(), narrative()];
}
