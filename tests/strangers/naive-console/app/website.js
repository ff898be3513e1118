// 新办网站申请：四步向导（1 网站开办主体 · 2 网站基本信息 · 3 网站负责人 · 4 提示说明）
import {
  UNIT_NATURE, CERT_TYPE, ACCESS_MODE, SERVICE_TYPE, CONTROLLED, PREAPPROVAL, LANGUAGE, OPERATING, SITE_LEVEL, SITE_CATEGORY,
  nameOf, namesOf, yesNo,
} from './dicts.js';
import { subjectApi, websiteApi, UPLOAD_ACTION, onUploadFinish, beforeUpload, fileNames } from './api.js';
import { route, navigate, query, reader, required, MOBILE_RE, EMAIL_RE, PHONE_RE } from './shared.js';
import { ProviderPicker, emptyProvider, providerState, providerFilled } from './provider.js';

const { ref, reactive, computed, onMounted, onBeforeUnmount, nextTick, watch } = Vue;

const emptyBasic = () => ({
  siteName: '', hasIcp: null, icpNo: '', hasDomain: null, mainDomain: '', subDomains: [], ips: [], openDate: null,
  operating: null, siteLevel: null, languages: [],
  accessMode: null, access: emptyProvider(), domain: emptyProvider(),
  techUnit: '', techTel: '', serverAddr: '', serverNum: null, policeCode: '', topoFiles: [],
  interactive: null, serviceTypes: [], category: null, controlled: '0', controlledItems: [], preapproval: '0', preapprovalItems: [], qualFiles: [],
});
const emptyPerson = () => ({ same: false, name: '', certType: null, certNo: '', certFiles: [], mobile: '', email: '' });

const STEPS = ['网站开办主体', '网站基本信息', '网站负责人', '提示说明'];
const ROLES = [
  { key: 'security', title: '网站安全负责人', who: '负责人', optional: false },
  { key: 'liaison', title: '网站信息联络人', who: '联络人', optional: false },
  { key: 'opinionGuide', title: '舆情引导员', who: '引导员', optional: true },
];
const rows = (list) => (list ?? []).map((v) => (v ?? '').trim()).filter(Boolean);

