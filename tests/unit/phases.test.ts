import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/partial-date.ts';
import { campaignState, daysUntil, isInPhase, milestoneStatus, nextMilestone, spanProgress, spanStatus } from '../../src/lib/phases.ts';

const d = (text: string): PartialDate => parsePartialDate(text)!;
const day = (text: string) => new Date(`${text}T00:00:00Z`);

// The two phases and the milestones exactly as content/phases/ states them.
const phases = [
  { id: 'giai-doan-1', start: d('2022'), end: d('2025') },
  { id: 'giai-doan-2', start: d('2026'), end: d('2030') },
];
const milestones = [
  { id: 'ban-hanh-huong-dan', date: d('2023-Q2') },
  { id: 'so-ket-giai-doan-1', date: d('2025') },
  { id: 'ky-niem-100-nam-cong-doan-viet-nam', date: d('2029-07-28') },
  { id: 'ky-niem-100-nam-dang-cong-san-viet-nam', date: d('2030-02-03') },
  { id: 'tong-ket-phong-trao', date: d('2030') },
];

describe('campaignState', () => {
  it('is before the campaign on the last day of 2021', () => {
    expect(campaignState(phases, day('2021-12-31'))).toEqual({ state: 'before', next: phases[0] });
  });

  it.each([
    ['2022-01-01', 'giai-doan-1', 0],
    ['2023-12-31', 'giai-doan-1', 0.5],
    ['2025-12-31', 'giai-doan-1', 1],
    ['2026-01-01', 'giai-doan-2', 0],
    ['2026-11-25', 'giai-doan-2', 0.18],
    ['2030-12-31', 'giai-doan-2', 1],
  ])('on %s is during %s at about %d', (date, phase, progress) => {
    const state = campaignState(phases, day(date));
    expect(state.state).toBe('during');
    if (state.state !== 'during') return;
    expect(state.phase.id).toBe(phase);
    expect(state.progress).toBeCloseTo(progress, 1);
  });

  it('is after the campaign from 2031', () => {
    expect(campaignState(phases, day('2031-01-01'))).toEqual({ state: 'after', last: phases[1] });
  });

  it('reports a gap between phases as between, not as either phase', () => {
    const gapped = [
      { id: 'a', start: d('2022'), end: d('2024') },
      { id: 'b', start: d('2026'), end: d('2030') },
    ];
    expect(campaignState(gapped, day('2025-06-01'))).toEqual({ state: 'between', previous: gapped[0], next: gapped[1] });
  });

  it('does not depend on the order phases are given in', () => {
    const state = campaignState([...phases].reverse(), day('2024-03-01'));
    expect(state.state === 'during' && state.phase.id).toBe('giai-doan-1');
  });

  it('needs at least one phase', () => {
    expect(() => campaignState([], day('2024-01-01'))).toThrow();
  });
});

describe('milestones', () => {
  it('treats a quarter as a range: upcoming before, current during, past after', () => {
    const q2 = milestones[0]!;
    expect(milestoneStatus(q2, day('2023-03-31'))).toBe('upcoming');
    expect(milestoneStatus(q2, day('2023-04-01'))).toBe('current');
    expect(milestoneStatus(q2, day('2023-06-30'))).toBe('current');
    expect(milestoneStatus(q2, day('2023-07-01'))).toBe('past');
  });

  it.each([
    ['2021-06-01', 'ban-hanh-huong-dan', 'upcoming'],
    ['2023-05-10', 'ban-hanh-huong-dan', 'current'],
    ['2024-01-01', 'so-ket-giai-doan-1', 'upcoming'],
    ['2025-08-01', 'so-ket-giai-doan-1', 'current'],
    ['2026-11-25', 'ky-niem-100-nam-cong-doan-viet-nam', 'upcoming'],
    ['2029-07-28', 'ky-niem-100-nam-cong-doan-viet-nam', 'current'],
    ['2029-07-29', 'tong-ket-phong-trao', 'upcoming'],
    // During 2030 the year-long "tổng kết" milestone has begun, so it comes before 03/02/2030.
    ['2030-01-15', 'tong-ket-phong-trao', 'current'],
    ['2030-12-31', 'tong-ket-phong-trao', 'current'],
  ])('on %s the next milestone is %s (%s)', (date, id, status) => {
    expect(nextMilestone(milestones, day(date))).toEqual({ milestone: expect.objectContaining({ id }), status });
  });

  it('has no next milestone once the campaign is over', () => {
    expect(nextMilestone(milestones, day('2031-01-01'))).toBeNull();
  });

  it('counts whole days until a milestone begins', () => {
    expect(daysUntil(d('2029-07-28'), day('2026-11-25'))).toBe(976);
    expect(daysUntil(d('2029-07-28'), day('2029-07-28'))).toBe(0);
    expect(daysUntil(d('2023-Q2'), day('2024-01-01'))).toBe(0);
  });
});

describe('spans', () => {
  it('clamps progress and classifies the edges of a phase', () => {
    expect(spanProgress(d('2026'), d('2030'), day('2020-01-01'))).toBe(0);
    expect(spanProgress(d('2026'), d('2030'), day('2040-01-01'))).toBe(1);
    expect(spanStatus(d('2026'), d('2030'), day('2025-12-31'))).toBe('upcoming');
    expect(spanStatus(d('2026'), d('2030'), day('2031-01-01'))).toBe('past');
  });
});

describe('isInPhase: is this date inside that phase', () => {
  it.each([
    ['2022', 'giai-doan-1'],
    ['2022-01-01', 'giai-doan-1'],
    ['2025-Q4', 'giai-doan-1'],
    ['2025-12-31', 'giai-doan-1'],
    ['2026-01', 'giai-doan-2'],
    ['2030', 'giai-doan-2'],
    ['2030-12-31', 'giai-doan-2'],
  ])('puts %s in %s, at the edges of both phases', (date, phase) => {
    expect(phases.filter((p) => isInPhase(d(date), p)).map((p) => p.id)).toEqual([phase]);
  });

  it.each(['2021-12-31', '2031', '2031-01-01'])('puts %s in no phase', (date) => {
    expect(phases.filter((p) => isInPhase(d(date), p))).toEqual([]);
  });

  it('takes a date by its first day: 2025-Q4 is not in a phase starting 2025-11', () => {
    expect(isInPhase(d('2025-Q4'), { start: d('2025-11'), end: d('2026') })).toBe(false);
    expect(isInPhase(d('2025-11'), { start: d('2025-11'), end: d('2026') })).toBe(true);
  });
});
