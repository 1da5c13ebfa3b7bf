/**
 * The model's weekly mechanisms, one factory each, in the order `defaultMechanisms()` applies
 * them (docs/model.md §3): urgency, workforce, capacity, arrivals, sharing, conference,
 * interventions, outcomes, trust, learning, narrative. Each factory returns a fresh
 * `Mechanism` that owns its scratch buffers; replace or wrap one with `replaceMechanism`, add
 * one with `insertMechanism`. The main entry point exports them as the namespace
 * `mechanisms`.
 *
 * @example
 * import { createSimulation, defaultMechanisms, loadPreset, mechanisms, replaceMechanism } from 'collabsim';
 * const slowSharing = { ...mechanisms.sharing(), name: 'sharing' };
 * createSimulation(loadPreset('safety-house'), { mechanisms: replaceMechanism(defaultMechanisms(), 'sharing', slowSharing) });
 */
export { urgency } from './model/mechanisms/urgency.js';
export { workforce } from './model/mechanisms/workforce.js';
export { capacity } from './model/mechanisms/capacity.js';
export { arrivals } from './model/mechanisms/arrivals.js';
export { sharing } from './model/mechanisms/sharing.js';
export { conference } from './model/mechanisms/conference.js';
export { interventions } from './model/mechanisms/interventions.js';
export { outcomes } from './model/mechanisms/outcomes.js';
export { trust } from './model/mechanisms/trust.js';
export { learning } from './model/mechanisms/learning.js';
export { narrative } from './model/mechanisms/narrative.js';
