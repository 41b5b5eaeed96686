import { useEffect, useState } from 'preact/hooks';
import type { Progress } from '../lib/progress/schema.ts';
import { progressStore } from '../client/progress.ts';

/** The learner's progress, live; undefined during server rendering and before hydration. */
export function useProgress(): Progress | undefined {
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => progressStore().$progress.subscribe(setProgress), []);
  return progress;
}

export const formatDate = (instant: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(instant));
