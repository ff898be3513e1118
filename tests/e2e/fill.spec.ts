import { expect, test } from '@playwright/test';
import { fillFromPopup, openPlatform as openPlatformAs, openPopup as openPopupFor } from './pages/platform';
import { CLASSIC, MODERN, testState } from './replica';
import { platformSessionPerTest } from './session';

/**
 * Autofill with the real built extension on the replica: the person opens the popup, picks the
 * client and presses 填写; the helper fills; the person does the captcha/SMS/statement and submits.
 */
const session = platformSessionPerTest();

const openPlatform = (url: string) => openPlatformAs(session.extension, url);
const openPopup = (urlPattern: string) => openPopupFor(session.extension, urlPattern);

test('classic 开办主体: filled from the company, completed by hand, the platform receives the profile', async () => {
  const page = await openPlatform(`${CLASSIC}/portal/user/subject`);
  const popup = await openPopup('http://www.beian.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：开办主体管理');
  const report = await fillFromPopup(popup, /青梧科技/);
  expect(report.filter((row) => row.status === 'failed' || row.status === 'not-found')).toEqual([]);
  expect(report.filter((row) => row.status === 'filled').length).toBeGreaterThan(12);

  const reopened = await openPopup('http://www.beian.gov.cn/*');
  await expect(reopened.getByRole('radio', { name: /青梧科技/ })).toBeChecked();
  await reopened.close();

  await page.bringToFront();
  const caption = (label: string) => page.locator('tr', { has: page.locator('td.tdt', { hasText: new RegExp(`^\\s*\\*?\\s*${label}：$`) }) });
  await expect(caption('负责人姓名').locator('input')).toHaveValue('林晓峰');
  await expect(caption('负责人常住地').locator('select').nth(2)).toHaveValue('330106');
  expect((await testState(page)).submissions).toEqual([]);
  await expect(page.locator('tr', { hasText: '手机验证码' }).locator('input')).toHaveValue('');

  await page.locator('tr', { hasText: '手机验证码' }).getByRole('button', { name: '获取' }).click();
  await expect(page.locator('tr', { hasText: '手机验证码' }).getByRole('button')).toHaveText(/秒后/);
  await page.locator('tr', { hasText: '手机验证码' }).locator('input').fill((await testState(page)).lastSms!);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.alert-success')).toContainText('保存成功');

  const [submission] = (await testState(page)).submissions;
  expect(submission!.fields).toMatchObject({
    nature: '企业单位',
    unitName: '杭州青梧数字科技有限公司',
    unitCertType: '统一社会信用代码',
    unitCertNumber: '91330106MA2H7K3LXA',
    supervisor: '林晓峰',
    'principal.residence': { provinceCode: '330000', cityCode: '330100', districtCode: '330106' },
    'principal.residenceDetail': '文三路90号东部软件园2号楼501室',
    'principal.name': '林晓峰',
    'principal.certType': '居民身份证',
    'principal.certNumber': '330106198503121231',
    'principal.cert': [expect.objectContaining({ name: 'principal-front.png' }), expect.objectContaining({ name: 'principal-back.png' })],
    'principal.officePhone': '0571-86781234',
    'principal.mobile': '13857112345',
    'principal.email': 'linxiaofeng@qingwutech.cn',
  });
});

test('modern 新增主体: Element selects, the lazy cascader and uploads are filled like a person would', async () => {
  const page = await openPlatform(`${MODERN}/#/web/subject`);
  await page.locator('.el-form-item', { hasText: '负责人姓名' }).first().waitFor();
  const popup = await openPopup('http://beian.mps.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：开办主体管理');
  const report = await fillFromPopup(popup, /周若溪/);
  expect(report.filter((row) => row.status === 'failed' || row.status === 'not-found')).toEqual([]);

  await page.bringToFront();
  await page.locator('.el-form-item', { hasText: '手机验证码' }).getByRole('button', { name: '获取验证码' }).click();
  await expect(page.locator('.el-message--success')).toBeVisible();
  await page.locator('.el-form-item', { hasText: '手机验证码' }).locator('input').fill((await testState(page)).lastSms!);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.el-message--success').last()).toContainText('保存成功');
  const [submission] = (await testState(page)).submissions;
  expect(submission!.fields).toMatchObject({
    nature: '个人',
    'principal.residence': { provinceCode: '440000', cityCode: '440300', districtCode: '440305' },
    'principal.residenceDetail': '科技园南区高新南七道18号',
    'principal.name': '周若溪',
    'principal.certType': '居民身份证',
    'principal.certNumber': '440305199202150826',
    'principal.cert': [expect.objectContaining({ name: 'blogger-front.png' }), expect.objectContaining({ name: 'blogger-back.png' })],
    'principal.officePhone': '0755-26781234',
    'principal.mobile': '13682950417',
    'principal.email': 'ruoxi@ruoxi-notes.cn',
  });
});

