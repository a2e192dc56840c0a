import { comparePartialDates, partialDateRange, type PartialDate } from './partial-date.ts';

export interface PhaseLike {
  id: string;
  start: PartialDate;
  end: PartialDate;
}

export interface MilestoneLike {
  id: string;
  date: PartialDate;
}

export type TimeStatus = 'upcoming' | 'current' | 'past';

/** Where `today` falls relative to a span running from the start of `start` to the end of `end`. */
export function spanStatus(start: PartialDate, end: PartialDate, today: Date): TimeStatus {
  const t = today.getTime();
  if (t < partialDateRange(start).start.getTime()) return 'upcoming';
  if (t >= partialDateRange(end).end.getTime()) return 'past';
  return 'current';
}

/** A span of the campaign from the start of `start` to the end of `end`: a phase. */
export type Span = Pick<PhaseLike, 'start' | 'end'>;

/**
 * Whether `date` falls inside the phase: its first moment is on or after the phase's start and
 * before the phase's end (a phase "2022 – 2025" holds "2025-Q4" but not "2026-01").
 */
export function isInPhase(date: PartialDate, phase: Span): boolean {
  return spanStatus(phase.start, phase.end, partialDateRange(date).start) === 'current';
}

/** Share of the span elapsed on `today`, clamped to [0, 1]. */
export function spanProgress(start: PartialDate, end: PartialDate, today: Date): number {
  const from = partialDateRange(start).start.getTime();
  const to = partialDateRange(end).end.getTime();
  return Math.min(1, Math.max(0, (today.getTime() - from) / (to - from)));
}

export type CampaignState<P extends PhaseLike> =
  | { state: 'before'; next: P }
  | { state: 'during'; phase: P; progress: number }
  | { state: 'between'; previous: P; next: P }
  | { state: 'after'; last: P };

/**
 * The campaign's state on `today`. Phases are sorted by start; a day not inside any phase is
 * reported as before, between or after rather than attributed to the nearest phase.
 */
export function campaignState<P extends PhaseLike>(phases: readonly P[], today: Date): CampaignState<P> {
  if (phases.length === 0) throw new Error('campaignState needs at least one phase.');
  const sorted = [...phases].sort((a, b) => comparePartialDates(a.start, b.start));
  let previous: P | undefined;
  for (const phase of sorted) {
    const status = spanStatus(phase.start, phase.end, today);
    if (status === 'current') {
      return { state: 'during', phase, progress: spanProgress(phase.start, phase.end, today) };
    }
    if (status === 'upcoming') {
      return previous ? { state: 'between', previous, next: phase } : { state: 'before', next: phase };
    }
    previous = phase;
  }
  return { state: 'after', last: sorted[sorted.length - 1]! };
}

export function milestoneStatus(milestone: MilestoneLike, today: Date): TimeStatus {
  return spanStatus(milestone.date, milestone.date, today);
}

/**
 * The milestone a reader should look at next: the earliest one whose time has not ended.
 * A milestone whose range contains today (for instance "năm 2030" during 2030) is still next,
 * and is reported with status 'current'.
 */
export function nextMilestone<M extends MilestoneLike>(
  milestones: readonly M[],
  today: Date,
): { milestone: M; status: Exclude<TimeStatus, 'past'> } | null {
  const pending = milestones
    .filter((m) => milestoneStatus(m, today) !== 'past')
    .sort((a, b) => comparePartialDates(a.date, b.date));
  const first = pending[0];
  if (!first) return null;
  return { milestone: first, status: milestoneStatus(first, today) === 'current' ? 'current' : 'upcoming' };
}

/** Whole days from `today` until the milestone's range begins (0 once it has begun). */
export function daysUntil(date: PartialDate, today: Date): number {
  const ms = partialDateRange(date).start.getTime() - today.getTime();
  return Math.max(0, Math.ceil(ms / 86_400_000));
}
