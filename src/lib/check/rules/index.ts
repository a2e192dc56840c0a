import type { ContentRule } from '../check-content.ts';
import { uniqueGuidanceAnchors } from './guidance-anchors.ts';

/** Cross-entry rules the content check runs after each entry has passed its schema. */
export const DEFAULT_RULES: ContentRule[] = [uniqueGuidanceAnchors];
