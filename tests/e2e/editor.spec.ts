import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import type { Client } from '../../lib/model/profile';
import { launchWithExtension, newProfileDir, openOptions, type LoadedExtension } from './extension';
import { OptionsPage } from './pages/options-page';

const image = (name: string) => resolve(import.meta.dirname, '../../public/sample', name);
const storedImage = (name: string, width: number, height: number) => ({
  id: expect.any(String),
  name,
  type: 'image/png',
  size: statSync(image(name)).size,
  width,
  height,
});

async function fill(scope: Locator, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await scope.getByLabel(label, { exact: true }).fill(value);
}

async function choose(scope: Locator, values: Record<string, string>) {
  for (const [label, option] of Object.entries(values)) await scope.getByLabel(label, { exact: true }).selectOption({ label: option });
}

async function addRows(website: Locator, group: string, values: string[]) {
  const rows = website.getByRole('group', { name: group, exact: true });
  for (const [index, value] of values.entries()) {
    await rows.getByRole('button', { name: '添加' }).click();
    await rows.getByLabel(`${group} ${index + 1}`, { exact: true }).fill(value);
  }
}

/** What the form below must store: every field of the model, each with a value. */
const expectedClient = {
  displayName: '西溪云数据',
  tags: ['杭州', '续费客户'],
  notes: '法人只接上午电话',
  subject: {
    nature: 'enterprise',
    unitName: '杭州西溪云数据服务有限公司',
    unitCertType: 'uscc',
    unitCertNumber: '91330106MA2H7K3LXA',
    supervisor: '何晴川',
    unitAddress: '浙江省杭州市西湖区天目山路181号',
    principal: {
      residence: {
        provinceCode: '330000',
        provinceName: '浙江省',
        cityCode: '330100',
        cityName: '杭州市',
        districtCode: '330106',
        districtName: '西湖区',
      },
      residenceDetail: '天目山路181号7楼',
      name: '何晴川',
      certType: 'resident-id',
      certNumber: '330106198503121231',
      certExpiry: '2035-03-12',
      certFront: storedImage('principal-front.png', 428, 270),
      certBack: storedImage('principal-back.png', 428, 270),
      certHandheld: storedImage('blogger-front.png', 428, 270),
      officePhone: '0571-88886666',
      mobile: '13900001111',
      email: 'he@xixicloud.cn',
      remark: '新办主体',
    },
  },
  websites: [
    {
      id: expect.any(String),
      name: '西溪云数据官网',
      icpNumber: '浙ICP备2024000001号-1',
      domain: 'xixicloud.cn',
      subdomains: ['www.xixicloud.cn', 'bbs.xixicloud.cn'],
      ips: ['47.96.1.10', '47.96.1.20-47.96.1.29'],
      openedOn: '2024-02-01',
      accessMethod: 'colocation',
      accessProvider: { scope: 'domestic', region: '浙江省', name: '杭州电信', phone: '0571-10000000', code: '700006921' },
      registrar: { scope: 'overseas', region: '美国', name: 'GoDaddy' },
      interactive: true,
      serviceTypes: ['www', 'forum'],
      controlledGoods: ['controlled-tools'],
      preapprovals: ['education'],
      qualificationDocs: [storedImage('topology.png', 480, 300)],
      languages: ['zh-hans', 'zh-hant'],
      domainCertificate: storedImage('principal-back.png', 428, 270),
      operating: 'operating',
      level: 'level-2',
      serviceCategory: '03',
      techSupport: { name: '西溪网络工作室', phone: '0571-87776666' },
      serverAddress: '浙江省杭州市滨江区网商路599号',
      serverCount: 3,
      serverPoliceCode: '330100000000',
      topology: storedImage('topology.png', 480, 300),
      people: {
        security: {
          sameAsPrincipal: false,
          name: '沈嘉禾',
          certType: 'passport',
          certNumber: 'E12345678',
          certScan: storedImage('security-id.png', 428, 270),
          mobile: '13666612870',
          email: 'shen@xixicloud.cn',
        },
        liaison: { sameAsPrincipal: true },
        opinionGuide: {
          sameAsPrincipal: false,
          name: '陈雨桐',
          certType: 'resident-id',
          certNumber: '330106198709210045',
          certScan: storedImage('liaison-id.png', 428, 270),
          mobile: '13957198765',
          email: 'chen@xixicloud.cn',
        },
      },
      filing: { status: 'approved', returnedReason: '', recordNumber: '33010602099999', appliedOn: '2024-03-01', approvedOn: '2024-03-09', byAgent: false, reviewTicks: [] },
    },
  ],
};

