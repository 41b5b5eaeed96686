import { localDay } from '../lib/assignments/due.ts';

/** Today in the device's own time zone, `YYYY-MM-DD`. */
export const today = () => localDay(new Date());
