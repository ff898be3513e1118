import { api, regionNames, UPLOAD_ACTION } from './api.js';
import { notReady, publishForm } from './bridge.js';
import { NATURE, PERSONAL, UNIT_CERT, PERSON_CERT, word, fileNames } from './dicts.js';
import { imageGuard, useSmsCountdown, RULE } from './shared.js';

const { ref, reactive, computed, nextTick, onMounted, onBeforeUnmount } = window.Vue;
const { Message } = window.ArcoVue;

const blankSubject = () => ({
  ztxz: undefined, // 主办单位性质
  zbdwmc: '', // 主办单位名称（个人为姓名）
  dwzjlx: undefined, // 单位证件类型
  dwzjhm: '', // 单位证件号码
  tzzgdw: '', // 投资或主管单位
  fzr: {
    czd: undefined, // 常住地 [省, 市, 区] 代码
    xxdz: '',
    xm: '',
    zjlx: '11',
    zjhm: '',
    zjyxq: '', // 证件有效期（截止）
    zjyxqCq: false, // 长期
    zjsmj: [], // 证件扫描件（正、反面）
    bgdh: '',
    sjhm: '',
    yzm: '',
    dzyx: '',
  },
  bz: '',
});

/** 新增 / 编辑开办主体 */
const SubjectForm = {
  emits: ['back'],
  setup(_, { emit }) {
    const formRef = ref();
    const form = reactive(blankSubject());
    const panels = ref([]); // 负责人信息默认收起
    const saving = ref(false);
    const regionTree = ref([]);
    const isPerson = computed(() => form.ztxz === PERSONAL);
    const isUnit = computed(() => !!form.ztxz && form.ztxz !== PERSONAL);
    const sms = useSmsCountdown();

    const loadRegion = (option, done) => {
      api.regions(option.value).then((list) => done(list.map((r) => ({ value: r.code, label: r.name, isLeaf: r.leaf }))));
    };

    const rules = computed(() => ({
      ztxz: [{ required: true, message: '请选择开办主体性质' }],
      zbdwmc: [{ required: true, message: '请填写主办单位全称（个人填写本人姓名）' }, { maxLength: 60, message: '名称不能超过60个字' }],
      dwzjlx: [{ required: true, message: '请选择单位证件类型' }],
      dwzjhm: [{ required: true, message: '请填写单位证件号码' }, { match: /^[0-9A-Za-z-]{6,30}$/, message: '证件号码格式不正确' }],
      tzzgdw: [{ required: true, message: '请填写投资人或主管单位' }],
      'fzr.czd': [{ required: true, type: 'array', message: '请选择负责人常住地' }],
      'fzr.xxdz': [{ required: true, message: '请填写详细地址' }],
      'fzr.xm': [{ required: true, message: '请填写负责人姓名' }],
      'fzr.zjlx': [{ required: true, message: '请选择负责人证件类型' }],
      'fzr.zjhm': [{ required: true, message: '请填写负责人证件号码' }, RULE.idCard(() => form.fzr.zjlx)],
      // 勾选“长期”后不再要求选择日期
      'fzr.zjyxq': form.fzr.zjyxqCq ? [] : [{ required: true, message: '请选择证件有效期，长期有效的请勾选“长期”' }],
      'fzr.zjsmj': [{ required: true, type: 'array', message: '请上传证件扫描件' }, { type: 'array', minLength: 2, message: '请上传证件正面和反面两张扫描件' }],
      'fzr.bgdh': [{ required: true, message: '请填写办公电话' }, RULE.phone],
      'fzr.sjhm': [{ required: true, message: '请填写手机号码' }, RULE.mobile],
      'fzr.yzm': [{ required: true, message: '请输入短信验证码' }, { match: /^\d{6}$/, message: '验证码为6位数字' }],
      'fzr.dzyx': [{ required: true, message: '请填写电子邮件地址' }, { type: 'email', message: '邮箱格式不正确' }],
    }));

    const onNature = () => {
      if (isPerson.value) Object.assign(form, { dwzjlx: undefined, dwzjhm: '', tzzgdw: '' });
    };
    const onLongTerm = (checked) => {
      if (checked) form.fzr.zjyxq = '';
      // 规则随“长期”切换，待表单项拿到新规则后再清除旧的校验提示
      nextTick(() => formRef.value?.clearValidate('fzr.zjyxq'));
    };
    const getCode = () => {
      formRef.value.validateField('fzr.sjhm', (err) => {
        if (!err) sms.send(form.fzr.sjhm);
      });
    };

    const save = async () => {
      const errors = await formRef.value.validate();
      if (errors) {
        if (Object.keys(errors).some((k) => k.startsWith('fzr.'))) panels.value = ['fzr'];
        Message.warning('请按提示完善主体信息');
        return;
      }
      saving.value = true;
      try {
        const payload = { ...form, fzr: { ...form.fzr, zjsmj: form.fzr.zjsmj.map((f) => f.response?.data?.fileId) } };
        await api.saveSubject(payload);
        Message.success('保存成功，主体信息将在2-3个工作日内完成审核');
        emit('back');
      } catch (e) {
        Message.error(e.message);
      } finally {
        saving.value = false;
      }
    };

    /** 当前表单数据（按《字段说明》键名与规范名称） */
    const read = () => {
      const f = form.fzr;
      const state = { nature: word(NATURE, form.ztxz), unitName: form.zbdwmc };
      if (isUnit.value) Object.assign(state, { unitCertType: word(UNIT_CERT, form.dwzjlx), unitCertNumber: form.dwzjhm, supervisor: form.tzzgdw });
      return Object.assign(state, {
        'principal.residence': (f.czd || []).map((code) => regionNames.get(code) || code),
        'principal.residenceDetail': f.xxdz,
        'principal.name': f.xm,
        'principal.certType': word(PERSON_CERT, f.zjlx),
        'principal.certNumber': f.zjhm,
        'principal.certExpiry': f.zjyxqCq ? '长期' : f.zjyxq || '',
        'principal.cert': fileNames(f.zjsmj),
        'principal.officePhone': f.bgdh,
        'principal.mobile': f.sjhm,
        'principal.smsCode': f.yzm,
        'principal.email': f.dzyx,
        'principal.remark': form.bz,
      });
    };

    let release;
    onMounted(async () => {
      const provinces = await api.regions('0');
      regionTree.value = provinces.map((r) => ({ value: r.code, label: r.name, isLeaf: false }));
      release = publishForm(read);
    });
    onBeforeUnmount(() => release && release());

    return {
      formRef, form, rules, panels, saving, regionTree, loadRegion, isPerson, isUnit, sms, getCode, save, onNature, onLongTerm,
      natureOptions: NATURE, unitCertOptions: UNIT_CERT, certOptions: PERSON_CERT, action: UPLOAD_ACTION, guard: imageGuard(),
      back: () => emit('back'),
    };
  },
  template: `
  <a-card :bordered="false" class="page-card" title="新增开办主体">
    <template #extra><a-button @click="back"><template #icon><icon-left /></template>返回列表</a-button></template>
    <a-alert class="form-tip" type="warning" show-icon>
      录入的主体信息必须真实、合法。主体审核通过后，主办单位性质及名称不可修改；负责人常住地（个人）或办公地（单位）所在省市区变更，将重新生成该主体下所有网站的备案信息。
    </a-alert>
    <a-form ref="formRef" :model="form" :rules="rules" class="beian-form" :label-col-props="{ span: 5 }" :wrapper-col-props="{ span: 17 }" scroll-to-first-error>
      <div class="section-title">主办者基本信息</div>
      <a-form-item field="ztxz" label="开办主体性质" extra="请按网站的实际主办者选择；个人网站请选择“个人”">
        <a-select v-model="form.ztxz" :options="natureOptions" placeholder="请选择主办单位性质" class="w-md" @change="onNature" />
      </a-form-item>
      <a-form-item field="zbdwmc" :label="isPerson ? '主办人姓名' : '主办单位名称'"
        :extra="isPerson ? '个人请填写本人真实姓名' : '请填写与证件一致的单位全称，不得以域名或网站名称代替'">
        <a-input v-model="form.zbdwmc" :placeholder="isPerson ? '请输入姓名' : '请输入主办单位全称'" class="w-lg" allow-clear />
      </a-form-item>
      <template v-if="isUnit">
        <a-form-item field="dwzjlx" label="单位证件类型">
          <a-select v-model="form.dwzjlx" :options="unitCertOptions" placeholder="请选择证件类型" class="w-md" />
        </a-form-item>
        <a-form-item field="dwzjhm" label="单位证件号码" extra="企业请填写18位统一社会信用代码">
          <a-input v-model="form.dwzjhm" placeholder="请输入证件上的号码" class="w-md" allow-clear />
        </a-form-item>
        <a-form-item field="tzzgdw" label="投资人或主管单位" extra="企业、事业单位等填写法人姓名或单位最高负责人姓名">
          <a-input v-model="form.tzzgdw" placeholder="请输入投资人或主管单位" class="w-lg" allow-clear />
        </a-form-item>
      </template>

      <a-collapse v-model:active-key="panels" class="form-collapse">
        <a-collapse-item key="fzr" header="负责人信息">
          <template #extra><span class="muted">常住地、证件、联系方式（点击展开填写）</span></template>
          <a-form-item field="fzr.czd" label="负责人常住地">
            <a-cascader v-model="form.fzr.czd" :options="regionTree" :load-more="loadRegion" path-mode allow-clear
              placeholder="请选择省 / 市 / 区（县）" class="w-lg" />
          </a-form-item>
          <a-form-item field="fzr.xxdz" label="详细地址" extra="城镇填写到街道门牌号，农村填写到村">
            <a-input v-model="form.fzr.xxdz" placeholder="请填写常住地详细地址" class="w-lg" allow-clear />
          </a-form-item>
          <a-form-item field="fzr.xm" label="负责人姓名">
            <a-input v-model="form.fzr.xm" placeholder="请输入负责人真实姓名" class="w-md" allow-clear />
          </a-form-item>
          <a-form-item field="fzr.zjlx" label="负责人证件类型">
            <a-select v-model="form.fzr.zjlx" :options="certOptions" placeholder="请选择证件类型" class="w-md" />
          </a-form-item>
          <a-form-item field="fzr.zjhm" label="负责人证件号码">
            <a-input v-model="form.fzr.zjhm" placeholder="请输入有效证件号码" class="w-md" allow-clear />
          </a-form-item>
          <a-form-item field="fzr.zjyxq" label="证件有效期至" extra="填写证件背面有效期限的截止日期；长期有效的请勾选“长期”">
            <a-space :size="16">
              <a-date-picker v-model="form.fzr.zjyxq" value-format="YYYY-MM-DD" :disabled="form.fzr.zjyxqCq" placeholder="请选择截止日期" style="width: 220px" />
              <a-checkbox v-model="form.fzr.zjyxqCq" @change="onLongTerm">长期</a-checkbox>
            </a-space>
          </a-form-item>
          <a-form-item field="fzr.zjsmj" label="证件扫描件" extra="依次上传证件正面、反面，JPG/PNG格式，每张512KB以内，证件姓名须与负责人姓名一致">
            <a-upload v-model:file-list="form.fzr.zjsmj" :action="action" list-type="picture-card" :limit="2" multiple
              accept=".jpg,.jpeg,.png" response-url-key="url" image-preview :on-before-upload="guard">
              <template #upload-button>
                <div class="upload-card"><icon-plus /><div>{{ form.fzr.zjsmj.length ? '上传反面' : '上传正面' }}</div></div>
              </template>
            </a-upload>
          </a-form-item>
          <a-form-item field="fzr.bgdh" label="办公电话" extra="区号须与通讯地址相符，如 010-12345625">
            <a-input v-model="form.fzr.bgdh" placeholder="区号-号码" class="w-md" allow-clear />
          </a-form-item>
          <a-form-item field="fzr.sjhm" label="手机号码">
            <a-input v-model="form.fzr.sjhm" placeholder="请输入负责人手机号码" :max-length="11" class="w-md" allow-clear />
          </a-form-item>
          <a-form-item field="fzr.yzm" label="短信验证码">
            <a-space>
              <a-input v-model="form.fzr.yzm" placeholder="6位数字验证码" :max-length="6" style="width: 180px" />
              <a-button type="outline" :disabled="sms.left > 0" :loading="sms.sending" @click="getCode">{{ sms.left > 0 ? sms.left + '秒后重新获取' : '获取验证码' }}</a-button>
            </a-space>
          </a-form-item>
          <a-form-item field="fzr.dzyx" label="电子邮件地址" extra="该邮箱用于接收备案审核结果等通知">
            <a-input v-model="form.fzr.dzyx" placeholder="例如 name@example.com" class="w-md" allow-clear />
          </a-form-item>
        </a-collapse-item>
      </a-collapse>

      <a-form-item field="bz" label="备注" class="remark-item">
        <a-textarea v-model="form.bz" placeholder="其他需要说明的情况（选填）" :max-length="200" show-word-limit :auto-size="{ minRows: 3, maxRows: 5 }" class="w-lg" />
      </a-form-item>
      <a-form-item>
        <a-space :size="16">
          <a-button type="primary" :loading="saving" @click="save"><template #icon><icon-save /></template>保存主体信息</a-button>
          <a-button @click="back">取消</a-button>
        </a-space>
      </a-form-item>
    </a-form>
  </a-card>`,
};

