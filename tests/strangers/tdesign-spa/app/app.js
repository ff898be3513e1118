/* 全国公安机关互联网站安全服务平台 · 个人中心（Vue 3 + TDesign） */
(function () {
  const { createApp, reactive, ref, computed, watch, onMounted, onBeforeUnmount } = Vue;
  const { MessagePlugin } = TDesign;
  const D = window.BA_DICT;

  /* ---------- 请求 ---------- */
  async function http(url, body) {
    const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const res = await fetch(url, init);
    const json = await res.json();
    if (json.code !== 200) throw new Error(json.msg || '请求失败');
    return json.data;
  }
  const fmtUpload = (res) => (res && res.code === 200 ? { url: res.data.url, fileId: res.data.fileId } : { error: (res && res.msg) || '上传失败' });
  const fileNames = (list) => (list || []).filter((f) => f.status === 'success').map((f) => f.name);

  /* ---------- 路由（hash） ---------- */
  const route = reactive({ path: '' });
  const readRoute = () => (route.path = location.hash.replace(/^#/, '') || '/home');
  window.addEventListener('hashchange', readRoute);
  readRoute();
  const go = (path) => (location.hash = '#' + path);
  const MENU = [
    { path: '/home', title: '主页' },
    { path: '/subject/manage', title: '开办主体管理' },
    { path: '/website/apply', title: '新办网站申请' },
    { path: '/website/claim', title: '已办网站认领' },
    { path: '/website/change', title: '网站信息变更' },
    { path: '/website/cancel', title: '网站注销申请' },
    { path: '/user/credit', title: '信用认证' },
  ];

  /* ---------- 表单状态读取（供测试） ---------- */
  const reader = reactive({ owner: 0, ready: false, fn: null });
  let mounted = false;
  let pages = 0;
  function usePageState(fn) {
    const owner = ++pages;
    reader.owner = owner;
    reader.ready = false;
    reader.fn = fn;
    onBeforeUnmount(() => {
      if (reader.owner === owner) Object.assign(reader, { owner: 0, ready: false, fn: null });
    });
    return (ready) => {
      if (reader.owner === owner) reader.ready = ready;
    };
  }
  window.__stranger = {
    get ready() {
      return mounted && reader.ready;
    },
    state() {
      return reader.fn ? reader.fn() : {};
    },
  };

  /* ---------- 公共规则 ---------- */
  const req = (message, trigger) => ({ required: true, message, type: 'error', trigger: trigger || 'change' });
  const MOBILE = { pattern: /^1[3-9]\d{9}$/, message: '手机号码格式不正确', trigger: 'blur' };
  const EMAIL = { email: true, message: '电子邮箱格式不正确', trigger: 'blur' };
  const PHONE = { pattern: /^(0086-)?0\d{2,3}-\d{7,8}(-\d{1,6})?$/, message: '格式如 010-12345625', trigger: 'blur' };
  const idRule = (model, typeKey) => ({
    validator: (v) => model[typeKey] !== '111' || /^\d{17}[\dXx]$/.test(v || ''),
    message: '居民身份证号码应为18位',
    trigger: 'blur',
  });

  /* ---------- 主页 ---------- */
  const HomePage = {
    setup() {
      usePageState(() => ({}))(true);
      const tabs = ['审核中网站(0)', '未备案网站(0)', '待认领网站(0)', '已备案网站(0)', '已保存草稿(1)'];
      const columns = [
        { colKey: 'wzmc', title: '网站名称' },
        { colKey: 'zym', title: '网站域名' },
        { colKey: 'sqrq', title: '申请日期' },
        { colKey: 'zt', title: '状态' },
      ];
      const drafts = [{ wzmc: '（未命名网站）', zym: '-', sqrq: '2025-06-14', zt: '草稿' }];
      return { tabs, columns, drafts, go };
    },
    template: `
      <div class="ba-card">
        <div class="ba-welcome">
          <div><div class="ba-welcome-title">您好，欢迎使用互联网站安全服务平台</div>
          <div class="ba-muted">首次备案请先在“开办主体管理”中填写并提交开办主体信息，审核通过后再办理网站备案。</div></div>
          <t-space><t-button theme="primary" @click="go('/website/apply')">新办网站申请</t-button></t-space>
        </div>
        <t-descriptions bordered :column="3" class="ba-gap">
          <t-descriptions-item label="登录账号">qingwu_admin</t-descriptions-item>
          <t-descriptions-item label="手机验证"><t-tag theme="success" variant="light">已验证</t-tag></t-descriptions-item>
          <t-descriptions-item label="邮箱验证"><t-tag theme="warning" variant="light">未验证</t-tag></t-descriptions-item>
        </t-descriptions>
        <t-tabs default-value="0" class="ba-gap">
          <t-tab-panel v-for="(t, i) in tabs" :key="i" :value="String(i)" :label="t">
            <t-table row-key="wzmc" :columns="columns" :data="i === 4 ? drafts : []" size="small" empty="暂无数据" />
          </t-tab-panel>
        </t-tabs>
      </div>`,
  };

  /* ---------- 列表类页面 ---------- */
  const LISTS = {
    '/website/claim': { search: '网站域名', columns: ['网站名称', '网站域名', '工信部备案号', '公安部备案号', '操作'] },
    '/website/change': { columns: ['网站名称', '网站域名', '开办人姓名', '公安部备案号', '操作'] },
    '/website/cancel': { columns: ['网站名称', '网站域名', '开办主体性质', '公安部备案号', '备案日期', '操作'] },
    '/user/credit': { columns: ['认证项目', '认证状态', '说明', '操作'], data: [['手机验证', '已验证', '注册手机号已验证'], ['邮箱验证', '未验证', '点击链接完成验证'], ['身份验证', '未验证', '开办主体审核通过后自动完成']] },
  };
  const ListPage = {
    props: ['path'],
    setup(props) {
      usePageState(() => ({}))(true);
      const conf = computed(() => LISTS[props.path]);
      const columns = computed(() => conf.value.columns.map((title, i) => ({ colKey: 'c' + i, title })));
      const data = computed(() => (conf.value.data || []).map((row, i) => Object.fromEntries(row.map((v, j) => ['c' + j, v]).concat([['id', i]]))));
      return { conf, columns, data, keyword: ref('') };
    },
    template: `
      <div class="ba-card">
        <div v-if="conf.search" class="ba-search">
          <span>{{ conf.search }}：</span><t-input v-model="keyword" placeholder="请输入网站域名，如 example.com" style="width: 320px" />
          <t-button theme="primary">查询</t-button>
        </div>
        <t-table row-key="id" :columns="columns" :data="data" bordered empty="暂无数据" />
      </div>`,
  };

  /* ---------- 开办主体管理 ---------- */
  const SubjectPage = {
    setup() {
      const form = ref(null);
      const m = reactive({
        ztxz: '', dwmc: '', dwzjlx: '', dwzjhm: '', tzhzgdw: '',
        cjd: [], cjdmc: [], xxdz: '', fzrxm: '', fzrzjlx: '', fzrzjhm: '', zjyxq: '', zjyxqcq: false, fzrzj: [],
        bgdh: '', sjhm: '', yzm: '', dzyj: '', bz: '',
      });
      const isUnit = computed(() => !!m.ztxz && m.ztxz !== '5');
      const setReady = usePageState(() => {
        if (!m.ztxz) return { nature: '' };
        const unit = isUnit.value ? { unitName: m.dwmc, unitCertType: D.std(D.DWZJLX, m.dwzjlx), unitCertNumber: m.dwzjhm, supervisor: m.tzhzgdw } : {};
        return {
          nature: D.std(D.ZTXZ, m.ztxz),
          ...unit,
          'principal.residence': m.cjd.length ? [...m.cjdmc] : [],
          'principal.residenceDetail': m.xxdz,
          'principal.name': m.fzrxm,
          'principal.certType': D.std(D.ZJLX, m.fzrzjlx),
          'principal.certNumber': m.fzrzjhm,
          'principal.certExpiry': m.zjyxqcq ? '长期' : m.zjyxq || '',
          'principal.cert': fileNames(m.fzrzj),
          'principal.officePhone': m.bgdh,
          'principal.mobile': m.sjhm,
          'principal.smsCode': m.yzm,
          'principal.email': m.dzyj,
          'principal.remark': m.bz,
        };
      });
      const provinces = ref([]);
      const toOption = (r) => ({ label: r.label, value: r.value, children: r.leaf ? undefined : true });
      http('/api/region/children?parent=').then((list) => {
        provinces.value = list.map(toOption);
        setReady(true);
      });
      const loadRegion = (node) => http('/api/region/children?parent=' + node.value).then((list) => list.map(toOption));
      const onRegion = (value, ctx) => {
        m.cjdmc = ctx && ctx.node && value && value.length ? ctx.node.getPath().map((n) => n.label) : [];
      };
      const rules = {
        ztxz: [req('请选择开办主体性质')],
        dwmc: [req('请输入主办单位名称', 'blur')],
        dwzjlx: [req('请选择单位证件类型')],
        dwzjhm: [req('请输入单位证件号码', 'blur'), { validator: (v) => m.dwzjlx !== '01' || /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v || ''), message: '统一社会信用代码应为18位', trigger: 'blur' }],
        tzhzgdw: [req('请输入投资人或主管单位', 'blur')],
        cjd: [req('请选择负责人常住地'), { validator: (v) => Array.isArray(v) && v.length >= 2, message: '请选择到市、区（县）', type: 'error' }],
        xxdz: [req('请输入常住地详细地址', 'blur')],
        fzrxm: [req('请输入负责人姓名', 'blur')],
        fzrzjlx: [req('请选择负责人证件类型')],
        fzrzjhm: [req('请输入负责人证件号码', 'blur'), idRule(m, 'fzrzjlx')],
        zjyxq: [{ validator: (v) => m.zjyxqcq || !!v, message: '请选择证件有效期，或勾选“长期”', type: 'error' }],
        fzrzj: [req('请上传负责人证件'), { validator: (v) => fileNames(v).length === 2, message: '请上传证件正面、反面两张图片', type: 'error' }],
        bgdh: [req('请输入办公电话', 'blur'), PHONE],
        sjhm: [req('请输入手机号码', 'blur'), MOBILE],
        yzm: [req('请输入短信验证码', 'blur'), { pattern: /^\d{6}$/, message: '验证码为6位数字', trigger: 'blur' }],
        dzyj: [req('请输入电子邮箱', 'blur'), EMAIL],
      };
      const countdown = ref(0);
      let timer = 0;
      onBeforeUnmount(() => clearInterval(timer));
      async function sendSms() {
        const result = await form.value.validate({ fields: ['sjhm'] });
        if (result !== true) return;
        await http('/api/sms/send', { mobile: m.sjhm, scene: 'subject' });
        MessagePlugin.success(`验证码已发送至 ${m.sjhm.slice(0, 3)}****${m.sjhm.slice(7)}，5分钟内有效`);
        countdown.value = 60;
        timer = setInterval(() => (--countdown.value <= 0 ? clearInterval(timer) : 0), 1000);
      }
      const saving = ref(false);
      async function onSubmit({ validateResult, firstError }) {
        if (validateResult !== true) return MessagePlugin.warning(firstError || '请检查填写内容');
        saving.value = true;
        try {
          await http('/api/subject/save', { ...m, fzrzj: m.fzrzj.map((f) => ({ name: f.name, url: f.url })) });
          MessagePlugin.success('保存成功，公安机关将在2-3个工作日内完成审核');
        } finally {
          saving.value = false;
        }
      }
      const onLongTerm = (on) => on && (m.zjyxq = '');
      return { D, m, form, rules, isUnit, provinces, loadRegion, onRegion, countdown, sendSms, saving, onSubmit, fmtUpload, onLongTerm };
    },
    template: `
      <div class="ba-card">
        <div class="ba-page-title">网站开办主体</div>
        <t-alert theme="info" class="ba-gap" message="请先选择开办主体性质，页面将显示需要填写的内容。主体审核通过后，开办主体性质及名称不可更改，请如实填写。" />
        <t-form ref="form" :data="m" :rules="rules" label-width="160px" label-align="right" scroll-to-first-error="smooth" @submit="onSubmit" class="ba-form">
          <div class="ba-section">主体性质</div>
          <t-form-item label="开办主体性质" name="ztxz" help="个人开办的网站请选择“个人”；单位须与营业执照等登记证书一致">
            <t-select v-model="m.ztxz" :options="D.ZTXZ_GROUPS" placeholder="请选择开办主体性质" style="width: 360px" />
          </t-form-item>
          <template v-if="isUnit">
            <div class="ba-section">主办单位信息</div>
            <t-form-item label="主办单位名称" name="dwmc" help="填写证件上的单位全称，不得以域名或网站名称代替">
              <t-input v-model="m.dwmc" placeholder="请输入单位全称" clearable />
            </t-form-item>
            <t-form-item label="单位证件类型" name="dwzjlx">
              <t-select v-model="m.dwzjlx" :options="D.DWZJLX" placeholder="请选择单位证件类型" style="width: 360px" />
            </t-form-item>
            <t-form-item label="单位证件号码" name="dwzjhm">
              <t-input v-model="m.dwzjhm" placeholder="请输入与证件类型对应的号码" clearable />
            </t-form-item>
            <t-form-item label="投资人或主管单位" name="tzhzgdw" help="企业、事业单位、社会团体、政府机关、军队填写法定代表人或单位最高负责人姓名">
              <t-input v-model="m.tzhzgdw" placeholder="请输入投资人或主管单位" clearable />
            </t-form-item>
          </template>
          <template v-if="m.ztxz">
            <div class="ba-section">负责人信息</div>
            <t-form-item label="负责人常住地" name="cjd">
              <t-cascader v-model="m.cjd" :options="provinces" :load="loadRegion" value-type="full" clearable placeholder="请依次选择省 / 市 / 区（县）" style="width: 420px" @change="onRegion" />
            </t-form-item>
            <t-form-item label="常住地详细地址" name="xxdz" help="城镇填写到街道门牌号，农村填写到村">
              <t-input v-model="m.xxdz" placeholder="街道、门牌号、楼栋及房间号" clearable />
            </t-form-item>
            <t-form-item label="负责人姓名" name="fzrxm">
              <t-input v-model="m.fzrxm" placeholder="请输入主体负责人姓名" clearable style="width: 360px" />
            </t-form-item>
            <t-form-item label="负责人证件类型" name="fzrzjlx">
              <t-select v-model="m.fzrzjlx" :options="D.ZJLX" placeholder="请选择证件类型" style="width: 360px" />
            </t-form-item>
            <t-form-item label="负责人证件号码" name="fzrzjhm">
              <t-input v-model="m.fzrzjhm" placeholder="请输入有效证件号码" clearable style="width: 360px" />
            </t-form-item>
            <t-form-item label="证件有效期" name="zjyxq" required-mark>
              <t-space align="center">
                <t-date-picker v-model="m.zjyxq" :disabled="m.zjyxqcq" allow-input clearable placeholder="证件有效期截止日" />
                <t-checkbox v-model="m.zjyxqcq" @change="onLongTerm">长期</t-checkbox>
              </t-space>
            </t-form-item>
            <t-form-item label="负责人证件" name="fzrzj" help="请一次选中证件正面、反面两张图片（jpg/png，每张512KB以内），证件姓名须与负责人姓名一致">
              <t-upload v-model="m.fzrzj" theme="image" multiple :max="2" accept="image/png,image/jpeg" action="/api/file/upload"
                :format-response="fmtUpload" :size-limit="{ size: 512, unit: 'KB', message: '单张图片不能超过512KB' }" tips="先正面、后反面" />
            </t-form-item>
            <t-form-item label="办公电话" name="bgdh" help="区号须与通讯地址相符，如 010-12345625">
              <t-input v-model="m.bgdh" placeholder="区号-电话号码" clearable style="width: 360px" />
            </t-form-item>
            <t-form-item label="手机号码" name="sjhm">
              <t-input v-model="m.sjhm" placeholder="请输入负责人本人手机号码" maxlength="11" clearable style="width: 360px" />
            </t-form-item>
            <t-form-item label="短信验证码" name="yzm">
              <t-space>
                <t-input v-model="m.yzm" placeholder="6位数字验证码" maxlength="6" style="width: 200px" />
                <t-button variant="outline" theme="primary" :disabled="countdown > 0" @click="sendSms">{{ countdown > 0 ? countdown + '秒后重新获取' : '获取验证码' }}</t-button>
              </t-space>
            </t-form-item>
            <t-form-item label="电子邮箱" name="dzyj" help="用于接收备案审核结果等通知">
              <t-input v-model="m.dzyj" placeholder="请输入常用电子邮箱" clearable style="width: 360px" />
            </t-form-item>
            <t-form-item label="备注" name="bz">
              <t-textarea v-model="m.bz" placeholder="选填，不超过200字" :maxlength="200" :autosize="{ minRows: 3, maxRows: 6 }" />
            </t-form-item>
            <t-form-item>
              <t-space><t-button theme="primary" type="submit" :loading="saving">保存</t-button><t-button theme="default" variant="base" type="reset">重置</t-button></t-space>
            </t-form-item>
          </template>
        </t-form>
        <div class="ba-notes">
          <div class="ba-notes-title">填写注意事项</div>
          <ol>
            <li>上传的证件图片须清晰完整，大小在512KB以内；</li>
            <li>个人应填写本人姓名，企业应填写营业执照上的公司全称；开办主体性质须与名称对应一致；</li>
            <li>办公电话请务必如实填写，不得填写“010-00000000”等明显不真实的号码。</li>
          </ol>
        </div>
      </div>`,
  };

  /* ---------- 服务商选择（所在地 + 名称） ---------- */
  const ProviderPicker = {
    props: ['m', 'p', 'kind', 'title'],
    setup(props) {
      const m = props.m;
      const p = props.p;
      const regions = ref([]);
      const providers = ref([]);
      const loadingRegions = ref(false);
      const loadingProviders = ref(false);
      const scopes = [{ value: '1', label: '境内' }, { value: '2', label: '境外' }];
      async function onScope() {
        Object.assign(m, { [p + 'dq']: '', [p + 'dqmc']: '', [p + 'bm']: '', [p + 'mc']: '', [p + 'qtmc']: '' });
        providers.value = [];
        loadingRegions.value = true;
        const list = await http('/api/dict/provider-regions?scope=' + m[p + 'fw']);
        regions.value = list.map((r) => ({ value: r.code, label: r.name }));
        loadingRegions.value = false;
      }
      async function onRegion(value) {
        const region = regions.value.find((r) => r.value === value);
        Object.assign(m, { [p + 'dqmc']: region ? region.label : '', [p + 'bm']: '', [p + 'mc']: '', [p + 'qtmc']: '' });
        providers.value = [];
        if (!value) return;
        loadingProviders.value = true;
        const list = await http(`/api/dict/providers?kind=${props.kind}&region=${value}`);
        providers.value = list.map((r) => ({ value: r.code, label: r.name })).concat([{ value: 'QT', label: '其他（列表中没有）' }]);
        loadingProviders.value = false;
      }
      function onProvider(value) {
        const item = providers.value.find((r) => r.value === value);
        m[p + 'mc'] = item && value !== 'QT' ? item.label : '';
      }
      return { scopes, regions, providers, loadingRegions, loadingProviders, onScope, onRegion, onProvider };
    },
    template: `
      <t-form-item :label="title + '所在地'" :name="p + 'dq'">
        <t-space>
          <t-radio-group v-model="m[p + 'fw']" :options="scopes" @change="onScope" />
          <t-select v-model="m[p + 'dq']" :options="regions" :loading="loadingRegions" :disabled="!m[p + 'fw']" filterable
            :placeholder="m[p + 'fw'] === '2' ? '请选择国家或地区' : '请选择省份'" style="width: 220px" @change="onRegion" />
        </t-space>
      </t-form-item>
      <t-form-item :label="title + '名称'" :name="p + 'bm'" help="列表中没有的，请选择“其他”后填写服务商全称">
        <t-space>
          <t-select v-model="m[p + 'bm']" :options="providers" :loading="loadingProviders" :disabled="!m[p + 'dq']" filterable
            placeholder="请选择服务商" style="width: 340px" @change="onProvider" />
          <t-input v-if="m[p + 'bm'] === 'QT'" v-model="m[p + 'qtmc']" placeholder="请输入服务商全称" style="width: 280px" />
        </t-space>
      </t-form-item>`,
  };
  const providerState = (m, p) => ({
    scope: m[p + 'fw'] === '1' ? '境内' : m[p + 'fw'] === '2' ? '境外' : '',
    region: m[p + 'dqmc'] || '',
    name: m[p + 'bm'] === 'QT' ? m[p + 'qtmc'] : m[p + 'mc'] || '',
  });

  /* ---------- 多行输入（子域名、IP） ---------- */
  const RowsInput = {
    props: ['rows', 'placeholder'],
    template: `
      <div class="ba-rows">
        <div v-for="(row, i) in rows" :key="i" class="ba-row">
          <t-input v-model="rows[i]" :placeholder="placeholder" style="width: 360px" />
          <t-button v-if="rows.length > 1" variant="text" theme="danger" @click="rows.splice(i, 1)">删除</t-button>
        </div>
        <t-button variant="dashed" theme="primary" size="small" @click="rows.push('')">+ 添加</t-button>
      </div>`,
  };

  /* ---------- 新办网站申请：向导 ---------- */
  const emptyBasic = () => ({
    wzmc: '', sfyicp: '', icpbah: '', sfydlym: '', zym: '', zyms: [''], ipdz: [''], ktrq: '', wzxz: '', wzjb: '', fwlb: '', jrfs: '',
    jrsfw: '', jrsdq: '', jrsdqmc: '', jrsbm: '', jrsmc: '', jrsqtmc: '', ymsfw: '', ymsdq: '', ymsdqmc: '', ymsbm: '', ymsmc: '', ymsqtmc: '',
    jszcmc: '', jszcdh: '', fwqdz: '', fwqts: undefined, fwqwadm: '', tpt: [],
    sfjh: '', fwlx: [], sfgzwp: 'N', gzwp: [], sfqzsp: 'N', qzsp: [], zzcl: [], wzyy: [],
  });
  const emptyPerson = () => ({ tzt: 'N', xm: '', zjlx: '', zjhm: '', zj: [], sjhm: '', dzyj: '' });
  const ROLES = [
    { key: 'security', m: 'aq', title: '网站安全负责人' },
    { key: 'liaison', m: 'lxr', title: '网站信息联络人' },
    { key: 'opinionGuide', m: 'yq', title: '舆情引导员', optional: true },
  ];
  const wizard = reactive({ id: '', loaded: false, basic: emptyBasic(), people: { aq: emptyPerson(), lxr: emptyPerson(), yq: emptyPerson() }, subject: null });
  async function loadWizard(id) {
    if (wizard.id === id && wizard.loaded) return;
    Object.assign(wizard, { id, loaded: false });
    const [draft, subject] = await Promise.all([http('/api/website/draft/' + id), wizard.subject ? wizard.subject : http('/api/subject/current')]);
    wizard.basic = Object.assign(emptyBasic(), draft.basic || {});
    wizard.people = Object.assign({ aq: emptyPerson(), lxr: emptyPerson(), yq: emptyPerson() }, draft.people || {});
    wizard.subject = subject;
    wizard.loaded = true;
  }
  const saveWizard = () => http('/api/website/draft/' + wizard.id, { basic: wizard.basic, people: wizard.people });

  const basicState = (b) => ({
    name: b.wzmc,
    hasIcp: D.std(D.SF, b.sfyicp),
    ...(b.sfyicp === 'Y' ? { icpNumber: b.icpbah } : {}),
    hasOwnDomain: D.std(D.SF, b.sfydlym),
    domain: b.zym,
    subdomains: b.zyms.map((s) => s.trim()).filter(Boolean),
    ips: b.ipdz.map((s) => s.trim()).filter(Boolean),
    openedOn: b.ktrq || '',
    operating: D.std(D.WZXZ, b.wzxz),
    level: D.std(D.WZJB, b.wzjb),
    serviceCategory: D.std(D.FWLB, b.fwlb),
    accessMethod: D.std(D.JRFS, b.jrfs),
    accessProvider: providerState(b, 'jrs'),
    registrar: providerState(b, 'yms'),
    'techSupport.name': b.jszcmc,
    'techSupport.phone': b.jszcdh,
    serverAddress: b.fwqdz,
    serverCount: b.fwqts === undefined || b.fwqts === null || b.fwqts === '' ? '' : String(b.fwqts),
    serverPoliceCode: b.fwqwadm,
    topology: fileNames(b.tpt),
    interactive: b.sfjh === '1' ? '是' : b.sfjh === '0' ? '否' : '',
    serviceTypes: D.stdList(D.FWLX, b.fwlx),
    hasControlled: D.std(D.SF, b.sfgzwp),
    ...(b.sfgzwp === 'Y' ? { controlledGoods: D.stdList(D.GZWP, b.gzwp) } : {}),
    hasPreapproval: D.std(D.SF, b.sfqzsp),
    ...(b.sfqzsp === 'Y' ? { preapprovals: D.stdList(D.QZSP, b.qzsp) } : {}),
    ...(b.sfqzsp === 'Y' || b.sfgzwp === 'Y' ? { qualificationDocs: fileNames(b.zzcl) } : {}),
    languages: D.stdList(D.WZYY, b.wzyy),
  });
  const peopleState = (people) =>
    Object.fromEntries(
      ROLES.flatMap((r) => {
        const x = people[r.m];
        return [
          [r.key + '.sameAsPrincipal', x.tzt === 'Y'],
          [r.key + '.name', x.xm],
          [r.key + '.certType', D.std(D.ZJLX, x.zjlx)],
          [r.key + '.certNumber', x.zjhm],
          [r.key + '.cert', fileNames(x.zj)],
          [r.key + '.mobile', x.sjhm],
          [r.key + '.email', x.dzyj],
        ];
      }),
    );

  const StepSubject = {
    setup() {
      const s = computed(() => wizard.subject || {});
      return { s, D, next: () => go(`/website/apply/${wizard.id}/2`) };
    },
    template: `
      <div>
        <div class="ba-section">开办主体信息</div>
        <t-descriptions bordered :column="2" :label-style="{ width: '140px' }">
          <t-descriptions-item label="开办主体性质">{{ D.ZTXZ.find(o => o.value === s.ztxz)?.label }}</t-descriptions-item>
          <t-descriptions-item label="主办单位名称">{{ s.dwmc || s.fzrxm }}</t-descriptions-item>
          <t-descriptions-item label="负责人姓名">{{ s.fzrxm }}</t-descriptions-item>
          <t-descriptions-item label="证件类型">{{ D.ZJLX.find(o => o.value === s.fzrzjlx)?.label }}</t-descriptions-item>
          <t-descriptions-item label="证件号码">{{ s.fzrzjhm }}</t-descriptions-item>
          <t-descriptions-item label="负责人证件"><t-link theme="primary">点击查看</t-link></t-descriptions-item>
          <t-descriptions-item label="办公室电话">{{ s.bgdh }}</t-descriptions-item>
          <t-descriptions-item label="手机号码">{{ s.sjhm }}</t-descriptions-item>
          <t-descriptions-item label="电子邮件地址">{{ s.dzyj }}</t-descriptions-item>
          <t-descriptions-item label="审核状态"><t-tag theme="success" variant="light">{{ s.shzt }}</t-tag></t-descriptions-item>
          <t-descriptions-item label="常住地址" :span="2">{{ (s.cjdmc || []).join('') }}{{ s.xxdz }}</t-descriptions-item>
        </t-descriptions>
        <div class="ba-actions"><t-button theme="primary" @click="next">下一步</t-button></div>
      </div>`,
  };

  const StepBasic = {
    components: { ProviderPicker, RowsInput },
    setup() {
      const form = ref(null);
      const b = wizard.basic;
      const rules = {
        wzmc: [req('请输入网站名称', 'blur')],
        icpbah: [req('请输入ICP备案号', 'blur')],
        sfydlym: [req('请选择是否有独立一级域名')],
        zym: [req('请输入主域名', 'blur'), { pattern: /^([a-z0-9-]+\.)+[a-z]{2,}$/i, message: '域名格式不正确，如 baidu.com', trigger: 'blur' }],
        jrfs: [req('请选择网站接入方式')],
        jrsdq: [req('请选择接入服务商所在地')],
        jrsbm: [req('请选择接入服务商'), { validator: () => b.jrsbm !== 'QT' || !!b.jrsqtmc.trim(), message: '请填写服务商全称', trigger: 'blur' }],
        ymsdq: [req('请选择域名服务商所在地')],
        ymsbm: [req('请选择域名服务商'), { validator: () => b.ymsbm !== 'QT' || !!b.ymsqtmc.trim(), message: '请填写服务商全称', trigger: 'blur' }],
        sfjh: [req('请选择是否提供互联网交互服务')],
        gzwp: [{ validator: (v) => v.length > 0, message: '请勾选涉及的管制物品类别' }],
        qzsp: [{ validator: (v) => v.length > 0, message: '请勾选涉及的前置审批内容' }],
        zzcl: [{ validator: (v) => fileNames(v).length > 0, message: '请上传相关资质证明材料' }],
        wzyy: [req('请至少选择一种网站语言')],
        jszcdh: [{ pattern: /^[\d-]*$/, message: '电话号码格式不正确', trigger: 'blur' }],
        fwqwadm: [{ pattern: /^(\d{12})?$/, message: '网安部门代码为12位数字', trigger: 'blur' }],
      };
      async function move(step, check) {
        if (check) {
          const result = await form.value.validate();
          if (result !== true) return MessagePlugin.warning('请按提示完善网站基本信息');
        }
        await saveWizard();
        go(`/website/apply/${wizard.id}/${step}`);
      }
      async function saveDraft() {
        await saveWizard();
        MessagePlugin.success('草稿已保存');
      }
      return { D, b, form, rules, move, saveDraft, fmtUpload };
    },
    template: `
      <t-form ref="form" :data="b" :rules="rules" label-width="200px" label-align="right" scroll-to-first-error="smooth" class="ba-form">
        <div class="ba-section">网站信息</div>
        <t-form-item label="网站名称" name="wzmc" help="不得以域名作为网站名称，个人网站不得使用“公司”“中国”等字样">
          <t-input v-model="b.wzmc" placeholder="请输入网站名称" clearable style="width: 420px" />
        </t-form-item>
        <t-form-item label="是否已取得ICP备案" name="sfyicp">
          <t-radio-group v-model="b.sfyicp" :options="D.SF" />
        </t-form-item>
        <t-form-item v-if="b.sfyicp === 'Y'" label="ICP备案号" name="icpbah">
          <t-input v-model="b.icpbah" placeholder="如：京ICP证030173号-1" clearable style="width: 420px" />
        </t-form-item>
        <t-form-item label="是否有独立一级域名" name="sfydlym">
          <t-radio-group v-model="b.sfydlym" :options="D.SF" />
        </t-form-item>
        <t-form-item label="主域名" name="zym" help="不含 www，如 baidu.com">
          <t-input v-model="b.zym" placeholder="请输入网站主域名" clearable style="width: 420px" />
        </t-form-item>
        <t-form-item label="子域名" name="zyms">
          <rows-input :rows="b.zyms" placeholder="如：www.baidu.com" />
        </t-form-item>
        <t-form-item label="IP地址" name="ipdz" help="虚拟主机只对应一个IP的填写该IP；对应多个的如实填写起止IP">
          <rows-input :rows="b.ipdz" placeholder="如：20.10.0.1 或 20.10.0.1-20.10.0.9" />
        </t-form-item>
        <t-form-item label="开通日期" name="ktrq">
          <t-date-picker v-model="b.ktrq" allow-input clearable placeholder="网站开通日期" />
        </t-form-item>
        <t-form-item label="网站性质" name="wzxz">
          <t-radio-group v-model="b.wzxz" :options="D.WZXZ" />
        </t-form-item>
        <t-form-item label="网站级别" name="wzjb">
          <t-select v-model="b.wzjb" :options="D.WZJB" placeholder="请选择" style="width: 200px" />
        </t-form-item>
        <t-form-item label="网站服务类别" name="fwlb">
          <t-select v-model="b.fwlb" :options="D.FWLB" placeholder="请选择网站主要服务类别" style="width: 420px" />
        </t-form-item>

        <div class="ba-section">网络接入服务商</div>
        <t-form-item label="网站接入方式" name="jrfs">
          <t-select v-model="b.jrfs" :options="D.JRFS" placeholder="请选择接入方式" style="width: 260px" />
        </t-form-item>
        <provider-picker :m="b" p="jrs" kind="jr" title="接入服务商" />

        <div class="ba-section">域名注册服务商</div>
        <provider-picker :m="b" p="yms" kind="ym" title="域名服务商" />

        <div class="ba-section">技术支持及服务器</div>
        <t-form-item label="技术支持单位名称" name="jszcmc">
          <t-input v-model="b.jszcmc" placeholder="为网站提供技术支持的单位或个人" clearable style="width: 420px" />
        </t-form-item>
        <t-form-item label="技术支持单位电话" name="jszcdh">
          <t-input v-model="b.jszcdh" placeholder="联系电话" clearable style="width: 260px" />
        </t-form-item>
        <t-form-item label="服务器存放物理地址" name="fwqdz">
          <t-input v-model="b.fwqdz" placeholder="机房所在省市区及详细地址" clearable style="width: 420px" />
        </t-form-item>
        <t-form-item label="服务器台数" name="fwqts">
          <t-input-number v-model="b.fwqts" :min="1" :max="9999" theme="normal" placeholder="台数" style="width: 160px" />
        </t-form-item>
        <t-form-item label="服务器所在地网安部门代码" name="fwqwadm" help="12位数字，可咨询当地公安机关网安部门">
          <t-input v-model="b.fwqwadm" placeholder="如：110105000000" maxlength="12" style="width: 260px" />
        </t-form-item>
        <t-form-item label="网络拓扑图" name="tpt">
          <t-upload v-model="b.tpt" theme="file" accept="image/*,.pdf" action="/api/file/upload" :format-response="fmtUpload" :max="1"
            :size-limit="{ size: 2, unit: 'MB', message: '文件不能超过2MB' }" tips="jpg/png/pdf，2MB以内" />
        </t-form-item>

        <div class="ba-section">服务类型</div>
        <t-form-item label="是否提供互联网交互服务" name="sfjh" help="交互服务指论坛、评论、留言、即时通讯等用户可发布信息的服务">
          <t-radio-group v-model="b.sfjh" :options="[{ value: '1', label: '是' }, { value: '0', label: '否' }]" />
        </t-form-item>
        <t-form-item label="服务类型" name="fwlx">
          <t-checkbox-group v-model="b.fwlx" :options="D.FWLX" class="ba-grid" />
        </t-form-item>

        <div class="ba-section">网站内容</div>
        <t-form-item label="是否发布管制物品信息" name="sfgzwp" help="面审时请携带对应资质材料">
          <t-radio-group v-model="b.sfgzwp" :options="D.SF" />
        </t-form-item>
        <t-form-item v-if="b.sfgzwp === 'Y'" label="管制物品类别" name="gzwp">
          <t-checkbox-group v-model="b.gzwp" :options="D.GZWP" class="ba-grid" />
        </t-form-item>
        <t-form-item label="是否涉及前置审批内容" name="sfqzsp" help="如新闻、出版、教育、医疗保健等需经主管部门前置审批">
          <t-radio-group v-model="b.sfqzsp" :options="D.SF" />
        </t-form-item>
        <t-form-item v-if="b.sfqzsp === 'Y'" label="前置审批内容" name="qzsp">
          <t-checkbox-group v-model="b.qzsp" :options="D.QZSP" class="ba-grid" />
        </t-form-item>
        <t-form-item v-if="b.sfqzsp === 'Y' || b.sfgzwp === 'Y'" label="资质证明材料" name="zzcl">
          <t-upload v-model="b.zzcl" theme="file" multiple :max="5" accept="image/*,.pdf" action="/api/file/upload" :format-response="fmtUpload"
            tips="请上传所勾选项目的许可或审批文件，单个文件2MB以内" :size-limit="{ size: 2, unit: 'MB' }" />
        </t-form-item>

        <div class="ba-section">网站语言</div>
        <t-form-item label="网站语言" name="wzyy">
          <t-checkbox-group v-model="b.wzyy" :options="D.WZYY" class="ba-grid" />
        </t-form-item>

        <div class="ba-actions">
          <t-button theme="default" variant="base" @click="move(1, false)">上一步</t-button>
          <t-button theme="primary" variant="outline" @click="saveDraft">保存</t-button>
          <t-button theme="primary" @click="move(3, true)">下一步</t-button>
        </div>
      </t-form>`,
  };

  const PersonCard = {
    props: ['x', 'title', 'optional'],
    setup(props) {
      const form = ref(null);
      const x = props.x;
      function onSame(value) {
        const s = wizard.subject || {};
        if (value === 'Y') {
          Object.assign(x, {
            xm: s.fzrxm || '', zjlx: s.fzrzjlx || '', zjhm: s.fzrzjhm || '', sjhm: s.sjhm || '', dzyj: s.dzyj || '',
            zj: (s.fzrzj || []).slice(0, 1).map((f) => ({ ...f, status: 'success' })),
          });
          form.value && form.value.clearValidate();
        } else Object.assign(x, { xm: '', zjlx: '', zjhm: '', zj: [], sjhm: '', dzyj: '' });
      }
      const need = (msg, trigger) => (props.optional ? [] : [req(msg, trigger)]);
      const rules = {
        xm: need('请输入姓名', 'blur'),
        zjlx: need('请选择证件类型'),
        zjhm: [...need('请输入证件号码', 'blur'), idRule(x, 'zjlx')],
        zj: props.optional ? [] : [req('请上传证件扫描件'), { validator: (v) => fileNames(v).length > 0, message: '请上传证件扫描件' }],
        sjhm: [...need('请输入手机号码', 'blur'), { ...MOBILE, pattern: /^(1[3-9]\d{9})?$/ }],
        dzyj: [...need('请输入电子邮箱', 'blur'), EMAIL],
      };
      return { D, x, form, rules, onSame, fmtUpload, validate: () => form.value.validate() };
    },
    template: `
      <t-card :bordered="true" class="ba-person" :header-bordered="true">
        <template #header>
          <div class="ba-person-head">
            <span class="ba-person-title">{{ title }}<span v-if="optional" class="ba-muted">（选填）</span></span>
            <span class="ba-switch"><t-switch v-model="x.tzt" :custom-value="['Y', 'N']" @change="onSame" /> 同主体负责人</span>
          </div>
        </template>
        <t-form ref="form" :data="x" :rules="rules" :disabled="x.tzt === 'Y'" label-width="120px" label-align="right" class="ba-form">
          <t-form-item label="姓名" name="xm"><t-input v-model="x.xm" placeholder="请输入姓名" clearable style="width: 320px" /></t-form-item>
          <t-form-item label="证件类型" name="zjlx"><t-select v-model="x.zjlx" :options="D.ZJLX" placeholder="请选择证件类型" style="width: 320px" /></t-form-item>
          <t-form-item label="证件号码" name="zjhm"><t-input v-model="x.zjhm" placeholder="请输入有效证件号码" clearable style="width: 320px" /></t-form-item>
          <t-form-item label="证件" name="zj" help="请上传有效证件扫描件以便审核（100KB以内）">
            <t-upload v-model="x.zj" theme="image" :max="1" accept="image/png,image/jpeg" action="/api/file/upload" :format-response="fmtUpload"
              :size-limit="{ size: 100, unit: 'KB', message: '图片不能超过100KB' }" />
          </t-form-item>
          <t-form-item label="手机号码" name="sjhm"><t-input v-model="x.sjhm" placeholder="请输入手机号码" maxlength="11" clearable style="width: 320px" /></t-form-item>
          <t-form-item label="电子邮箱" name="dzyj" help="用于接收备案审核结果等通知"><t-input v-model="x.dzyj" placeholder="请输入电子邮箱" clearable style="width: 320px" /></t-form-item>
        </t-form>
      </t-card>`,
  };

  const StepPeople = {
    components: { PersonCard },
    setup() {
      const cards = ref([]);
      async function move(step, check) {
        if (check) {
          const results = await Promise.all(cards.value.map((c) => c.validate()));
          if (results.some((r) => r !== true)) return MessagePlugin.warning('请按提示完善网站负责人信息');
        }
        await saveWizard();
        go(`/website/apply/${wizard.id}/${step}`);
      }
      return { ROLES, people: computed(() => wizard.people), cards, move };
    },
    template: `
      <div>
        <t-alert theme="info" class="ba-gap" message="与开办主体负责人为同一人的，打开“同主体负责人”开关即可自动带出负责人信息；不同的请如实填写。" />
        <person-card v-for="r in ROLES" :key="r.m" ref="cards" :x="people[r.m]" :title="r.title" :optional="r.optional" />
        <div class="ba-actions">
          <t-button theme="default" variant="base" @click="move(2, false)">上一步</t-button>
          <t-button theme="primary" @click="move(4, true)">下一步</t-button>
        </div>
      </div>`,
  };

  const StepNotice = {
    setup() {
      const left = ref(10);
      const agreed = ref(false);
      const timer = setInterval(() => left.value > 0 && left.value--, 1000);
      onBeforeUnmount(() => clearInterval(timer));
      async function submit() {
        await saveWizard();
        await http('/api/website/submit/' + wizard.id, {});
        MessagePlugin.success('提交成功，请等待公安机关审核');
        go('/home');
      }
      return { left, agreed, submit, back: () => go(`/website/apply/${wizard.id}/3`) };
    },
    template: `
      <div>
        <div class="ba-section">信息网站安全责任书</div>
        <div class="ba-letter">
          <p>为加强互联网站安全管理，保障网络与信息安全，维护国家安全、社会秩序和公共利益，网站开办者应遵守《中华人民共和国网络安全法》《计算机信息网络国际联网安全保护管理办法》等法律法规，落实以下安全责任：</p>
          <p>一、建立健全网络安全管理制度，落实安全保护技术措施；二、不得利用网站制作、复制、查阅和传播违法信息；三、发现违法信息及时删除并保存记录，向公安机关报告；四、配合公安机关依法开展的监督检查。</p>
        </div>
        <t-checkbox v-model="agreed" :disabled="left > 0">已阅读，并承诺上述网络安全责任<span v-if="left > 0">（{{ left }}秒）</span></t-checkbox>
        <div class="ba-actions">
          <t-button theme="default" variant="base" @click="back">上一步</t-button>
          <t-button theme="primary" :disabled="!agreed" @click="submit">提交</t-button>
        </div>
      </div>`,
  };

  const WizardPage = {
    props: ['id', 'step'],
    components: { StepSubject, StepBasic, StepPeople, StepNotice },
    setup(props) {
      const setReady = usePageState(() => {
        if (!wizard.loaded) return {};
        if (props.step === 2) return basicState(wizard.basic);
        if (props.step === 3) return peopleState(wizard.people);
        return {};
      });
      watch(
        () => props.id,
        async (id) => {
          setReady(false);
          await loadWizard(id);
          setReady(true);
        },
        { immediate: true },
      );
      const view = computed(() => ['step-subject', 'step-basic', 'step-people', 'step-notice'][props.step - 1]);
      return { wizard, view };
    },
    template: `
      <div class="ba-card">
        <div class="ba-page-title">网站申请 <span class="ba-draft">草稿编号：{{ id }}</span></div>
        <t-steps :current="step - 1" readonly class="ba-steps">
          <t-step-item title="网站开办主体" />
          <t-step-item title="网站基本信息" />
          <t-step-item title="网站负责人" />
          <t-step-item title="提示说明" />
        </t-steps>
        <t-loading v-if="!wizard.loaded" text="加载中…" size="small" class="ba-loading" />
        <component v-else :is="view" :key="id + '-' + step" />
      </div>`,
  };

  /* 新办网站申请入口：创建草稿后进入第一步 */
  const NewApply = {
    setup() {
      usePageState(() => ({}));
      http('/api/website/draft', {}).then((d) => location.replace('#/website/apply/' + d.id + '/1'));
    },
    template: `<div class="ba-card"><t-loading text="正在创建申请…" size="small" /></div>`,
  };

  /* ---------- 框架 ---------- */
  const App = {
    components: { HomePage, SubjectPage, WizardPage, ListPage, NewApply },
    setup() {
      const view = computed(() => {
        const wiz = /^\/website\/apply\/(\w+)\/([1-4])$/.exec(route.path);
        if (wiz) return { is: 'wizard-page', props: { id: wiz[1], step: Number(wiz[2]) }, menu: '/website/apply', key: 'wizard' };
        if (route.path === '/website/apply') return { is: 'new-apply', props: {}, menu: '/website/apply', key: 'new' };
        if (route.path === '/subject/manage') return { is: 'subject-page', props: {}, menu: route.path, key: route.path };
        if (LISTS[route.path]) return { is: 'list-page', props: { path: route.path }, menu: route.path, key: route.path };
        return { is: 'home-page', props: {}, menu: '/home', key: '/home' };
      });
      const title = computed(() => (MENU.find((i) => i.path === view.value.menu) || MENU[0]).title);
      return { MENU, view, title, go };
    },
    template: `
      <div class="ba-app">
        <header class="ba-header">
          <div class="ba-header-inner">
            <div class="ba-logo">
              <svg width="44" height="44" viewBox="0 0 44 44"><circle cx="22" cy="22" r="21" fill="#f5c400"/><circle cx="22" cy="22" r="16" fill="#123f8c"/><path d="M22 10l3.2 7.2 7.8.6-6 5 1.9 7.6L22 26.3l-6.9 4.1 1.9-7.6-6-5 7.8-.6z" fill="#f5c400"/></svg>
              <div><div class="ba-title">全国公安机关互联网站安全服务平台</div><div class="ba-subtitle">Internet Site Security Service Platform</div></div>
            </div>
            <nav class="ba-nav"><a>首页</a><a>公共查询</a><a>通知公告</a><a>备案须知</a><a>政策法规</a><a>常见问题</a><a class="on">个人中心</a></nav>
            <div class="ba-user">欢迎您，qingwu_admin　<a>退出</a></div>
          </div>
        </header>
        <div class="ba-body">
          <aside class="ba-aside">
            <t-menu :value="view.menu" width="220px">
              <t-menu-group title="个人中心">
                <t-menu-item v-for="item in MENU" :key="item.path" :value="item.path" @click="go(item.path)">{{ item.title }}</t-menu-item>
              </t-menu-group>
            </t-menu>
          </aside>
          <main class="ba-main">
            <t-breadcrumb class="ba-crumb"><t-breadcrumb-item>个人中心</t-breadcrumb-item><t-breadcrumb-item>{{ title }}</t-breadcrumb-item></t-breadcrumb>
            <component :is="view.is" v-bind="view.props" :key="view.key" />
          </main>
        </div>
        <footer class="ba-footer">主办单位：中华人民共和国公安部　技术支持：公安部网络安全保卫局<br>建议使用 Chrome、Edge 等浏览器，分辨率 1366×768 及以上</footer>
      </div>`,
  };

  const app = createApp(App);
  app.use(TDesign.default || TDesign);
  app.mount('#app');
  mounted = true;
})();
