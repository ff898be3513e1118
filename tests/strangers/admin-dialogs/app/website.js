/* 新办网站申请：网站备案列表 + 分步申请弹窗 */
import { get, post, useDict, dictLabel, fileNames, setReady, setReader, validators } from './api.js';
import { ProviderPicker, RowsInput, ScanUpload } from './widgets.js';
import { needsQualification, readBasic, readPeople } from './state.js';

const { ref, reactive, computed, watch, nextTick, onMounted, onBeforeUnmount } = Vue;
const { ElMessage, ElMessageBox } = ElementPlus;

const provider = () => ({ scope: '1', regionCode: '', regionName: '', ispId: '', ispName: '' });
const emptyBasic = () => ({
  name: '', hasIcp: '', icpNumber: '', hasOwnDomain: '', domain: '', subdomains: [''], ips: [''], openedOn: '',
  operating: '', level: '', serviceCategory: '', accessMethod: '', access: provider(), accessIspPhone: '', accessIspCode: '',
  registrar: provider(), interactive: '', serviceTypes: [], hasControlled: '', controlledGoods: [], hasPreapproval: '', preapprovals: [],
  qualificationDocs: [], languages: [], techName: '', techPhone: '', serverAddress: '', serverCount: undefined, serverPoliceCode: '',
  topology: [], domainCertificate: [],
});
const person = () => ({ same: '0', name: '', certType: '', certNumber: '', cert: '', mobile: '', email: '' });
const emptyPeople = () => ({ security: person(), liaison: person(), guide: person() });

/** 第3步三个人员区块的标题与字段称谓。 */
const BLOCKS = [
  { key: 'security', title: '网站安全负责人信息', required: true, labels: ['负责人姓名', '负责人证件类型', '负责人证件号码', '负责人证件', '手机号码', '电子邮件地址'] },
  { key: 'liaison', title: '网站信息联络人信息', required: true, labels: ['联络人姓名', '证件类型', '证件号码', '证件照片', '联系手机', '电子邮箱'] },
  { key: 'guide', title: '舆情引导员信息（选填）', required: false, labels: ['引导员姓名', '证件类型', '证件号码', '证件照片', '手机号码', '电子邮箱'] },
];

const PROMISE = ['反对宪法所确定的基本原则，危害国家安全，泄露国家秘密，颠覆国家政权，破坏国家统一，损害国家荣誉和利益；',
  '煽动民族仇恨、民族歧视，破坏民族团结，破坏国家宗教政策，宣扬邪教和封建迷信；', '影响金融市场的虚假信息，以及其他扰乱市场秩序的虚假信息；',
  '散布险情、疫情、警情、自然灾害、生产安全、食品药品等产品安全以及其他方面谣言；', '仿冒、假借国家机构、社会团体及其工作人员或者其他法人名义散布的信息；',
  '散布煽动非法集会、结社、游行、示威或者其他扰乱社会管理秩序、破坏社会稳定的信息；',
  '散布淫秽、色情、赌博、暴力、凶杀、恐怖，教唆犯罪，传授犯罪手段、方法，交易或者制造违禁品、管制物品，危害未成年人身心健康、公民人身财产安全和公共安全；',
  '侮辱或者诽谤他人，侵害他人隐私权、知识产权或者其他合法权益；', '法律、行政法规禁止的其他信息。'];

