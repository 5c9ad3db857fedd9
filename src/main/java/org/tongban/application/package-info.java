/**
 * 申报: applications. Each listing's form is a JSON Schema over the shared field dictionary
 * ({@link org.tongban.application.ListingForms}), auto-filled from the verified identity and the applicant's
 * earlier cases (一人一档), whose accepted materials may be reused (免提交). Checks an application against the
 * published listing (the applicant, the form field by field, every required material present, the listing's
 * CEL pre-check rules — 智能预检), keeps drafts as they are typed, stores uploaded materials safely (real type
 * from the bytes, SHA-256, behind the {@link org.tongban.document.FileStore} port: local disk or
 * S3-compatible storage) and hands the application to casework as a new case,
 * online, at a kiosk or at a window (一窗受理). Staff read materials in place and pin notes to them (在线批注);
 * the applicant sees the notes that belong to a correction notice. (Demo mode's historical cases are
 * made by the {@code demo} module through this module's services.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "申报",
        allowedDependencies = {"casework", "catalog", "document::files", "identity", "license", "shared"})
package org.tongban.application;
