import { captionOf } from './valid';
import type { CaptionStrategy } from './types';

/** The tooltip text, as a last resort (Chromium and Bitwarden keep it too). */
export const title: CaptionStrategy = ({ target }) => captionOf(target.getAttribute('title') ?? target.querySelector('[title]')?.getAttribute('title'), target, 'title');
