// 开办主体管理：主体列表 + 新增主体表单
import { UNIT_NATURE, UNIT_CERT_TYPE, CERT_TYPE, nameOf } from './dicts.js';
import { subjectApi, regionApi, UPLOAD_ACTION, onUploadFinish, beforeUpload, fileNames } from './api.js';
import { route, reader, pathNames, required, PHONE_RE, MOBILE_RE, EMAIL_RE } from './shared.js';

const { ref, reactive, computed, onMounted, onBeforeUnmount, nextTick, h } = Vue;

const emptyForm = () => ({
  unitNature: null, unitName: '', unitCertType: null, unitCertNo: '', investor: '',
  residence: null, address: '', leaderName: '', leaderCertType: null, leaderCertNo: '',
  certValidDate: null, certLongTerm: false, certFiles: [], handheldFiles: [],
  officeTel: '', mobile: '', smsCode: '', email: '', remark: '',
});

export const SubjectPage = {
  setup() {
    const message = naive.useMessage();
    const mode = ref('list');
    const list = ref([]);
    const loading = ref(true);
    const form = reactive(emptyForm());
    const formRef = ref(null);
    const regionOptions = ref([]);
    const saving = ref(false);
    const countdown = ref(0);
    let timer = null;

    const isUnit = computed(() => !!form.unitNature && form.unitNature !== '4');
    const nameLabel = computed(() => (form.unitNature === '4' ? '主办者姓名' : '主办单位名称'));

    const toOption = (r) => ({ value: r.code, label: r.name, isLeaf: r.leaf, depth: r.code.endsWith('0000') ? 1 : 2 });
    async function loadProvinces() {
      regionOptions.value = (await regionApi.children('0')).map(toOption);
    }
    async function loadRegion(option) {
      const rows = await regionApi.children(option.value);
      option.children = rows.map(toOption);
    }

    const rules = {
      unitNature: required('请选择开办主体性质', ['change', 'blur']),
      unitName: required('请填写主办单位名称（个人填写本人姓名）'),
      unitCertType: required('请选择单位证件类型', ['change', 'blur']),
      unitCertNo: required('请填写单位证件号码'),
      investor: required('请填写投资人或主管单位'),
      residence: required('请选择负责人常住地', ['change', 'blur']),
      address: required('请填写常住地详细地址'),
      leaderName: required('请填写负责人姓名'),
      leaderCertType: required('请选择负责人证件类型', ['change', 'blur']),
      leaderCertNo: [required('请填写负责人证件号码'), {
        trigger: ['blur'],
        validator: (_r, v) => form.leaderCertType !== '1' || !v || /^\d{17}[\dXx]$/.test(v) || new Error('居民身份证号码格式不正确'),
      }],
      certFiles: { required: true, trigger: 'change', validator: () => fileNames(form.certFiles).length === 2 || new Error('请上传证件正面、反面扫描件各一张') },
      officeTel: [required('请填写办公电话'), { trigger: 'blur', validator: (_r, v) => !v || PHONE_RE.test(v) || new Error('电话格式不正确，例：0571-87654321') }],
      mobile: [required('请填写手机号码'), { trigger: 'blur', validator: (_r, v) => !v || MOBILE_RE.test(v) || new Error('手机号码格式不正确') }],
      smsCode: required('请填写短信验证码'),
      email: [required('请填写电子邮箱'), { trigger: 'blur', validator: (_r, v) => !v || EMAIL_RE.test(v) || new Error('邮箱格式不正确') }],
    };

    async function sendSms() {
      if (!MOBILE_RE.test(form.mobile)) {
        message.warning('请先填写正确的手机号码');
        return;
      }
      try {
        await subjectApi.sendSms(form.mobile);
        message.success(`验证码已发送至 ${form.mobile.slice(0, 3)}****${form.mobile.slice(7)}，5分钟内有效`);
        countdown.value = 60;
        timer = setInterval(() => {
          countdown.value -= 1;
          if (countdown.value <= 0) clearInterval(timer);
        }, 1000);
      } catch (e) {
        message.error(e.message);
      }
    }

    function onLongTerm(checked) {
      form.certLongTerm = checked;
      if (checked) form.certValidDate = null;
    }

    function toState() {
      const s = {
        nature: nameOf('nature', UNIT_NATURE, form.unitNature),
        unitName: form.unitName,
      };
      if (isUnit.value) {
        s.unitCertType = nameOf('unitCertType', UNIT_CERT_TYPE, form.unitCertType);
        s.unitCertNumber = form.unitCertNo;
        s.supervisor = form.investor;
      }
      Object.assign(s, {
        'principal.residence': pathNames(regionOptions.value, form.residence),
        'principal.residenceDetail': form.address,
        'principal.name': form.leaderName,
        'principal.certType': nameOf('certType', CERT_TYPE, form.leaderCertType),
        'principal.certNumber': form.leaderCertNo,
        'principal.certExpiry': form.certLongTerm ? '长期' : form.certValidDate || '',
        'principal.cert': fileNames(form.certFiles),
        'principal.certHandheld': fileNames(form.handheldFiles),
        'principal.officePhone': form.officeTel,
        'principal.mobile': form.mobile,
        'principal.smsCode': form.smsCode,
        'principal.email': form.email,
        'principal.remark': form.remark,
      });
      return s;
    }

    async function openAdd() {
      reader.busy();
      Object.assign(form, emptyForm());
      mode.value = 'edit';
      route.sub = '新增主体';
      if (!regionOptions.value.length) await loadProvinces();
      await nextTick();
      reader.set(toState);
    }
    function backToList() {
      mode.value = 'list';
      route.sub = '';
      reader.set(() => ({}));
    }

    async function save() {
      try {
        await formRef.value.validate();
      } catch {
        message.error('请按提示完善主体信息后再保存');
        return;
      }
      saving.value = true;
      try {
        const payload = { ...form, certFiles: form.certFiles.map((f) => f.fileId), handheldFiles: form.handheldFiles.map((f) => f.fileId) };
        await subjectApi.save(payload);
        message.success('保存成功，主体信息将在2-3个工作日内完成审核');
        backToList();
      } catch (e) {
        message.error(e.message);
      } finally {
        saving.value = false;
      }
    }

    const columns = [
      { title: '主办单位名称', key: 'unitName' },
      { title: '主办单位性质', key: 'unitNature', render: (row) => nameOf('', UNIT_NATURE, row.unitNature) },
      { title: '负责人姓名', key: 'leaderName' },
      { title: '提交时间', key: 'createTime' },
      { title: '审核状态', key: 'status', render: (row) => h(naive.NTag, { type: 'warning', size: 'small', bordered: false }, () => row.status) },
      { title: '操作', key: 'op', render: () => h(naive.NButton, { text: true, type: 'primary', size: 'small' }, () => '查看') },
    ];

    onMounted(async () => {
      try {
        list.value = await subjectApi.list();
      } finally {
        loading.value = false;
        reader.set(() => ({}));
      }
    });
    onBeforeUnmount(() => {
      clearInterval(timer);
      reader.busy();
    });

    return {
      mode, list, loading, columns, form, formRef, rules, regionOptions, loadRegion, isUnit, nameLabel, saving, countdown,
      UNIT_NATURE, UNIT_CERT_TYPE, CERT_TYPE, UPLOAD_ACTION, onUploadFinish, beforeUpload: beforeUpload(message),
      sendSms, onLongTerm, openAdd, backToList, save,
    };
  },
  template: `
<n-card v-if="mode === 'list'" size="small" class="page-card" title="网站开办主体">
  <template #header-extra><n-button type="primary" size="small" @click="openAdd">新增主体</n-button></template>
  <n-alert type="info" :show-icon="true" style="margin-bottom:12px">
    首次办理公安备案须先提交开办主体（主办单位及负责人）信息，主体审核通过后方可在该主体下办理网站备案。主体性质、名称审核通过后不可修改。
  </n-alert>
  <n-data-table :columns="columns" :data="list" :loading="loading" size="small" :bordered="true" :single-line="false" />
</n-card>

<n-card v-else size="small" class="page-card" title="新增开办主体">
  <template #header-extra><n-button size="small" quaternary @click="backToList">返回列表</n-button></template>
  <n-form ref="formRef" :model="form" :rules="rules" label-placement="left" label-width="150" require-mark-placement="left" class="gov-form">
    <div class="section-title">{{ form.unitNature === '4' ? '主办者信息' : '主办单位信息' }}</div>
    <n-form-item label="开办主体性质" path="unitNature">
      <div class="field">
        <n-select v-model:value="form.unitNature" :options="UNIT_NATURE" placeholder="请选择" class="w-320" />
        <div class="field-tip">请按网站的实际主办者选择：个人网站选“个人”，公司选“企业”</div>
      </div>
    </n-form-item>
    <n-form-item :label="nameLabel" path="unitName">
      <div class="field">
        <n-input v-model:value="form.unitName" :placeholder="form.unitNature === '4' ? '请输入本人姓名' : '请输入与证件一致的单位全称'" maxlength="100" class="w-420" />
        <div class="field-tip">应填写主办者全称，不得以域名、网站名称代替</div>
      </div>
    </n-form-item>
    <template v-if="isUnit">
      <n-form-item label="单位证件类型" path="unitCertType">
        <n-select v-model:value="form.unitCertType" :options="UNIT_CERT_TYPE" placeholder="请选择" filterable class="w-320" />
      </n-form-item>
      <n-form-item label="单位证件号码" path="unitCertNo">
        <n-input v-model:value="form.unitCertNo" placeholder="请输入单位证件上的号码" maxlength="30" class="w-420" />
      </n-form-item>
      <n-form-item label="投资人或主管单位" path="investor">
        <div class="field">
          <n-input v-model:value="form.investor" placeholder="企业填写法人姓名，其他单位填写最高负责人姓名或主管单位" maxlength="100" class="w-420" />
        </div>
      </n-form-item>
    </template>

    <div class="section-title">负责人信息</div>
    <n-form-item label="负责人常住地" path="residence">
      <n-cascader v-model:value="form.residence" :options="regionOptions" remote :on-load="loadRegion" check-strategy="child"
        :virtual-scroll="false" show-path separator=" / " placeholder="请选择省 / 市 / 区县" class="w-420" />
    </n-form-item>
    <n-form-item label="常住地详细地址" path="address">
      <n-input v-model:value="form.address" placeholder="街道、门牌号（农村地区填写到村）" maxlength="200" class="w-420" />
    </n-form-item>
    <n-form-item label="负责人姓名" path="leaderName">
      <n-input v-model:value="form.leaderName" placeholder="与证件上的姓名一致" maxlength="50" class="w-320" />
    </n-form-item>
    <n-form-item label="负责人证件类型" path="leaderCertType">
      <n-select v-model:value="form.leaderCertType" :options="CERT_TYPE" placeholder="请选择" class="w-320" />
    </n-form-item>
    <n-form-item label="负责人证件号码" path="leaderCertNo">
      <n-input v-model:value="form.leaderCertNo" placeholder="请输入有效证件号码" maxlength="30" class="w-320" />
    </n-form-item>
    <n-form-item label="证件有效期至" path="certValidDate">
      <n-space align="center" :size="16">
        <n-date-picker v-model:formatted-value="form.certValidDate" value-format="yyyy-MM-dd" type="date" clearable
          :disabled="form.certLongTerm" placeholder="请选择截止日期" class="w-200" />
        <n-checkbox :checked="form.certLongTerm" @update:checked="onLongTerm">长期有效</n-checkbox>
      </n-space>
    </n-form-item>
    <n-form-item label="负责人证件扫描件" path="certFiles">
      <div class="field">
        <n-upload v-model:file-list="form.certFiles" :action="UPLOAD_ACTION" name="file" :max="2" multiple accept=".jpg,.jpeg,.png,.pdf"
          :on-finish="onUploadFinish" :on-before-upload="beforeUpload">
          <n-button>上传证件</n-button>
        </n-upload>
        <div class="field-tip">先传正面、再传反面，共2张；须清晰可辨，姓名与负责人姓名一致，单张512KB以内</div>
      </div>
    </n-form-item>
    <n-form-item label="手持证件照片" path="handheldFiles">
      <div class="field">
        <n-upload v-model:file-list="form.handheldFiles" :action="UPLOAD_ACTION" name="file" :max="1" accept=".jpg,.jpeg,.png"
          :on-finish="onUploadFinish" :on-before-upload="beforeUpload">
          <n-button>上传照片</n-button>
        </n-upload>
        <div class="field-tip">选填。部分地区网安部门要求提供负责人手持证件正面照</div>
      </div>
    </n-form-item>
    <n-form-item label="办公电话" path="officeTel">
      <div class="field">
        <n-input v-model:value="form.officeTel" placeholder="区号-号码，如 010-12345625" maxlength="20" class="w-320" />
        <div class="field-tip">区号须与通讯地址相符，不得填写 010-00000000 等明显不真实的号码</div>
      </div>
    </n-form-item>
    <n-form-item label="手机号码" path="mobile">
      <n-input v-model:value="form.mobile" placeholder="负责人本人手机号码" maxlength="11" class="w-320" />
    </n-form-item>
    <n-form-item label="短信验证码" path="smsCode">
      <n-input-group class="w-320">
        <n-input v-model:value="form.smsCode" placeholder="6位数字验证码" maxlength="6" />
        <n-button :disabled="countdown > 0" @click="sendSms" style="width:120px">{{ countdown > 0 ? countdown + '秒后重发' : '获取验证码' }}</n-button>
      </n-input-group>
    </n-form-item>
    <n-form-item label="电子邮箱" path="email">
      <div class="field">
        <n-input v-model:value="form.email" placeholder="例：name@example.com" maxlength="100" class="w-320" />
        <div class="field-tip">备案结果及通知将发送至该邮箱</div>
      </div>
    </n-form-item>
    <n-form-item label="备注" path="remark">
      <n-input v-model:value="form.remark" type="textarea" :autosize="{ minRows: 3, maxRows: 6 }" maxlength="500" show-count placeholder="其他需要说明的情况（选填）" class="w-420" />
    </n-form-item>
    <n-form-item label=" ">
      <n-space>
        <n-button type="primary" :loading="saving" @click="save" style="width:96px">保存</n-button>
        <n-button @click="backToList" style="width:96px">取消</n-button>
      </n-space>
    </n-form-item>
  </n-form>
</n-card>`,
};
