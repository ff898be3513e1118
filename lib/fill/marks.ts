import type { PageMark } from './content-protocol';
import { CHECKABLE_WRAPPER } from './dom';

/**
 * In-page marks: an outline around each flagged field's controls and a small badge beside it whose
 * tooltip says what to change. One layer in a shadow root on the document element, so neither the
 * page's CSS nor ours leaks, and the page's own DOM is never touched. Marks are placed in document
 * coordinates and placed again whenever the page scrolls, resizes or re-renders.
 */
const COLOURS = { error: '#d92d20', warn: '#dc6803', info: '#1d5fbf', filled: '#12b76a', located: '#1d5fbf' };
const FLASH_MS = 1_600;

const STYLE = `:host{all:initial}
.box{position:absolute;box-sizing:border-box;border:2px solid;border-radius:4px;pointer-events:none;z-index:2147483646}
.badge{position:absolute;right:-9px;top:-9px;width:18px;height:18px;border-radius:50%;color:#fff;font:bold 12px/18px system-ui,sans-serif;text-align:center;pointer-events:auto;cursor:help}
.tip{display:none;position:absolute;left:0;top:100%;margin-top:4px;max-width:360px;width:max-content;padding:6px 10px;border-radius:6px;background:#fff;color:#1f1f1f;box-shadow:0 4px 16px rgba(0,0,0,.2);font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;white-space:pre-line}
.box:hover .tip,.box.open .tip{display:block}.badge:hover+.tip{display:block}
.attention .error{animation:pulse .5s ease-in-out 3}
.flash{animation:fade ${FLASH_MS}ms ease-out forwards}
@keyframes pulse{50%{box-shadow:0 0 0 6px rgba(217,45,32,.35)}}
@keyframes fade{to{opacity:0}}`;

/** What a person sees of a control: a native radio or checkbox is often hidden behind its label. */
function shown(control: HTMLElement): Element {
  const rect = control.getBoundingClientRect();
  return rect.width || rect.height ? control : (control.closest(CHECKABLE_WRAPPER) ?? control.parentElement ?? control);
}

/** The area a field's controls cover on the page, in document coordinates; none when none is shown. */
function areaOf(controls: readonly HTMLElement[]): { left: number; top: number; width: number; height: number } | undefined {
  const view = controls[0]?.ownerDocument.defaultView;
  const rects = controls.filter((control) => control.isConnected).map((control) => shown(control).getBoundingClientRect()).filter((rect) => rect.width || rect.height);
  if (!view || rects.length === 0) return undefined;
  const left = Math.min(...rects.map((rect) => rect.left));
  const top = Math.min(...rects.map((rect) => rect.top));
  const right = Math.max(...rects.map((rect) => rect.right));
  const bottom = Math.max(...rects.map((rect) => rect.bottom));
  return { left: left + view.scrollX - 3, top: top + view.scrollY - 3, width: right - left + 6, height: bottom - top + 6 };
}

function place(box: HTMLElement, controls: readonly HTMLElement[]) {
  const area = areaOf(controls);
  box.hidden = !area;
  if (area) Object.assign(box.style, { left: `${area.left}px`, top: `${area.top}px`, width: `${area.width}px`, height: `${area.height}px` });
}

export class MarkLayer {
  private layer?: HTMLElement;
  private shown: { box: HTMLElement; controls: readonly HTMLElement[] }[] = [];

  constructor(private readonly document: Document) {}

  private root(): HTMLElement {
    if (this.layer?.isConnected) return this.layer;
    const host = this.document.createElement('beian-helper-marks');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<style>${STYLE}</style><div></div>`;
    this.document.documentElement.append(host);
    this.layer = shadow.querySelector('div')!;
    return this.layer;
  }

  private box(controls: readonly HTMLElement[], colour: string, className = ''): HTMLElement {
    const box = this.document.createElement('div');
    box.className = `box ${className}`;
    box.style.borderColor = colour;
    place(box, controls);
    this.root().append(box);
    return box;
  }

  /** Replaces the marks with these, each beside the controls `controlsOf` gives for its field. */
  show(marks: readonly PageMark[], controlsOf: (field: string) => readonly HTMLElement[] | undefined) {
    for (const { box } of this.shown) box.remove();
    this.shown = [];
    for (const mark of marks) {
      const controls = controlsOf(mark.field);
      if (!controls?.length) continue;
      const box = this.box(controls, COLOURS[mark.severity], mark.severity);
      Object.assign(box.dataset, { field: mark.field, rules: mark.rules.join(' '), severity: mark.severity });
      const badge = this.document.createElement('span');
      badge.className = 'badge';
      badge.style.background = COLOURS[mark.severity];
      badge.textContent = '!';
      badge.setAttribute('aria-label', mark.text);
      const tip = this.document.createElement('span');
      tip.className = 'tip';
      tip.setAttribute('role', 'tooltip');
      tip.textContent = mark.text;
      box.append(badge, tip);
      this.shown.push({ box, controls });
    }
  }

  /** Follows the controls where the page has moved them. */
  place() {
    for (const { box, controls } of this.shown) place(box, controls);
  }

  /** Opens the tooltip of a field whose control has the focus, closing the others. */
  focus(control: Element | null) {
    for (const { box, controls } of this.shown) box.classList.toggle('open', !!control && controls.some((candidate) => candidate === control || candidate.contains(control)));
  }

  /** Draws the eye to the errors: the person is about to submit. */
  attention() {
    const root = this.root();
    root.classList.remove('attention');
    void root.offsetWidth;
    root.classList.add('attention');
  }

  /** A brief outline that fades: the fields just filled, or the one 定位 went to. */
  flash(controls: readonly HTMLElement[], kind: 'filled' | 'located') {
    const box = this.box(controls, COLOURS[kind], 'flash');
    box.dataset.flash = kind;
    this.document.defaultView?.setTimeout(() => box.remove(), FLASH_MS);
  }

  count(): number {
    return this.shown.length;
  }
}
