// Everything an MDX lesson can use without an import; each name must match src/lib/mdx/lesson-components.ts.
import DoDont from './DoDont.astro';
import Example from './Example.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import Quote from './Quote.astro';
import RolePlay from './RolePlay.astro';
import Steps from './Steps.astro';
import Tip from './Tip.astro';
import WhatToSay from './WhatToSay.astro';

export const lessonComponents = { DoDont, Example, KeyTakeaways, KnowledgeCheck, Quote, RolePlay, Steps, Tip, WhatToSay };
