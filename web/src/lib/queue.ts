import type { TFunction } from 'i18next';
import type { QueueSlot } from '../types';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Slots in week order (Monday first), then by time. */
export function sortSlots(slots: QueueSlot[]): QueueSlot[] {
  return [...slots].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

/** "di 10:00, vr 15:30" in the current language. */
export function slotsText(t: TFunction, slots: QueueSlot[]): string {
  return sortSlots(slots)
    .map((s) => `${t(`queues.weekdaysShort.${s.weekday}`)} ${s.time}`)
    .join(', ');
}
