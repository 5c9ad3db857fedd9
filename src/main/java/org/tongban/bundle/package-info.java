/**
 * 一件事一次办: life-event bundles that join the items one life event needs (新生儿出生, 退休, 企业开办…).
 * A bundle is defined once for the province (its member items by basic catalog code, which are optional).
 * In a region it becomes one notice (一次告知): each member's local listing, one list of materials with each
 * material once, and the materials that one member's result supplies to another (内部流转) marked 免提交.
 * One form (一表申请) is the union of the members' forms.
 * One application fans out to one case per chosen member, each at its own department, with the submission
 * key of the application so that a retry never opens a case twice.
 * The applicant follows the bundle as one thing (一次办好); bundles are searchable (type {@code bundle}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "一件事一次办",
        allowedDependencies = {"application", "casework", "catalog", "document::files", "identity", "region", "search", "shared"})
package org.tongban.bundle;
