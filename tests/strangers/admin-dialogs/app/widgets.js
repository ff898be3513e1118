/* 表单公共组件：行政区划级联、证件上传、多行输入、服务商选择 */
import { get, fileNames, regionNames } from './api.js';

const { computed, ref, watch } = Vue;
const { ElMessage } = ElementPlus;

/** 省/市/区三级联动，子级按需从接口加载。值为区划代码数组。 */
export const RegionCascader = {
  props: { modelValue: Array, placeholder: { type: String, default: '请选择' } },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const cascaderProps = {
      lazy: true,
      lazyLoad(node, resolve) {
        get('/system/area/children', { code: node.level === 0 ? '' : node.value }).then((r) => {
          for (const a of r.data) regionNames[a.code] = a.name;
          resolve(r.data.map((a) => ({ value: a.code, label: a.name, leaf: node.level >= 2 || a.leaf })));
        });
      },
    };
    const value = computed({ get: () => props.modelValue, set: (v) => emit('update:modelValue', v || []) });
    return { cascaderProps, value };
  },
  template: `<el-cascader v-model="value" :props="cascaderProps" :placeholder="placeholder" separator=" / " clearable style="width: 100%" />`,
};

/** 图片上传（若依 ImageUpload 精简版）。单张时值为 ossId，多张时为 ossId 数组。 */
export const ScanUpload = {
  props: {
    modelValue: [String, Array],
    limit: { type: Number, default: 1 },
    maxKb: { type: Number, default: 512 },
    caption: String,
    disabled: Boolean,
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const fileList = ref([]);
    const ids = () => fileList.value.filter((f) => f.status === 'success' && f.ossId).map((f) => f.ossId);
    const toList = (v) => (Array.isArray(v) ? v : v ? [v] : []);
    watch(
      () => props.modelValue,
      (v) => {
        const wanted = toList(v);
        if (wanted.join() === ids().join()) return;
        fileList.value = wanted.map((id) => ({ name: fileNames[id] || id, url: '/web/profile/upload/' + id + '.png', ossId: id, status: 'success', uid: id }));
      },
      { immediate: true },
    );
    const sync = () => emit('update:modelValue', props.limit > 1 ? ids() : ids()[0] || '');
    function beforeUpload(raw) {
      if (!/\.(png|jpe?g|bmp|gif)$/i.test(raw.name)) {
        ElMessage.error('文件格式不正确，请上传 JPG/PNG 格式的图片');
        return false;
      }
      if (raw.size / 1024 > props.maxKb) {
        ElMessage.error(`上传图片大小不能超过 ${props.maxKb}KB`);
        return false;
      }
      return true;
    }
    function onSuccess(response, file) {
      file.ossId = response.data.ossId;
      fileNames[file.ossId] = file.name;
      sync();
    }
    const onExceed = () => ElMessage.warning(`最多上传 ${props.limit} 个文件`);
    const headers = { Authorization: 'Bearer ' + (sessionStorage.getItem('Admin-Token') || 'guest') };
    return { fileList, beforeUpload, onSuccess, onExceed, sync, headers };
  },
  template: `
    <div class="scan-upload" :class="{ 'is-full': fileList.length >= limit }">
      <el-upload v-model:file-list="fileList" action="/prod-api/common/upload" list-type="picture-card" accept=".jpg,.jpeg,.png"
        :headers="headers" :limit="limit" :multiple="limit > 1" :disabled="disabled" :before-upload="beforeUpload"
        :on-success="onSuccess" :on-remove="sync" :on-exceed="onExceed">
        <el-icon><Plus /></el-icon>
      </el-upload>
      <div v-if="caption" class="scan-caption">{{ caption }}</div>
    </div>`,
};

/** 子域名 / IP 等多行输入，带“添加”“删除”。 */
export const RowsInput = {
  props: { rows: Array, placeholder: String, max: { type: Number, default: 10 } },
  template: `
    <div class="rows-input">
      <div v-for="(row, i) in rows" :key="i" class="rows-input__row">
        <el-input v-model="rows[i]" :placeholder="placeholder" clearable />
        <el-button v-if="rows.length > 1" type="danger" link icon="Delete" @click="rows.splice(i, 1)">删除</el-button>
      </div>
      <el-button type="primary" link icon="CirclePlus" :disabled="rows.length >= max" @click="rows.push('')">添加</el-button>
    </div>`,
};

/**
 * 网络接入 / 域名注册服务商：境内、境外 → 所属区域（省份或国家地区）→ 名称（名录中选择，或“其他”后手工填写）。
 * model: { scope, regionCode, regionName, ispId, ispName }
 */
export const ProviderPicker = {
  props: { model: Object, prop: String, regionLabel: String, nameLabel: String, kind: String },
  setup(props) {
    const regions = ref([]);
    const isps = ref([]);
    const loadingIsps = ref(false);
    async function loadRegions() {
      const r = await get('/beian/isp/regions', { scope: props.model.scope });
      for (const a of r.data) regionNames[a.code] = a.name;
      regions.value = r.data;
    }
    async function loadIsps() {
      isps.value = [];
      if (!props.model.regionCode) return;
      loadingIsps.value = true;
      try {
        isps.value = (await get('/beian/isp/list', { scope: props.model.scope, regionCode: props.model.regionCode })).data;
      } finally {
        loadingIsps.value = false;
      }
    }
    function onScope() {
      Object.assign(props.model, { regionCode: '', regionName: '', ispId: '', ispName: '' });
      regions.value = [];
      loadRegions();
    }
    function onRegion(code) {
      Object.assign(props.model, { regionName: regionNames[code] || '', ispId: '', ispName: '' });
      loadIsps();
    }
    function onIsp(id) {
      props.model.ispName = id === '-1' ? '' : isps.value.find((i) => i.providerId === id)?.providerName || '';
    }
    loadRegions();
    if (props.model.regionCode) loadIsps();
    return { regions, isps, loadingIsps, onScope, onRegion, onIsp };
  },
  template: `
    <el-col :span="24">
      <el-form-item :label="regionLabel" :prop="prop + '.regionCode'" class="provider-region">
        <el-radio-group v-model="model.scope" @change="onScope" class="mr12">
          <el-radio-button value="1">境内</el-radio-button>
          <el-radio-button value="2">境外</el-radio-button>
        </el-radio-group>
        <el-select v-model="model.regionCode" filterable style="width: 260px" @change="onRegion"
          :placeholder="model.scope === '2' ? '请选择所在国家或地区' : '请选择所在省份'">
          <el-option v-for="r in regions" :key="r.code" :label="r.name" :value="r.code" />
        </el-select>
      </el-form-item>
    </el-col>
    <el-col :span="24">
      <el-form-item :label="nameLabel" :prop="prop + '.ispName'" class="provider-name">
        <el-select v-model="model.ispId" filterable :loading="loadingIsps" :disabled="!model.regionCode" style="width: 380px" class="mr12"
          :placeholder="model.regionCode ? '请选择' + kind + '名称' : '请先选择所属区域'" @change="onIsp" no-data-text="该区域暂无登记的服务商">
          <el-option v-for="i in isps" :key="i.providerId" :label="i.providerName" :value="i.providerId" />
          <el-option v-if="model.regionCode && !loadingIsps" label="其他（名录中没有，手工填写）" value="-1" />
        </el-select>
        <el-input v-if="model.ispId === '-1'" v-model="model.ispName" style="width: 300px" :placeholder="'请输入' + kind + '全称'" />
      </el-form-item>
    </el-col>`,
};
