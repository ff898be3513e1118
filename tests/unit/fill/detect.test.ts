// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recognise } from '@/lib/fill/detect';
import { withMarkupLayout } from '../../helpers/layout';

let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());

function at(url: string, html: string) {
  document.body.innerHTML = html;
  return recognise(new URL(url) as unknown as Location, document)?.page.id;
}

const row = (caption: string, control = '<input>') => `<tr><td>${caption}：</td><td>${control}</td></tr>`;
const SUBJECT_FORM = `<table>${['负责人姓名', '负责人证件号码', '办公室电话', '手机号码', '电子邮件地址', '详细地址'].map((caption) => row(caption)).join('')}${row('主办单位性质', '<select><option>个人</option></select>')}</table>`;
const WEBSITE_FORM = `<table>${['网站名称', '主域名', '工信部备案号'].map((caption) => row(caption)).join('')}${['网站接入方式', '接入商所属区域', '域名服务商所属区域'].map((caption) => row(caption, '<select></select>')).join('')}${row('子域名', '<button>添加</button>')}${row('IP', '<button>添加</button>')}${row('网站语言', '<label><input type="checkbox">中文简体</label>')}</table>`;
const steps = (current: number) => `<ol>${['网站开办主体', '网站基本信息', '网站负责人', '提示说明'].map((step, index) => `<li${index === current ? ' class="active"' : ''}>${index + 1} ${step}</li>`).join('')}</ol>`;

describe('recognising a page by what it shows', () => {
  it('recognises the subject form under a path and #/ route nobody has seen', () => {
    expect(at('http://beian.mps.gov.cn/xq7/apply/index.html#/k2/ab9', SUBJECT_FORM)).toBe('subject');
  });

  it('tells the wizard’s steps apart by the step it marks current, or else by their fields', () => {
    expect(at('http://www.beian.gov.cn/a/b', steps(1) + WEBSITE_FORM)).toBe('website-basic');
    expect(at('http://www.beian.gov.cn/a/b', steps(2) + '<h4>网站安全负责人信息</h4><label><input type="checkbox"> 同主体负责人信息</label>')).toBe('website-people');
    expect(at('http://www.beian.gov.cn/a/b', WEBSITE_FORM)).toBe('website-basic');
  });

  it('recognises a list page by its heading or its current tab', () => {
    expect(at('http://www.beian.gov.cn/x', '<ul class="tabs"><li>未备案网站(0)</li><li class="active">已备案网站(1)</li></ul><table></table>')).toBe('filed');
  });

  it('uses a known path as a hint, never as a requirement', () => {
    expect(at('http://www.beian.gov.cn/portal/user/website/cancel', '<h3>网站注销申请</h3>')).toBe('cancel');
    expect(at('http://www.beian.gov.cn/portal/user/subject', '<p>欢迎</p>')).toBeUndefined();
  });

  it('recognises nothing on another host, whatever it shows', () => {
    expect(at('http://example.com/', SUBJECT_FORM)).toBeUndefined();
  });
});
