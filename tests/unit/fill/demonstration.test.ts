// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Lessons } from '@/lib/fill/content-protocol';
import { mayPress, pressedAt, stepOf } from '@/lib/fill/demonstration';
import { fillDocument } from '@/lib/fill/engine';
import type { FillReport, FillValues } from '@/lib/fill/values';
import { valueParts } from '@/lib/fill/values';
import type { DemonstratedStep } from '@/lib/pages/demonstration';
import { withMarkupLayout } from '../../helpers/layout';

/**
 * 指定 by showing how: a field no driver can set — 开办主体性质 chosen in a dialog (选择, a row,
 * 确定) — is set once by the person; the presses are kept as steps, the option as the part of the
 * value it was, and done again for every client with that client's words.
 */
let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());

const NATURES = [
  ['1', '个人'],
  ['2', '企业单位'],
  ['6', '事业单位'],
];

/** The subject page with its nature chosen in a dialog, as a classic portal draws it. */
function chooserPage() {
  document.body.innerHTML = `<h3>网站开办主体</h3><table>
    <tr><td>开办主体性质：</td><td id="nature"><input id="shown" readonly><input type="hidden" id="code" name="zbdwxz"> <button type="button" id="open">选择</button></td></tr>
    <tr><td>负责人姓名：</td><td><input id="name"></td></tr></table><button type="button" id="save">保存</button>`;
  document.querySelector('#open')!.addEventListener('click', () => {
    const dialog = document.createElement('div');
    dialog.className = 'dialog';
    dialog.innerHTML = `<h4>请选择开办主体性质</h4><table>${NATURES.map(([code, label]) => `<tr data-code="${code}"><td>${label}</td></tr>`).join('')}</table><button type="button" class="ok">确定</button>`;
    for (const row of dialog.querySelectorAll('tr')) row.addEventListener('click', () => dialog.querySelectorAll('tr').forEach((other) => other.classList.toggle('info', other === row)));
    dialog.querySelector('.ok')!.addEventListener('click', () => {
      const row = dialog.querySelector<HTMLElement>('tr.info');
      if (!row) return;
      document.querySelector<HTMLInputElement>('#shown')!.value = row.textContent!;
      document.querySelector<HTMLInputElement>('#code')!.value = row.dataset.code!;
      dialog.remove();
    });
    document.body.append(dialog);
  });
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const here = new URL('http://www.beian.gov.cn/portal/user/subject') as unknown as Location;
const nature = (label: string): FillValues => ({ 'subject.nature': { kind: 'choice', options: [label] } });
const SHOWN: DemonstratedStep[] = [
  { at: 'field', words: '选择' },
  { at: 'list', part: 0 },
  { at: 'list', words: '确定' },
];
const lessons = (steps?: DemonstratedStep[]): Lessons => ({ fields: [{ id: 'lesson-1', pageId: 'subject', path: 'subject.nature', caption: '开办主体性质', position: 0, ...(steps ? { steps } : {}) }], pages: [] });
const entry = (report: Awaited<ReturnType<typeof fillDocument>>) => (report as FillReport).entries.find((line) => line.path === 'subject.nature');

beforeEach(() => chooserPage());

describe('what a press is', () => {
  const parts = [['企业单位', '企业']];
  it.each<[string, () => Element, DemonstratedStep | 'other']>([
    ['the field’s 选择 button: a button of the field, by its words', () => $('#open'), { at: 'field', words: '选择' }],
    ['the field’s own box: its control', () => $('#shown'), { at: 'field', words: '' }],
    ['the row showing the client’s choice: the part of the value, never its words', () => [...document.querySelectorAll('.dialog td')].find((cell) => cell.textContent === '企业单位')!, { at: 'list', part: 0 }],
    ['the dialog’s 确定: a button by its words', () => $('.dialog .ok'), { at: 'list', words: '确定' }],
    ['another option than the client’s: nothing to do again', () => [...document.querySelectorAll('.dialog td')].find((cell) => cell.textContent === '个人')!, 'other'],
    ['the form’s 保存: never pressed by the helper, so not noted', () => $('#save'), 'other'],
  ])('%s', (_, target, step) => {
    $('#open').click();
    expect(stepOf(pressedAt(target(), $('#nature')), parts, new Set())).toEqual(step);
  });

  it('a value is chosen in parts: a place by province, city and district; a typed value not at all', () => {
    expect(valueParts({ kind: 'region', names: ['浙江省', '杭州市', '西湖区'], codes: [] })).toEqual([['浙江省'], ['杭州市'], ['西湖区']]);
    expect(valueParts({ kind: 'choice', options: ['企业单位', '企业'] })).toEqual([['企业单位', '企业']]);
    expect(valueParts({ kind: 'text', text: '林晓峰' })).toBeUndefined();
  });
});

describe('what the person showed, done again', () => {
  it('fails where no driver can choose, and says the person can show how', async () => {
    const report = await fillDocument(document, here, nature('企业单位'));
    expect(entry(report)).toMatchObject({ status: 'failed', showable: true });
    expect($<HTMLInputElement>('#code').value).toBe('');
  }, 20_000);

  it.each([
    ['个人', '1'],
    ['企业单位', '2'],
    ['事业单位', '6'],
  ])('chooses %s for a client whose nature it is, with the steps shown once', async (label, code) => {
    const report = await fillDocument(document, here, nature(label), { lessons: lessons(SHOWN) });
    expect(entry(report)).toMatchObject({ status: 'filled', taught: true });
    expect($<HTMLInputElement>('#code').value).toBe(code);
    expect($<HTMLInputElement>('#shown').value).toBe(label);
    expect(document.querySelector('.dialog')).toBeNull();
  });

  it('changes a choice already made to the next client’s, and leaves alone one already right', async () => {
    await fillDocument(document, here, nature('个人'), { lessons: lessons(SHOWN) });
    expect(entry(await fillDocument(document, here, nature('个人'), { lessons: lessons(SHOWN) }))).toMatchObject({ status: 'already' });
    await fillDocument(document, here, nature('企业单位'), { lessons: lessons(SHOWN) });
    expect($<HTMLInputElement>('#code').value).toBe('2');
  });

  it('never presses a submit a tampered lesson names, nor the form’s own 确定', async () => {
    let saved = false;
    $('#save').addEventListener('click', () => (saved = true));
    const report = await fillDocument(document, here, nature('个人'), { lessons: lessons([{ at: 'field', words: '选择' }, { at: 'list', part: 0 }, { at: 'list', words: '保存' }]) });
    expect(entry(report)).toMatchObject({ status: 'failed', reason: { code: 'refused' } });
    expect(saved).toBe(false);
    expect(document.querySelector('.dialog')).toBeNull();
    expect(mayPress({ at: 'field', words: '确定' })).toBe(false);
    expect(mayPress({ at: 'list', words: '确 定' })).toBe(true);
  });

  it('a value the list does not offer: reported with what it offers, nothing chosen', async () => {
    const report = await fillDocument(document, here, nature('境外组织'), { lessons: lessons(SHOWN) });
    expect(entry(report)).toMatchObject({ status: 'failed', reason: { code: 'no-option', wanted: '境外组织', seen: expect.arrayContaining(['个人', '企业单位']) } });
    expect($<HTMLInputElement>('#code').value).toBe('');
  });
});
