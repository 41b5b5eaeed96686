import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: safe in URLs, file names and links. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens (like "phone-and-email")');
