/**
 * Formats a duration in seconds for a progress line: `42 s`, `3 min 07 s`, `2 h 05 min`;
 * `?` when unknown (not finite).
 *
 * @example
 * formatDuration(187); // "3 min 07 s"
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
