import { api, UPLOAD_ACTION } from './api.js';
import { publishForm } from './bridge.js';
import {
  ACCESS_METHOD, SERVICE_TYPES, CONTROLLED, PREAPPROVAL, LANGUAGES, OPERATING, LEVEL, SERVICE_CATEGORY, YES_NO,
  word, words, fileNames,
} from './dicts.js';
import { ProviderPicker, blankProvider, readProvider, OTHER } from './provider.js';
import { RowsInput, imageGuard, RULE } from './shared.js';
import { StepPeople } from './people.js';

const { ref, reactive, computed, onMounted, onBeforeUnmount, watch } = window.Vue;
const { Message } = window.ArcoVue;

const YN = [{ value: 'Y', label: '是', std: '是' }, { value: 'N', label: '否', std: '否' }];

/** 向导各步数据（切换步骤时保留） */
export const draft = reactive({
  jbxx: {
    wzmc: '', // 网站名称
    sfba: undefined, icpbah: '', // 是否有工信部备案号 / 备案号
    sfdlym: 'Y', zym: '', // 是否独立一级域名 / 主域名（否：访问地址）
    zymList: [''], ipList: [''],
    ktrq: '', // 开通日期
    jrfs: undefined, // 接入方式
    jrs: blankProvider(), ymfws: blankProvider(),
    sfjh: undefined, fwlx: [], fwlb: undefined, // 交互服务 / 服务类型 / 服务类别(01-09)
    sfgz: undefined, gzwp: [], sfqz: undefined, qzsh: [], zzwj: [],
    yy: [],
    jszc: { mc: '', dh: '' },
    wzxz: undefined, wzjb: undefined, fwqdz: '', fwqts: undefined, waDm: '', tpt: [],
  },
});

// ---------------- 第一步：网站开办主体（只读） ----------------
const StepSubject = {
  emits: ['next'],
  setup() {
    const subject = ref(null);
    let release;
    onMounted(async () => {
      subject.value = await api.currentSubject();
      release = publishForm(() => ({}));
    });
    onBeforeUnmount(() => release && release());
    return { subject };
  },
  template: `
  <a-spin :loading="!subject" style="width: 100%">
    <template v-if="subject">
      <a-descriptions title="主办单位" :column="2" bordered size="large" class="desc">
        <a-descriptions-item label="主办单位性质">{{ subject.natureName }}</a-descriptions-item>
        <a-descriptions-item label="主办单位名称">{{ subject.unitName }}</a-descriptions-item>
      </a-descriptions>
      <a-descriptions title="负责人信息" :column="2" bordered size="large" class="desc">
        <a-descriptions-item label="负责人姓名">{{ subject.principal.name }}</a-descriptions-item>
        <a-descriptions-item label="负责人证件类型">{{ subject.principal.certTypeName }}</a-descriptions-item>
        <a-descriptions-item label="负责人证件号码">{{ subject.principal.certNumber }}</a-descriptions-item>
        <a-descriptions-item label="负责人证件"><a-link>点击查看</a-link></a-descriptions-item>
        <a-descriptions-item label="办公室电话">{{ subject.principal.officePhone }}</a-descriptions-item>
        <a-descriptions-item label="手机号码">{{ subject.principal.mobile }}</a-descriptions-item>
        <a-descriptions-item label="电子邮件地址">{{ subject.principal.email }}</a-descriptions-item>
        <a-descriptions-item label="负责人常住地址">{{ subject.principal.address }}</a-descriptions-item>
        <a-descriptions-item label="备注" :span="2">{{ subject.principal.remark || '无' }}</a-descriptions-item>
      </a-descriptions>
      <div class="wizard-actions"><a-button type="primary" @click="$emit('next')">下一步</a-button></div>
    </template>
  </a-spin>`,
};

// ---------------- 第二步：网站基本信息 ----------------
const providerRule = (what) => ({
  required: true,
  type: 'object',
  validator: (p, cb) => {
    if (!p || !p.fw || !p.qy) cb(`请选择${what}所属区域`);
    else if (!p.id) cb(`请选择${what}名称`);
    else if (p.id === OTHER && !p.qtmc.trim()) cb(`请填写${what}全称`);
    else cb();
  },
});

