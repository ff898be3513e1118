// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDocument } from '@/lib/fill/engine';
import { FillError } from '@/lib/fill/widgets/fill-error';
import { waitFor } from '@/lib/fill/widgets/waits';
import { withMarkupLayout } from '../../helpers/layout';

/**
 * A fill has an overall deadline: each wait is bounded, but a page where every list stalls would
 * add them up. Past the deadline nothing more is tried, and the report says so per field.
 */
let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());

const row = (caption: string, control = '<input>') => `<tr><td>${caption}：</td><td>${control}</td></tr>`;
const SUBJECT_FORM = `<table>${['负责人姓名', '负责人证件号码', '办公室电话', '手机号码', '电子邮件地址', '详细地址'].map((caption) => row(caption)).join('')}${row('主办单位性质', '<select><option>个人</option></select>')}</table>`;

describe('the overall deadline of a fill', () => {
  it('stops a wait at the deadline, not at its own longer bound, and says it ran out of time', async () => {
    const error = await waitFor(document, () => undefined, { waitedMs: 0, deadline: performance.now() + 30 }, '杭州市').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FillError);
    expect(error).toMatchObject({ code: 'out-of-time', wanted: '杭州市' });
  });

  it('does not start a wait once the deadline has passed', async () => {
    const error = await waitFor(document, () => undefined, { waitedMs: 0, deadline: performance.now() - 1 }, '杭州市').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'out-of-time' });
  });

  it('past the deadline writes nothing more and reports every field it did not try', async () => {
    document.body.innerHTML = SUBJECT_FORM;
    const report = await fillDocument(
      document,
      new URL('http://beian.mps.gov.cn/apply#/subject') as unknown as Location,
      { 'subject.principal.name': { kind: 'text', text: '周若溪' }, 'subject.principal.mobile': { kind: 'text', text: '13857112345' } },
      { deadlineMs: 0 },
    );
    if ('otherDocument' in report) throw new Error('the page was taken for another');
    expect(report.pageId).toBe('subject');
    const tried = report.entries.filter((entry) => entry.path === 'subject.principal.name' || entry.path === 'subject.principal.mobile');
    expect(tried).toHaveLength(2);
    for (const entry of tried) expect(entry).toMatchObject({ status: 'failed', reason: { code: 'out-of-time' } });
    expect([...document.querySelectorAll('input')].every((input) => input.value === '')).toBe(true);
  });
});