async function fillEveryField(editor: OptionsPage) {
  const { page } = editor;
  await page.getByRole('button', { name: '新建客户' }).click();

  const client = editor.section('客户信息');
  await fill(client, { 客户名称: expectedClient.displayName, 标签: '杭州, 续费客户', '备注（仅自己可见）': expectedClient.notes });

  const subject = editor.section('网站开办主体');
  await choose(subject, { 主办单位性质: '企业单位' });
  await fill(subject, { 主办单位名称: '杭州西溪云数据服务有限公司' });
  await choose(subject, { 单位证件类型: '统一社会信用代码' });
  await fill(subject, { 单位证件号码: '91330106MA2H7K3LXA', 投资或主管单位: '何晴川', 单位地址: '浙江省杭州市西湖区天目山路181号' });

  const principal = editor.section('负责人信息');
  await choose(principal, { 省: '浙江省', 市: '杭州市', 区: '西湖区' });
  await fill(principal, { 详细地址: '天目山路181号7楼', 负责人姓名: '何晴川' });
  await choose(principal, { 负责人证件类型: '居民身份证' });
  await fill(principal, { 负责人证件号码: '330106198503121231', 证件有效期: '2035-03-12' });
  await principal.getByLabel('负责人证件（正面）').setInputFiles(image('principal-front.png'));
  await principal.getByLabel('负责人证件（反面）').setInputFiles(image('principal-back.png'));
  await principal.getByLabel('手持证件照').setInputFiles(image('blogger-front.png'));
  await fill(principal, { 办公室电话: '0571-88886666', 手机号码: '13900001111', 电子邮件地址: 'he@xixicloud.cn', 备注: '新办主体' });
  await expect(principal.locator('[data-attachment]')).toHaveCount(3);

  await page.getByRole('button', { name: '添加网站' }).click();
  const website = editor.website(0);
  await fill(website, { 网站名称: '西溪云数据官网', 工信部备案号: '浙ICP备2024000001号-1', 主域名: 'xixicloud.cn' });
  await addRows(website, '子域名', ['www.xixicloud.cn', 'bbs.xixicloud.cn']);
  await addRows(website, 'IP', ['47.96.1.10', '47.96.1.20-47.96.1.29']);
  await fill(website, { 网站开通日期: '2024-02-01' });
  await choose(website, { 网站接入方式: '主机托管', '接入商境内/境外': '境内', 接入商所属区域: '浙江省' });
  await fill(website, { 接入商名称: '杭州电信', 接入服务商电话: '0571-10000000', 接入服务商编码: '700006921' });
  await choose(website, { '域名服务商境内/境外': '境外' });
  await fill(website, { 域名服务商所属区域: '美国', 域名注册服务商名称: 'GoDaddy' });
  await editor.tick(website, '是否提供互联网交互服务', '是');
  await editor.tick(website, '服务类型', 'www服务');
  await editor.tick(website, '服务类型', '论坛/bbs');
  await editor.tick(website, '涉及管制物品信息发布服务', '管制器具');
  await editor.tick(website, '涉及前置审核内容', '教育');
  await website.getByLabel('资质材料', { exact: true }).setInputFiles(image('topology.png'));
  await editor.tick(website, '网站语言', '中文繁体');
  await choose(website, { 网站性质: '经营性', 网站级别: '二级', 服务类型分类: '论坛类网站' });
  await fill(website, {
    技术支持服务商: '西溪网络工作室',
    技术支持服务商电话: '0571-87776666',
    服务器存放物理地址: '浙江省杭州市滨江区网商路599号',
    服务器台数: '3',
    服务器所在地网安部门代码: '330100000000',
  });
  await website.getByLabel('网络拓扑图').setInputFiles(image('topology.png'));
  await website.getByLabel('域名证书').setInputFiles(image('principal-back.png'));

  const security = editor.person(website, '网站安全负责人信息');
  await security.getByLabel('同主体负责人信息').uncheck();
  await fill(security, { 负责人姓名: '沈嘉禾' });
  await choose(security, { 负责人证件类型: '护照' });
  await fill(security, { 负责人证件号码: 'E12345678', 手机号码: '13666612870', 电子邮件地址: 'shen@xixicloud.cn' });
  await security.getByLabel('负责人证件', { exact: true }).setInputFiles(image('security-id.png'));

  await website.getByRole('button', { name: '添加舆情引导员' }).click();
  const guide = editor.person(website, '舆情引导员');
  await guide.getByLabel('同主体负责人信息').uncheck();
  await fill(guide, { 引导员姓名: '陈雨桐' });
  await choose(guide, { 引导员证件类型: '居民身份证' });
  await fill(guide, { 引导员证件号码: '330106198709210045', 手机号码: '13957198765', 电子邮件地址: 'chen@xixicloud.cn' });
  await guide.getByLabel('引导员证件', { exact: true }).setInputFiles(image('liaison-id.png'));

  await website.getByLabel('备案状态', { exact: true }).selectOption({ label: '已备案' });
  await fill(website, { 公安备案号: '33010602099999', 申请日期: '2024-03-01', 完成日期: '2024-03-09' });
  await expect(website.locator('[data-attachment]')).toHaveCount(5);
}