const StepBasic = {
  components: { ProviderPicker, RowsInput },
  emits: ['next', 'prev'],
  setup(_, { emit }) {
    const formRef = ref();
    const form = draft.jbxx;
    const extraOpen = ref([]); // 补充信息默认收起
    const saving = ref(false);
    const needQualification = computed(() => form.sfgz === '1' || form.sfqz === '1');

    const rules = {
      wzmc: [{ required: true, message: '请填写网站名称' }, { maxLength: 50, message: '网站名称不超过50个字' }],
      sfba: [{ required: true, message: '请选择是否已取得ICP备案' }],
      icpbah: [{ required: true, message: '请填写ICP备案号' }, { match: /^[\u4e00-\u9fa5]ICP(备|证)\d+号(-\d+)?$/, message: '格式如：京ICP证030173号-1' }],
      sfdlym: [{ required: true, message: '请选择是否有独立一级域名' }],
      zym: [{ required: true, message: '请填写主域名' }],
      jrfs: [{ required: true, message: '请选择网站接入方式' }],
      jrs: [providerRule('接入服务商')],
      ymfws: [providerRule('域名服务商')],
      sfjh: [{ required: true, message: '请选择是否提供互联网交互服务' }],
      fwlx: [{ required: true, type: 'array', minLength: 1, message: '请至少勾选一项服务类型' }],
      sfgz: [{ required: true, message: '请选择是否涉及管制物品信息发布' }],
      gzwp: [{ required: true, type: 'array', minLength: 1, message: '请勾选涉及的管制物品' }],
      sfqz: [{ required: true, message: '请选择是否涉及前置审核内容' }],
      qzsh: [{ required: true, type: 'array', minLength: 1, message: '请勾选前置审批项目' }],
      zzwj: [{ required: true, type: 'array', message: '请上传相关资质证明文件' }],
      yy: [{ required: true, type: 'array', minLength: 1, message: '请选择网站语言' }],
      'jszc.dh': [RULE.phone],
      waDm: [{ match: /^\d{12}$/, message: '网安部门代码为12位数字' }],
    };

    watch(() => form.sfba, (v) => v === 'N' && (form.icpbah = ''));
    watch(() => form.sfgz, (v) => v !== '1' && (form.gzwp = []));
    watch(() => form.sfqz, (v) => v !== '1' && (form.qzsh = []));
    watch(needQualification, (v) => !v && (form.zzwj = []));

    const saveDraft = async (silent) => {
      saving.value = true;
      try {
        await api.saveDraft(2, form);
        if (!silent) Message.success('已保存为草稿，可在“已保存草稿”中继续填写');
      } finally {
        saving.value = false;
      }
    };
    const next = async () => {
      const errors = await formRef.value.validate();
      if (errors) {
        if (['wzxz', 'wzjb', 'fwqdz', 'fwqts', 'waDm', 'tpt'].some((k) => errors[k])) extraOpen.value = ['extra'];
        Message.warning('请按提示完善网站基本信息');
        return;
      }
      await saveDraft(true);
      emit('next');
    };

    const read = () => {
      const s = {
        name: form.wzmc,
        hasIcp: word(YN, form.sfba),
        hasOwnDomain: word(YN, form.sfdlym),
      };
      if (form.sfba === 'Y') s.icpNumber = form.icpbah;
      if (form.sfdlym) s.domain = form.zym;
      if (form.sfdlym === 'Y') s.subdomains = form.zymList.map((x) => x.trim()).filter(Boolean);
      Object.assign(s, {
        ips: form.ipList.map((x) => x.trim()).filter(Boolean),
        openedOn: form.ktrq || '',
        accessMethod: word(ACCESS_METHOD, form.jrfs),
        accessProvider: readProvider(form.jrs),
        registrar: readProvider(form.ymfws),
        interactive: word(YES_NO, form.sfjh),
        serviceTypes: words(SERVICE_TYPES, form.fwlx),
        serviceCategory: word(SERVICE_CATEGORY, form.fwlb),
        hasControlled: word(YES_NO, form.sfgz),
      });
      if (form.sfgz === '1') s.controlledGoods = words(CONTROLLED, form.gzwp);
      s.hasPreapproval = word(YES_NO, form.sfqz);
      if (form.sfqz === '1') s.preapprovals = words(PREAPPROVAL, form.qzsh);
      if (needQualification.value) s.qualificationDocs = fileNames(form.zzwj);
      return Object.assign(s, {
        languages: words(LANGUAGES, form.yy),
        'techSupport.name': form.jszc.mc,
        'techSupport.phone': form.jszc.dh,
        operating: word(OPERATING, form.wzxz),
        level: word(LEVEL, form.wzjb),
        serverAddress: form.fwqdz,
        serverCount: form.fwqts == null ? '' : String(form.fwqts),
        serverPoliceCode: form.waDm,
        topology: fileNames(form.tpt),
      });
    };
    let release;
    onMounted(() => (release = publishForm(read)));
    onBeforeUnmount(() => release && release());

    return {
      formRef, form, rules, extraOpen, saving, needQualification, next, saveDraft, prev: () => emit('prev'),
      action: UPLOAD_ACTION, guard: imageGuard(), yn: YN, yesNo: YES_NO,
      accessMethods: ACCESS_METHOD, serviceTypes: SERVICE_TYPES, controlled: CONTROLLED, preapproval: PREAPPROVAL,
      languages: LANGUAGES, operating: OPERATING, levels: LEVEL, categories: SERVICE_CATEGORY,
    };
  },
  template: `
  <a-form ref="formRef" :model="form" :rules="rules" class="beian-form" :label-col-props="{ span: 5 }" :wrapper-col-props="{ span: 18 }" scroll-to-first-error>
    <div class="section-title">网站信息</div>
    <a-form-item field="wzmc" label="网站名称" extra="不得以域名作为网站名称，个人网站不得使用“公司”“中国”等字样">
      <a-input v-model="form.wzmc" placeholder="请输入网站名称" class="w-lg" allow-clear />
    </a-form-item>
    <a-form-item field="sfba" label="是否已取得ICP备案">
      <a-radio-group v-model="form.sfba" :options="yn" />
    </a-form-item>
    <a-form-item v-if="form.sfba === 'Y'" field="icpbah" label="ICP备案号">
      <a-input v-model="form.icpbah" placeholder="如：京ICP证030173号-1" class="w-md" allow-clear />
    </a-form-item>
    <a-form-item field="sfdlym" label="是否有独立一级域名">
      <a-radio-group v-model="form.sfdlym" :options="yn" />
    </a-form-item>
    <template v-if="form.sfdlym">
      <a-form-item field="zym" :label="form.sfdlym === 'Y' ? '主域名' : '网站访问地址'"
        :extra="form.sfdlym === 'Y' ? '填写一级域名，不带 www，如 baidu.com' : '无独立域名的，填写网站访问的URL或IP地址'">
        <a-input v-model="form.zym" :placeholder="form.sfdlym === 'Y' ? '如：example.com' : '如：http://20.10.0.1:8080'" class="w-md" allow-clear />
      </a-form-item>
      <a-form-item v-if="form.sfdlym === 'Y'" field="zymList" label="子域名">
        <rows-input v-model="form.zymList" placeholder="如：www.example.com" class="w-md" />
      </a-form-item>
    </template>
    <a-form-item field="ipList" label="服务器IP地址" extra="对应多个IP的请逐行填写，IP段可写作 起始IP-结束IP">
      <rows-input v-model="form.ipList" placeholder="如：20.10.0.1" class="w-md" />
    </a-form-item>
    <a-form-item field="ktrq" label="网站开通日期">
      <a-date-picker v-model="form.ktrq" value-format="YYYY-MM-DD" placeholder="请选择开通日期" style="width: 220px" />
    </a-form-item>

    <div class="section-title">网络接入及域名服务</div>
    <a-form-item field="jrfs" label="网站接入方式">
      <a-select v-model="form.jrfs" :options="accessMethods" placeholder="请选择接入方式" class="w-md" />
    </a-form-item>
    <a-form-item field="jrs" label="网络接入服务商" extra="先选境内/境外及所属区域，再选服务商；列表中没有的请选“其他”并填写全称">
      <provider-picker v-model="form.jrs" type="1" />
    </a-form-item>
    <a-form-item field="ymfws" label="域名注册服务商">
      <provider-picker v-model="form.ymfws" type="2" />
    </a-form-item>

    <div class="section-title">服务类型</div>
    <a-form-item field="sfjh" label="是否提供互联网交互服务" extra="论坛、博客、微博、聊天室、评论、即时通讯等用户可发布信息的服务属于交互服务">
      <a-radio-group v-model="form.sfjh" :options="yesNo" />
    </a-form-item>
    <a-form-item field="fwlx" label="服务类型">
      <a-checkbox-group v-model="form.fwlx" :options="serviceTypes" class="check-grid" />
    </a-form-item>
    <a-form-item field="fwlb" label="网站服务类别" extra="按网站实际开展的主要业务选择一项">
      <a-select v-model="form.fwlb" :options="categories" placeholder="请选择服务类别" class="w-lg" allow-clear />
    </a-form-item>

    <div class="section-title">网站内容</div>
    <a-form-item field="sfgz" label="是否涉及管制物品信息发布" extra="面审时请携带对应资质材料">
      <a-radio-group v-model="form.sfgz" :options="yesNo" />
    </a-form-item>
    <a-form-item v-if="form.sfgz === '1'" field="gzwp" label="管制物品类别">
      <a-checkbox-group v-model="form.gzwp" :options="controlled" class="check-grid" />
    </a-form-item>
    <a-form-item field="sfqz" label="是否涉及前置审核内容" extra="未取得相关部门前置审批的，请选“否”">
      <a-radio-group v-model="form.sfqz" :options="yesNo" />
    </a-form-item>
    <a-form-item v-if="form.sfqz === '1'" field="qzsh" label="前置审批项目">
      <a-checkbox-group v-model="form.qzsh" :options="preapproval" class="check-grid" />
    </a-form-item>
    <a-form-item v-if="needQualification" field="zzwj" label="资质证明文件" extra="上传所勾选事项的许可证或批准文件扫描件，最多5个">
      <a-upload v-model:file-list="form.zzwj" :action="action" :limit="5" multiple accept=".jpg,.jpeg,.png" response-url-key="url" :on-before-upload="guard">
        <template #upload-button><a-button type="outline"><template #icon><icon-upload /></template>上传资质文件</a-button></template>
      </a-upload>
    </a-form-item>
    <a-form-item field="yy" label="网站语言">
      <a-checkbox-group v-model="form.yy" :options="languages" class="check-grid" />
    </a-form-item>

    <div class="section-title">技术支持服务商</div>
    <a-form-item field="jszc.mc" label="技术支持单位名称" extra="网站由本单位（本人）自行维护的，填写本单位名称（本人姓名）">
      <a-input v-model="form.jszc.mc" placeholder="请输入技术支持单位名称" class="w-lg" allow-clear />
    </a-form-item>
    <a-form-item field="jszc.dh" label="技术支持服务商电话">
      <a-input v-model="form.jszc.dh" placeholder="固定电话或手机号码" class="w-md" allow-clear />
    </a-form-item>

    <a-collapse v-model:active-key="extraOpen" class="form-collapse">
      <a-collapse-item key="extra" header="补充备案信息">
        <template #extra><span class="muted">网站性质、级别、服务器情况（部分地区网安部门要求填写）</span></template>
        <a-form-item field="wzxz" label="网站性质" extra="有偿提供信息或网页制作等服务的为经营性">
          <a-radio-group v-model="form.wzxz" :options="operating" />
        </a-form-item>
        <a-form-item field="wzjb" label="网站级别" extra="有论坛、微博、博客的选二级，其他网站选三级">
          <a-radio-group v-model="form.wzjb" :options="levels" />
        </a-form-item>
        <a-form-item field="fwqdz" label="服务器存放物理地址">
          <a-input v-model="form.fwqdz" placeholder="机房所在省市区及详细地址" class="w-lg" allow-clear />
        </a-form-item>
        <a-form-item field="fwqts" label="服务器台数">
          <a-input-number v-model="form.fwqts" :min="1" :max="9999" :precision="0" placeholder="台" style="width: 160px" />
        </a-form-item>
        <a-form-item field="waDm" label="服务器所在地网安部门代码" extra="12位数字，如北京为 110000000000">
          <a-input v-model="form.waDm" placeholder="请输入网安部门代码" :max-length="12" class="w-md" allow-clear />
        </a-form-item>
        <a-form-item field="tpt" label="网络拓扑图">
          <a-upload v-model:file-list="form.tpt" :action="action" list-type="picture" :limit="1" accept=".jpg,.jpeg,.png" response-url-key="url" :on-before-upload="guard">
            <template #upload-button><a-button type="outline"><template #icon><icon-upload /></template>上传拓扑图</a-button></template>
          </a-upload>
        </a-form-item>
      </a-collapse-item>
    </a-collapse>

    <div class="wizard-actions">
      <a-button @click="prev">上一步</a-button>
      <a-button :loading="saving" @click="saveDraft(false)">保存</a-button>
      <a-button type="primary" @click="next">下一步</a-button>
    </div>
  </a-form>`,
};

