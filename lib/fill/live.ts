import { NO_LESSONS, type Lessons, type PageMark, type PageReading, type Verdict } from './content-protocol';
import { cleanText } from './text';
import { isElement } from './dom';
import { formPlace, sameOriginFrames, type FormPlace } from './frames';
import { MarkLayer } from './marks';
import { readPage } from './read';

/**
 * The live check, in the page: it reads the page again a moment after the person (or the page)
 * changes it, tells the background what the page now holds, and shows the marks it answers with.
 * It reads and shows; it never writes into a field and never blocks a click.
 */

/** Quiet time after the last change before the page is read again: typing is not interrupted by reads. */
export const CHECK_DEBOUNCE_MS = 300;

/** The performance measure each check leaves: read, judged in the background, marked. */
export const CHECK_MEASURE = 'beian-helper:check';

/** Buttons that send the form on or away: 提交, 保存, 下一步 and the like. */
const SUBMIT_WORDS = /^(提交|保存|下一步|确定|确认|完成|提交审核|保存并下一步)/;
const CLICKABLE = 'button, [role="button"], input[type="submit"], input[type="button"], a';
const ATTENTION_EVERY_MS = 3_000;

/** The changes of the page that make it read again: its elements, texts, and the attributes that show a value or a choice. */
const WATCHED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'value', 'checked', 'aria-checked', 'aria-selected', 'hidden'],
};

/** How the page's reading reaches the background: its verdict, or nothing when the background did not answer. */
export type Report = (reading: PageReading, submitting: boolean) => Promise<Verdict | undefined>;

export class LiveCheck {
  lessons: Lessons = NO_LESSONS;
  private readonly layers = new WeakMap<Document, MarkLayer>();
  /** Documents whose changes are watched: the top one, and each same-origin frame once it is seen. */
  private readonly watched = new WeakSet<Document>();
  private controls = new Map<string, HTMLElement[]>();
  /** The document the form was in when last read. */
  private current: Document;
  private timer: number | undefined;
  private paused = 0;
  /** The last reading sent: a re-render that changed no value moves the marks and sends nothing. */
  private lastSent = '';
  private lastAttention = 0;
  private errors = 0;

  constructor(
    private readonly document: Document,
    private readonly location: Location,
    private readonly report: Report,
  ) {
    this.current = document;
  }

  /** Where the form is now: the top document, or the same-origin frame that shows it. */
  place(): FormPlace {
    return formPlace(this.document, this.location, this.lessons);
  }

  /** The marks of the document the form was in when last read. */
  get marks(): MarkLayer {
    let layer = this.layers.get(this.current);
    if (!layer) {
      layer = new MarkLayer(this.current);
      this.layers.set(this.current, layer);
    }
    return layer;
  }

  start() {
    this.watch(this.document);
    // A frame that loads a new document (the portal's menu changes its address) is watched once loaded.
    this.document.addEventListener('load', () => this.watchFrames(), true);
    this.watchFrames();
    this.schedule();
  }

  private watchFrames() {
    for (const frame of sameOriginFrames(this.document)) this.watch(frame.document);
    this.schedule();
  }

  private watch(document: Document) {
    if (this.watched.has(document) || !document.body) return;
    this.watched.add(document);
    const view = document.defaultView!;
    const changed = () => this.schedule();
    new view.MutationObserver(changed).observe(document.body, WATCHED);
    document.addEventListener('input', changed, true);
    document.addEventListener('change', changed, true);
    const follow = () => this.layers.get(document)?.place();
    view.addEventListener('scroll', follow, { capture: true, passive: true });
    view.addEventListener('resize', follow, { passive: true });
    document.addEventListener('focusin', (event) => {
      this.layers.get(document)?.focus(event.target as Element);
      this.submitting(event.target);
    });
    document.addEventListener('pointerover', (event) => this.submitting(event.target), { passive: true });
  }

  schedule() {
    const view = this.document.defaultView!;
    view.clearTimeout(this.timer);
    this.timer = view.setTimeout(() => void this.run(), CHECK_DEBOUNCE_MS);
  }

  /** Fills and 指定 change the page on purpose: no reads meanwhile, one right after. */
  async pausedFor<T>(work: () => Promise<T>): Promise<T> {
    this.paused++;
    try {
      return await work();
    } finally {
      this.paused--;
      this.schedule();
    }
  }

  /** Reads the page and, when its values changed (or `force`), asks for the verdict and shows it. */
  async run(force = false, submitting = false): Promise<void> {
    if (this.paused) return;
    const started = performance.now();
    const here = this.place();
    this.current = here.document;
    const { controls, ...reading } = readPage(here.document, here.location, this.lessons);
    this.controls = controls;
    const sent = JSON.stringify(reading);
    if (sent === this.lastSent && !force) {
      this.marks.place();
      return;
    }
    this.lastSent = sent;
    const verdict = await this.report(reading, submitting);
    if (!verdict) return;
    const taught = JSON.stringify(verdict.lessons) !== JSON.stringify(this.lessons);
    this.lessons = verdict.lessons;
    // What the person taught on this host finds fields the first read did not: read again with it.
    if (taught && verdict.lessons.fields.length) return this.run(true, submitting);
    this.show(verdict.marks);
    // In the page's performance timeline (DevTools, the bench): from reading the page to its marks shown.
    performance.measure(CHECK_MEASURE, { start: started });
  }

  show(marks: readonly PageMark[]) {
    this.errors = marks.filter((mark) => mark.severity === 'error').length;
    this.marks.show(marks, (field) => this.controls.get(field));
  }

  controlsOf(field: string): HTMLElement[] | undefined {
    return this.controls.get(field);
  }

  /** Scrolls to a field and puts the cursor in it; false when the page does not show it now. */
  locate(field: string): boolean {
    const here = this.place();
    this.current = here.document;
    if (!this.controls.get(field)?.some((control) => control.isConnected)) this.controls = readPage(here.document, here.location, this.lessons).controls;
    const controls = this.controls.get(field)?.filter((control) => control.isConnected);
    const first = controls?.[0];
    if (!controls || !first) return false;
    first.scrollIntoView({ block: 'center' });
    const focusable = first.matches('input, select, textarea, [tabindex]') ? first : first.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, [tabindex]');
    (focusable ?? first).focus({ preventScroll: true });
    this.marks.place();
    this.marks.flash(controls, 'located');
    return true;
  }

  /** The person moves to a button that submits while the page has errors: the marks draw the eye, and the background is told. */
  private submitting(target: EventTarget | null) {
    const element = target as Node | null;
    if (this.errors === 0 || !isElement(element)) return;
    const button = element.closest(CLICKABLE);
    const words = button && cleanText(button.textContent || (button as HTMLInputElement).value).replace(/\s+/g, '');
    if (!words || !SUBMIT_WORDS.test(words)) return;
    const now = Date.now();
    if (now - this.lastAttention < ATTENTION_EVERY_MS) return;
    this.lastAttention = now;
    this.marks.attention();
    void this.run(true, true);
  }
}
