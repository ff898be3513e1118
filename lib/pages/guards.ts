/**
 * Captions the helper never fills and buttons it never clicks, whatever a page definition says:
 * captchas, SMS codes, passwords, the responsibility statement, and every submit or navigation.
 */
export const NEVER_FILL_CAPTIONS = [/验证码/, /密码/, /短信/, /已阅读/, /承诺/, /校验码/];
export const NEVER_CLICK_BUTTONS = [/提交/, /保存/, /下一步/, /上一步/, /登录/, /注销/, /获取/, /发送/, /查询$/, /确定/, /确认/];
