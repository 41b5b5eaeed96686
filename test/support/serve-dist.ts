import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir } from './dist.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built dist/ for the browser tests, on a free port. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  }
  const { server, url } = await serveStatic(distDir);
  project.provide('baseURL', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
