import { expect, type FrameLocator, type Locator } from '@playwright/test';
import type { FieldValue, FillByHand, ScanFile } from '../contract';

/**
 * Filling the iframe portal as a person does: every control is inside iframe#mainFrame; Element UI
 * dropdowns (select, cascader, date panel) are appended to the frame's body.
 */

/** What the page shows where its wording differs from FIELDS.md. */
const SHOWN: Record<string, string> = {
  企业单位: '企业', 国防军队: '国防、军队', 政府机构: '政府机关', 境外组织: '境外机构',
  统一社会信用代码: '统一社会信用代码证书', 工商营业执照: '营业执照',
  主机托管: '服务器托管', 主机租用: '服务器租用',
  www服务: 'WWW服务', wap网站: 'WAP网站', '博客、个人空间': '博客/个人空间', '论坛/bbs': '论坛BBS', app服务: 'APP服务',
  剧毒化学物: '剧毒化学品',
  中文简体: '简体中文', 中文繁体: '繁体中文', 维吾尔语: '维吾尔文', 哈萨克语: '哈萨克文', 蒙古语: '蒙古文', 藏语: '藏文', 壮语: '壮文', 朝鲜语: '朝鲜文',
};
const shown = (word: string) => SHOWN[word] ?? word;
const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*$`);

export const fillByHand: FillByHand = async (page, kind, values, scan) => {
  const frame = page.frameLocator('iframe#mainFrame');
  const ui = new Hand(frame, scan);
  const v = (key: string): FieldValue | undefined => values[key];
  const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const list = (key: string) => (Array.isArray(values[key]) ? (values[key] as string[]) : undefined);
  const form = frame.locator('form.beian-form');

  if (kind === 'subject') {
    const nature = str('nature');
    if (nature) {
      await ui.radio(form, '开办主体性质', nature === '个人' ? '个人' : '单位');
      if (nature !== '个人') await ui.select(form, '单位性质', shown(nature));
    }
    await ui.text(form, '主办单位名称', str('unitName'));
    if (str('unitCertType')) await ui.select(form, '单位证件类型', shown(str('unitCertType')!));
    await ui.text(form, '单位证件号码', str('unitCertNumber'));
    await ui.text(form, '投资人或主管单位', str('supervisor'));
    if (list('principal.residence')) await ui.cascader(form, '负责人常住地', list('principal.residence')!);
    await ui.text(form, '详细地址', str('principal.residenceDetail'));
    await ui.text(form, '负责人姓名', str('principal.name'));
    if (str('principal.certType')) await ui.select(form, '证件类型', shown(str('principal.certType')!));
    await ui.text(form, '证件号码', str('principal.certNumber'));
    const expiry = str('principal.certExpiry');
    if (expiry === '长期') await ui.item(form, '证件有效期至').locator('.el-checkbox').click();
    else if (expiry) await ui.date(form, '证件有效期至', expiry);
    if (list('principal.cert')) await ui.upload(form, '证件扫描件', list('principal.cert')!);
    await ui.text(form, '办公电话', str('principal.officePhone'));
    await ui.text(form, '手机号码', str('principal.mobile'));
    await ui.text(form, '电子邮件地址', str('principal.email'));
    await ui.text(form, '备注', str('principal.remark'));
    return;
  }

  if (kind === 'website-basic') {
    await ui.text(form, '网站名称', str('name'));
    if (str('hasIcp')) await ui.radio(form, '是否已办理ICP备案', str('hasIcp')!);
    await ui.text(form, 'ICP备案号', str('icpNumber'));
    if (str('hasOwnDomain')) await ui.radio(form, '是否有独立一级域名', str('hasOwnDomain')!);
    await ui.text(form, str('hasOwnDomain') === '否' ? '网站访问地址' : '主域名', str('domain'));
    if (list('subdomains')) await ui.rows(form, '子域名', list('subdomains')!);
    if (list('ips')) await ui.rows(form, '网站IP地址', list('ips')!);
    if (str('openedOn')) await ui.date(form, '开通日期', str('openedOn')!);
    if (str('operating')) await ui.radio(form, '网站性质', str('operating')!);
    if (str('level')) await ui.select(form, '网站级别', str('level')!);
    if (str('accessMethod')) await ui.select(form, '网站接入方式', shown(str('accessMethod')!));
    await ui.provider(form, '接入商所属区域', '接入服务商名称', v('accessProvider'));
    await ui.provider(form, '域名注册商所属区域', '域名注册商名称', v('registrar'));
    if (str('interactive')) await ui.radio(form, '是否提供互联网交互服务', str('interactive')!);
    if (list('serviceTypes')) await ui.checks(form, '服务类型', list('serviceTypes')!.map(shown));
    if (str('serviceCategory')) await ui.select(form, '网站服务类别', str('serviceCategory')!, true);
    if (str('hasControlled')) await ui.radio(form, '是否发布管制物品信息', str('hasControlled')!);
    if (list('controlledGoods')) await ui.checks(form, '管制物品类别', list('controlledGoods')!.map(shown));
    if (str('hasPreapproval')) await ui.radio(form, '是否涉及前置审批', str('hasPreapproval')!);
    if (list('preapprovals')) await ui.checks(form, '前置审批内容', list('preapprovals')!);
    if (list('qualificationDocs')) await ui.upload(form, '资质证明材料', list('qualificationDocs')!);
    if (list('languages')) await ui.checks(form, '网站语言', list('languages')!.map(shown));
    await ui.text(form, '技术支持单位', str('techSupport.name'));
    await ui.text(form, '技术支持电话', str('techSupport.phone'));
    await ui.text(form, '服务器存放地址', str('serverAddress'));
    if (str('serverCount')) {
      const input = ui.item(form, '服务器台数').locator('input');
      await input.fill(str('serverCount')!);
      await input.press('Tab');
    }
    await ui.text(form, '服务器所在地网安部门代码', str('serverPoliceCode'));
    if (list('topology')) await ui.upload(form, '网络拓扑图', list('topology')!);
    return;
  }

  const blocks = { security: '网站安全负责人信息', liaison: '网站信息联络人信息', opinionGuide: '舆情引导员信息' } as const;
  const who = { security: '负责人', liaison: '联络人', opinionGuide: '引导员' } as const;
  for (const role of Object.keys(blocks) as (keyof typeof blocks)[]) {
    const block = frame.locator('.role-block').filter({ has: frame.locator('.role-head b', { hasText: exact(blocks[role]) }) });
    if (values[`${role}.sameAsPrincipal`] === true) {
      await block.locator('.role-head .el-checkbox').click();
      await ui.until(async () => (await block.locator('.role-body input').first().inputValue()) !== '');
      continue;
    }
    await ui.text(block, `${who[role]}姓名`, str(`${role}.name`));
    if (str(`${role}.certType`)) await ui.select(block, '证件类型', shown(str(`${role}.certType`)!));
    await ui.text(block, '证件号码', str(`${role}.certNumber`));
    if (list(`${role}.cert`)) await ui.upload(block, '证件照片', list(`${role}.cert`)!);
    await ui.text(block, '手机号码', str(`${role}.mobile`));
    await ui.text(block, '电子邮箱', str(`${role}.email`));
  }
};

class Hand {
  constructor(
    private readonly frame: FrameLocator,
    private readonly scan: (name: string) => ScanFile,
  ) {}

  /** The form item whose own label reads `label`. */
  item(scope: Locator, label: string): Locator {
    return scope.locator('.el-form-item').filter({ has: this.frame.locator(':scope > .el-form-item__label', { hasText: exact(label) }) }).first();
  }

  async until(check: () => Promise<boolean>, timeout = 8000): Promise<void> {
    await expect.poll(check, { message: 'waiting for the page', timeout }).toBe(true);
  }

  /** Wait until no Element dropdown is open (their closing transition included). */
  async settle(): Promise<void> {
    const open = this.frame.locator('.el-select-dropdown:visible, .el-cascader__dropdown:visible, .el-picker-panel:visible');
    await this.until(async () => (await open.count()) === 0);
  }

  async text(scope: Locator, label: string, value: string | undefined): Promise<void> {
    if (value === undefined) return;
    await this.item(scope, label).locator('input, textarea').first().fill(value);
  }

  async radio(scope: Locator, label: string, option: string): Promise<void> {
    await this.item(scope, label).locator('.el-radio').filter({ hasText: exact(option) }).click();
  }

  async checks(scope: Locator, label: string, options: readonly string[]): Promise<void> {
    for (const option of options) await this.item(scope, label).locator('.el-checkbox').filter({ hasText: exact(option) }).click();
  }

  /** Open an el-select and click its option (`prefix`: the option reads "09 交易类网站"). */
  async select(scope: Locator, label: string, option: string, prefix = false): Promise<void> {
    await this.pick(this.item(scope, label).locator('.el-select').first(), option, prefix);
  }

  private async pick(select: Locator, option: string, prefix = false): Promise<void> {
    await select.locator('input').first().click();
    const text = prefix ? new RegExp(`^\\s*(\\d+\\s+)?${option.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*$`) : exact(option);
    await this.frame.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: text }).first().click();
    await this.settle();
  }

  async cascader(scope: Locator, label: string, names: readonly string[]): Promise<void> {
    await this.item(scope, label).locator('.el-cascader').click();
    const panel = this.frame.locator('.el-cascader__dropdown:visible');
    for (const [level, name] of names.entries()) {
      await panel.locator('.el-cascader-menu').nth(level).locator('.el-cascader-node').filter({ hasText: exact(name) }).first().click();
    }
    await this.settle();
  }

  async date(scope: Locator, label: string, value: string): Promise<void> {
    const input = this.item(scope, label).locator('.el-date-editor input');
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await this.settle();
  }

  async upload(scope: Locator, label: string, names: readonly string[]): Promise<void> {
    const item = this.item(scope, label);
    await item.locator('input[type=file]').setInputFiles(names.map((name) => this.scan(name)));
    await this.until(async () => (await item.locator('.el-upload-list__item.is-success').count()) >= names.length);
  }

  async rows(scope: Locator, label: string, rows: readonly string[]): Promise<void> {
    const item = this.item(scope, label);
    for (const [index, row] of rows.entries()) {
      if (index >= (await item.locator('.row-line').count())) await item.locator('.row-add').click();
      await item.locator('.row-line input').nth(index).fill(row);
    }
  }

  async provider(scope: Locator, regionLabel: string, nameLabel: string, value: FieldValue | undefined): Promise<void> {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const { scope: where, region, name } = value as { scope: string; region: string; name: string };
    const regionItem = this.item(scope, regionLabel);
    await regionItem.locator('.el-radio').filter({ hasText: exact(where) }).click();
    await this.pick(regionItem.locator('.el-select'), region);
    const nameItem = this.item(scope, nameLabel);
    await nameItem.locator('.el-select input').first().click();
    const options = this.frame.locator('.el-select-dropdown:visible .el-select-dropdown__item');
    await options.first().waitFor();
    const listed = options.filter({ hasText: exact(name) });
    if (await listed.count()) await listed.first().click();
    else {
      await options.filter({ hasText: exact('其他') }).first().click();
      await this.settle();
      await nameItem.locator('.isp-other input').fill(name);
    }
    await this.settle();
  }
}
