// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operableNow } from '@/lib/fill/controls';
import { insideOf } from '@/lib/fill/dom';
import { fillDocument, nothingNew } from '@/lib/fill/engine';
import { fire } from '@/lib/fill/widgets/events';
import { nextTurn, settle, type Waits } from '@/lib/fill/widgets/waits';
import { withMarkupLayout } from '../../helpers/layout';

/**
 * Issue 21: the fill looks at the page again after a round only when the page shows something new,
 * and its own time leaves out what the page does in reaction to it.
 */
let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());

const row = (caption: string, control = '<input>', hidden = false) => `<tr${hidden ? ' style="display: none"' : ''}><td>${caption}：</td><td>${control}</td></tr>`;
const SUBJECT = 'http://beian.mps.gov.cn/apply#/subject';

describe('rounds: looking again only when the page unfolded', () => {
  it('a field the page shows only once another is answered (not a question the definitions know reshapes the page) is filled in the next round', async () => {
    document.body.innerHTML = `<table>${['负责人姓名', '负责人证件号码', '办公室电话', '手机号码', '电子邮件地址', '详细地址'].map((caption) => row(caption)).join('')}${row('备注', '<input>', true)}</table>`;
    const mobile = [...document.querySelectorAll('td')].find((cell) => cell.textContent === '手机号码：')!.nextElementSibling!.querySelector('input')!;
    // The page asks for a remark once a mobile number is given.
    mobile.addEventListener('input', () => document.querySelector<HTMLElement>('tr[style]')!.style.removeProperty('display'));
    const report = await fillDocument(document, new URL(SUBJECT) as unknown as Location, {
      'subject.principal.name': { kind: 'text', text: '周若溪' },
      'subject.principal.mobile': { kind: 'text', text: '13857112345' },
      'subject.principal.remark': { kind: 'text', text: '夜间请致电手机' },
    });
    if ('otherDocument' in report) throw new Error('the page was taken for another');
    expect(report.entries.find((entry) => entry.path === 'subject.principal.remark')).toMatchObject({ status: 'filled' });
    expect([...document.querySelectorAll('input')].at(-1)!.value).toBe('夜间请致电手机');
  });

  it('the same controls as before, or more only in the boxes of rows and uploads the round grew, is nothing new', () => {
    document.body.innerHTML = `<form><input id="name"><div id="ips"><input id="ip1"></div><div id="other"></div></form>`;
    const before = operableNow(document);
    expect(before.map((element) => element.id)).toEqual(['name', 'ip1']);
    const ips = document.getElementById('ips')!;
    expect(nothingNew(before, operableNow(document), [ips])).toBe(true);
    ips.insertAdjacentHTML('beforeend', '<input id="ip2"><button>删除</button>');
    expect(nothingNew(before, operableNow(document), [ips])).toBe(true);
    // A box that appeared anywhere else is a field to look for.
    document.getElementById('other')!.innerHTML = '<input id="remark">';
    expect(nothingNew(before, operableNow(document), [ips])).toBe(false);
  });

  it('a control gone (the page replaced or hid it) is something new to look at', () => {
    document.body.innerHTML = `<form><input id="name"><input id="phone"></form>`;
    const before = operableNow(document);
    document.getElementById('phone')!.style.display = 'none';
    expect(nothingNew(before, operableNow(document), [])).toBe(false);
  });

  it('a native radio hidden behind the face the page draws counts as shown when its face is', () => {
    document.body.innerHTML = `<form><div class="row" style="display: none"><label><input type="radio" name="icp" style="display: none"><span>是</span></label></div></form>`;
    expect(operableNow(document)).toEqual([]);
    document.querySelector<HTMLElement>('.row')!.style.removeProperty('display');
    expect(operableNow(document)).toHaveLength(1);
  });
});

/** The processor taken for this long: by the page's own work, or by a busy machine. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe("the engine's own time", () => {
  it("counts a re-render the page leaves for the microtask queue as the page's, once", async () => {
    document.body.innerHTML = '<input>';
    const input = document.querySelector('input')!;
    // A library that re-renders after the event, as Vue and React do.
    input.addEventListener('input', () => queueMicrotask(() => busy(30)));
    const waits: Waits = { waitedMs: 0 };
    fire(input, 'input', waits);
    await Promise.resolve();
    expect(waits.waitedMs).toBeGreaterThanOrEqual(29);

    // When the helper's next step is a wait, the re-render falls in it and is not counted twice.
    const during: Waits = { waitedMs: 0 };
    const started = performance.now();
    fire(input, 'input', during);
    await nextTurn(document, during);
    expect(during.waitedMs).toBeGreaterThanOrEqual(29);
    expect(during.waitedMs).toBeLessThanOrEqual(performance.now() - started + 1);
  });
});

describe('settling: the page is looked at again once it is quiet', () => {
  it('a spell when the machine is too busy for the page to run is not quiet: the page settles only after the change it had queued behind it', async () => {
    document.body.innerHTML = '<form></form>';
    const settled = settle(document, { waitedMs: 0 });
    let changedAt = 0;
    // The page's render (the upload a ticked box asks for), due during the spell, runs only after it.
    window.setTimeout(() => {
      document.querySelector('form')!.append(document.createElement('input'));
      changedAt = performance.now();
    }, 40);
    busy(400);
    await settled;
    expect(changedAt).toBeGreaterThan(0);
    expect(performance.now() - changedAt).toBeGreaterThanOrEqual(150);
  });
});

describe('insideOf: closest() for many elements of one look', () => {
  it('answers as closest does, for every element of a tree', () => {
    document.body.innerHTML = `<nav><ul><li><a>首页</a></li></ul></nav><form><div class="el-select"><input><span><i></i></span></div><div><input><div role="listbox"><div><span>浙江省</span></div></div></div></form>`;
    for (const selector of ['nav, [role="listbox"]', '.el-select', 'form', 'aside']) {
      const inside = insideOf(selector);
      for (const element of document.body.querySelectorAll('*')) expect(inside(element), `${element.tagName} in ${selector}`).toBe(element.closest(selector) !== null);
      expect(inside(null)).toBe(false);
    }
  });
});