test('a platform page without inputs is recognised and gets no changes at all', async () => {
  const page = await openPlatform(`${CLASSIC}/portal/user/website/filed`);
  const popup = await openPopup('http://www.beian.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：已备案网站');
  await expect(popup.getByText('此页面没有需要从客户资料填写的内容。')).toBeVisible();
  await popup.getByRole('radio', { name: /青梧科技/ }).check();
  await expect(popup.getByRole('button', { name: '填写' })).toBeDisabled();
  await expect(page.locator('table.list').first()).toContainText('33021200002956');
});

/** Saves the company's subject by hand-free fill, so the wizard has a subject to show. */
async function saveCompanySubjectClassic() {
  const page = await openPlatform(`${CLASSIC}/portal/user/subject`);
  const popup = await openPopup('http://www.beian.gov.cn/*');
  await fillFromPopup(popup, /青梧科技/);
  await page.locator('tr', { hasText: '手机验证码' }).getByRole('button', { name: '获取' }).click();
  await expect(page.locator('tr', { hasText: '手机验证码' }).getByRole('button')).toHaveText(/秒后/);
  await page.locator('tr', { hasText: '手机验证码' }).locator('input').fill((await testState(page)).lastSms!);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.alert-success')).toBeVisible();
  await popup.close();
  return page;
}

test('classic wizard: steps 2 and 3 filled from the shop website, then submitted by hand', async () => {
  const page = await saveCompanySubjectClassic();
  await page.goto(`${CLASSIC}/portal/user/website/apply`);
  await page.getByRole('link', { name: '下一步' }).click();

  let popup = await openPopup('http://www.beian.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：网站基本信息（第二步）');
  let report = await fillFromPopup(popup, /青梧科技/, '青梧商城 · qingwushop.com');
  expect(report.filter((row) => row.status === 'failed' || row.status === 'not-found')).toEqual([]);
  await popup.close();
  await page.bringToFront();
  await page.getByRole('button', { name: '下一步' }).click();

  popup = await openPopup('http://www.beian.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：网站负责人（第三步）');
  report = await fillFromPopup(popup, /青梧科技/, '青梧商城 · qingwushop.com');
  expect(report.filter((row) => row.status === 'failed' || row.status === 'not-found')).toEqual([]);
  await popup.close();

  await page.bringToFront();
  await page.clock.install();
  await page.getByRole('button', { name: '下一步' }).click();
  const statement = page.getByLabel(/已阅读,并承诺上述网络安全责任/);
  await expect(statement).not.toBeChecked();
  // The countdown starts with the page's script: time skipped before it ran would not count.
  await page.waitForLoadState('load');
  await page.clock.fastForward(10_000);
  await statement.check();
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.locator('.alert-success')).toContainText('提交成功');

  const submission = (await testState(page)).submissions.find((candidate) => candidate.kind === 'website');
  expect(submission!.fields).toMatchObject({
    name: '青梧商城',
    icpNumber: '浙ICP备2023012345号-2',
    domain: 'qingwushop.com',
    subdomains: ['www.qingwushop.com', 'm.qingwushop.com'],
    ips: ['47.96.123.46-47.96.123.50'],
    accessMethod: '云服务器',
    accessProvider: { scope: '境内', region: '浙江省', name: '阿里云计算有限公司' },
    registrar: { scope: '境内', region: '浙江省', name: '阿里云计算有限公司' },
    interactive: '是',
    serviceTypes: ['www服务', '网络购物'],
    hasControlled: '否',
    controlledGoods: [],
    hasPreapproval: '否',
    preapprovals: [],
    languages: ['中文简体', '中文繁体'],
    operating: '经营性',
    level: '三级',
    serviceCategory: '09 交易类网站',
    'techSupport.name': '杭州青梧数字科技有限公司',
    'techSupport.phone': '0571-86781234',
    serverAddress: '浙江省杭州市余杭区文一西路969号',
    serverCount: '4',
    serverPoliceCode: '330100000000',
    'security.sameAsPrincipal': false,
    'security.name': '沈嘉禾',
    'security.certType': '居民身份证',
    'security.certNumber': '330108199011230113',
    'security.certScan': expect.objectContaining({ name: 'security-id.png' }),
    'security.mobile': '13666612870',
    'security.email': 'shenjiahe@qingwutech.cn',
    'liaison.sameAsPrincipal': false,
    'liaison.name': '陈雨桐',
    'liaison.certNumber': '330106198709210045',
    'liaison.certScan': expect.objectContaining({ name: 'liaison-id.png' }),
  });
});

