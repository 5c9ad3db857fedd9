/**
 * 统一身份认证: accounts of natural persons (with real-name levels L1–L3), enterprises (with the handlers
 * they authorise) and staff (with region, department and roles); sign-in by password or SMS code with
 * lockout and rate limits; the OpenID Connect provider for single sign-on into department systems; and
 * masking of personal data with audited unmasking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "统一身份认证",
        allowedDependencies = {"notification", "region", "shared"})
package org.tongban.identity;