export const WebsiteApplyPage = {
  components: { ProviderPicker },
  setup() {
    const message = naive.useMessage();
    const step = ref(1);
    const subject = ref(null);
    const basic = reactive(emptyBasic());
    const people = reactive({ security: emptyPerson(), liaison: emptyPerson(), opinionGuide: emptyPerson() });
    const basicRef = ref(null);
    const peopleRef = ref(null);
    const tab = ref('site');
    const agreed = ref(false);
    const countdown = ref(0);
    const draftId = ref(query().get('draftId'));
    let timer = null;

    const needQualification = computed(() => basic.controlled === '1' || basic.preapproval === '1');

    // ---- 第二步校验（各页签内容不同时挂载，按页签逐项检查） ----
    const TAB_CHECKS = {
      site: () => basic.siteName && (basic.hasIcp !== '1' || basic.icpNo) && basic.mainDomain && rows(basic.ips).length && basic.languages.length,
      access: () => basic.accessMode && providerFilled(basic.access) && providerFilled(basic.domain),
      service: () => basic.interactive && (basic.controlled !== '1' || basic.controlledItems.length) && (basic.preapproval !== '1' || basic.preapprovalItems.length)
        && (!needQualification.value || fileNames(basic.qualFiles).length),
    };
    const TAB_NAMES = { site: '网站信息', access: '接入信息', service: '服务内容' };
    const basicRules = {
      siteName: required('请填写网站名称'),
      icpNo: [required('请填写工信部备案号'), { trigger: 'blur', validator: (_r, v) => !v || /ICP[备证]/.test(v) || new Error('备案号格式如：京ICP证030173号-1') }],
      mainDomain: [required('请填写网站主域名'), { trigger: 'blur', validator: (_r, v) => !v || /^[\w.-]+\.[a-z\u4e00-\u9fa5]{2,}$/i.test(v.trim()) || /^\d{1,3}(\.\d{1,3}){3}/.test(v) || new Error('域名格式不正确，例：baidu.com') }],
      ips: { required: true, trigger: ['input', 'blur'], validator: () => rows(basic.ips).length > 0 || new Error('请至少填写一个IP地址') },
      languages: { type: 'array', required: true, message: '请至少选择一种网站语言', trigger: 'change' },
      accessMode: required('请选择网站接入方式', ['change', 'blur']),
      interactive: required('请选择是否提供互联网交互服务', ['change']),
      controlledItems: { type: 'array', required: true, message: '请勾选涉及的管制物品类别', trigger: 'change' },
      preapprovalItems: { type: 'array', required: true, message: '请勾选涉及的前置审核类别', trigger: 'change' },
      qualFiles: { required: true, trigger: 'change', validator: () => fileNames(basic.qualFiles).length > 0 || new Error('请上传对应的资质或审批文件') },
      techTel: { trigger: 'blur', validator: (_r, v) => !v || PHONE_RE.test(v) || MOBILE_RE.test(v) || new Error('电话格式不正确') },
      policeCode: { trigger: 'blur', validator: (_r, v) => !v || /^\d{12}$/.test(v) || new Error('网安部门代码为12位数字') },
    };

    const personRule = (role, field, text, re) => {
      if (role.optional) return re ? { trigger: 'blur', validator: (_r, v) => !v || re.test(v) || new Error(text) } : undefined;
      return { required: true, trigger: ['input', 'blur', 'change'], validator: (_r, v) => (Array.isArray(v) ? fileNames(v).length > 0 : !!v) ? (!re || re.test(v) || new Error(text)) : new Error(text) };
    };

    function basicState() {
      const b = basic;
      const s = { name: b.siteName, hasIcp: yesNo(b.hasIcp) };
      if (b.hasIcp === '1') s.icpNumber = b.icpNo;
      s.hasOwnDomain = yesNo(b.hasDomain);
      s.domain = b.mainDomain;
      if (b.hasDomain !== '0') s.subdomains = rows(b.subDomains);
      Object.assign(s, {
        ips: rows(b.ips),
        openedOn: b.openDate || '',
        operating: nameOf('operating', OPERATING, b.operating),
        level: nameOf('level', SITE_LEVEL, b.siteLevel),
        languages: namesOf('languages', LANGUAGE, b.languages),
        accessMethod: nameOf('accessMethod', ACCESS_MODE, b.accessMode),
        accessProvider: providerState(b.access),
        registrar: providerState(b.domain),
        'techSupport.name': b.techUnit,
        'techSupport.phone': b.techTel,
        serverAddress: b.serverAddr,
        serverCount: b.serverNum === null || b.serverNum === undefined ? '' : String(b.serverNum),
        serverPoliceCode: b.policeCode,
        topology: fileNames(b.topoFiles),
        interactive: yesNo(b.interactive),
        serviceTypes: namesOf('serviceTypes', SERVICE_TYPE, b.serviceTypes),
        serviceCategory: nameOf('serviceCategory', SITE_CATEGORY, b.category),
        hasControlled: yesNo(b.controlled),
      });
      if (b.controlled === '1') s.controlledGoods = namesOf('controlledGoods', CONTROLLED, b.controlledItems);
      s.hasPreapproval = yesNo(b.preapproval);
      if (b.preapproval === '1') s.preapprovals = namesOf('preapprovals', PREAPPROVAL, b.preapprovalItems);
      if (needQualification.value) s.qualificationDocs = fileNames(b.qualFiles);
      return s;
    }
    function peopleState() {
      const s = {};
      for (const { key } of ROLES) {
        const p = people[key];
        Object.assign(s, {
          [`${key}.sameAsPrincipal`]: p.same,
          [`${key}.name`]: p.name,
          [`${key}.certType`]: nameOf('certType', CERT_TYPE, p.certType),
          [`${key}.certNumber`]: p.certNo,
          [`${key}.cert`]: fileNames(p.certFiles),
          [`${key}.mobile`]: p.mobile,
          [`${key}.email`]: p.email,
        });
      }
      return s;
    }

    async function go(next) {
      reader.busy();
      step.value = next;
      route.sub = STEPS[next - 1];
      window.scrollTo(0, 0);
      if (next === 3 && !subject.value) subject.value = await subjectApi.current();
      await nextTick();
      reader.set(next === 2 ? basicState : next === 3 ? peopleState : () => ({}));
    }

    async function nextFromBasic() {
      for (const name of Object.keys(TAB_CHECKS)) {
        if (!TAB_CHECKS[name]()) {
          tab.value = name;
          await nextTick();
          basicRef.value?.validate().catch(() => {});
          message.warning(`「${TAB_NAMES[name]}」中还有必填项未填写完整`);
          return;
        }
      }
      go(3);
    }
    async function nextFromPeople() {
      try {
        await peopleRef.value.validate();
      } catch {
        message.warning('请完善网站负责人信息');
        return;
      }
      await go(4);
      startCountdown();
    }
    function startCountdown() {
      agreed.value = false;
      countdown.value = 10;
      clearInterval(timer);
      timer = setInterval(() => {
        countdown.value -= 1;
        if (countdown.value <= 0) clearInterval(timer);
      }, 1000);
    }
    async function saveDraft() {
      try {
        const data = await websiteApi.save({ draftId: draftId.value, step: step.value, basic: { ...basic }, people: { ...people } });
        draftId.value ||= data.id;
        message.success('草稿已保存，可在“已保存草稿”中继续办理');
      } catch (e) {
        message.error(e.message);
      }
    }
    async function submit() {
      await websiteApi.save({ draftId: draftId.value, submit: true, basic: { ...basic }, people: { ...people } });
      message.success('提交成功，请等待公安机关审核');
      navigate('/web/center/home');
    }

    function toggleSame(key, on) {
      const p = people[key];
      if (on) {
        const sj = subject.value;
        Object.assign(p, {
          same: true, name: sj.leaderName, certType: sj.leaderCertType, certNo: sj.leaderCertNo, mobile: sj.mobile, email: sj.email,
          certFiles: sj.leaderCertFiles.map((f) => ({ id: f.fileId, fileId: f.fileId, name: f.name, status: 'finished', url: `/web/api/file/view/${f.fileId}` })),
        });
      } else Object.assign(p, emptyPerson());
      nextTick(() => peopleRef.value?.restoreValidation());
    }

    const natureName = computed(() => subject.value && nameOf('', UNIT_NATURE, subject.value.unitNature));
    const certTypeName = computed(() => subject.value && nameOf('', CERT_TYPE, subject.value.leaderCertType));

    onMounted(async () => {
      const q = query();
      let first = Number(q.get('step')) || 1;
      if (draftId.value) {
        const draft = await websiteApi.draft(draftId.value);
        first = Number(q.get('step')) || draft.step;
      }
      subject.value = await subjectApi.current();
      await go(Math.min(Math.max(first, 1), 4));
    });
    onBeforeUnmount(() => {
      clearInterval(timer);
      reader.busy();
    });
    watch(() => basic.hasDomain, (v) => { if (v === '0') basic.subDomains = []; });

    return {
      step, STEPS, ROLES, subject, basic, people, basicRef, peopleRef, tab, agreed, countdown, needQualification, basicRules, personRule,
      natureName, certTypeName, go, nextFromBasic, nextFromPeople, saveDraft, submit, toggleSame,
      CERT_TYPE, ACCESS_MODE, SERVICE_TYPE, CONTROLLED, PREAPPROVAL, LANGUAGE, OPERATING, SITE_LEVEL, SITE_CATEGORY,
      UPLOAD_ACTION, onUploadFinish, beforeUpload: beforeUpload(message), MOBILE_RE, EMAIL_RE,
    };
  },
  template: `
<n-card size="small" class="page-card" title="网站申请">
  <n-steps :current="step" size="small" class="wizard-steps">
    <n-step v-for="s in STEPS" :key="s" :title="s" />
  </n-steps>

  <!-- 第一步：开办主体（只读） -->
  <template v-if="step === 1">
    <n-spin :show="!subject">
      <div class="section-title">开办主体信息</div>
      <n-descriptions v-if="subject" bordered :column="2" label-placement="left" size="small" label-style="width:140px">
        <n-descriptions-item label="主办单位性质">{{ natureName }}</n-descriptions-item>
        <n-descriptions-item label="主办单位名称">{{ subject.unitName }}</n-descriptions-item>
        <n-descriptions-item label="负责人姓名">{{ subject.leaderName }}</n-descriptions-item>
        <n-descriptions-item label="负责人证件类型">{{ certTypeName }}</n-descriptions-item>
        <n-descriptions-item label="负责人证件号码">{{ subject.leaderCertNo.slice(0, 6) + '********' + subject.leaderCertNo.slice(14) }}</n-descriptions-item>
        <n-descriptions-item label="负责人证件"><n-button text type="primary">点击查看</n-button></n-descriptions-item>
        <n-descriptions-item label="办公室电话">{{ subject.officeTel }}</n-descriptions-item>
        <n-descriptions-item label="手机号码">{{ subject.mobile }}</n-descriptions-item>
        <n-descriptions-item label="电子邮件地址">{{ subject.email }}</n-descriptions-item>
        <n-descriptions-item label="审核状态"><n-tag size="small" type="warning" :bordered="false">{{ subject.status }}</n-tag></n-descriptions-item>
        <n-descriptions-item label="负责人常住地址" :span="2">{{ subject.address }}</n-descriptions-item>
        <n-descriptions-item label="备注" :span="2">{{ subject.remark || '无' }}</n-descriptions-item>
      </n-descriptions>
    </n-spin>
    <div class="wizard-actions"><n-button type="primary" :disabled="!subject" @click="go(2)">下一步</n-button></div>
  </template>

  <!-- 第二步：网站基本信息 -->
  <n-form v-else-if="step === 2" ref="basicRef" :model="basic" :rules="basicRules" label-placement="left" label-width="190" require-mark-placement="left" class="gov-form">
    <n-tabs v-model:value="tab" type="line" size="medium" class="basic-tabs">
      <n-tab-pane name="site" tab="网站信息">
        <n-form-item label="网站名称" path="siteName">
          <div class="field">
            <n-input v-model:value="basic.siteName" placeholder="请输入网站名称" maxlength="60" class="w-420" />
            <div class="field-tip">不得以域名作为网站名称；个人网站不得以“某某公司”等命名</div>
          </div>
        </n-form-item>
        <n-form-item label="是否已取得ICP备案" path="hasIcp">
          <n-radio-group v-model:value="basic.hasIcp" name="hasIcp">
            <n-radio-button value="1">是</n-radio-button><n-radio-button value="0">否</n-radio-button>
          </n-radio-group>
        </n-form-item>
        <n-form-item v-if="basic.hasIcp === '1'" label="工信部备案号" path="icpNo">
          <n-input v-model:value="basic.icpNo" placeholder="如：京ICP证030173号-1" maxlength="50" class="w-320" />
        </n-form-item>
        <n-form-item label="是否有独立一级域名" path="hasDomain">
          <n-radio-group v-model:value="basic.hasDomain" name="hasDomain">
            <n-radio-button value="1">是</n-radio-button><n-radio-button value="0">否</n-radio-button>
          </n-radio-group>
        </n-form-item>
        <n-form-item :label="basic.hasDomain === '0' ? '网站访问地址' : '网站主域名'" path="mainDomain">
          <div class="field">
            <n-input v-model:value="basic.mainDomain" :placeholder="basic.hasDomain === '0' ? '无独立域名时填写访问网址或IP' : '不带 www，如：baidu.com'" maxlength="100" class="w-420" />
          </div>
        </n-form-item>
        <n-form-item v-if="basic.hasDomain !== '0'" label="子域名" path="subDomains">
          <div class="field w-420">
            <n-dynamic-input v-model:value="basic.subDomains" placeholder="如：www.baidu.com" :max="20" />
          </div>
        </n-form-item>
        <n-form-item label="网站IP地址" path="ips">
          <div class="field">
            <div class="w-420"><n-dynamic-input v-model:value="basic.ips" placeholder="如：20.10.0.1，多个地址可填起止IP" :max="20" /></div>
            <div class="field-tip">虚拟主机只对应一个IP的填写该IP；对应多个的如实填写起止IP</div>
          </div>
        </n-form-item>
        <n-form-item label="开通日期" path="openDate">
          <n-date-picker v-model:formatted-value="basic.openDate" value-format="yyyy-MM-dd" type="date" clearable placeholder="网站正式开通的日期" class="w-200" />
        </n-form-item>
        <n-form-item label="网站性质" path="operating">
          <n-radio-group v-model:value="basic.operating" name="operating">
            <n-radio v-for="o in OPERATING" :key="o.value" :value="o.value">{{ o.label }}</n-radio>
          </n-radio-group>
        </n-form-item>
        <n-form-item label="网站级别" path="siteLevel">
          <n-select v-model:value="basic.siteLevel" :options="SITE_LEVEL" placeholder="请选择" clearable class="w-200" />
        </n-form-item>
        <n-form-item label="网站语言" path="languages">
          <n-checkbox-group v-model:value="basic.languages">
            <n-grid :cols="5" :y-gap="6" class="check-grid"><n-gi v-for="o in LANGUAGE" :key="o.value"><n-checkbox :value="o.value" :label="o.label" /></n-gi></n-grid>
          </n-checkbox-group>
        </n-form-item>
      </n-tab-pane>

      <n-tab-pane name="access" tab="接入信息">
        <n-form-item label="网站接入方式" path="accessMode">
          <n-select v-model:value="basic.accessMode" :options="ACCESS_MODE" placeholder="请选择接入方式" class="w-320" />
        </n-form-item>
        <provider-picker :model="basic.access" type="access" title="网络接入服务商" prefix="接入商" />
        <provider-picker :model="basic.domain" type="domain" title="域名注册服务商" prefix="域名服务商" />
        <div class="sub-title">技术支持与服务器</div>
        <n-form-item label="技术支持单位" path="techUnit">
          <n-input v-model:value="basic.techUnit" placeholder="为网站提供技术支持的单位名称（自行维护的填本单位）" maxlength="100" class="w-420" />
        </n-form-item>
        <n-form-item label="技术支持联系电话" path="techTel">
          <n-input v-model:value="basic.techTel" placeholder="固定电话或手机" maxlength="20" class="w-320" />
        </n-form-item>
        <n-form-item label="服务器存放地址" path="serverAddr">
          <n-input v-model:value="basic.serverAddr" placeholder="机房所在的省市区及详细地址" maxlength="200" class="w-420" />
        </n-form-item>
        <n-form-item label="服务器数量" path="serverNum">
          <n-input-number v-model:value="basic.serverNum" :min="1" :max="9999" :precision="0" placeholder="台数" class="w-200">
            <template #suffix>台</template>
          </n-input-number>
        </n-form-item>
        <n-form-item label="服务器所在地网安部门代码" path="policeCode">
          <div class="field">
            <n-input v-model:value="basic.policeCode" placeholder="12位代码，不清楚可咨询属地网安部门" maxlength="12" class="w-320" />
          </div>
        </n-form-item>
        <n-form-item label="网络拓扑图" path="topoFiles">
          <div class="field">
            <n-upload v-model:file-list="basic.topoFiles" :action="UPLOAD_ACTION" name="file" :max="1" accept=".jpg,.jpeg,.png,.pdf" :on-finish="onUploadFinish" :on-before-upload="beforeUpload">
              <n-button>上传拓扑图</n-button>
            </n-upload>
            <div class="field-tip">选填，jpg/png/pdf 格式，2MB以内</div>
          </div>
        </n-form-item>
      </n-tab-pane>

      <n-tab-pane name="service" tab="服务内容">
        <n-form-item label="是否提供互联网交互服务" path="interactive">
          <n-space align="center">
            <n-radio-group v-model:value="basic.interactive" name="interactive">
              <n-radio-button value="1">是</n-radio-button><n-radio-button value="0">否</n-radio-button>
            </n-radio-group>
            <n-popover trigger="hover" style="max-width:320px"><template #trigger><a class="help-link">什么是交互服务？</a></template>
              交互式服务指为用户提供发布信息的平台，如论坛、博客、微博、即时通讯、网络购物等，提供交互服务的网站须接受面审或实地检查。</n-popover>
          </n-space>
        </n-form-item>
        <n-form-item label="网站服务类型" path="serviceTypes">
          <n-checkbox-group v-model:value="basic.serviceTypes">
            <n-grid :cols="4" :y-gap="6" class="check-grid"><n-gi v-for="o in SERVICE_TYPE" :key="o.value"><n-checkbox :value="o.value" :label="o.label" /></n-gi></n-grid>
          </n-checkbox-group>
        </n-form-item>
        <n-form-item label="网站业务分类" path="category">
          <n-select v-model:value="basic.category" :options="SITE_CATEGORY" placeholder="请选择" filterable clearable class="w-420" />
        </n-form-item>
        <n-form-item label="是否发布管制物品信息" path="controlled">
          <n-space align="center">
            <n-radio-group v-model:value="basic.controlled" name="controlled">
              <n-radio-button value="1">是</n-radio-button><n-radio-button value="0">否</n-radio-button>
            </n-radio-group>
            <span class="field-tip inline">面审时请携带对应资质材料</span>
          </n-space>
        </n-form-item>
        <n-form-item v-if="basic.controlled === '1'" label="管制物品类别" path="controlledItems">
          <n-checkbox-group v-model:value="basic.controlledItems">
            <n-grid :cols="4" :y-gap="6" class="check-grid"><n-gi v-for="o in CONTROLLED" :key="o.value"><n-checkbox :value="o.value" :label="o.label" /></n-gi></n-grid>
          </n-checkbox-group>
        </n-form-item>
        <n-form-item label="是否涉及前置审核内容" path="preapproval">
          <n-radio-group v-model:value="basic.preapproval" name="preapproval">
            <n-radio-button value="1">是</n-radio-button><n-radio-button value="0">否</n-radio-button>
          </n-radio-group>
        </n-form-item>
        <n-form-item v-if="basic.preapproval === '1'" label="前置审核类别" path="preapprovalItems">
          <n-checkbox-group v-model:value="basic.preapprovalItems">
            <n-grid :cols="6" :y-gap="6" class="check-grid"><n-gi v-for="o in PREAPPROVAL" :key="o.value"><n-checkbox :value="o.value" :label="o.label" /></n-gi></n-grid>
          </n-checkbox-group>
        </n-form-item>
        <n-form-item v-if="needQualification" label="资质及审批文件" path="qualFiles">
          <div class="field">
            <n-upload v-model:file-list="basic.qualFiles" :action="UPLOAD_ACTION" name="file" :max="5" multiple accept=".jpg,.jpeg,.png,.pdf" :on-finish="onUploadFinish" :on-before-upload="beforeUpload">
              <n-button>上传文件</n-button>
            </n-upload>
            <div class="field-tip">请上传所勾选类别对应的许可证或主管部门审批文件，最多5个</div>
          </div>
        </n-form-item>
        <n-alert type="warning" :bordered="false" class="form-note">网站不涉及前置审批的，请勿勾选；没有对应的服务内容无需选择。</n-alert>
      </n-tab-pane>
    </n-tabs>
    <div class="wizard-actions">
      <n-button @click="go(1)">上一步</n-button>
      <n-button @click="saveDraft">保存草稿</n-button>
      <n-button type="primary" @click="nextFromBasic">下一步</n-button>
    </div>
  </n-form>

  <!-- 第三步：网站负责人 -->
  <n-form v-else-if="step === 3" ref="peopleRef" :model="people" label-placement="left" label-width="150" require-mark-placement="left" class="gov-form">
    <n-alert type="info" :bordered="false" class="form-note">与开办主体负责人为同一人的，打开“同主体负责人信息”开关即可自动带出；姓名须为真实姓名全称，不得填写“王先生”“李小姐”等。</n-alert>
    <n-card v-for="role in ROLES" :key="role.key" size="small" class="role-card" :segmented="{ content: true }">
      <template #header><span class="role-title">{{ role.title }}</span><span v-if="role.optional" class="role-optional">（选填，提供交互服务的网站建议填写）</span></template>
      <template #header-extra>
        <n-space align="center" :size="8"><span class="switch-label">同主体负责人信息</span>
          <n-switch :value="people[role.key].same" @update:value="(v) => toggleSame(role.key, v)" />
        </n-space>
      </template>
      <n-grid :cols="2" :x-gap="12">
        <n-form-item-gi :label="role.who + '姓名'" :path="role.key + '.name'" :rule="personRule(role, 'name', '请填写' + role.who + '姓名')">
          <n-input v-model:value="people[role.key].name" :disabled="people[role.key].same" placeholder="请输入真实姓名" maxlength="50" />
        </n-form-item-gi>
        <n-form-item-gi label="证件类型" :path="role.key + '.certType'" :rule="personRule(role, 'certType', '请选择证件类型')">
          <n-select v-model:value="people[role.key].certType" :disabled="people[role.key].same" :options="CERT_TYPE" placeholder="请选择" />
        </n-form-item-gi>
        <n-form-item-gi label="证件号码" :path="role.key + '.certNo'" :rule="personRule(role, 'certNo', '请填写有效的证件号码')">
          <n-input v-model:value="people[role.key].certNo" :disabled="people[role.key].same" placeholder="请输入证件号码" maxlength="30" />
        </n-form-item-gi>
        <n-form-item-gi label="手机号码" :path="role.key + '.mobile'" :rule="personRule(role, 'mobile', '请填写正确的手机号码', MOBILE_RE)">
          <n-input v-model:value="people[role.key].mobile" :disabled="people[role.key].same" placeholder="11位手机号码" maxlength="11" />
        </n-form-item-gi>
        <n-form-item-gi label="电子邮箱" :path="role.key + '.email'" :rule="personRule(role, 'email', '请填写正确的电子邮箱', EMAIL_RE)">
          <n-input v-model:value="people[role.key].email" :disabled="people[role.key].same" placeholder="用于接收备案通知" maxlength="100" />
        </n-form-item-gi>
        <n-form-item-gi label="证件扫描件" :path="role.key + '.certFiles'" :rule="personRule(role, 'certFiles', '请上传证件扫描件')">
          <div class="field">
            <n-upload v-model:file-list="people[role.key].certFiles" :action="UPLOAD_ACTION" name="file" :max="2" multiple accept=".jpg,.jpeg,.png,.pdf"
              :disabled="people[role.key].same" :on-finish="onUploadFinish" :on-before-upload="beforeUpload">
              <n-button size="small" :disabled="people[role.key].same">上传证件</n-button>
            </n-upload>
            <div class="field-tip">有效证件扫描件，单张100KB以内</div>
          </div>
        </n-form-item-gi>
      </n-grid>
    </n-card>
    <div class="wizard-actions">
      <n-button @click="go(2)">上一步</n-button>
      <n-button @click="saveDraft">保存草稿</n-button>
      <n-button type="primary" @click="nextFromPeople">下一步</n-button>
    </div>
  </n-form>

  <!-- 第四步：提示说明 -->
  <template v-else>
    <div class="pledge">
      <h3>信息网络安全责任书</h3>
      <p>依法从事互联网信息服务，不利用互联网制作、复制、发布、传播法律、行政法规禁止的信息，不为制作、复制、发布、传播该类信息提供服务；落实网络安全保护技术措施，发现违法信息及时停止传输、保存记录并向公安机关报告。</p>
    </div>
    <n-checkbox v-model:checked="agreed" :disabled="countdown > 0">已阅读，并承诺上述网络安全责任<span v-if="countdown > 0">（{{ countdown }}秒）</span></n-checkbox>
    <div class="wizard-actions">
      <n-button @click="go(3)">上一步</n-button>
      <n-button type="primary" :disabled="!agreed" @click="submit">提交</n-button>
    </div>
  </template>
</n-card>`,
};
