import type { ContentRule } from '../check-content.ts';
import { uniqueGuidanceAnchors } from './guidance-anchors.ts';
import { indicatorSources } from './indicator-sources.ts';
import { storyBodies } from './story-body.ts';
import { storyDates } from './story-dates.ts';
import { storyFiles } from './story-files.ts';
import { storyIndicators } from './story-indicators.ts';
import { storyItems } from './story-items.ts';
import { storyLocalities } from './story-localities.ts';
import { storySlugs } from './story-slugs.ts';
import { storyText } from './story-text.ts';

/** Cross-entry rules the content check runs after each entry has passed its schema. */
export const DEFAULT_RULES: ContentRule[] = [uniqueGuidanceAnchors, storyFiles, storyBodies, storyText, storyItems, storyDates, storySlugs, storyLocalities, storyIndicators, indicatorSources];
