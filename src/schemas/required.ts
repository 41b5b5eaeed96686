/** An error message for a missing field only; a present but wrong value keeps zod's precise message (too short, too long...). */
export const required = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? message : undefined);