/** The liaison is "same as the principal": whatever the blank fields hold does not matter. */
function withoutSameAsPrincipalFields(client: Client) {
  const copy = structuredClone(client) as unknown as typeof expectedClient;
  copy.websites[0]!.people.liaison = { sameAsPrincipal: true };
  return copy;
}

test.describe('the profile editor', () => {
  let profile: ReturnType<typeof newProfileDir>;
  let extension: LoadedExtension;

  test.beforeEach(async () => {
    profile = newProfileDir();
    extension = await launchWithExtension(profile.path);
  });

  test.afterEach(async () => {
    await extension.context.close();
    profile.remove();
  });

  test('stores a client with every field filled, and finds every value intact after a browser restart', async () => {
    const editor = new OptionsPage(await openOptions(extension));
    await fillEveryField(editor);
    await editor.save();
    await expect(editor.status()).toHaveText('已保存');

    const [summary] = await editor.storedClientIds();
    const stored = (await editor.storedClient(summary!.id))!;
    expect(withoutSameAsPrincipalFields(stored)).toEqual(expect.objectContaining(expectedClient));

    await extension.context.close();
    extension = await launchWithExtension(profile.path);
    const reopened = new OptionsPage(await openOptions(extension));
    expect(await reopened.storedClient(summary!.id)).toEqual(stored);

    await reopened.openClient('西溪云数据');
    const principal = reopened.section('负责人信息');
    await expect(principal.getByLabel('区', { exact: true })).toHaveValue('330106');
    await expect(principal.getByLabel('电子邮件地址', { exact: true })).toHaveValue('he@xixicloud.cn');
    await expect(principal.locator('[data-attachment="principal-front.png"] img')).toBeVisible();
    await expect(principal.locator('[data-attachment="principal-front.png"]')).toContainText('428×270');
    const website = reopened.website(0);
    await expect(website.getByLabel('IP 2', { exact: true })).toHaveValue('47.96.1.20-47.96.1.29');
    await expect(reopened.choice(website, '服务类型', '论坛/bbs')).toBeChecked();
    await expect(reopened.person(website, '舆情引导员').getByLabel('引导员姓名')).toHaveValue('陈雨桐');
    await expect(reopened.person(website, '网站信息联络人').getByLabel('同主体负责人信息')).toBeChecked();
  });

  test('saves an edit; “已保存” goes as soon as the form is edited again', async () => {
    const editor = new OptionsPage(await openOptions(extension));
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
    await editor.openClient('青梧科技');
    const mobile = editor.field(editor.section('负责人信息'), '手机号码');
    await mobile.fill('13811112222');
    await editor.save();
    await expect(editor.status()).toHaveText('已保存');
    expect((await editor.storedClient('sample-qingwu'))!.subject.principal.mobile).toBe('13811112222');
    await mobile.fill('13811113333');
    await expect(editor.page.getByText('已保存', { exact: true })).toHaveCount(0);
  });

  test('moves a deleted client to the 回收站, from where it comes back whole, scans included', async () => {
    const editor = new OptionsPage(await openOptions(extension));
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
    await editor.openClient('青梧科技');
    await editor.field(editor.section('负责人信息'), '手机号码').fill('13811112222');
    await editor.save();
    await expect(editor.status()).toHaveText('已保存');

    editor.page.once('dialog', (dialog) => void dialog.accept());
    await editor.page.getByRole('button', { name: '删除客户', exact: true }).click();
    await expect(editor.list.getByRole('button', { name: /青梧科技/ })).toHaveCount(0);
    await expect(editor.status()).toContainText('已把“青梧科技”移到回收站');
    expect(await editor.storedClient('sample-qingwu')).toBeUndefined();
    expect((await editor.storedClientIds()).map((client) => client.id)).toEqual(['sample-zhou']);

    await editor.page.getByRole('button', { name: '回收站', exact: true }).click();
    const entry = editor.page.locator('[data-trash="sample-qingwu"]');
    await expect(entry).toContainText('青梧科技');
    await expect(entry).toContainText('5 张图片');
    await entry.getByRole('button', { name: '恢复' }).click();

    await expect(editor.field(editor.section('客户信息'), '客户名称')).toHaveValue('青梧科技');
    await expect(editor.field(editor.section('负责人信息'), '手机号码')).toHaveValue('13811112222');
    await expect(editor.section('负责人信息').locator('[data-attachment="principal-front.png"] img')).toBeVisible();
    await expect(editor.website(0).locator('img').first()).toBeVisible();
    expect((await editor.storedClient('sample-qingwu'))!.subject.principal.certFront).toMatchObject({ name: 'principal-front.png' });
    await editor.page.getByRole('button', { name: '回收站', exact: true }).click();
    await expect(editor.page.getByText('回收站是空的。')).toBeVisible();
  });

  test('undoes a delete from the message that reports it', async () => {
    const editor = new OptionsPage(await openOptions(extension));
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
    await editor.openClient('周若溪（个人博客）');
    editor.page.once('dialog', (dialog) => void dialog.accept());
    await editor.page.getByRole('button', { name: '删除客户', exact: true }).click();
    await expect(editor.list.getByRole('button', { name: /周若溪/ })).toHaveCount(0);
    await editor.page.getByRole('button', { name: '撤销' }).click();
    await expect(editor.list.getByRole('button', { name: /周若溪/ })).toHaveCount(1);
    expect((await editor.storedClient('sample-zhou'))!.subject.principal.certFront).toBeDefined();
  });

  test('asks before installing the samples over the ones in the book, and keeps the old ones in the 回收站', async () => {
    const editor = new OptionsPage(await openOptions(extension));
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
    await editor.openClient('周若溪（个人博客）');
    await editor.field(editor.section('客户信息'), '备注（仅自己可见）').fill('我改过的');
    await editor.save();
    await expect(editor.status()).toHaveText('已保存');

    const asked: string[] = [];
    editor.page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('周若溪');
    expect((await editor.storedClient('sample-zhou'))!.notes).toBe('我改过的');

    editor.page.once('dialog', (dialog) => void dialog.accept());
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
    await expect(editor.page.getByText('原来的示例客户在回收站里')).toBeVisible();
    expect((await editor.storedClient('sample-zhou'))!.notes).not.toBe('我改过的');
    await editor.page.getByRole('button', { name: '回收站', exact: true }).click();
    await expect(editor.page.locator('[data-trash="sample-zhou"]')).toContainText('载入示例时替换');
  });

  test('duplicates a client into a new one with the same websites', async () => {
    const editor = new OptionsPage(await openOptions(extension));
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
    await editor.openClient('周若溪（个人博客）');
    await editor.page.getByRole('button', { name: '复制客户', exact: true }).click();
    await expect(editor.field(editor.section('客户信息'), '客户名称')).toHaveValue('周若溪（个人博客）（副本）');
    await expect(editor.list.getByRole('button')).toHaveCount(3);
  });

  test('shows a malformed e-mail inline and does not save it', async () => {
    const editor = new OptionsPage(await openOptions(extension));
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
    await editor.openClient('青梧科技');
    const email = editor.field(editor.section('负责人信息'), '电子邮件地址');
    await email.fill('linxiaofeng@');
    await email.blur();
    const field = editor.section('负责人信息').locator('[data-field="subject.principal.email"]');
    await expect(field.getByRole('alert')).toHaveText('电子邮件地址格式不正确');

    await editor.save();
    await expect(editor.status()).toHaveText('有 1 处需要修改，已在字段旁标出。');
    expect((await editor.storedClient('sample-qingwu'))!.subject.principal.email).toBe('linxiaofeng@qingwutech.cn');
  });

  test('asks for the required fields of a blank client before saving', async () => {
    const editor = new OptionsPage(await openOptions(extension));
    await editor.page.getByRole('button', { name: '新建客户' }).click();
    await editor.save();
    const principal = editor.section('负责人信息');
    await expect(principal.locator('[data-field="subject.principal.name"]').getByRole('alert')).toHaveText('必填');
    await expect(principal.locator('[data-field="subject.principal.residence"]').getByRole('alert')).toHaveText('必填');
    expect(await editor.storedClientIds()).toEqual([]);
  });
});
