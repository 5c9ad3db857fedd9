package org.tongban.catalog;

import java.util.Optional;

/**
 * Where a material can come from without the applicant handing it in, told to the catalog by a module that
 * knows (the license module: the electronic license type that stands for a material of this name, 免提交).
 * The guide names it next to the material. Optional: without an implementation the guide says nothing.
 */
public interface MaterialSources {

    /** The name of the license type that replaces a material of this name, if any. */
    Optional<String> licenseReplacing(String materialName);
}