test('the helper never submits, never types captchas or SMS codes, never ticks the statement', async () => {
  const page = await saveCompanySubjectClassic();
  const before = (await testState(page)).submissions.length;
  await page.goto(`${CLASSIC}/portal/user/subject`);
  const popup = await openPopup('http://www.beian.gov.cn/*');
  await fillFromPopup(popup, /青梧科技/);
  await page.bringToFront();
  await expect(page.locator('tr', { hasText: '手机验证码' }).locator('input')).toHaveValue('');
  expect((await testState(page)).submissions).toHaveLength(before);
  await expect(page).toHaveURL(/\/portal\/user\/subject$/);

  await page.goto(`${CLASSIC}/portal/user/website/apply`);
  await page.getByRole('link', { name: '下一步' }).click();
  await page.clock.install();
  await page.goto(`${CLASSIC}/portal/user/website/apply?step=4`);
  const statementPopup = await openPopup('http://www.beian.gov.cn/*');
  await statementPopup.getByRole('radio', { name: /青梧科技/ }).check();
  await expect(statementPopup.getByRole('button', { name: '填写', exact: true })).toBeDisabled();
  await page.bringToFront();
  // Past the statement's 10-second countdown, it can be ticked — and nothing has ticked it.
  await page.clock.fastForward(11_000);
  const statement = page.getByLabel(/已阅读,并承诺上述网络安全责任/);
  await expect(statement).toBeEnabled();
  await expect(statement).not.toBeChecked();
  expect((await testState(page)).submissions).toHaveLength(before);
});

