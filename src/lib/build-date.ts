/**
 * The site shows "the current phase" as of the day it was built. Readers are in Vietnam, so the
 * calendar day is taken in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) rather than in the build
 * machine's zone. BUILD_DATE=YYYY-MM-DD pins it for reproducible builds and tests.
 */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Midnight UTC of the Vietnamese calendar day containing `instant`. */
export function vietnamCalendarDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export function resolveBuildDate(
  env: Record<string, string | undefined>,
  now: Date = new Date(),
): Date {
  const pinned = env.BUILD_DATE?.trim();
  if (!pinned) return vietnamCalendarDay(now);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(pinned);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== pinned) {
    throw new Error(`BUILD_DATE must be a real day written YYYY-MM-DD, got "${pinned}".`);
  }
  return date;
}
