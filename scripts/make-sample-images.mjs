// Draws the sample clients' certificate scans and topology (public/sample/*.png) in Chromium.
// They are plainly marked 样例 so nobody mistakes them for real documents. Run: node scripts/make-sample-images.mjs
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './chromium.mjs';

const card = (title, lines, accent) => `
  <div style="width:428px;height:270px;box-sizing:border-box;padding:22px;border-radius:14px;font-family:'WenQuanYi Micro Hei',sans-serif;
              background:${accent};color:#223;position:relative;overflow:hidden">
    <div style="font-size:20px;font-weight:bold;letter-spacing:4px">${title}</div>
    ${lines.map((line) => `<div style="font-size:15px;margin-top:12px">${line}</div>`).join('')}
    <div style="position:absolute;right:-30px;top:110px;transform:rotate(-30deg);font-size:46px;color:rgba(200,0,0,.35);font-weight:bold">样例 SAMPLE</div>
  </div>`;

const images = {
  'principal-front': card('居民身份证', ['姓名 林晓峰', '性别 男　民族 汉', '出生 1985年3月12日', '公民身份号码 330106198503121231'], '#e8f1fb'),
  'principal-back': card('中华人民共和国 居民身份证', ['签发机关 杭州市公安局西湖分局', '有效期限 2015.03.12-2035.03.12'], '#eef6ee'),
  'liaison-id': card('居民身份证', ['姓名 陈雨桐', '公民身份号码 330106198709210045'], '#f6f1e8'),
  'security-id': card('居民身份证', ['姓名 沈嘉禾', '公民身份号码 330108199011230113'], '#f1eef6'),
  'blogger-front': card('居民身份证', ['姓名 周若溪', '性别 女　民族 汉', '出生 1992年2月15日', '公民身份号码 440305199202150826'], '#e8f1fb'),
  'blogger-back': card('中华人民共和国 居民身份证', ['签发机关 深圳市公安局南山分局', '有效期限 2016.02.15-2036.02.15'], '#eef6ee'),
  topology: `<div style="width:480px;height:300px;font-family:'WenQuanYi Micro Hei',sans-serif;background:#fff;position:relative">
      <svg width="480" height="300" style="position:absolute">
        <g stroke="#345" stroke-width="2" fill="none"><line x1="240" y1="60" x2="240" y2="130"/><line x1="240" y1="170" x2="130" y2="230"/><line x1="240" y1="170" x2="350" y2="230"/></g>
        <g fill="#dbe8f5" stroke="#345"><rect x="180" y="20" width="120" height="40" rx="6"/><rect x="180" y="130" width="120" height="40" rx="6"/>
        <rect x="70" y="230" width="120" height="40" rx="6"/><rect x="290" y="230" width="120" height="40" rx="6"/></g>
        <g font-size="14" text-anchor="middle" fill="#223"><text x="240" y="45">互联网</text><text x="240" y="155">负载均衡</text>
        <text x="130" y="255">Web 服务器 1</text><text x="350" y="255">Web 服务器 2</text></g>
        <text x="470" y="290" font-size="14" text-anchor="end" fill="rgba(200,0,0,.5)">样例 SAMPLE 网络拓扑图</text>
      </svg></div>`,
};

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const [name, html] of Object.entries(images)) {
  await page.setContent(`<body style="margin:0">${html}</body>`);
  await page.locator('body > div').screenshot({ path: `public/sample/${name}.png` });
}
await browser.close();