// ---------------- 第四步：提示说明 ----------------
const StepNotice = {
  emits: ['prev'],
  setup() {
    const left = ref(10);
    const agreed = ref(false);
    const timer = setInterval(() => left.value > 0 && (left.value -= 1), 1000);
    let release;
    onMounted(() => (release = publishForm(() => ({}))));
    onBeforeUnmount(() => {
      clearInterval(timer);
      release && release();
    });
    const submit = () => Message.success('提交成功，请留意短信通知');
    const items = ['反对宪法所确定的基本原则，危害国家安全，泄露国家秘密，颠覆国家政权，破坏国家统一的', '煽动民族仇恨、民族歧视，破坏民族团结的', '散布谣言，扰乱社会秩序，破坏社会稳定的', '散布淫秽、色情、赌博、暴力、凶杀、恐怖或者教唆犯罪的', '侮辱或者诽谤他人，侵害他人合法权益的', '法律、行政法规禁止的其他内容'];
    return { left, agreed, submit, items };
  },
  template: `
  <div>
    <h3 class="notice-title">信息网站安全责任书</h3>
    <p>依法从事互联网信息服务，不利用互联网制作、复制、发布、传播含有下列内容的信息：</p>
    <ol class="notice-list"><li v-for="t in items" :key="t">{{ t }}</li></ol>
    <a-checkbox v-model="agreed" :disabled="left > 0">已阅读，并承诺上述网络安全责任{{ left > 0 ? '（' + left + '秒）' : '' }}</a-checkbox>
    <div class="wizard-actions"><a-button @click="$emit('prev')">上一步</a-button><a-button type="primary" :disabled="!agreed" @click="submit">提交</a-button></div>
  </div>`,
};

/** 新办网站申请（四步向导） */
export const WebsiteApply = {
  components: { StepSubject, StepBasic, StepPeople, StepNotice },
  props: { step: { type: Number, default: 1 } },
  emits: ['go'],
  setup(props, { emit }) {
    const go = (n) => emit('go', `websiteApply/${n}`);
    const view = computed(() => ['step-subject', 'step-basic', 'step-people', 'step-notice'][props.step - 1] || 'step-subject');
    return { go, view };
  },
  template: `
  <a-card :bordered="false" class="page-card" title="新办网站申请">
    <a-steps :current="step" class="wizard-steps" changeable @change="(n) => n < step && go(n)">
      <a-step description="确认主体信息">网站开办主体</a-step>
      <a-step description="网站及服务商">网站基本信息</a-step>
      <a-step description="安全负责人、联络人">网站负责人</a-step>
      <a-step description="阅读并提交">提示说明</a-step>
    </a-steps>
    <component :is="view" :key="step" @next="go(step + 1)" @prev="go(step - 1)" />
  </a-card>`,
};
