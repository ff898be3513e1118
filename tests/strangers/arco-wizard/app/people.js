import { api, UPLOAD_ACTION } from './api.js';
import { publishForm } from './bridge.js';
import { PERSON_CERT, word, fileNames } from './dicts.js';
import { imageGuard, RULE } from './shared.js';

const { ref, reactive, onMounted, onBeforeUnmount } = window.Vue;
const { Message } = window.ArcoVue;

const blankPerson = () => ({ tzt: false, xm: '', zjlx: '11', zjhm: '', zj: [], sjhm: '', dzyx: '' });

/** 三类人员：key 为后台字段前缀，role 为《字段说明》中的键名前缀 */
const BLOCKS = [
  { key: 'aqfzr', role: 'security', title: '网站安全负责人信息', who: '负责人', required: true },
  { key: 'xxllr', role: 'liaison', title: '网站信息联络人', who: '联络人', required: true },
  { key: 'yqydy', role: 'opinionGuide', title: '舆情引导员信息', who: '引导员', required: false, note: '（选填，部分地区要求）' },
];

export const people = reactive({ aqfzr: blankPerson(), xxllr: blankPerson(), yqydy: blankPerson() });

/** 第三步：网站负责人 */
export const StepPeople = {
  emits: ['next', 'prev'],
  setup(_, { emit }) {
    const formRef = ref();
    const subject = ref(null);
    const saving = ref(false);

    const rules = {};
    for (const b of BLOCKS) {
      const p = people[b.key];
      // 安全负责人、联络人必填；舆情引导员选填，但填了任一项就须填全
      const filled = () => p.xm || p.zjhm || p.sjhm || p.dzyx || p.zj.length;
      const need = (message) =>
        b.required
          ? { required: true, message }
          : { validator: (v, cb) => cb(filled() && (!v || (Array.isArray(v) && !v.length)) ? message : undefined) };
      rules[`${b.key}.xm`] = [need(`请填写${b.who}姓名`)];
      rules[`${b.key}.zjlx`] = [need('请选择证件类型')];
      rules[`${b.key}.zjhm`] = [need('请填写有效的证件号码'), RULE.idCard(() => p.zjlx)];
      rules[`${b.key}.zj`] = [need('请上传有效证件扫描件')];
      rules[`${b.key}.sjhm`] = [need('请填写手机号码'), RULE.mobile];
      rules[`${b.key}.dzyx`] = [need('请填写电子邮件地址'), RULE.email];
    }

    /** 勾选“同主体负责人信息”：带出主体负责人信息并锁定 */
    const onSame = (b, checked) => {
      const p = people[b.key];
      if (checked && subject.value) {
        const s = subject.value.principal;
        Object.assign(p, { xm: s.name, zjlx: s.certType, zjhm: s.certNumber, sjhm: s.mobile, dzyx: s.email,
          zj: s.cert.map((f) => ({ uid: f.uid, name: f.name, status: 'done', response: { code: 200, data: { fileId: f.fileId } } })) });
      } else {
        Object.assign(p, blankPerson());
      }
      formRef.value?.clearValidate();
    };

    const save = async (silent) => {
      saving.value = true;
      try {
        await api.saveDraft(3, people);
        if (!silent) Message.success('已保存为草稿');
      } finally {
        saving.value = false;
      }
    };
    const next = async () => {
      const errors = await formRef.value.validate();
      if (errors) return Message.warning('请按提示完善网站负责人信息');
      await save(true);
      emit('next');
    };

    const read = () => {
      const s = {};
      for (const b of BLOCKS) {
        const p = people[b.key];
        Object.assign(s, {
          [`${b.role}.sameAsPrincipal`]: p.tzt,
          [`${b.role}.name`]: p.xm,
          [`${b.role}.certType`]: word(PERSON_CERT, p.zjlx),
          [`${b.role}.certNumber`]: p.zjhm,
          [`${b.role}.cert`]: fileNames(p.zj),
          [`${b.role}.mobile`]: p.sjhm,
          [`${b.role}.email`]: p.dzyx,
        });
      }
      return s;
    };

    let release;
    onMounted(async () => {
      subject.value = await api.currentSubject();
      release = publishForm(read);
    });
    onBeforeUnmount(() => release && release());

    return { formRef, people, rules, blocks: BLOCKS, onSame, next, save, saving, certOptions: PERSON_CERT, action: UPLOAD_ACTION, guard: imageGuard(), prev: () => emit('prev') };
  },
  template: `
  <a-form ref="formRef" :model="people" :rules="rules" class="beian-form" :label-col-props="{ span: 5 }" :wrapper-col-props="{ span: 18 }" scroll-to-first-error>
    <a-alert class="form-tip">人员信息与开办主体负责人相同的，勾选“同主体负责人信息”即可自动带出；不同的请如实填写。姓名须为真实全名，不得填写“王先生”“李女士”等。</a-alert>
    <a-card v-for="b in blocks" :key="b.key" class="person-card" :title="b.title + (b.note || '')">
      <template #extra>
        <a-checkbox :model-value="people[b.key].tzt" @update:model-value="(v) => { people[b.key].tzt = v; onSame(b, v) }">同主体负责人信息</a-checkbox>
      </template>
      <a-form-item :field="b.key + '.xm'" :label="b.who + '姓名'">
        <a-input v-model="people[b.key].xm" :disabled="people[b.key].tzt" :placeholder="'请输入' + b.who + '真实姓名'" class="w-md" allow-clear />
      </a-form-item>
      <a-form-item :field="b.key + '.zjlx'" label="证件类型">
        <a-select v-model="people[b.key].zjlx" :disabled="people[b.key].tzt" :options="certOptions" placeholder="请选择证件类型" class="w-md" />
      </a-form-item>
      <a-form-item :field="b.key + '.zjhm'" label="证件号码">
        <a-input v-model="people[b.key].zjhm" :disabled="people[b.key].tzt" placeholder="请输入有效证件号码" class="w-md" allow-clear />
      </a-form-item>
      <a-form-item :field="b.key + '.zj'" label="身份证件扫描件" extra="上传证件人像面扫描件，100KB以内，便于审核">
        <a-upload v-model:file-list="people[b.key].zj" :action="action" :limit="1" accept=".jpg,.jpeg,.png" response-url-key="url"
          :disabled="people[b.key].tzt" :on-before-upload="guard">
          <template #upload-button><a-button type="outline" :disabled="people[b.key].tzt"><template #icon><icon-upload /></template>选择证件图片</a-button></template>
        </a-upload>
      </a-form-item>
      <a-form-item :field="b.key + '.sjhm'" label="手机号码">
        <a-input v-model="people[b.key].sjhm" :disabled="people[b.key].tzt" placeholder="请输入11位手机号码" :max-length="11" class="w-md" allow-clear />
      </a-form-item>
      <a-form-item :field="b.key + '.dzyx'" label="电子邮箱" extra="用于接收备案成功等消息通知">
        <a-input v-model="people[b.key].dzyx" :disabled="people[b.key].tzt" placeholder="例如 name@example.com" class="w-md" allow-clear />
      </a-form-item>
    </a-card>
    <div class="wizard-actions">
      <a-button @click="prev">上一步</a-button>
      <a-button :loading="saving" @click="save(false)">保存</a-button>
      <a-button type="primary" @click="next">下一步</a-button>
    </div>
  </a-form>`,
};