test('modern wizard: steps 2 and 3 filled in the Vue app, then submitted by hand', async () => {
  const subjectPage = await openPlatform(`${MODERN}/#/web/subject`);
  await subjectPage.locator('.el-form-item', { hasText: '负责人姓名' }).first().waitFor();
  let popup = await openPopup('http://beian.mps.gov.cn/*');
  await fillFromPopup(popup, /青梧科技/);
  await popup.close();
  await subjectPage.bringToFront();
  await subjectPage.locator('.el-form-item', { hasText: '手机验证码' }).getByRole('button', { name: '获取验证码' }).click();
  await expect(subjectPage.locator('.el-message--success')).toBeVisible();
  await subjectPage.locator('.el-form-item', { hasText: '手机验证码' }).locator('input').fill((await testState(subjectPage)).lastSms!);
  await subjectPage.getByRole('button', { name: '保存' }).click();
  await expect(subjectPage.locator('.el-message--success').last()).toContainText('保存成功');

  await subjectPage.goto(`${MODERN}/#/web/website/apply`);
  await subjectPage.getByRole('button', { name: '下一步' }).click();
  popup = await openPopup('http://beian.mps.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：网站基本信息（第二步）');
  let report = await fillFromPopup(popup, /青梧科技/, '青梧科技官网 · qingwutech.cn');
  expect(report.filter((row) => row.status === 'failed' || row.status === 'not-found')).toEqual([]);
  await popup.close();
  await subjectPage.bringToFront();
  await subjectPage.getByRole('button', { name: '下一步' }).locator('visible=true').click();

  popup = await openPopup('http://beian.mps.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：网站负责人（第三步）');
  report = await fillFromPopup(popup, /青梧科技/, '青梧科技官网 · qingwutech.cn');
  expect(report.filter((row) => row.status === 'failed' || row.status === 'not-found')).toEqual([]);
  await popup.close();

  await subjectPage.bringToFront();
  await subjectPage.clock.install();
  await subjectPage.getByRole('button', { name: '下一步' }).locator('visible=true').click();
  await subjectPage.clock.fastForward(10_000);
  await subjectPage.locator('.el-checkbox', { hasText: '已阅读,并承诺上述网络安全责任' }).click();
  await subjectPage.getByRole('button', { name: '提交' }).click();
  await expect(subjectPage.locator('.el-message--success').last()).toContainText('提交成功');
  const submission = (await testState(subjectPage)).submissions.find((candidate) => candidate.kind === 'website');
  expect(submission).toMatchObject({
    rendering: 'modern',
    fields: {
      name: '青梧科技官网',
      domain: 'qingwutech.cn',
      subdomains: ['www.qingwutech.cn', 'docs.qingwutech.cn'],
      ips: ['47.96.123.45'],
      accessMethod: '云服务器',
      accessProvider: { scope: '境内', region: '浙江省', name: '阿里云计算有限公司' },
      registrar: { scope: '境内', region: '浙江省', name: '阿里云计算有限公司' },
      interactive: '否',
      serviceTypes: ['www服务'],
      languages: ['中文简体'],
      operating: '非经营性',
      level: '三级',
      serviceCategory: '02 综合类网站',
      topology: expect.objectContaining({ name: 'topology.png' }),
      'security.sameAsPrincipal': true,
      'liaison.sameAsPrincipal': false,
      'liaison.name': '陈雨桐',
      'liaison.certScan': expect.objectContaining({ name: 'liaison-id.png' }),
    },
  });
});

test('a variant page — fields reordered, labels reworded, an extra field, one missing, other ids — is filled by what it shows', async () => {
  const page = await openPlatform(`${CLASSIC}/portal/user/subject?variant=1`);
  await expect(page.locator('td.tdt', { hasText: '开办主体性质' })).toBeVisible();
  const popup = await openPopup('http://www.beian.gov.cn/*');
  const report = await fillFromPopup(popup, /青梧科技/);
  expect(report.filter((row) => row.status === 'failed')).toEqual([]);
  expect(report.filter((row) => row.status === 'not-found').map((row) => row.path)).toEqual(['subject.principal.remark']);

  await page.bringToFront();
  const caption = (label: string) => page.locator('tr', { has: page.locator('td.tdt', { hasText: new RegExp(`^\\s*\\*?\\s*${label}：$`) }) });
  await expect(caption('开办主体性质').locator('select')).toHaveValue('2');
  await expect(caption('办公电话').locator('input')).toHaveValue('0571-86781234');
  await expect(caption('电子邮箱').locator('input')).toHaveValue('linxiaofeng@qingwutech.cn');
  await expect(caption('常住地').locator('select').nth(2)).toHaveValue('330106');
  await expect(caption('QQ号码').locator('input')).toHaveValue('');
});

test('the pre-submit check reads what was typed by hand and flags what would be returned', async () => {
  const page = await openPlatform(`${CLASSIC}/portal/user/subject`);
  const caption = (label: string) => page.locator('tr', { has: page.locator('td.tdt', { hasText: new RegExp(`^\\s*\\*?\\s*${label}：$`) }) });
  await caption('主办单位性质').locator('select').selectOption({ label: '个人' });
  await caption('负责人姓名').locator('input').fill('王先生');
  await caption('办公室电话').locator('input').fill('010-00000000');
  await caption('负责人证件类型').locator('select').selectOption({ label: '居民身份证' });
  await caption('负责人证件号码').locator('input').fill('110105194912310021');
  await caption('电子邮件地址').locator('input').fill('wang@');
  const popup = await openPopup('http://www.beian.gov.cn/*');
  await popup.getByRole('button', { name: '检查本页' }).click();
  await expect(popup.getByTestId('check-summary')).toBeVisible();
  const rules = await popup.locator('.finding').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-rule')));
  expect(rules).toEqual(expect.arrayContaining(['S-PHONE-FAKE', 'S-CERT-NO-FORMAT', 'S-EMAIL', 'S-REQUIRED']));
  await expect(popup.locator('[data-rule="S-PHONE-FAKE"]')).toContainText('明显不真实的号码');
  expect((await testState(page)).submissions).toEqual([]);
});

