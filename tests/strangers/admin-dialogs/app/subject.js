/* 开办主体管理：主体列表 + 新增/修改弹窗 */
import { get, post, useDict, dictLabel, setReady, setReader, validators } from './api.js';
import { RegionCascader, ScanUpload } from './widgets.js';
import { readSubject } from './state.js';

const { ref, reactive, computed, watch, onMounted, onBeforeUnmount } = Vue;
const { ElMessage } = ElementPlus;

const emptyForm = () => ({
  subjectId: undefined, nature: '', unitName: '', unitCertType: '', unitCertNumber: '', supervisor: '',
  residence: [], residenceDetail: '', principalName: '', certType: '', certNumber: '', certExpiry: '', certLongTerm: 'N',
  certFront: '', certBack: '', certHandheld: '', officePhone: '', mobile: '', smsCode: '', email: '', remark: '',
});

export const SubjectView = {
  components: { RegionCascader, ScanUpload },
  setup() {
    const dict = useDict('beian_subject_nature', 'beian_unit_cert_type', 'sys_id_type');
    const queryParams = reactive({ pageNum: 1, pageSize: 10, unitName: '', status: '' });
    const list = ref([]);
    const total = ref(0);
    const loading = ref(true);
    const open = ref(false);
    const title = ref('');
    const locked = ref(false);
    const formRef = ref();
    const form = ref(emptyForm());
    const sms = reactive({ seconds: 0, sending: false });
    let timer;

    const isPerson = computed(() => form.value.nature === '5');
    const rules = {
      nature: [{ required: true, message: '请选择主办单位性质', trigger: 'change' }],
      unitName: [{ required: true, message: '请填写主办单位名称', trigger: 'blur' }],
      unitCertType: [{ required: true, message: '请选择单位证件类型', trigger: 'change' }],
      unitCertNumber: [
        { required: true, message: '请填写单位证件号码', trigger: 'blur' },
        { validator: (_r, v, cb) => (form.value.unitCertType === '01' && v && !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) ? cb(new Error('统一社会信用代码为18位数字或大写字母')) : cb()), trigger: 'blur' },
      ],
      supervisor: [{ required: true, message: '请填写投资或主管单位', trigger: 'blur' }],
      residence: [{ type: 'array', required: true, message: '请选择负责人常住地', trigger: 'change' }],
      residenceDetail: [{ required: true, message: '请填写常住地详细地址', trigger: 'blur' }],
      principalName: [{ required: true, message: '请填写负责人姓名', trigger: 'blur' }],
      certType: [{ required: true, message: '请选择证件类型', trigger: 'change' }],
      certNumber: [{ required: true, message: '请填写证件号码', trigger: 'blur' }, validators.idCard(() => form.value.certType)],
      certExpiry: [{ validator: (_r, v, cb) => (form.value.certLongTerm !== 'Y' && !v ? cb(new Error('请选择证件有效期或勾选长期')) : cb()), trigger: 'change' }],
      certFront: [{ validator: (_r, _v, cb) => (!form.value.certFront || !form.value.certBack ? cb(new Error('请上传证件正反面扫描件')) : cb()), trigger: 'change' }],
      officePhone: [{ required: true, message: '请填写办公室电话', trigger: 'blur' }, validators.phone],
      mobile: [{ required: true, message: '请填写手机号码', trigger: 'blur' }, validators.mobile],
      smsCode: [{ required: true, message: '请输入短信验证码', trigger: 'blur' }],
      email: [{ required: true, message: '请填写电子邮箱', trigger: 'blur' }, validators.email],
    };

    async function getList() {
      loading.value = true;
      const r = await get('/beian/subject/list', queryParams);
      list.value = r.rows;
      total.value = r.total;
      loading.value = false;
    }
    function resetQuery() {
      Object.assign(queryParams, { pageNum: 1, unitName: '', status: '' });
      getList();
    }
    function reset() {
      form.value = emptyForm();
      locked.value = false;
      formRef.value?.resetFields();
    }
    function handleAdd() {
      reset();
      title.value = '新增开办主体';
      open.value = true;
    }
    function handleUpdate(row) {
      reset();
      form.value = { ...emptyForm(), ...row, certFront: '', certBack: '' };
      locked.value = row.status === '2';
      title.value = '修改开办主体';
      open.value = true;
      if (locked.value) ElMessage.info('主体已审核通过，主办单位性质和名称不可修改');
    }
    function getSmsCode() {
      formRef.value.validateField('mobile', async (valid) => {
        if (!valid) return;
        sms.sending = true;
        try {
          const r = await post('/captcha/sms', { mobile: form.value.mobile, scene: 'subject' });
          ElMessage.success(r.msg);
          sms.seconds = 60;
          timer = setInterval(() => --sms.seconds <= 0 && clearInterval(timer), 1000);
        } finally {
          sms.sending = false;
        }
      });
    }
    function submitForm() {
      formRef.value.validate(async (valid) => {
        if (!valid) return;
        await post('/beian/subject', form.value);
        ElMessage.success('保存成功，主体信息将在2-3个工作日内审核');
        open.value = false;
        getList();
      });
    }
    watch(() => form.value.certLongTerm, (v) => v === 'Y' && (form.value.certExpiry = ''));
    watch(open, (v) => setReader(v ? () => readSubject(form.value) : null));
    onMounted(async () => {
      await getList();
      setReady(true);
    });
    onBeforeUnmount(() => {
      clearInterval(timer);
      setReader(null);
    });
    const statusTag = (s) => ({ '1': ['warning', '审核中'], '2': ['success', '审核通过'], '3': ['danger', '已退回'] })[s] || ['info', '草稿'];
    const mask = (v) => (v ? v.slice(0, 4) + '**********' + v.slice(-4) : '');
    return { dict, dictLabel, queryParams, list, total, loading, open, title, locked, form, formRef, rules, sms, isPerson,
      getList, resetQuery, handleAdd, handleUpdate, getSmsCode, submitForm, statusTag, mask };
  },
  template: `
<div class="app-container">
  <el-form :model="queryParams" inline label-width="90px" class="search-form">
    <el-form-item label="主体名称"><el-input v-model="queryParams.unitName" placeholder="请输入主办单位名称" clearable style="width: 220px" @keyup.enter="getList" /></el-form-item>
    <el-form-item label="审核状态">
      <el-select v-model="queryParams.status" placeholder="全部" clearable style="width: 160px">
        <el-option label="审核中" value="1" /><el-option label="审核通过" value="2" /><el-option label="已退回" value="3" />
      </el-select>
    </el-form-item>
    <el-form-item>
      <el-button type="primary" icon="Search" @click="getList">搜索</el-button>
      <el-button icon="Refresh" @click="resetQuery">重置</el-button>
    </el-form-item>
  </el-form>
  <el-row :gutter="10" class="mb8">
    <el-col :span="1.5"><el-button type="primary" plain icon="Plus" @click="handleAdd">新增</el-button></el-col>
    <el-col :span="1.5"><el-button type="success" plain icon="Edit" :disabled="!list.length" @click="handleUpdate(list[0])">修改</el-button></el-col>
    <el-col :span="1.5"><el-button type="warning" plain icon="Download">导出</el-button></el-col>
  </el-row>
  <el-alert type="info" :closable="false" show-icon class="mb8"
    title="首次备案须先提交开办主体信息，审核通过后方可在该主体下办理网站备案。主体审核一般需要2-3个工作日；审核通过后主办单位性质和名称不能再修改。" />
  <el-table v-loading="loading" :data="list" border>
    <el-table-column type="index" label="序号" width="60" align="center" />
    <el-table-column label="主办单位名称" prop="unitName" min-width="200" show-overflow-tooltip />
    <el-table-column label="单位性质" width="110" align="center"><template #default="{ row }">{{ dictLabel(dict.type.beian_subject_nature, row.nature) }}</template></el-table-column>
    <el-table-column label="负责人" prop="principalName" width="100" align="center" />
    <el-table-column label="证件号码" width="190" align="center"><template #default="{ row }">{{ mask(row.certNumber) }}</template></el-table-column>
    <el-table-column label="常住地" prop="residenceText" min-width="150" />
    <el-table-column label="审核状态" width="100" align="center"><template #default="{ row }"><el-tag :type="statusTag(row.status)[0]">{{ statusTag(row.status)[1] }}</el-tag></template></el-table-column>
    <el-table-column label="提交时间" prop="createTime" width="160" align="center" />
    <el-table-column label="操作" width="150" align="center" class-name="small-padding">
      <template #default="{ row }">
        <el-button link type="primary" icon="Edit" @click="handleUpdate(row)">修改</el-button>
        <el-button link type="primary" icon="View">查看</el-button>
      </template>
    </el-table-column>
  </el-table>
  <div class="pagination-container">
    <el-pagination background layout="total, sizes, prev, pager, next, jumper" :total="total" v-model:current-page="queryParams.pageNum" v-model:page-size="queryParams.pageSize" @change="getList" />
  </div>

  <el-dialog :title="title" v-model="open" width="980px" append-to-body :close-on-click-modal="false" class="beian-dialog">
    <el-form ref="formRef" :model="form" :rules="rules" label-width="140px" class="subject-form">
      <el-divider content-position="left">主办单位信息</el-divider>
      <el-row>
        <el-col :span="12">
          <el-form-item label="主办单位性质" prop="nature">
            <el-select v-model="form.nature" filterable placeholder="请按网站的实际性质选择" :disabled="locked" style="width: 100%">
              <el-option v-for="d in dict.type.beian_subject_nature" :key="d.value" :label="d.label" :value="d.value" />
            </el-select>
          </el-form-item>
        </el-col>
        <el-col :span="12"><el-form-item :label="isPerson ? '主办者姓名' : '主办单位名称'" prop="unitName"><el-input v-model="form.unitName" :disabled="locked" maxlength="100" :placeholder="isPerson ? '个人请填写本人真实姓名' : '与营业执照或登记证书上的名称一致'" /></el-form-item></el-col>
        <template v-if="!isPerson">
          <el-col :span="12">
            <el-form-item label="单位证件类型" prop="unitCertType">
              <el-select v-model="form.unitCertType" filterable placeholder="请选择单位证件类型" style="width: 100%">
                <el-option v-for="d in dict.type.beian_unit_cert_type" :key="d.value" :label="d.label" :value="d.value" />
              </el-select>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item label="单位证件号码" prop="unitCertNumber"><el-input v-model="form.unitCertNumber" maxlength="30" placeholder="统一社会信用代码为18位" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="投资或主管单位" prop="supervisor"><el-input v-model="form.supervisor" maxlength="50" placeholder="法人姓名或单位最高负责人姓名" /></el-form-item></el-col>
        </template>
      </el-row>
      <el-divider content-position="left">负责人信息</el-divider>
      <el-row>
        <el-col :span="12">
          <el-form-item label="负责人常住地" prop="residence">
            <region-cascader v-model="form.residence" placeholder="请选择省 / 市 / 区县" />
          </el-form-item>
        </el-col>
        <el-col :span="12"><el-form-item label="常住详细地址" prop="residenceDetail"><el-input v-model="form.residenceDetail" maxlength="100" placeholder="街道、门牌号，农村地区请详细到村" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="负责人姓名" prop="principalName"><el-input v-model="form.principalName" maxlength="30" placeholder="请输入主体负责人姓名" /></el-form-item></el-col>
        <el-col :span="12">
          <el-form-item label="证件类型" prop="certType">
            <el-select v-model="form.certType" filterable placeholder="请选择负责人证件类型" style="width: 100%">
              <el-option v-for="d in dict.type.sys_id_type" :key="d.value" :label="d.label" :value="d.value" />
            </el-select>
          </el-form-item>
        </el-col>
        <el-col :span="12"><el-form-item label="证件号码" prop="certNumber"><el-input v-model="form.certNumber" maxlength="30" placeholder="请输入负责人有效证件号码" /></el-form-item></el-col>
        <el-col :span="12">
          <el-form-item label="证件有效期至" prop="certExpiry" required>
            <el-date-picker v-model="form.certExpiry" type="date" value-format="YYYY-MM-DD" placeholder="选择日期" :disabled="form.certLongTerm === 'Y'" style="width: 170px" class="mr12" />
            <el-checkbox v-model="form.certLongTerm" true-value="Y" false-value="N">长期有效</el-checkbox>
          </el-form-item>
        </el-col>
        <el-col :span="24">
          <el-form-item label="证件扫描件" prop="certFront" required>
            <div class="upload-pair">
              <scan-upload v-model="form.certFront" caption="人像面（正面）" class="cert-front" />
              <scan-upload v-model="form.certBack" caption="国徽面（反面）" class="cert-back" />
              <scan-upload v-model="form.certHandheld" caption="手持证件照（选填）" class="cert-handheld" />
            </div>
            <div class="form-tip">请上传证件正反面扫描件，证件上的姓名须与负责人姓名一致；JPG/PNG 格式，每张不超过512KB。</div>
          </el-form-item>
        </el-col>
        <el-col :span="12"><el-form-item label="办公室电话" prop="officePhone"><el-input v-model="form.officePhone" maxlength="20" placeholder="区号须与通讯地址相符，如 010-12345625" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="手机号码" prop="mobile"><el-input v-model="form.mobile" maxlength="11" placeholder="请输入负责人手机号码" /></el-form-item></el-col>
        <el-col :span="12">
          <el-form-item label="短信验证码" prop="smsCode">
            <el-input v-model="form.smsCode" maxlength="6" placeholder="6位数字验证码" autocomplete="off" style="width: 150px" class="mr12" />
            <el-button type="primary" plain :loading="sms.sending" :disabled="sms.seconds > 0" @click="getSmsCode">{{ sms.seconds > 0 ? sms.seconds + '秒后重新获取' : '获取验证码' }}</el-button>
          </el-form-item>
        </el-col>
        <el-col :span="12"><el-form-item label="电子邮箱" prop="email"><el-input v-model="form.email" maxlength="50" placeholder="用于接收备案审核结果通知" /></el-form-item></el-col>
        <el-col :span="24"><el-form-item label="备注" prop="remark"><el-input v-model="form.remark" type="textarea" :rows="2" maxlength="200" show-word-limit placeholder="如有需要说明的情况请在此填写" /></el-form-item></el-col>
      </el-row>
    </el-form>
    <template #footer>
      <div class="dialog-footer">
        <el-button type="primary" @click="submitForm">保 存</el-button>
        <el-button @click="open = false">取 消</el-button>
      </div>
    </template>
  </el-dialog>
</div>`,
};
