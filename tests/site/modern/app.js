/* The modern platform's single-page app (Vue 3 + Element Plus, #/ routes), drawn from the same
   field specs as the classic portal (GET /api/forms). Values post as { param: value }. */
(function () {
  const { createApp, reactive, ref, computed, watch, onMounted, onUnmounted } = Vue;
  const { ElMessage } = ElementPlus;

  const api = async (path, body) => {
    const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return response.json();
  };
  const getJson = async (path) => (await fetch(path)).json();

  const route = reactive({ path: '/', query: {} });
  function readRoute() {
    const [path, search] = location.hash.replace(/^#/, '').split('?');
    route.path = path || '/';
    route.query = Object.fromEntries(new URLSearchParams(search || ''));
  }
  window.addEventListener('hashchange', readRoute);
  readRoute();
  const go = (hash) => { location.hash = hash; };

  const forms = reactive({ subject: [], website: [], people: [], loaded: false });
  getJson('/api/forms').then((data) => Object.assign(forms, data, { loaded: true }));

  /* ---------- one field, by its spec ---------- */
  const FieldItem = {
    props: ['spec', 'model'],
    setup(props) {
      const providerRegions = ref([]);
      const providerNames = ref([]);
      const dialog = reactive({ open: false, query: '', rows: [] });
      const spec = props.spec;
      const model = props.model;
      const loadRegions = async () => {
        providerRegions.value = await getJson(`/common/provider-regions?scope=${encodeURIComponent(model[spec.param + '_jw'] || '境内')}`);
      };
      const loadNames = async (query) => {
        const region = model[spec.param + '_qy'];
        if (!region) { providerNames.value = []; return []; }
        const names = await getJson(`/common/providers?scope=${encodeURIComponent(model[spec.param + '_jw'])}&region=${encodeURIComponent(region)}&q=${encodeURIComponent(query || '')}`);
        providerNames.value = names;
        return names;
      };
      if (spec.control === 'provider') {
        if (!model[spec.param + '_jw']) model[spec.param + '_jw'] = '境内';
        loadRegions().then(() => loadNames());
        watch(() => model[spec.param + '_jw'], () => { model[spec.param + '_qy'] = ''; model[spec.param + '_mc'] = ''; loadRegions(); loadNames(); });
        watch(() => model[spec.param + '_qy'], () => loadNames());
      }
      const search = async () => { dialog.rows = (await loadNames(dialog.query)).map((name) => ({ name })); };
      const pick = (row) => { model[spec.param + '_mc'] = row.name; dialog.open = false; };
      const cascader = {
        lazy: true,
        async lazyLoad(node, resolve) {
          const parent = node.level === 0 ? '' : node.value;
          const items = await getJson(`/common/region?parent=${parent}`);
          resolve(items.map((item) => ({ value: item.code, label: item.name, leaf: node.level >= 2 })));
        },
      };
      const uploaded = (param) => (response, file) => {
        if (response.code !== 0) { ElMessage.error(response.msg); file.status = 'fail'; model[param] = ''; return; }
        model[param] = response.data.id;
      };
      const uploadFailed = () => ElMessage.error('上传失败');
      const sms = async () => { const result = await api('/api/sms', {}); ElMessage.success(result.msg); };
      const sideParams = spec.sides ? spec.sides.map((side) => spec.param + (side === '正面' ? '_zm' : '_fm')) : [spec.param];
      return { providerRegions, providerNames, dialog, search, pick, cascader, uploaded, uploadFailed, sms, sideParams };
    },
    template: `
<template v-if="spec.control === 'provider'">
  <el-form-item :label="spec.label" :required="spec.required" class="provider-region">
    <el-radio-group v-model="model[spec.param + '_jw']"><el-radio value="境内">境内</el-radio><el-radio value="境外">境外</el-radio></el-radio-group>
    <el-select v-model="model[spec.param + '_qy']" :placeholder="spec.hint" style="width: 200px; margin-left: 12px">
      <el-option v-for="region in providerRegions" :key="region" :label="region" :value="region" />
    </el-select>
  </el-form-item>
  <el-form-item label="名称" :required="spec.required">
    <el-select v-model="model[spec.param + '_mc']" filterable placeholder="请选择服务商名称" style="width: 320px">
      <el-option v-for="name in providerNames" :key="name" :label="name" :value="name" />
    </el-select>
    <el-button style="margin-left: 8px" @click="dialog.open = true; search()">{{ spec.param === 'jrs' ? '查询接入服务商' : '查询域名服务商' }}</el-button>
    <el-input v-if="model[spec.param + '_mc'] === '其他'" v-model="model[spec.param + '_qt']" placeholder="请填写服务商名称" style="width: 320px; margin-top: 6px" />
    <el-dialog v-model="dialog.open" :title="spec.param === 'jrs' ? '查询接入服务商' : '查询域名服务商'" width="560px" append-to-body>
      <el-input v-model="dialog.query" placeholder="请输入服务商名称关键字" style="width: 300px" />
      <el-button type="primary" style="margin-left: 8px" @click="search">查询</el-button>
      <el-table :data="dialog.rows" style="margin-top: 10px">
        <el-table-column prop="name" label="服务商名称" />
        <el-table-column label="操作" width="90"><template #default="scope"><el-button link type="primary" @click="pick(scope.row)">选择</el-button></template></el-table-column>
      </el-table>
    </el-dialog>
  </el-form-item>
</template>
<el-form-item v-else :label="spec.label" :required="spec.required" :class="'item-' + spec.control">
  <el-input v-if="spec.control === 'text'" v-model="model[spec.param]" :placeholder="spec.hint || ('请输入' + spec.label)" />
  <el-input v-else-if="spec.control === 'textarea'" v-model="model[spec.param]" type="textarea" :rows="3" />
  <el-select v-else-if="spec.control === 'select'" v-model="model[spec.param]" :placeholder="spec.hint || '请选择'" style="width: 320px">
    <el-option v-for="option in spec.options" :key="option.value" :label="option.label" :value="option.value" />
  </el-select>
  <el-radio-group v-else-if="spec.control === 'radio'" v-model="model[spec.param]">
    <el-radio v-for="option in spec.options" :key="option.value" :value="option.value">{{ option.label }}</el-radio>
  </el-radio-group>
  <el-checkbox-group v-else-if="spec.control === 'checkboxes'" v-model="model[spec.param]" class="checks">
    <el-checkbox v-for="option in spec.options" :key="option.value" :value="option.value">{{ option.label }}</el-checkbox>
  </el-checkbox-group>
  <div v-else-if="spec.control === 'rows'" class="rows">
    <div v-for="(row, index) in model[spec.param]" :key="index" class="row-item">
      <el-input v-model="model[spec.param][index]" :placeholder="spec.hint" style="width: 280px" />
      <el-button @click="model[spec.param].splice(index, 1)">删除</el-button>
    </div>
    <el-button @click="model[spec.param].push('')">添加</el-button>
  </div>
  <el-cascader v-else-if="spec.control === 'region'" v-model="model[spec.param]" :props="cascader" :placeholder="spec.hint" style="width: 360px" />
  <div v-else-if="spec.control === 'file'" class="uploads">
    <div v-for="(param, index) in sideParams" :key="param" class="upload-side">
      <span v-if="spec.sides" class="side">{{ spec.sides[index] }}</span>
      <el-upload :action="'/api/upload?param=' + param" name="file" :limit="1" accept="image/*" list-type="text" :on-success="uploaded(param)" :on-error="uploadFailed" :on-remove="() => (model[param] = '')">
        <el-button>点击上传</el-button>
      </el-upload>
    </div>
  </div>
  <template v-else-if="spec.control === 'sms'">
    <el-input v-model="model[spec.param]" placeholder="请输入手机验证码" style="width: 180px" />
    <el-button style="margin-left: 8px" @click="sms">获取验证码</el-button>
  </template>
  <div v-if="spec.hint && ['file', 'radio', 'checkboxes'].includes(spec.control)" class="hint">{{ spec.hint }}</div>
</el-form-item>`,
  };

  /** The posted body: region cascader values split into the platform's three parameters. */
  function toBody(blocks, model) {
    const body = {};
    for (const spec of blocks.flatMap((block) => block.fields)) {
      if (spec.control === 'region') {
        const [sheng, shi, qu] = model[spec.param] || [];
        Object.assign(body, { [spec.param + '_sheng']: sheng || '', [spec.param + '_shi']: shi || '', [spec.param + '_qu']: qu || '' });
      } else if (spec.control === 'provider') {
        for (const suffix of ['_jw', '_qy', '_mc', '_qt']) body[spec.param + suffix] = model[spec.param + suffix] || '';
      } else if (spec.control === 'file') {
        for (const suffix of spec.sides ? ['_zm', '_fm'] : ['']) body[spec.param + suffix] = model[spec.param + suffix] || '';
      } else {
        body[spec.param] = model[spec.param];
      }
    }
    return body;
  }

  function emptyModel(blocks) {
    const model = {};
    for (const spec of blocks.flatMap((block) => block.fields)) {
      const list = (spec.control === 'checkboxes' && spec.options.length > 1) || spec.control === 'rows' || spec.control === 'region';
      model[spec.param] = list ? [] : '';
    }
    return model;
  }

  const FormBlocks = {
    props: ['blocks', 'model', 'individual'],
    components: { FieldItem },
    template: `
<el-card v-for="block in blocks" :key="block.title" class="block" shadow="never">
  <template #header><span class="block-title">{{ block.title }}</span></template>
  <template v-for="spec in block.fields" :key="spec.key">
    <field-item v-if="!(spec.unitOnly && individual)" :spec="spec" :model="model" />
  </template>
</el-card>`,
  };

  /* ---------- pages ---------- */
  /** `?variant=1` (robustness tests): labels reworded within synonyms, the principal's fields in
      another order, an unrelated extra field, 备注 missing. What it posts is unchanged. */
  const REWORDED = { 主办单位性质: '开办主体性质', 办公室电话: '办公电话', 电子邮件地址: '电子邮箱', 负责人常住地: '常住地' };
  const variantOf = (blocks) => blocks.map((block, index) => {
    const fields = block.fields.filter((spec) => spec.key !== 'principal.remark').map((spec) => ({ ...spec, label: REWORDED[spec.label] || spec.label }));
    return index === 0 ? { ...block, fields: [...fields, { key: 'extra.qq', label: 'QQ号码', control: 'text', param: 'qq' }] } : { ...block, fields: [...fields].reverse() };
  });

  const SubjectPage = {
    components: { FormBlocks },
    setup() {
      const model = reactive({});
      const blocks = computed(() => (route.query.variant === '1' ? variantOf(forms.subject) : forms.subject));
      watch(() => forms.loaded, (loaded) => loaded && Object.assign(model, emptyModel(forms.subject)), { immediate: true });
      const natureLabel = computed(() => (forms.subject[0]?.fields[0]?.options || []).find((option) => option.value === model.zbdwxz)?.label);
      const save = async () => {
        const result = await api('/api/subject', toBody(forms.subject, model));
        if (result.code === 0) ElMessage.success(result.msg); else ElMessage.error(result.msg);
      };
      return { blocks, model, natureLabel, save };
    },
    template: `
<div><h2 class="page-title">新增主体</h2>
<el-form label-width="180px" class="subject-form"><form-blocks :blocks="blocks" :model="model" :individual="natureLabel === '个人'" /></el-form>
<div class="actions"><el-button type="primary" @click="save">保存</el-button></div></div>`,
  };

  const SubjectSummary = {
    props: ['subject'],
    template: `
<el-descriptions :column="2" border title="网站开办主体">
  <el-descriptions-item label="主办单位性质">{{ subject.nature }}</el-descriptions-item>
  <el-descriptions-item label="负责人姓名">{{ subject['principal.name'] }}</el-descriptions-item>
  <el-descriptions-item label="负责人证件类型">{{ subject['principal.certType'] }}</el-descriptions-item>
  <el-descriptions-item label="负责人证件号码">{{ subject['principal.certNumber'] }}</el-descriptions-item>
  <el-descriptions-item label="办公室电话">{{ subject['principal.officePhone'] }}</el-descriptions-item>
  <el-descriptions-item label="手机号码">{{ subject['principal.mobile'] }}</el-descriptions-item>
  <el-descriptions-item label="电子邮件地址">{{ subject['principal.email'] }}</el-descriptions-item>
</el-descriptions>`,
  };

  const AGREEMENT = ['依法从事互联网信息服务,不利用互联网制作、复制、发布、传播含有下列内容的信息,或者为制作、复制、发布、传播含有下列内容的信息提供服务:', '1. 反对宪法所确定的基本原则,危害国家安全,泄露国家秘密,颠覆国家政权,破坏国家统一,损害国家荣誉和利益;', '9. 法律、行政法规禁止的其他信息。'];

  const WizardPage = {
    components: { FormBlocks, SubjectSummary },
    setup() {
      const step = ref(0);
      const state = reactive({ subject: null, loaded: false });
      const model = reactive({});
      const agreed = ref(false);
      const countdown = ref(10);
      let timer;
      const mode = computed(() => route.query.mode || 'new');
      onMounted(async () => {
        const result = await api('/api/state');
        if (result.code !== 0) { go('#/login'); return; }
        state.subject = result.data.subject;
        state.loaded = true;
        const all = [...result.data.unfiled, ...result.data.claimable, ...result.data.filed];
        const site = all.find((candidate) => candidate.id === route.query.id);
        const init = () => {
          Object.assign(model, emptyModel(forms.website), emptyModel(forms.people));
          if (site) {
            const values = { name: site.name, domain: site.domain, icpNumber: site.icpNumber, ...(site.fields || {}) };
            for (const spec of forms.website.flatMap((block) => block.fields)) {
              if (values[spec.key] !== undefined) model[spec.param] = Array.isArray(values[spec.key]) ? [...values[spec.key]] : values[spec.key];
            }
          }
        };
        if (forms.loaded) init(); else watch(() => forms.loaded, init);
      });
      watch(step, (value) => {
        clearInterval(timer);
        if (value !== 3) return;
        countdown.value = 10;
        timer = setInterval(() => { countdown.value -= 1; if (countdown.value <= 0) clearInterval(timer); }, 1000);
      });
      onUnmounted(() => clearInterval(timer));
      const submit = async () => {
        const body = { ...toBody(forms.website, model), ...toBody(forms.people, model), agreed: agreed.value, mode: mode.value, websiteId: route.query.id || '' };
        const result = await api('/api/website', body);
        if (result.code === 0) { ElMessage.success(result.msg); go('#/web/business/businessHome/website'); } else ElMessage.error(result.msg);
      };
      return { step, state, model, forms, agreed, countdown, submit, AGREEMENT, mode };
    },
    template: `
<div><h2 class="page-title">{{ mode === 'change' ? '网站信息变更' : mode === 'claim' ? '已办网站认领' : '新办网站申请' }}</h2>
<el-steps :active="step" finish-status="success" align-center class="steps">
  <el-step title="网站开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" />
</el-steps>
<div v-if="step === 0">
  <subject-summary v-if="state.subject" :subject="state.subject" />
  <el-alert v-else-if="state.loaded" type="warning" :closable="false" title="请先在“申请主体 → 新增主体”中填写开办主体信息" />
  <div class="actions"><el-button type="primary" :disabled="!state.subject" @click="step = 1">下一步</el-button></div>
</div>
<el-form v-show="step === 1" label-width="200px"><form-blocks :blocks="forms.website" :model="model" />
  <div class="actions"><el-button @click="step = 0">上一步</el-button><el-button type="primary" @click="step = 2">下一步</el-button></div></el-form>
<el-form v-show="step === 2" label-width="200px">
  <el-card v-for="block in forms.people" :key="block.title" class="block person" shadow="never">
    <template #header><span class="block-title">{{ block.title }}</span>
      <el-checkbox v-model="model[block.fields[0].param]" true-value="1" false-value="" style="margin-left: 16px">同主体负责人信息</el-checkbox></template>
    <form-blocks v-if="model[block.fields[0].param] !== '1'" :blocks="[{ title: '', fields: block.fields.slice(1) }]" :model="model" class="inner" />
  </el-card>
  <div class="actions"><el-button @click="step = 1">上一步</el-button><el-button type="primary" @click="step = 3">下一步</el-button></div></el-form>
<div v-if="step === 3"><el-card shadow="never"><template #header>信息网站安全责任书</template><p v-for="line in AGREEMENT" :key="line">{{ line }}</p></el-card>
  <el-checkbox v-model="agreed" :disabled="countdown > 0">已阅读,并承诺上述网络安全责任{{ countdown > 0 ? '(' + countdown + '秒)' : '' }}</el-checkbox>
  <div class="actions"><el-button @click="step = 2">上一步</el-button><el-button type="primary" @click="submit">提交</el-button></div></div>
</div>`,
  };

  const WebsiteHome = {
    setup() {
      const data = reactive({ unfiled: [], reviewing: [], claimable: [], filed: [], loaded: false });
      const tab = ref(route.query.tab || 'unfiled');
      const claimQuery = ref('');
      const cancel = reactive({ open: false, site: null, code: '' });
      const load = async () => {
        const result = await api('/api/state');
        if (result.code !== 0) { go('#/login'); return; }
        Object.assign(data, result.data, { loaded: true });
      };
      onMounted(load);
      const claimRows = computed(() => data.claimable.filter((site) => !claimQuery.value || site.domain.includes(claimQuery.value)));
      const sendSms = async () => ElMessage.success((await api('/api/sms', {})).msg);
      const confirmCancel = async () => {
        const result = await api('/api/cancel', { id: cancel.site.id, smsCode: cancel.code });
        if (result.code === 0) { ElMessage.success(result.msg); cancel.open = false; load(); } else ElMessage.error(result.msg);
      };
      const apply = (mode, id) => go(`#/web/website/apply?mode=${mode}&id=${id}`);
      return { data, tab, claimQuery, claimRows, cancel, sendSms, confirmCancel, apply };
    },
    template: `
<div><h2 class="page-title">网站业务</h2>
<el-tabs v-model="tab">
  <el-tab-pane :label="'审核中网站(' + data.reviewing.length + ')'" name="reviewing">
    <el-table :data="data.reviewing"><el-table-column prop="name" label="网站名称" /><el-table-column prop="domain" label="网站域名" /><el-table-column prop="appliedOn" label="提交时间" />
      <el-table-column label="状态"><template #default>待审核</template></el-table-column></el-table>
  </el-tab-pane>
  <el-tab-pane :label="'未备案网站(' + data.unfiled.length + ')'" name="unfiled">
    <el-table :data="data.unfiled"><el-table-column prop="name" label="网站名称" /><el-table-column prop="domain" label="网站域名" /><el-table-column prop="unitName" label="单位名称" />
      <el-table-column prop="icpNumber" label="工信备案号" /><el-table-column prop="noticeTime" label="通知备案时间" />
      <el-table-column label="备案"><template #default="scope"><el-button link type="primary" @click="apply('unfiled', scope.row.id)">备案</el-button></template></el-table-column></el-table>
  </el-tab-pane>
  <el-tab-pane :label="'待认领网站(' + data.claimable.length + ')'" name="claim">
    <el-input v-model="claimQuery" placeholder="请输入域名" style="width: 240px" /><span class="hint"> 域名</span>
    <el-table :data="claimRows"><el-table-column prop="name" label="网站名称" /><el-table-column prop="domain" label="网站域名" /><el-table-column prop="icpNumber" label="工信部备案号" />
      <el-table-column prop="recordNumber" label="公安部备案号" /><el-table-column label="操作"><template #default="scope"><el-button link type="primary" @click="apply('claim', scope.row.id)">认领</el-button></template></el-table-column></el-table>
  </el-tab-pane>
  <el-tab-pane :label="'已备案网站(' + data.filed.length + ')'" name="filed">
    <el-table :data="data.filed"><el-table-column prop="name" label="网站名称" /><el-table-column prop="category" label="网站类别" /><el-table-column prop="natureLabel" label="开办主体" />
      <el-table-column prop="appliedOn" label="申请日期" /><el-table-column prop="approvedOn" label="完成日期" /><el-table-column prop="recordNumber" label="公安机关备案号" />
      <el-table-column label="操作" width="200"><template #default="scope">
        <el-button link type="primary" @click="apply('change', scope.row.id)">变更</el-button>
        <el-button link type="danger" @click="cancel.site = scope.row; cancel.code = ''; cancel.open = true">注销</el-button></template></el-table-column></el-table>
  </el-tab-pane>
</el-tabs>
<el-dialog v-model="cancel.open" title="网站注销申请" width="480px">
  <p v-if="cancel.site">{{ cancel.site.name }}（{{ cancel.site.recordNumber }}）：网站注销必须保证网站已经处于关闭状态。</p>
  <el-form label-width="100px"><el-form-item label="短信验证码"><el-input v-model="cancel.code" placeholder="请输入验证码" style="width: 160px" />
    <el-button style="margin-left: 8px" @click="sendSms">发送验证码</el-button></el-form-item></el-form>
  <template #footer><el-button type="danger" @click="confirmCancel">网站注销</el-button></template>
</el-dialog></div>`,
  };

  const LoginPage = {
    setup() {
      const form = reactive({ username: '', password: '', captcha: '' });
      const captchaUrl = ref('/portal/captcha.svg?' + Date.now());
      const login = async () => {
        const result = await api('/api/login', form);
        if (result.code === 0) go(route.query.next || '#/web/business/businessHome/website');
        else { ElMessage.error(result.msg); captchaUrl.value = '/portal/captcha.svg?' + Date.now(); }
      };
      return { form, captchaUrl, login };
    },
    template: `
<el-card class="login" shadow="never"><template #header>用户登录</template>
<el-form label-width="80px"><el-form-item label="用户名"><el-input v-model="form.username" /></el-form-item>
<el-form-item label="密码"><el-input v-model="form.password" type="password" /></el-form-item>
<el-form-item label="验证码"><el-input v-model="form.captcha" style="width: 120px" /><img :src="captchaUrl" alt="验证码" class="captcha" /></el-form-item>
<el-button type="primary" @click="login">登录</el-button></el-form></el-card>`,
  };

  const QueryPage = {
    setup() {
      const form = reactive({ by: 'code', text: route.query.code || '', captcha: '' });
      const result = ref(undefined);
      const captchaUrl = ref('/portal/captcha.svg?' + Date.now());
      const query = async () => {
        const reply = await api('/api/query', form);
        if (reply.code !== 0) { ElMessage.error(reply.msg); return; }
        result.value = reply.data;
      };
      return { form, result, captchaUrl, query };
    },
    template: `
<div><h2 class="page-title">公共查询</h2>
<el-form label-width="100px"><el-form-item label="查询方式"><el-radio-group v-model="form.by"><el-radio value="name">网站名称</el-radio><el-radio value="domain">网站域名</el-radio><el-radio value="code">公安机关备案号</el-radio></el-radio-group></el-form-item>
<el-form-item label="查询内容"><el-input v-model="form.text" style="width: 300px" /></el-form-item>
<el-form-item label="验证码"><el-input v-model="form.captcha" style="width: 120px" /><img :src="captchaUrl" alt="验证码" class="captcha" /></el-form-item>
<el-button type="primary" @click="query">查询</el-button></el-form>
<el-descriptions v-if="result" title="互联网站备案信息" :column="1" border class="result-card">
  <el-descriptions-item label="网站名称">{{ result.name }}</el-descriptions-item><el-descriptions-item label="网站域名">{{ result.domain }}</el-descriptions-item>
  <el-descriptions-item label="开办主体">{{ result.natureLabel }}</el-descriptions-item><el-descriptions-item label="网站类别">{{ result.category }}</el-descriptions-item>
  <el-descriptions-item label="法人姓名">{{ result.principalName }}</el-descriptions-item><el-descriptions-item label="公安备案号">{{ result.recordNumber }}</el-descriptions-item>
</el-descriptions>
<el-empty v-else-if="result === null" description="未查询到备案信息" /></div>`,
  };

  const App = {
    components: { SubjectPage, WizardPage, WebsiteHome, LoginPage, QueryPage },
    setup() {
      const menu = computed(() => route.path);
      return { route, menu, go };
    },
    template: `
<el-container class="layout">
  <el-header class="header"><span class="brand">全国互联网安全管理服务平台</span>
    <a href="#/query/webSearch">公共查询</a><a href="#/login">登录</a></el-header>
  <el-container>
    <el-aside v-if="route.path.startsWith('/web')" width="200px">
      <el-menu :default-active="menu" :default-openeds="['subject', 'business']" @select="go('#' + $event)">
        <el-sub-menu index="subject"><template #title>申请主体</template><el-menu-item index="/web/subject">新增主体</el-menu-item></el-sub-menu>
        <el-sub-menu index="business"><template #title>网站业务</template>
          <el-menu-item index="/web/website/apply">新办网站申请</el-menu-item>
          <el-menu-item index="/web/business/businessHome/website">我的网站</el-menu-item></el-sub-menu>
      </el-menu>
    </el-aside>
    <el-main>
      <subject-page v-if="route.path === '/web/subject'" />
      <wizard-page v-else-if="route.path === '/web/website/apply'" :key="JSON.stringify(route.query)" />
      <website-home v-else-if="route.path === '/web/business/businessHome/website'" />
      <login-page v-else-if="route.path === '/login'" />
      <query-page v-else-if="route.path === '/query/webSearch'" />
      <div v-else class="home"><h2>全国互联网安全管理服务平台</h2><p>所有的公开网站应在当地公安机关进行备案。</p>
        <el-button type="primary" @click="go('#/login')">登录</el-button> <el-button @click="go('#/query/webSearch')">公共查询</el-button></div>
    </el-main>
  </el-container>
</el-container>`,
  };

  createApp(App).use(ElementPlus, { locale: window.ElementPlusLocaleZhCn }).mount('#app');
})();