/** 开办主体管理：列表 + 新增 */
export const SubjectPage = {
  components: { SubjectForm },
  setup() {
    const editing = ref(false);
    const loading = ref(true);
    const rows = ref([]);
    let release;
    const load = async () => {
      loading.value = true;
      rows.value = await api.subjectList();
      loading.value = false;
    };
    onMounted(async () => {
      await load();
      release = publishForm(() => ({}));
    });
    onBeforeUnmount(() => release && release());
    const add = () => {
      notReady();
      editing.value = true;
    };
    const back = () => {
      editing.value = false;
      release = publishForm(() => ({}));
      load();
    };
    const columns = [
      { title: '主体编号', dataIndex: 'id' },
      { title: '主办单位性质', dataIndex: 'natureName' },
      { title: '主办单位名称', dataIndex: 'unitName' },
      { title: '负责人', dataIndex: 'principalName' },
      { title: '提交日期', dataIndex: 'createdAt' },
      { title: '审核状态', slotName: 'status' },
    ];
    return { editing, loading, rows, columns, add, back };
  },
  template: `
  <subject-form v-if="editing" @back="back" />
  <a-card v-else :bordered="false" class="page-card" title="网站开办主体">
    <template #extra><a-button type="primary" @click="add"><template #icon><icon-plus /></template>新增主体</a-button></template>
    <a-alert class="form-tip">首次备案须先提交开办主体（主办单位及负责人）信息，主体提交后方可在其下办理网站备案，审核需2-3个工作日。</a-alert>
    <a-table :columns="columns" :data="rows" :loading="loading" :pagination="false" row-key="id">
      <template #status="{ record }"><a-tag color="green">{{ record.status }}</a-tag></template>
    </a-table>
  </a-card>`,
};
