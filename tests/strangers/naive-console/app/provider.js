// 服务商选择：境内/境外 → 所属区域 → 服务商名称（列表中没有的选“其他”后手工填写）
import { SCOPE } from './dicts.js';
import { regionApi, providerApi } from './api.js';

const { ref, onMounted } = Vue;

export const emptyProvider = () => ({ scope: null, regionCode: null, regionName: '', providerId: null, providerName: '', otherName: '' });

export function providerState(p) {
  const scope = p.scope === '1' ? '境内' : p.scope === '2' ? '境外' : '';
  return { scope, region: p.regionCode ? p.regionName : '', name: p.providerId === 'OTHER' ? p.otherName : p.providerId ? p.providerName : '' };
}

export function providerFilled(p) {
  return !!p.scope && !!p.regionCode && !!p.providerId && (p.providerId !== 'OTHER' || !!p.otherName.trim());
}

export const ProviderPicker = {
  props: { model: { type: Object, required: true }, type: { type: String, required: true }, title: String, prefix: String },
  setup(props) {
    const regions = ref([]);
    const providers = ref([]);
    const loadingRegions = ref(false);
    const loadingProviders = ref(false);

    async function loadRegions() {
      loadingRegions.value = true;
      try {
        const rows = props.model.scope === '2' ? await regionApi.abroad() : await regionApi.children('0');
        regions.value = rows.map((r) => ({ value: r.code, label: r.name }));
      } finally {
        loadingRegions.value = false;
      }
    }
    async function loadProviders() {
      loadingProviders.value = true;
      try {
        const rows = await providerApi.list(props.type, props.model.scope, props.model.regionCode);
        providers.value = [...rows.map((r) => ({ value: r.id, label: r.name })), { value: 'OTHER', label: '其他（列表中没有）' }];
      } finally {
        loadingProviders.value = false;
      }
    }
    function onScope(value) {
      Object.assign(props.model, { ...emptyProvider(), scope: value });
      regions.value = [];
      providers.value = [];
      loadRegions();
    }
    function onRegion(value, option) {
      Object.assign(props.model, { regionCode: value, regionName: option ? option.label : '', providerId: null, providerName: '', otherName: '' });
      providers.value = [];
      if (value) loadProviders();
    }
    function onProvider(value, option) {
      props.model.providerId = value;
      props.model.providerName = value && value !== 'OTHER' ? option.label : '';
      if (value !== 'OTHER') props.model.otherName = '';
    }
    onMounted(() => {
      if (props.model.scope) loadRegions();
      if (props.model.regionCode) loadProviders();
    });
    const msg = (text) => ({ required: true, message: text, trigger: ['change', 'blur'] });
    return { regions, providers, loadingRegions, loadingProviders, onScope, onRegion, onProvider, SCOPE, msg };
  },
  template: `
<div class="provider-block">
  <div class="sub-title">{{ title }}</div>
  <n-form-item :label="prefix + '所属区域'" :path="type + '.scope'" :rule="msg('请选择境内或境外')">
    <n-space vertical :size="8" style="width:100%">
      <n-radio-group :value="model.scope" @update:value="onScope" name="scope">
        <n-radio v-for="s in SCOPE" :key="s.value" :value="s.value">{{ s.label }}</n-radio>
      </n-radio-group>
      <n-select v-if="model.scope" :value="model.regionCode" @update:value="onRegion" :options="regions" :loading="loadingRegions" filterable
        :placeholder="model.scope === '2' ? '请选择国家或地区' : '请选择省份'" class="w-320" />
    </n-space>
  </n-form-item>
  <n-form-item :label="prefix + '名称'" :path="type + '.providerId'" :rule="msg('请选择服务商名称')">
    <n-space vertical :size="8" style="width:100%">
      <n-select :value="model.providerId" @update:value="onProvider" :options="providers" :loading="loadingProviders" filterable
        :disabled="!model.regionCode" :placeholder="model.regionCode ? '请选择或输入关键字查询' : '请先选择所属区域'" class="w-420" />
      <n-input v-if="model.providerId === 'OTHER'" v-model:value="model.otherName" placeholder="列表中没有时，请输入服务商的完整名称" maxlength="100" class="w-420" />
    </n-space>
  </n-form-item>
</div>`,
};
