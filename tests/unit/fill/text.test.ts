import { describe, expect, it } from 'vitest';
import { canonical, captionText, optionMatches } from '@/lib/fill/text';

describe('captions as a person reads them', () => {
  it.each([
    ['* 负责人姓名：', '负责人姓名'],
    ['• 办公室电话:', '办公室电话'],
    ['负责人证件：请上传证件正反面扫描件', '负责人证件'],
    ['已阅读,并承诺上述网络安全责任(10秒)', '已阅读,并承诺上述网络安全责任'],
    ['ＩＰ地址', 'IP地址'],
  ])('shows %j as %j', (raw, shown) => {
    expect(captionText(raw)).toBe(shown);
  });

  it.each([
    ['手机号', '手机号码'],
    ['电子邮件', '电子邮件地址'],
    ['请填写主域名', '主域名'],
    ['负责人证件（512KB以内）', '负责人证件'],
    ['ＩＰ', 'IP地址'],
    ['请选择负责人常住地', '负责人常住地址'],
  ])('reads %j and %j as the same words', (a, b) => {
    expect(canonical(a)).toBe(canonical(b));
  });

  it('keeps different fields apart', () => {
    expect(canonical('手机号码')).not.toBe(canonical('手机验证码'));
    expect(canonical('单位证件号码')).not.toBe(canonical('证件号码'));
  });
});

describe('options by their words', () => {
  it.each([
    ['论坛/bbs', '论坛BBS'],
    ['WWW服务', 'www服务'],
    ['03 论坛类网站', '论坛类网站'],
    ['北京', '北京市'],
    ['广西壮族自治区', '广西壮族自治区'],
    ['云服务器（云主机）', '云服务器'],
    ['云服务器(云主机)', '云服务器'],
    ['其他（列表中没有）', '其他'],
    ['09-交易类', '09 交易类网站'],
    ['04-个人主页(社交、微博、博客)', '04 个人主页（包含社交、微博、博客）类网站'],
  ])('%j is %j', (shown, wanted) => {
    expect(optionMatches(shown, wanted)).toBe(true);
  });

  it.each([
    ['非交互式', '交互式'],
    ['中文繁体', '中文简体'],
    ['其他', 'GoDaddy.com, LLC'],
    ['云主机（云服务器）', '主机租用'],
    ['09-交易类', '08 游戏类网站'],
    ['0', '09 交易类网站'],
  ])('%j is not %j', (shown, wanted) => {
    expect(optionMatches(shown, wanted)).toBe(false);
  });
});
