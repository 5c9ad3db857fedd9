/**
 * The shared kernel: value objects every module speaks (身份证号码, 统一社会信用代码, 手机号码),
 * masking of personal data, the acting user and their data scope, business errors with stable codes,
 * the audit trail every state change goes through, the clock on Beijing time, and the PDF layout with the
 * shipped CJK font (or a configured one) that notices, decisions and blank forms are drawn with.
 */
package org.tongban.shared;
