import { PAGES } from '../pages';
import { NO_LESSONS, type Lessons } from './content-protocol';
import { recognise } from './detect';
import { visible } from './dom';

/**
 * A portal may show its form in a frame of its own origin (the right pane of a 个人中心): the
 * form a person fills is then in the frame's document, at the frame's address. The helper reads,
 * checks and fills that document as it would the top one — the top page only chooses which.
 */
export interface FormPlace {
  document: Document;
  location: Location;
}

/** Frames nested deeper than this are not followed. */
const MAX_DEPTH = 3;

/** The same-origin frames on screen, depth first (a frame's own frames after it); frames of another origin cannot be read. */
export function sameOriginFrames(document: Document, depth = 0): FormPlace[] {
  if (depth >= MAX_DEPTH) return [];
  const places: FormPlace[] = [];
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      // A frame of another origin: the browser refuses, and the helper has nothing to read there.
      continue;
    }
    const view = inner?.defaultView;
    if (!inner?.body || !view || !visible(frame)) continue;
    places.push({ document: inner, location: view.location }, ...sameOriginFrames(inner, depth + 1));
  }
  return places;
}

/**
 * Where the form is: the top document when it shows fields of a platform page, else the first
 * same-origin frame that does, else the top document (a page the helper does not know, or one
 * with nothing to fill).
 */
export function formPlace(document: Document, location: Location, lessons: Lessons = NO_LESSONS): FormPlace {
  const top = { document, location };
  const frames = sameOriginFrames(document);
  if (frames.length === 0) return top;
  const fillable = (place: FormPlace) => (recognise(place.location, place.document, PAGES, lessons)?.signature.found ?? 0) > 0;
  if (fillable(top)) return top;
  return frames.find(fillable) ?? top;
}
