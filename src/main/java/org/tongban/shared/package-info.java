/**
 * The shared kernel: value objects every module speaks (身份证号码, 统一社会信用代码, 手机号码),
 * masking of personal data, the acting user and their data scope, business errors with stable codes,
 * the audit trail every state change goes through, the clock on Beijing time, the platform's public address
 * ({@link org.tongban.shared.PublicLinks}), and what each module declares
 * for identity and the shell to assemble: its address rules ({@link org.tongban.shared.AccessRules}) and its
 * workspace tiles ({@link org.tongban.shared.WorkspaceTile}), and the work modules go on doing after start-up,
 * which the health endpoint shows ({@link org.tongban.shared.BackgroundWork}). Files, PDF layout and QR codes live in the
 * {@code document} module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享内核", allowedDependencies = {})
package org.tongban.shared;
