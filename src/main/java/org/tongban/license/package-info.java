/**
 * 电子证照、电子印章、免证办: electronic licenses that are trusted anywhere and reused instead of paper.
 * <ul>
 *   <li>{@link org.tongban.license.LicenseTypes}: the license types (证照目录) with their 类型代码, face fields,
 *       issuers, validity, sharing scope, the listing results that issue them and the materials they replace;</li>
 *   <li>{@link org.tongban.license.Licenses}: issuing (from a completed case by {@code LicenseIssuing}, by
 *       staff, or in batch by {@link org.tongban.license.LicenseImport}) with identifiers of GB/T 36904's shape
 *       ({@link org.tongban.license.LicenseIdentifier}), and the lifecycle; every operation an event and an
 *       audit record;</li>
 *   <li>{@link org.tongban.license.Seals}: each issuing department's SM2 seal (key sealed by the master key,
 *       certificate from the platform CA, red image drawn in code), rotated without invalidating what it
 *       signed; every license signs its canonical JSON with SM2/SM3;</li>
 *   <li>{@link org.tongban.license.LicenseVerifier} and {@link org.tongban.license.TrustList}: public
 *       verification by QR, identifier or uploaded file, and other provinces' issuers (跨地区互认);</li>
 *   <li>{@link org.tongban.license.LicenseWallet} and {@link org.tongban.license.LicenseSharing}: the
 *       holder's 亮证 codes, authorisations, department systems' reads with a 申请事由, and the use log;</li>
 *   <li>{@link org.tongban.license.LicenseMaterials}: which materials of a listing a holder's valid license
 *       replaces (免提交), for the application form.</li>
 * </ul>
 */
@ApplicationModule(displayName = "电子证照",
        allowedDependencies = {"casework", "catalog", "document::pdf", "document::qr", "identity", "region", "shared"})
package org.tongban.license;

import org.springframework.modulith.ApplicationModule;