export const WebsiteWizard = {
  components: { ProviderPicker, RowsInput, ScanUpload },
  props: { modelValue: Boolean, draftId: [Number, String] },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const dict = useDict('beian_subject_nature', 'sys_id_type', 'beian_access_method', 'beian_service_type', 'beian_controlled_goods',
      'beian_preapproval', 'beian_language', 'beian_operating', 'beian_site_level', 'beian_service_category');
    const visible = computed({ get: () => props.modelValue, set: (v) => emit('update:modelValue', v) });
    const step = ref(1);
    const loading = ref(false);
    const subjects = ref([]);
    const subjectId = ref();
    const basic = ref(emptyBasic());
    const people = ref(emptyPeople());
    const basicRef = ref();
    const peopleRef = ref();
    const websiteId = ref();
    const agreed = ref(false);
    const countdown = ref(0);
    let timer;
    const subject = computed(() => subjects.value.find((s) => s.subjectId === subjectId.value));
    const qualification = computed(() => needsQualification(basic.value));

    const need = (message, trigger = 'blur') => ({ required: true, message, trigger });
    const basicRules = computed(() => ({
      name: [need('请填写网站名称'), { min: 2, max: 60, message: '网站名称长度为2-60个字符', trigger: 'blur' }],
      icpNumber: [need('请填写ICP备案号'), { pattern: /ICP(备|证)\d+号(-\d+)?$/, message: '格式如：京ICP证030173号-1', trigger: 'blur' }],
      domain: [need(basic.value.hasOwnDomain === 'N' ? '请填写网站访问地址' : '请填写网站主域名')],
      accessMethod: [need('请选择网站接入方式', 'change')],
      'access.regionCode': [need('请选择接入商所属区域', 'change')],
      'access.ispName': [need('请选择或填写接入服务商名称', 'change')],
      'registrar.regionCode': [need('请选择域名服务商所属区域', 'change')],
      'registrar.ispName': [need('请选择或填写域名注册服务商名称', 'change')],
      interactive: [need('请选择是否提供互联网交互服务', 'change')],
      serviceTypes: [{ type: 'array', required: true, message: '请至少勾选一项服务类型', trigger: 'change' }],
      languages: [{ type: 'array', required: true, message: '请至少勾选一种网站语言', trigger: 'change' }],
      qualificationDocs: [{ type: 'array', required: true, message: '请上传相关资质证明材料', trigger: 'change' }],
      techPhone: [validators.phone],
    }));
    const peopleRules = computed(() => {
      const rules = {};
      for (const b of BLOCKS.filter((b) => b.required)) {
        Object.assign(rules, {
          [b.key + '.name']: [need('请填写' + b.labels[0])],
          [b.key + '.certType']: [need('请选择证件类型', 'change')],
          [b.key + '.certNumber']: [need('请填写证件号码'), validators.idCard(() => people.value[b.key].certType)],
          [b.key + '.cert']: [need('请上传证件扫描件', 'change')],
          [b.key + '.mobile']: [need('请填写手机号码'), validators.mobile],
          [b.key + '.email']: [need('请填写电子邮箱'), validators.email],
        });
      }
      return rules;
    });

    async function loadSubjects() {
      const r = await get('/beian/subject/list', { pageNum: 1, pageSize: 50 });
      subjects.value = r.rows;
      subjectId.value ??= r.rows.find((s) => s.status === '2')?.subjectId;
    }
    async function init() {
      setReady(false);
      loading.value = true;
      step.value = 1;
      agreed.value = false;
      subjectId.value = undefined;
      websiteId.value = undefined;
      basic.value = emptyBasic();
      people.value = emptyPeople();
      try {
        if (props.draftId) {
          const draft = (await get('/beian/website/draft/' + props.draftId)).data;
          websiteId.value = draft.websiteId;
          subjectId.value = draft.subjectId;
          basic.value = { ...emptyBasic(), ...structuredClone(draft.basic) };
          if (draft.people) people.value = { ...emptyPeople(), ...structuredClone(draft.people) };
          step.value = draft.step;
        }
        await loadSubjects();
      } finally {
        loading.value = false;
      }
      await nextTick();
      setReady(true);
    }
    watch(visible, (v) => {
      if (v) init();
      setReader(v ? () => (step.value === 2 ? readBasic(basic.value) : step.value === 3 ? readPeople(people.value) : {}) : null);
    }, { immediate: true });

    function copyPrincipal(key, on) {
      const p = people.value[key];
      const s = subject.value;
      if (on === '1' && s) {
        const certId = 'S' + s.subjectId + 'F';
        fileNames[certId] = s.certFront;
        Object.assign(p, { name: s.principalName, certType: s.certType, certNumber: s.certNumber, cert: certId, mobile: s.mobile, email: s.email });
        nextTick(() => peopleRef.value?.clearValidate());
      } else {
        Object.assign(p, person());
      }
    }
    watch(() => basic.value.hasControlled, (v) => v !== 'Y' && (basic.value.controlledGoods = []));
    watch(() => basic.value.hasPreapproval, (v) => v !== 'Y' && (basic.value.preapprovals = []));

    async function next() {
      if (step.value === 1) {
        if (!subject.value) return ElMessage.warning('请先选择开办主体');
        if (subject.value.status !== '2') return ElMessage.warning('该主体尚未审核通过，暂不能办理网站备案');
      }
      if (step.value === 2 && !(await basicRef.value.validate().catch(() => false))) return ElMessage.error('请按提示完善网站基本信息');
      if (step.value === 3 && !(await peopleRef.value.validate().catch(() => false))) return ElMessage.error('请按提示完善网站负责人信息');
      step.value++;
      if (step.value === 4) {
        agreed.value = false;
        countdown.value = 10;
        clearInterval(timer);
        timer = setInterval(() => --countdown.value <= 0 && clearInterval(timer), 1000);
      }
    }
    const payload = () => ({ websiteId: websiteId.value, subjectId: subjectId.value, step: step.value, basic: basic.value, people: people.value });
    async function saveDraft() {
      const r = await post('/beian/website/draft', payload());
      websiteId.value ??= r.data.id;
      ElMessage.success('草稿已保存，可在“已保存草稿”中继续填写');
    }
    async function submit() {
      await post('/beian/website', payload());
      await ElMessageBox.alert('网站备案申请已提交，公安机关将在3-5个工作日内审核，审核结果将以短信通知。', '提交成功', { type: 'success' });
      visible.value = false;
      emit('saved');
    }
    onBeforeUnmount(() => clearInterval(timer));
    return { dict, dictLabel, visible, step, loading, subjects, subjectId, subject, basic, people, basicRef, peopleRef, basicRules,
      peopleRules, qualification, agreed, countdown, BLOCKS, PROMISE, copyPrincipal, next, saveDraft, submit };
  },
  template: `
<el-dialog v-model="visible" :title="draftId ? '新办网站申请（继续填写草稿）' : '新办网站申请'" width="1140px" top="4vh" append-to-body
  :close-on-click-modal="false" class="beian-dialog wizard-dialog">
  <el-steps :active="step - 1" finish-status="success" align-center class="wizard-steps">
    <el-step title="网站开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" />
  </el-steps>
  <div v-loading="loading" class="wizard-body">
    <!-- 第1步 -->
    <div v-if="step === 1 && !loading" class="wizard-subject">
      <el-form label-width="110px">
        <el-form-item label="开办主体" required>
          <el-select v-model="subjectId" style="width: 420px" placeholder="请选择开办主体">
            <el-option v-for="s in subjects" :key="s.subjectId" :value="s.subjectId" :disabled="s.status !== '2'"
              :label="s.unitName + (s.status !== '2' ? '（审核中）' : '')" />
          </el-select>
        </el-form-item>
      </el-form>
      <el-descriptions v-if="subject" :column="2" border title="主体信息（只读）">
        <el-descriptions-item label="主办单位性质">{{ dictLabel(dict.type.beian_subject_nature, subject.nature) }}</el-descriptions-item>
        <el-descriptions-item label="主办单位名称">{{ subject.unitName }}</el-descriptions-item>
        <el-descriptions-item label="负责人姓名">{{ subject.principalName }}</el-descriptions-item>
        <el-descriptions-item label="负责人证件类型">{{ dictLabel(dict.type.sys_id_type, subject.certType) }}</el-descriptions-item>
        <el-descriptions-item label="负责人证件号码">{{ subject.certNumber.slice(0, 6) }}********{{ subject.certNumber.slice(-4) }}</el-descriptions-item>
        <el-descriptions-item label="负责人证件"><el-link type="primary">点击查看</el-link></el-descriptions-item>
        <el-descriptions-item label="办公室电话">{{ subject.officePhone }}</el-descriptions-item>
        <el-descriptions-item label="手机号码">{{ subject.mobile }}</el-descriptions-item>
        <el-descriptions-item label="电子邮件地址">{{ subject.email }}</el-descriptions-item>
        <el-descriptions-item label="负责人常住地址">{{ subject.residenceText }}{{ subject.residenceDetail }}</el-descriptions-item>
        <el-descriptions-item label="备注" :span="2">{{ subject.remark || '无' }}</el-descriptions-item>
      </el-descriptions>
    </div>

    <!-- 第2步 -->
    <el-form v-if="step === 2" ref="basicRef" :model="basic" :rules="basicRules" label-width="190px" class="basic-form">
      <el-divider content-position="left">网站信息</el-divider>
      <el-row>
        <el-col :span="12"><el-form-item label="网站名称" prop="name"><el-input v-model="basic.name" maxlength="60" placeholder="不得以域名作为网站名称" /></el-form-item></el-col>
        <el-col :span="12">
          <el-form-item label="网站开通时间" prop="openedOn">
            <el-date-picker v-model="basic.openedOn" type="date" value-format="YYYY-MM-DD" placeholder="请选择网站开通日期" :disabled-date="(d) => d > Date.now()" style="width: 100%" />
          </el-form-item>
        </el-col>
        <el-col :span="12"><el-form-item label="是否已取得ICP备案" prop="hasIcp"><el-radio-group v-model="basic.hasIcp"><el-radio value="Y">是</el-radio><el-radio value="N">否</el-radio></el-radio-group></el-form-item></el-col>
        <el-col :span="12" v-if="basic.hasIcp === 'Y'">
          <el-form-item label="工信部备案号" prop="icpNumber"><el-input v-model="basic.icpNumber" placeholder="如：京ICP证030173号-1" /></el-form-item>
        </el-col>
        <el-col :span="12"><el-form-item label="是否有独立一级域名" prop="hasOwnDomain"><el-radio-group v-model="basic.hasOwnDomain"><el-radio value="Y">是</el-radio><el-radio value="N">否</el-radio></el-radio-group></el-form-item></el-col>
        <el-col :span="12"><el-form-item :label="basic.hasOwnDomain === 'N' ? '网站访问地址' : '网站主域名'" prop="domain"><el-input v-model="basic.domain" :placeholder="basic.hasOwnDomain === 'N' ? '无独立域名时填写访问网址或IP' : '不带www，如：baidu.com'" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="子域名"><rows-input :rows="basic.subdomains" placeholder="如：www.baidu.com" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="网站IP地址"><rows-input :rows="basic.ips" placeholder="如：20.10.0.1，多个连续IP可填起止段" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="网站性质" prop="operating"><el-radio-group v-model="basic.operating"><el-radio v-for="d in dict.type.beian_operating" :key="d.value" :value="d.value">{{ d.label }}</el-radio></el-radio-group></el-form-item></el-col>
        <el-col :span="12">
          <el-form-item label="网站级别" prop="level">
            <el-select v-model="basic.level" placeholder="请选择网站级别" style="width: 100%"><el-option v-for="d in dict.type.beian_site_level" :key="d.value" :label="d.label" :value="d.value" /></el-select>
          </el-form-item>
        </el-col>
        <el-col :span="12">
          <el-form-item label="网站服务类别" prop="serviceCategory">
            <el-select v-model="basic.serviceCategory" filterable placeholder="请按网站实际业务选择（01-09）" style="width: 100%"><el-option v-for="d in dict.type.beian_service_category" :key="d.value" :label="d.label" :value="d.value" /></el-select>
          </el-form-item>
        </el-col>
      </el-row>

      <el-divider content-position="left">网络接入服务商</el-divider>
      <el-row>
        <el-col :span="12">
          <el-form-item label="网站接入方式" prop="accessMethod">
            <el-select v-model="basic.accessMethod" filterable placeholder="请选择网站的接入方式" style="width: 100%">
              <el-option v-for="d in dict.type.beian_access_method" :key="d.value" :label="d.label" :value="d.value" />
            </el-select>
          </el-form-item>
        </el-col>
        <el-col :span="12" />
        <provider-picker :model="basic.access" prop="access" region-label="接入商所属区域" name-label="接入服务商名称" kind="接入服务商" />
        <el-col :span="12"><el-form-item label="接入服务商电话"><el-input v-model="basic.accessIspPhone" placeholder="选填，如：+86-010-64181150" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="接入服务商编码"><el-input v-model="basic.accessIspCode" placeholder="选填，由接入服务商提供" /></el-form-item></el-col>
      </el-row>

      <el-divider content-position="left">域名注册服务商</el-divider>
      <el-row>
        <provider-picker :model="basic.registrar" prop="registrar" region-label="域名服务商所属区域" name-label="域名注册商名称" kind="域名注册服务商" />
      </el-row>

      <el-divider content-position="left">服务类型</el-divider>
      <el-form-item label="是否提供互联网交互服务" prop="interactive">
        <el-radio-group v-model="basic.interactive"><el-radio value="Y">是</el-radio><el-radio value="N">否</el-radio></el-radio-group>
        <el-tooltip content="交互服务指论坛、博客、微博、即时通讯、评论留言等用户可以发布信息的服务" placement="top">
          <el-link type="primary" :underline="false" class="ml12" icon="QuestionFilled">什么是交互服务？</el-link>
        </el-tooltip>
      </el-form-item>
      <el-form-item label="服务类型" prop="serviceTypes">
        <el-checkbox-group v-model="basic.serviceTypes" class="check-grid">
          <el-checkbox v-for="d in dict.type.beian_service_type" :key="d.value" :value="d.value">{{ d.label }}</el-checkbox>
        </el-checkbox-group>
      </el-form-item>

      <el-divider content-position="left">网站内容</el-divider>
      <el-form-item label="是否提供管制物品信息发布" prop="hasControlled">
        <el-radio-group v-model="basic.hasControlled"><el-radio value="Y">是</el-radio><el-radio value="N">否</el-radio></el-radio-group>
        <span class="form-tip inline">面审时请携带对应资质材料</span>
      </el-form-item>
      <el-form-item v-if="basic.hasControlled === 'Y'" label="管制物品类别" prop="controlledGoods">
        <el-checkbox-group v-model="basic.controlledGoods" class="check-grid">
          <el-checkbox v-for="d in dict.type.beian_controlled_goods" :key="d.value" :value="d.value">{{ d.label }}</el-checkbox>
        </el-checkbox-group>
      </el-form-item>
      <el-form-item label="是否涉及前置审核内容" prop="hasPreapproval">
        <el-radio-group v-model="basic.hasPreapproval"><el-radio value="Y">是</el-radio><el-radio value="N">否</el-radio></el-radio-group>
        <span class="form-tip inline">不涉及前置审批的，请勿勾选</span>
      </el-form-item>
      <el-form-item v-if="basic.hasPreapproval === 'Y'" label="前置审核内容" prop="preapprovals">
        <el-checkbox-group v-model="basic.preapprovals" class="check-grid">
          <el-checkbox v-for="d in dict.type.beian_preapproval" :key="d.value" :value="d.value">{{ d.label }}</el-checkbox>
        </el-checkbox-group>
      </el-form-item>
      <el-form-item v-if="qualification" label="资质证明材料" prop="qualificationDocs" class="qualification-item">
        <scan-upload v-model="basic.qualificationDocs" :limit="5" :max-kb="2048" />
        <div class="form-tip">请上传所勾选项目对应的许可或审批文件扫描件，最多5张，每张不超过2MB。</div>
      </el-form-item>
      <el-form-item label="网站语言" prop="languages">
        <el-checkbox-group v-model="basic.languages" class="check-grid">
          <el-checkbox v-for="d in dict.type.beian_language" :key="d.value" :value="d.value">{{ d.label }}</el-checkbox>
        </el-checkbox-group>
      </el-form-item>

      <el-divider content-position="left">其他信息（按属地网安部门要求填写）</el-divider>
      <el-row>
        <el-col :span="12"><el-form-item label="技术支持单位" prop="techName"><el-input v-model="basic.techName" placeholder="网站建设或维护方的名称，自行维护的填本单位（本人）" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="技术支持单位电话" prop="techPhone"><el-input v-model="basic.techPhone" placeholder="座机或手机号码" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="服务器存放地址" prop="serverAddress"><el-input v-model="basic.serverAddress" placeholder="服务器所在机房的物理地址" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="服务器台数" prop="serverCount"><el-input-number v-model="basic.serverCount" :min="1" :max="9999" controls-position="right" placeholder="台数" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="服务器所在地网安部门代码" prop="serverPoliceCode"><el-input v-model="basic.serverPoliceCode" maxlength="12" placeholder="12位数字，如北京：110000000000" /></el-form-item></el-col>
        <el-col :span="12" />
        <el-col :span="12">
          <el-form-item label="网络拓扑图" prop="topology" class="topology-item">
            <scan-upload v-model="basic.topology" :limit="3" :max-kb="2048" />
          </el-form-item>
        </el-col>
        <el-col :span="12">
          <el-form-item label="域名证书" prop="domainCertificate" class="domain-cert-item">
            <scan-upload v-model="basic.domainCertificate" :limit="1" :max-kb="400" caption="选填，400KB以内" />
          </el-form-item>
        </el-col>
      </el-row>
    </el-form>

    <!-- 第3步 -->
    <el-form v-if="step === 3" ref="peopleRef" :model="people" :rules="peopleRules" label-width="130px" class="people-form">
      <el-card v-for="b in BLOCKS" :key="b.key" shadow="never" :class="['person-card', 'person-' + b.key]">
        <template #header>
          <div class="person-card__header">
            <span class="person-card__title">{{ b.title }}</span>
            <el-switch v-model="people[b.key].same" active-value="1" inactive-value="0" active-text="同主体负责人信息" @change="(v) => copyPrincipal(b.key, v)" />
          </div>
        </template>
        <el-row>
          <el-col :span="12"><el-form-item :label="b.labels[0]" :prop="b.key + '.name'"><el-input v-model="people[b.key].name" :disabled="people[b.key].same === '1'" placeholder="请填写真实姓名全称" /></el-form-item></el-col>
          <el-col :span="12">
            <el-form-item :label="b.labels[1]" :prop="b.key + '.certType'">
              <el-select v-model="people[b.key].certType" filterable :disabled="people[b.key].same === '1'" placeholder="请选择证件类型" style="width: 100%">
                <el-option v-for="d in dict.type.sys_id_type" :key="d.value" :label="d.label" :value="d.value" />
              </el-select>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item :label="b.labels[2]" :prop="b.key + '.certNumber'"><el-input v-model="people[b.key].certNumber" :disabled="people[b.key].same === '1'" placeholder="请填写有效的证件号码" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item :label="b.labels[4]" :prop="b.key + '.mobile'"><el-input v-model="people[b.key].mobile" maxlength="11" :disabled="people[b.key].same === '1'" placeholder="请填写正确的手机号码" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item :label="b.labels[5]" :prop="b.key + '.email'"><el-input v-model="people[b.key].email" :disabled="people[b.key].same === '1'" placeholder="用于接收备案消息通知" /></el-form-item></el-col>
          <el-col :span="12">
            <el-form-item :label="b.labels[3]" :prop="b.key + '.cert'">
              <scan-upload v-model="people[b.key].cert" :max-kb="100" :disabled="people[b.key].same === '1'" caption="有效证件扫描件，100KB以内" />
            </el-form-item>
          </el-col>
        </el-row>
      </el-card>
      <div class="form-tip">负责人姓名应填写真实姓名全称，不得填报“王先生”“李小姐”“个人”或带数字、字母的姓名。</div>
    </el-form>

    <!-- 第4步 -->
    <div v-if="step === 4" class="promise">
      <h3>信息网站安全责任书</h3>
      <p>依法从事互联网信息服务，不利用互联网制作、复制、发布、传播含有下列内容的信息，或者为制作、复制、发布、传播含有下列内容的信息提供服务：</p>
      <ol><li v-for="p in PROMISE" :key="p">{{ p }}</li></ol>
      <el-checkbox v-model="agreed" :disabled="countdown > 0">已阅读，并承诺上述网络安全责任{{ countdown > 0 ? '（' + countdown + '秒）' : '' }}</el-checkbox>
    </div>
  </div>
  <template #footer>
    <div class="dialog-footer">
      <el-button v-if="step > 1" @click="step--">上一步</el-button>
      <el-button v-if="step === 2 || step === 3" type="success" plain @click="saveDraft">保存草稿</el-button>
      <el-button v-if="step < 4" type="primary" :disabled="loading" @click="next">下一步</el-button>
      <el-button v-if="step === 4" type="primary" :disabled="!agreed" @click="submit">提 交</el-button>
      <el-button @click="visible = false">取 消</el-button>
    </div>
  </template>
</el-dialog>`,
};

