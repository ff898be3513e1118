import { api } from './api.js';

const { reactive, onBeforeUnmount } = window.Vue;
const { Message } = window.ArcoVue;

/** 上传前校验：仅图片；前端只拦截超过 2MB 的文件，各栏目的大小要求由后台审核时把关 */
export const imageGuard = () => (file) => {
  if (!/\.(png|jpe?g)$/i.test(file.name)) {
    Message.error('仅支持 JPG、PNG 格式的图片');
    return false;
  }
  if (file.size > 2 * 1024 * 1024) {
    Message.error('单张图片不能超过2MB，请压缩后上传');
    return false;
  }
  return true;
};

/** 获取短信验证码，60 秒倒计时 */
export function useSmsCountdown() {
  const sms = reactive({ left: 0, sending: false });
  let timer;
  sms.send = async (mobile) => {
    sms.sending = true;
    try {
      await api.sendSms(mobile);
      Message.success('验证码已发送，5分钟内有效');
      sms.left = 60;
      timer = setInterval(() => {
        sms.left -= 1;
        if (sms.left <= 0) clearInterval(timer);
      }, 1000);
    } catch (e) {
      Message.error(e.message);
    } finally {
      sms.sending = false;
    }
  };
  onBeforeUnmount(() => clearInterval(timer));
  return sms;
}

/** 常用校验规则 */
export const RULE = {
  mobile: { match: /^1[3-9]\d{9}$/, message: '请输入11位手机号码' },
  phone: { match: /^((0086-)?0\d{2,3}-\d{7,8}(-\d{1,6})?|1[3-9]\d{9})$/, message: '电话格式如 010-12345625' },
  email: { type: 'email', message: '邮箱格式不正确' },
  idCard: (certType) => ({
    validator: (value, cb) => {
      if (value && certType() === '11' && !/^\d{17}[\dXx]$/.test(value)) cb('居民身份证号码应为18位');
      else cb();
    },
  }),
};

/** 可增删的多行输入（子域名、IP 等） */
export const RowsInput = {
  props: { modelValue: { type: Array, default: () => [''] }, placeholder: String, max: { type: Number, default: 10 } },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const set = (i, v) => emit('update:modelValue', props.modelValue.map((x, j) => (j === i ? v : x)));
    const add = () => props.modelValue.length < props.max && emit('update:modelValue', [...props.modelValue, '']);
    const remove = (i) => emit('update:modelValue', props.modelValue.filter((_, j) => j !== i));
    return { set, add, remove };
  },
  template: `
  <div class="rows-input">
    <div v-for="(v, i) in modelValue" :key="i" class="rows-input-row">
      <a-input :model-value="v" @update:model-value="set(i, $event)" :placeholder="placeholder" allow-clear />
      <a-button v-if="modelValue.length > 1" status="danger" type="text" @click="remove(i)"><template #icon><icon-delete /></template>删除</a-button>
    </div>
    <a-button type="dashed" size="small" :disabled="modelValue.length >= max" @click="add"><template #icon><icon-plus /></template>添加</a-button>
  </div>`,
};
