// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CollectedField } from '@/lib/fill/collect';
import { refused } from '@/lib/fill/match';
import { FillError } from '@/lib/fill/widgets/fill-error';
import { clickButton } from '@/lib/fill/widgets/native';

function button(text: string) {
  const element = document.createElement('button');
  element.textContent = text;
  let clicks = 0;
  element.addEventListener('click', () => clicks++);
  return { element, clicks: () => clicks };
}

const fieldCaptioned = (text: string): CollectedField => ({
  captions: [{ text, anchor: document.body, source: 'label' }],
  label: text,
  blocks: [],
  container: document.body,
  controls: [],
  index: 0,
});

describe('what the helper never does', () => {
  it.each(['提交', '保存', '下一步', '上一步', '登录', '网站注销', '获取', '发送验证码', '查询', '确定'])('never clicks %s', (text) => {
    const target = button(text);
    expect(() => clickButton(target.element, { waitedMs: 0 })).toThrow(FillError);
    expect(target.clicks()).toBe(0);
  });

  it('clicks a row’s 添加', () => {
    const target = button('添加');
    clickButton(target.element, { waitedMs: 0 });
    expect(target.clicks()).toBe(1);
  });

  it.each(['验证码', '手机验证码', '短信验证码', '密码', '已阅读,并承诺上述网络安全责任'])('never fills a field captioned %s', (caption) => {
    expect(refused(fieldCaptioned(caption))).toBe(true);
  });

  it('fills an ordinary field', () => {
    expect(refused(fieldCaptioned('手机号码'))).toBe(false);
  });
});
