/**
 * Captions the helper never fills and buttons it never clicks, whatever a page definition says:
 * captchas, SMS codes, passwords, the responsibility statement, and every submit or navigation.
 */
export const NEVER_FILL_CAPTIONS = [/验证码/, /密码/, /短信/, /已阅读/, /承诺/, /校验码/];
export const NEVER_CLICK_BUTTONS = [/提交/, /保存/, /下一步/, /上一步/, /登录/, /注销/, /获取/, /发送/, /查询$/, /确定/, /确认/];

/**
 * Words that label a part of a field, never a field: the sides of a certificate scan, the levels
 * of a region, an empty select's 请选择. A control showing only these has no caption of its own.
 */
export const SUB_LABELS = ['正面', '反面', '背面', '人像面', '国徽面', '省', '市', '区', '县', '省份', '城市', '区县', '地区', '请选择', '请输入', '请填写', '选择', '上传', '点击上传', '选择文件'];
