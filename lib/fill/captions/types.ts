/** What a caption strategy sees and returns. */

export type CaptionSource =
  | 'form-item'
  | 'label'
  | 'aria'
  | 'table-left'
  | 'table-above'
  | 'definition-list'
  | 'previous-text'
  | 'div-table'
  | 'list-item'
  | 'group'
  | 'inside'
  | 'following'
  | 'placeholder'
  | 'title'
  | 'option';

export interface Caption {
  /** As the page shows it, without star, bullet or colon. */
  text: string;
  /** The element the words came from: controls captioned by the same element are one field. */
  anchor: Node;
  source: CaptionSource;
}

export interface CaptionContext {
  /** What the caption is sought for: a control, or the group around a set of radios or checkboxes. */
  target: HTMLElement;
  /** True when the element holds a control that is not the target's own, nor a sibling of the same field (a row, a cascade level). */
  foreign(element: Element): boolean;
}

export type CaptionStrategy = (context: CaptionContext) => Caption | undefined;
