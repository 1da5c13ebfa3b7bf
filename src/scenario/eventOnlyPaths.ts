/**
 * Event paths that are not scenario fields but one-off shocks applied at the event's week,
 * with the range of their value: `urgency` (an immediate jump of political urgency to this
 * level) and `turnoverShock` (the share of all staff who leave at once).
 */
export const EVENT_ONLY_PATHS: Readonly<Record<string, { minimum: number; maximum: number }>> = {
  urgency: { minimum: 0, maximum: 1 },
  turnoverShock: { minimum: 0, maximum: 1 },
};