test('the modern variant page — reworded, reordered, an extra field, one missing — is filled by what it shows', async () => {
  const page = await openPlatform(`${MODERN}/#/web/subject?variant=1`);
  await expect(page.locator('.el-form-item__label', { hasText: '开办主体性质' })).toBeVisible();
  const popup = await openPopup('http://beian.mps.gov.cn/*');
  const report = await fillFromPopup(popup, /青梧科技/);
  expect(report.filter((row) => row.status === 'failed')).toEqual([]);
  expect(report.filter((row) => row.status === 'not-found').map((row) => row.path)).toEqual(['subject.principal.remark']);
  await page.bringToFront();
  const item = (label: string) => page.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) });
  await expect(item('办公电话').locator('input')).toHaveValue('0571-86781234');
  await expect(item('电子邮箱').locator('input')).toHaveValue('linxiaofeng@qingwutech.cn');
  await expect(item('常住地').locator('input')).toHaveValue('浙江省 / 杭州市 / 西湖区');
  await expect(item('开办主体性质').locator('.el-select__placeholder')).toHaveText('企业单位');
  await expect(item('QQ号码').locator('input')).toHaveValue('');
});

test('an oversize ID scan is shrunk under the platform’s 512 KB in the editor, and the classic subject page takes the upload', async () => {
  const { context, extensionId } = session.extension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // A photo of noise, 1600 × 1000: far over 512 KB as a PNG, and hard to compress as a JPEG.
  const photo = Buffer.from(
    await options.evaluate(async () => {
      const canvas = new OffscreenCanvas(1600, 1000);
      const context2d = canvas.getContext('2d')!;
      const pixels = context2d.createImageData(1600, 1000);
      let seed = 20261128;
      for (let index = 0; index < pixels.data.length; index++) {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        pixels.data[index] = index % 4 === 3 ? 255 : seed & 255;
      }
      context2d.putImageData(pixels, 0, 0);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let binary = '';
      for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
      return btoa(binary);
    }),
    'base64',
  );
  expect(photo.length).toBeGreaterThan(512 * 1024);
  await options.getByRole('navigation').getByRole('button', { name: /青梧科技/ }).click();
  const front = options.locator('.field', { hasText: '负责人证件（正面）' });
  await front.locator('input[type="file"]').setInputFiles({ name: 'phone-photo.png', mimeType: 'image/png', buffer: photo });
  await expect(front.getByRole('alert')).toContainText('超过平台 512.0 KB 的上限');
  await front.getByRole('button', { name: '压缩到 512.0 KB 以内后保存' }).click();
  await expect(front.getByRole('status')).toContainText('已压缩后保存', { timeout: 30_000 });
  await expect(front.locator('.attachment-name')).toHaveText('phone-photo.jpg');
  await options.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.getByText('已保存')).toBeVisible();

  const page = await openPlatform(`${CLASSIC}/portal/user/subject`);
  const popup = await openPopup('http://www.beian.gov.cn/*');
  await fillFromPopup(popup, /青梧科技/);
  await page.bringToFront();
  await page.locator('tr', { hasText: '手机验证码' }).getByRole('button', { name: '获取' }).click();
  await page.locator('tr', { hasText: '手机验证码' }).locator('input').fill((await testState(page)).lastSms!);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.alert-success')).toContainText('保存成功');
  const [submission] = (await testState(page)).submissions;
  const [sent] = submission!.fields['principal.cert'] as { name: string; size: number; type: string }[];
  expect(sent).toMatchObject({ name: 'phone-photo.jpg', type: 'image/jpeg' });
  expect(sent!.size).toBeLessThanOrEqual(512 * 1024);
});