const TABS = [['auditing', '审核中网站'], ['unfiled', '未备案网站'], ['claim', '待认领网站'], ['filed', '已备案网站'], ['draft', '已保存草稿']];

export const WebsiteView = {
  components: { WebsiteWizard },
  setup() {
    const activeTab = ref('auditing');
    const queryParams = reactive({ pageNum: 1, pageSize: 10, websiteName: '', domain: '' });
    const list = ref([]);
    const total = ref(0);
    const counts = ref({});
    const loading = ref(true);
    const wizard = reactive({ open: false, draftId: undefined });
    async function getList() {
      loading.value = true;
      const r = await get('/beian/website/list', { ...queryParams, tab: activeTab.value });
      list.value = r.rows;
      total.value = r.total;
      counts.value = r.counts;
      loading.value = false;
    }
    function resetQuery() {
      Object.assign(queryParams, { pageNum: 1, websiteName: '', domain: '' });
      getList();
    }
    function handleAdd() {
      wizard.draftId = undefined;
      wizard.open = true;
    }
    function handleContinue(row) {
      wizard.draftId = row.websiteId;
      wizard.open = true;
    }
    watch(activeTab, () => {
      queryParams.pageNum = 1;
      getList();
    });
    onMounted(async () => {
      await getList();
      setReady(true);
    });
    return { TABS, activeTab, queryParams, list, total, counts, loading, wizard, getList, resetQuery, handleAdd, handleContinue };
  },
  template: `
<div class="app-container">
  <el-tabs v-model="activeTab" class="website-tabs">
    <el-tab-pane v-for="[key, label] in TABS" :key="key" :name="key" :label="label + '(' + (counts[key] ?? 0) + ')'" />
  </el-tabs>
  <el-form :model="queryParams" inline label-width="80px" class="search-form">
    <el-form-item label="网站名称"><el-input v-model="queryParams.websiteName" placeholder="请输入网站名称" clearable style="width: 200px" @keyup.enter="getList" /></el-form-item>
    <el-form-item label="网站域名"><el-input v-model="queryParams.domain" placeholder="请输入网站域名" clearable style="width: 200px" @keyup.enter="getList" /></el-form-item>
    <el-form-item>
      <el-button type="primary" icon="Search" @click="getList">搜索</el-button>
      <el-button icon="Refresh" @click="resetQuery">重置</el-button>
    </el-form-item>
  </el-form>
  <el-row :gutter="10" class="mb8">
    <el-col :span="1.5"><el-button type="primary" plain icon="Plus" @click="handleAdd">新增备案</el-button></el-col>
    <el-col :span="1.5"><el-button type="warning" plain icon="Download">导出</el-button></el-col>
  </el-row>
  <el-table v-loading="loading" :data="list" border>
    <el-table-column type="index" label="序号" width="60" align="center" />
    <el-table-column label="网站名称" prop="websiteName" min-width="140" />
    <el-table-column label="网站域名" prop="domain" min-width="180" />
    <el-table-column label="开办主体" prop="subjectName" min-width="190" show-overflow-tooltip />
    <el-table-column label="网站类别" prop="category" width="100" align="center" />
    <el-table-column label="申请日期" prop="applyDate" width="110" align="center" />
    <el-table-column label="完成日期" prop="finishDate" width="110" align="center" />
    <el-table-column label="公安机关备案号" prop="recordNo" width="150" align="center" />
    <el-table-column label="状态" prop="status" width="120" align="center" />
    <el-table-column label="操作" width="170" align="center">
      <template #default="{ row }">
        <template v-if="row.tab === 'draft'">
          <el-button link type="primary" icon="EditPen" @click="handleContinue(row)">继续填写</el-button>
          <el-button link type="danger" icon="Delete">删除</el-button>
        </template>
        <template v-else>
          <el-button link type="primary" icon="View">详情</el-button>
          <el-button v-if="row.tab === 'filed'" link type="primary" icon="Edit">变更</el-button>
        </template>
      </template>
    </el-table-column>
  </el-table>
  <div class="pagination-container">
    <el-pagination background layout="total, sizes, prev, pager, next, jumper" :total="total" v-model:current-page="queryParams.pageNum" v-model:page-size="queryParams.pageSize" @change="getList" />
  </div>
  <website-wizard v-model="wizard.open" :draft-id="wizard.draftId" @saved="getList" />
</div>`,
};
