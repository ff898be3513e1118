/* 个人中心 iframe 内页面公共脚本：字典、公共组件、接口封装 */
(function (win, $, Vue) {
  'use strict';

  var root = document.documentElement;
  // 页面须在个人中心框架内打开
  if (win.top === win.self) {
    var menu = root.getAttribute('data-menu') || 'home';
    var step = root.getAttribute('data-step');
    location.replace('/portal/user/index?menu=' + menu + (step ? '&step=' + step : ''));
    return;
  }

  /** 数据字典：[代码, 显示名称, 标准名称(与显示名称不同时)] */
  var DICT = {
    ztxz: [['1', '个人'], ['2', '单位']],
    dwxz: [['01', '企业', '企业单位'], ['02', '国防、军队', '国防军队'], ['03', '高等院校'], ['04', '政府机关', '政府机构'], ['05', '事业单位'], ['06', '社会团体'], ['07', '境外机构', '境外组织']],
    dwzjlx: [['01', '统一社会信用代码证书', '统一社会信用代码'], ['02', '营业执照', '工商营业执照'], ['03', '组织机构代码证'], ['04', '事业单位法人证书'], ['05', '社会团体法人登记证书'], ['06', '军队代号'], ['07', '境外机构证件']],
    zjlx: [['111', '居民身份证'], ['414', '护照'], ['511', '台湾居民来往大陆通行证'], ['516', '港澳居民来往内地通行证'], ['553', '外国人永久居留身份证'], ['114', '军官证']],
    yn: [['Y', '是'], ['N', '否']],
    sf: [['1', '是'], ['0', '否']],
    jrfs: [['1', '虚拟主机'], ['2', '服务器托管', '主机托管'], ['3', '专线接入'], ['4', '服务器租用', '主机租用'], ['5', '云服务器'], ['9', '其他']],
    fwlx: [['01', 'WWW服务', 'www服务'], ['02', 'WAP网站', 'wap网站'], ['03', '博客/个人空间', '博客、个人空间'], ['04', '微博'], ['05', '论坛BBS', '论坛/bbs'],
      ['06', '聊天室'], ['07', '微聊'], ['08', '社交网站'], ['09', '电子邮件'], ['10', '短信服务'], ['11', '即时通讯'], ['12', '搜索引擎'], ['13', '网络新闻'],
      ['14', '网络音乐'], ['15', '网络文学'], ['16', '网络视频'], ['17', '网络游戏'], ['18', '网络下载'], ['19', 'APP服务', 'app服务'], ['20', '云计算'],
      ['21', '供求信息发布'], ['22', '旅行预订'], ['23', '移动应用商店'], ['24', '网上支付'], ['25', '网上银行'], ['26', '网络炒股'], ['27', '网络购物'], ['28', '云存储'], ['29', 'FTP下载']],
    gzwp: [['1', '管制器具'], ['2', '警用装备'], ['3', '放射性物品'], ['4', '枪支弹药'], ['5', '爆炸物品'], ['6', '剧毒化学品', '剧毒化学物'], ['7', '易制爆危险化学品']],
    qzsp: [['01', '新闻'], ['02', '出版'], ['03', '教育'], ['04', '运动保健'], ['05', '医疗器械'], ['99', '其他']],
    yy: [['zh_CN', '简体中文', '中文简体'], ['zh_TW', '繁体中文', '中文繁体'], ['ug', '维吾尔文', '维吾尔语'], ['kk', '哈萨克文', '哈萨克语'], ['mn', '蒙古文', '蒙古语'],
      ['bo', '藏文', '藏语'], ['za', '壮文', '壮语'], ['ko', '朝鲜文', '朝鲜语'], ['other', '其他语种', '其他']],
    wzxz: [['1', '经营性'], ['2', '非经营性']],
    wzjb: [['2', '二级'], ['3', '三级']],
    fwlb: [['01', '01 支付类网站', '支付类网站'], ['02', '02 综合类网站', '综合类网站'], ['03', '03 论坛类网站', '论坛类网站'],
      ['04', '04 个人主页（包含社交、微博、博客）类网站', '个人主页（包含社交、微博、博客）类网站'], ['05', '05 搜索类网站', '搜索类网站'], ['06', '06 视频类网站', '视频类网站'],
      ['07', '07 通讯（包含即时通讯、电子邮箱）类网站', '通讯（包含即时通讯、电子邮箱）类网站'], ['08', '08 游戏类网站', '游戏类网站'], ['09', '09 交易类网站', '交易类网站']]
  };

  var Dict = {
    options: function (name) { return DICT[name].map(function (d) { return { value: d[0], label: d[1] }; }); },
    /** 代码 → 标准名称 */
    name: function (name, code) {
      var hit = DICT[name].filter(function (d) { return d[0] === code; })[0];
      return hit ? (hit[2] || hit[1]) : '';
    },
    /** 多选代码 → 标准名称（按字典顺序） */
    names: function (name, codes) {
      codes = codes || [];
      return DICT[name].filter(function (d) { return codes.indexOf(d[0]) >= 0; }).map(function (d) { return d[2] || d[1]; });
    }
  };

  var Rule = {
    required: function (msg, trigger) { return { required: true, message: msg, trigger: trigger || 'blur' }; },
    mobile: { pattern: /^1[3-9]\d{9}$/, message: '手机号码格式不正确', trigger: 'blur' },
    email: { type: 'email', message: '电子邮件地址格式不正确', trigger: 'blur' },
    phone: { pattern: /^(0086-)?0\d{2,3}-\d{7,8}(-\d{1,6})?$/, message: '格式如：010-12345625 或 0086-010-68870788', trigger: 'blur' },
    idNo: function (typeOf) {
      return {
        trigger: 'blur',
        validator: function (rule, value, cb) {
          if (value && typeOf() === '111' && !/^\d{17}[\dXx]$/.test(value)) cb(new Error('请输入18位居民身份证号码'));
          else cb();
        }
      };
    }
  };

  /** 接口封装（后台统一返回 {code, msg, data}） */
  var Api = {
    get: function (url, params) {
      return new Promise(function (done, fail) {
        $.ajax({ url: url, data: params, dataType: 'json', cache: false })
          .done(function (r) { if (r && r.code === '0000') done(r.data); else fail(new Error((r && r.msg) || '请求失败')); })
          .fail(function () { fail(new Error('网络异常，请稍后重试')); });
      });
    },
    post: function (url, body) {
      return new Promise(function (done, fail) {
        $.ajax({ url: url, type: 'POST', data: JSON.stringify(body || {}), contentType: 'application/json; charset=utf-8', dataType: 'json' })
          .done(function (r) { if (r && r.code === '0000') done(r); else fail(new Error((r && r.msg) || '请求失败')); })
          .fail(function () { fail(new Error('网络异常，请稍后重试')); });
      });
    }
  };

  /** 上传组件：自动上传，model 为 [{fileId, fileName, url}] */
  Vue.component('scan-upload', {
    props: { value: { type: Array, default: function () { return []; } }, limit: { type: Number, default: 1 }, maxKb: { type: Number, default: 512 }, biz: String, tip: String, disabled: Boolean },
    data: function () { return { shown: this.toShown(this.value), last: this.value }; },
    watch: {
      value: function (v) { if (v !== this.last) { this.last = v; this.shown = this.toShown(v); } }
    },
    methods: {
      toShown: function (list) { return (list || []).map(function (f) { return { name: f.fileName, url: f.url || '/portal/api/file/view?id=' + f.fileId, fileId: f.fileId }; }); },
      emit: function (fileList) {
        var list = fileList.filter(function (f) { return f.status === 'success'; }).map(function (f) {
          var d = f.response ? f.response.data : f;
          return { fileId: d.fileId, fileName: f.name, url: d.url };
        });
        this.last = list;
        this.$emit('input', list);
        this.$emit('change', list);
      },
      check: function (file) {
        if (!/\.(jpe?g|png)$/i.test(file.name)) { this.$message.error('只能上传 jpg / png 格式的图片'); return false; }
        if (file.size > this.maxKb * 1024) { this.$message.error('图片大小不能超过 ' + this.maxKb + 'KB'); return false; }
        return true;
      },
      done: function (res, file, fileList) {
        if (!res || res.code !== '0000') { this.$message.error((res && res.msg) || '上传失败'); fileList.splice(fileList.indexOf(file), 1); }
        this.emit(fileList);
      },
      removed: function (file, fileList) { this.emit(fileList); },
      failed: function () { this.$message.error('上传失败，请重新选择文件'); },
      exceed: function () { this.$message.warning('最多上传 ' + this.limit + ' 个文件，请先删除已上传的文件'); }
    },
    template:
      '<div class="scan-upload" :class="{ full: value.length >= limit }">' +
      '<el-upload action="/portal/api/file/upload" name="file" :data="{ bizType: biz }" list-type="picture-card" accept=".jpg,.jpeg,.png"' +
      ' :multiple="limit > 1" :limit="limit" :file-list="shown" :disabled="disabled" :before-upload="check"' +
      ' :on-success="done" :on-error="failed" :on-remove="removed" :on-exceed="exceed">' +
      '<i class="el-icon-plus"></i><div slot="tip" class="el-upload__tip">{{ tip }}</div>' +
      '</el-upload></div>'
  });

  /** 多行输入（子域名、IP）：添加 / 删除 */
  Vue.component('row-inputs', {
    props: { value: { type: Array, default: function () { return ['']; } }, placeholder: String, max: { type: Number, default: 20 } },
    methods: {
      set: function (i, v) { var list = this.value.slice(); list[i] = v; this.$emit('input', list); },
      add: function () {
        if (this.value.length >= this.max) { this.$message.warning('最多添加 ' + this.max + ' 条'); return; }
        this.$emit('input', this.value.concat(['']));
      },
      del: function (i) { var list = this.value.slice(); list.splice(i, 1); this.$emit('input', list.length ? list : ['']); }
    },
    template:
      '<div class="row-inputs">' +
      '<div class="row-line" v-for="(v, i) in value" :key="i">' +
      '<el-input :value="v" @input="set(i, $event)" :placeholder="placeholder" clearable></el-input>' +
      '<el-button type="text" icon="el-icon-delete" class="row-del" :disabled="value.length === 1 && !v" @click="del(i)">删除</el-button>' +
      '</div>' +
      '<el-button size="mini" plain icon="el-icon-plus" class="row-add" @click="add">添加</el-button>' +
      '</div>'
  });

  /** 服务商选择：境内/境外 → 省份或国家 → 服务商（列表中没有时选 其他 并填写） */
  Vue.component('isp-picker', {
    props: { value: Object, type: String, prop: String, regionLabel: String, nameLabel: String },
    data: function () {
      var self = this;
      return {
        regions: [], list: [], loadingRegions: false, loadingList: false,
        regionRules: [{ validator: function (r, x, cb) { var v = self.value; cb(!v.scope ? new Error('请选择境内或境外') : !v.region ? new Error('请选择所属区域') : undefined); }, trigger: 'change' }],
        nameRules: [{ validator: function (r, x, cb) { var v = self.value; cb(!v.id ? new Error('请选择服务商名称') : v.id === '-1' && !v.name ? new Error('请填写服务商名称') : undefined); }, trigger: 'change' }]
      };
    },
    created: function () {
      if (this.value.scope) this.loadRegions();
      if (this.value.region) this.loadList();
    },
    watch: {
      'value.scope': function (v) { this.regions = []; if (v) this.loadRegions(); },
      'value.region': function (v) { this.list = []; if (v) this.loadList(); }
    },
    methods: {
      loadRegions: function () {
        var self = this;
        self.loadingRegions = true;
        return Api.get('/portal/api/isp/regions', { scope: self.value.scope }).then(function (list) { self.regions = list; })
          .catch(function (e) { self.$message.error(e.message); }).then(function () { self.loadingRegions = false; });
      },
      loadList: function () {
        var self = this;
        self.loadingList = true;
        return Api.get('/portal/api/isp/list', { type: self.type, scope: self.value.scope, region: self.value.region }).then(function (list) { self.list = list; })
          .catch(function (e) { self.$message.error(e.message); }).then(function () { self.loadingList = false; });
      },
      /** 用户切换境内/境外、区域时清空下级（列表由 watch 重新加载） */
      scopeChanged: function () {
        $.extend(this.value, { region: '', regionName: '', id: '', name: '' });
      },
      regionChanged: function (code) {
        var hit = this.regions.filter(function (r) { return r.code === code; })[0];
        $.extend(this.value, { regionName: hit ? hit.name : '', id: '', name: '' });
      },
      idChanged: function (id) {
        var hit = this.list.filter(function (p) { return p.id === id; })[0];
        this.value.name = hit ? hit.name : '';
      }
    },
    template:
      '<div class="isp-picker">' +
      '<el-form-item :label="regionLabel" :prop="prop + \'.region\'" :rules="regionRules" required>' +
      '<el-radio-group v-model="value.scope" @change="scopeChanged" class="isp-scope"><el-radio label="1">境内</el-radio><el-radio label="2">境外</el-radio></el-radio-group>' +
      '<el-select v-model="value.region" filterable :disabled="!value.scope" :loading="loadingRegions" :placeholder="value.scope === \'2\' ? \'请选择国家/地区\' : \'请选择省份\'" class="isp-region" @change="regionChanged">' +
      '<el-option v-for="r in regions" :key="r.code" :label="r.name" :value="r.code"></el-option></el-select>' +
      '</el-form-item>' +
      '<el-form-item :label="nameLabel" :prop="prop + \'.id\'" :rules="nameRules" required>' +
      '<el-select v-model="value.id" filterable :disabled="!value.region || loadingList" :loading="loadingList" :placeholder="loadingList ? \'正在加载服务商…\' : \'请选择服务商\'" class="isp-name" @change="idChanged">' +
      '<el-option v-for="p in list" :key="p.id" :label="p.name" :value="p.id"></el-option>' +
      '<el-option label="其他" value="-1"></el-option></el-select>' +
      '<el-input v-if="value.id === \'-1\'" v-model="value.name" placeholder="列表中没有的，请填写服务商全称" class="isp-other"></el-input>' +
      '</el-form-item>' +
      '</div>'
  });

  /** 申请向导步骤条 */
  Vue.component('apply-steps', {
    props: { active: Number },
    template:
      '<el-steps :active="active" finish-status="success" align-center class="apply-steps">' +
      '<el-step title="网站开办主体"></el-step><el-step title="网站基本信息"></el-step><el-step title="网站负责人"></el-step><el-step title="提示说明"></el-step>' +
      '</el-steps>'
  });

  var Frame = {
    /** 挂载页面；options.load() 可返回 Promise（数据加载完成后才算就绪），options.readState() 供框架读取 */
    mount: function (options) {
      var bridge = { mounted: false, state: function () { return {}; } };
      win.__frameForm = bridge;
      var userMounted = options.mounted;
      options.mounted = function () {
        var vm = this;
        if (userMounted) userMounted.call(vm);
        Promise.resolve(vm.load ? vm.load() : null).catch(function (e) { vm.$message.error(e.message); }).then(function () {
          vm.$nextTick(function () {
            bridge.state = function () { return vm.readState ? vm.readState() : {}; };
            bridge.mounted = true;
          });
        });
      };
      options.el = '#app';
      return new Vue(options);
    },
    /** 向导跳转（由外框切换 iframe） */
    go: function (step) { win.parent.Portal.go(step); },
    file: function (list) { return (list || []).map(function (f) { return f.fileName; }); },
    rows: function (list) { return (list || []).map(function (s) { return String(s || '').trim(); }).filter(Boolean); }
  };

  win.Dict = Dict;
  win.Rule = Rule;
  win.Api = Api;
  win.Frame = Frame;
})(window, jQuery, Vue);
