// Dropping a dragged calendar card on a day (keeps its time of day) or an hour (keeps its minutes).
import type { DragEvent } from 'react';
import { DRAG_TYPE, type DraggedPost } from './bulk';

export type MoveHandler = (postId: string, scheduledLocal: string) => void;

export function dropTarget(date: string, hour: number | null, onMove: MoveHandler | undefined) {
  if (!onMove) return {};
  return {
    onDragOver(e: DragEvent) {
      if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      e.currentTarget.classList.add('is-drop-target');
    },
    onDragLeave(e: DragEvent) {
      e.currentTarget.classList.remove('is-drop-target');
    },
    onDrop(e: DragEvent) {
      e.currentTarget.classList.remove('is-drop-target');
      const raw = e.dataTransfer.getData(DRAG_TYPE);
      if (!raw) return;
      e.preventDefault();
      e.stopPropagation();
      let dragged: DraggedPost;
      try {
        dragged = JSON.parse(raw) as DraggedPost;
      } catch {
        return;
      }
      const time = dragged.local.slice(11, 16);
      const next = `${date}T${hour === null ? time : `${String(hour).padStart(2, '0')}:${time.slice(3, 5)}`}`;
      if (next !== dragged.local.slice(0, 16)) onMove(dragged.id, next);
    },
  };
}
