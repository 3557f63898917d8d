/**
 * The guide's highlight (TaskPanel.tsx, `use-guide.ts`): on the next control of the path, without
 * moving focus; found again whenever the lab's DOM changes.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { pointFor, type Pointer } from './guide-pointer';
import type { StepStatus } from '../../sim/guide';
import type { ViewLocation, WindowId } from '../../sim/views';
import type { Timeline } from '../../stores/simulator-types';
import type { TaskItem, TaskStep } from './types';

/** Where the guide points now (null while it is closed), marked `data-guide-target` in the lab. */
export function useGuidePointer(
  section: RefObject<HTMLElement>,
  idPrefix: string,
  places: Readonly<Record<WindowId, ViewLocation>>,
  status: StepStatus | null,
  items: TaskItem[],
  nextIndex: number,
  step: TaskStep,
  timeline: Timeline,
) {
  const [pointer, setPointer] = useState<Pointer | null>(null);
  const guiding = !!status;
  const nextItem = status ? items[nextIndex] : undefined;

  useEffect(() => {
    const root = section.current?.closest<HTMLElement>('[data-lab-console]');
    if (!root || !guiding) {
      setPointer(null);
      return;
    }
    const find = () => {
      const next = nextItem ? pointFor(root, idPrefix, nextItem, places, status?.items[nextIndex]?.remaining) : null;
      setPointer((before) => (before?.element === next?.element && before?.text === next?.text ? before : next));
    };
    find();
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(find);
    };
    // The lab's DOM changes (a view opens, a dialog's page turns), and a control changes value
    // (a radio chosen changes no attribute): either can move the pointer along the path.
    const observer = new MutationObserver(later);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    root.addEventListener('change', later, true);
    root.addEventListener('input', later, true);
    return () => {
      observer.disconnect();
      root.removeEventListener('change', later, true);
      root.removeEventListener('input', later, true);
      cancelAnimationFrame(frame);
    };
  }, [guiding, nextItem, step, places, nextIndex, timeline]);

  useEffect(() => {
    const element = pointer?.element;
    if (!element) return;
    element.setAttribute('data-guide-target', '');
    return () => element.removeAttribute('data-guide-target');
  }, [pointer?.element]);

  return pointer;
}
