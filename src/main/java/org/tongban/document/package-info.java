/**
 * 文书与文件: what every module needs to keep and produce files, behind four small named interfaces.
 * <ul>
 *   <li>{@code files}: the {@link org.tongban.document.FileStore} port (local disk or S3-compatible object
 *       storage, chosen by {@code tongban.files.store}) and the {@link org.tongban.document.MaterialInspector}
 *       that checks an upload from its bytes (real type, size, executables and archives refused, PDFs without
 *       active content or encryption, images decoded within a pixel budget), failing with
 *       {@link org.tongban.document.DocumentError} codes;</li>
 *   <li>{@code pdf}: {@link org.tongban.document.NoticeLayout}, the A4 layout of notices, decisions and blank
 *       forms (红头, wrapped text, issuer and date, page numbers), optionally with a seal stamped over the
 *       issuer and date and a file attached to the PDF (a license's signed data), with the CJK font of
 *       {@link org.tongban.document.DocumentFonts} (also for Java 2D drawing);</li>
 *   <li>{@code qr}: {@link org.tongban.document.QrCode}, the modules of a QR code a page draws, or the code
 *       as an SVG image for a web page.</li>
 * </ul>
 * It knows no case, listing or applicant: application stores materials with it, casework and catalog lay out
 * their documents with it, and licenses stamp and attach their signed data to what it draws.
 */
@ApplicationModule(displayName = "文书与文件",
        allowedDependencies = {"shared"})
package org.tongban.document;

import org.springframework.modulith.ApplicationModule;
