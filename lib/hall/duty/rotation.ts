// HALL-11 (§7.1.2 采取窗口轮流值班方式): the lunch-duty round-robin, pure so it is unit-tested.
//
// A queue, not a pointer: whoever is on duty goes to the back; whoever was skipped because of
// approved leave keeps their place at the front and takes the next day they are available, so
// leave never makes anyone do more or fewer turns over time.

export type DutyDay = { date: string; /** staff who cannot take this day (approved leave, not in a pair) */ unavailable: ReadonlySet<string> };

export type DutyAssignment = { date: string; userIds: string[] };

/** `staff` in rotation order; the rotation resumes after `startAfter` (last week's last person). */
export function rotateDuty(staff: readonly string[], days: readonly DutyDay[], perDay: number, startAfter?: string | null): DutyAssignment[] {
  const unique = [...new Set(staff)];
  const start = startAfter ? unique.indexOf(startAfter) + 1 : 0;
  const queue = [...unique.slice(start), ...unique.slice(0, start)];
  const want = Math.max(1, Math.floor(perDay));
  return days.map((day) => {
    const picked: string[] = [];
    for (const id of queue) {
      if (picked.length >= want) break;
      if (!day.unavailable.has(id)) picked.push(id);
    }
    for (const id of picked) {
      queue.splice(queue.indexOf(id), 1);
      queue.push(id);
    }
    return { date: day.date, userIds: picked };
  });
}
