/**
 * The shared kernel: value objects every module speaks (身份证号码, 统一社会信用代码, 手机号码),
 * masking of personal data, the acting user and their data scope, business errors with stable codes,
 * and the audit trail every state change goes through.
 */
package org.tongban.shared;
