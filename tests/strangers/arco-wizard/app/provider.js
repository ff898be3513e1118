import { api, regionNames } from './api.js';
import { SCOPE } from './dicts.js';

const { ref, watch, onMounted } = window.Vue;

export const OTHER = '-1';

export const blankProvider = () => ({ fw: '1', qy: undefined, qymc: '', id: undefined, mc: '', qtmc: '' });

/**
 * 服务商选择（一行）：境内/境外 → 所属省份或国家 → 服务商名称；名称选“其他”时手工录入。
 * v-model 为 { fw, qy, qymc, id, mc, qtmc }，提交时后台同时接收代码与名称。
 */
export const ProviderPicker = {
  props: { modelValue: { type: Object, required: true }, type: { type: String, default: '1' }, disabled: Boolean },
  emits: ['update:modelValue', 'change'],
  setup(props, { emit }) {
    const regions = ref([]);
    const isps = ref([]);
    const loadingRegion = ref(false);
    const loadingIsp = ref(false);
    const patch = (part) => {
      emit('update:modelValue', { ...props.modelValue, ...part });
      emit('change');
    };

    const loadRegions = async (scope) => {
      loadingRegion.value = true;
      const list = scope === '2' ? await api.countries() : await api.regions('0');
      regions.value = list.map((r) => ({ value: r.code, label: r.name }));
      loadingRegion.value = false;
    };
    const loadIsps = async (region) => {
      isps.value = [];
      if (!region) return;
      loadingIsp.value = true;
      const list = await api.ispList(props.type, props.modelValue.fw, region);
      isps.value = list.map((i) => ({ value: i.id, label: i.name }));
      loadingIsp.value = false;
    };

    const onScope = (fw) => {
      patch({ fw, qy: undefined, qymc: '', id: undefined, mc: '', qtmc: '' });
      isps.value = [];
      loadRegions(fw);
    };
    const onRegion = (qy) => {
      patch({ qy, qymc: regionNames.get(qy) || '', id: undefined, mc: '', qtmc: '' });
      loadIsps(qy);
    };
    const onIsp = (id) => {
      const hit = isps.value.find((o) => o.value === id);
      patch({ id, mc: id === OTHER ? '' : hit?.label || '', qtmc: '' });
    };
    const onOther = (qtmc) => patch({ qtmc });

    onMounted(() => {
      loadRegions(props.modelValue.fw);
      if (props.modelValue.qy) loadIsps(props.modelValue.qy);
    });
    watch(() => props.type, () => loadIsps(props.modelValue.qy));

    return { regions, isps, loadingRegion, loadingIsp, onScope, onRegion, onIsp, onOther, OTHER, scopes: SCOPE };
  },
  template: `
  <div class="provider-row">
    <a-radio-group type="button" :model-value="modelValue.fw" @change="onScope" :disabled="disabled">
      <a-radio v-for="s in scopes" :key="s.value" :value="s.value">{{ s.label }}</a-radio>
    </a-radio-group>
    <a-select :model-value="modelValue.qy" :options="regions" :loading="loadingRegion" allow-search
      :placeholder="modelValue.fw === '2' ? '所在国家/地区' : '所在省份'" style="width: 130px" @change="onRegion" :disabled="disabled" />
    <a-select :model-value="modelValue.id" :options="isps" :loading="loadingIsp" allow-search
      :placeholder="modelValue.qy ? '请选择服务商名称' : '请先选择所属区域'" :disabled="disabled || !modelValue.qy"
      style="width: 260px" @change="onIsp" />
    <a-input v-if="modelValue.id === OTHER" :model-value="modelValue.qtmc" @update:model-value="onOther"
      placeholder="请填写服务商全称" style="width: 220px" allow-clear />
  </div>`,
};

/** 表单模型 → 《字段说明》provider 结构 */
export const readProvider = (p) => ({
  scope: SCOPE.find((s) => s.value === p.fw)?.std ?? '',
  region: p.qy ? p.qymc : '',
  name: p.id === OTHER ? p.qtmc : p.mc,
});
