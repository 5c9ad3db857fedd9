/**
 * 申报: applications. Checks an application against the published listing (the applicant, the form, every
 * required material present, the listing's CEL pre-check rules — 智能预检), keeps drafts as they are typed, stores uploaded materials safely (real type from the bytes, SHA-256, behind
 * the {@link org.tongban.application.FileStore} port) and hands the application to casework as a new case,
 * online, at a kiosk or at a window (一窗受理). Staff read materials in place and pin notes to them (在线批注);
 * the applicant sees the notes that belong to a correction notice. Demo mode fills a department with
 * historical cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "申报")
package org.tongban.application;
