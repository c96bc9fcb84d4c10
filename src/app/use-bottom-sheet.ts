// The phone bottom sheet: peek → half → full, moved by dragging the handle (pointer events), by
// tapping it, or by its arrow keys. New content opens at half. On wider screens the panel is docked
// and the handle is hidden, so none of this applies.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { nextOnTap, PEEK_PX, snapAfterDrag, step, type SheetState } from '../lib/explorer/sheet-states';

interface Drag { id: number; y: number; t: number; startHeight: number; stageHeight: number; moved: boolean; velocity: number; last: number }

export function useBottomSheet(contentKey: string) {
  const [state, setState] = useState<SheetState>('half');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const sheetRef = useRef<HTMLElement>(null);
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef(false);

  useEffect(() => setState('half'), [contentKey]);

  const handle = {
    onPointerDown(e: PointerEvent<HTMLButtonElement>) {
      const sheet = sheetRef.current;
      if (!sheet || e.button !== 0) return;
      suppressClick.current = false;
      e.currentTarget.setPointerCapture(e.pointerId);
      drag.current = { id: e.pointerId, y: e.clientY, t: e.timeStamp, startHeight: sheet.offsetHeight, stageHeight: sheet.parentElement?.clientHeight ?? window.innerHeight, moved: false, velocity: 0, last: sheet.offsetHeight };
    },
    onPointerMove(e: PointerEvent<HTMLButtonElement>) {
      const d = drag.current;
      if (!d || d.id !== e.pointerId) return;
      const dy = d.y - e.clientY;
      if (!d.moved && Math.abs(dy) < 6) return;
      d.moved = true;
      const height = Math.max(PEEK_PX, Math.min(d.stageHeight, d.startHeight + dy));
      const dt = Math.max(1, e.timeStamp - d.t);
      d.velocity = (height - d.last) / dt;
      d.last = height;
      d.t = e.timeStamp;
      setDragHeight(height);
    },
    onPointerUp(e: PointerEvent<HTMLButtonElement>) {
      const d = drag.current;
      drag.current = null;
      if (!d || d.id !== e.pointerId || !d.moved) return;
      suppressClick.current = true; // the click that follows a drag is not a tap
      const held = e.timeStamp - d.t > 100; // the finger stopped before letting go: not a flick
      setState(snapAfterDrag(state, d.last, held ? 0 : d.velocity, d.stageHeight));
      setDragHeight(null);
    },
    onPointerCancel() {
      drag.current = null;
      setDragHeight(null);
    },
    onClick() {
      if (suppressClick.current) suppressClick.current = false;
      else setState(nextOnTap(state));
    },
    onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        e.preventDefault();
        setState(step(state, e.key === 'ArrowUp' ? 1 : -1));
      }
    },
  };
  return { state, dragHeight, sheetRef, handle };
}
