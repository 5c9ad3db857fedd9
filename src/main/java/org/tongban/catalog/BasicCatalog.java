package org.tongban.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

/** All basic catalog entries. */
interface BasicCatalog extends JpaRepository<BasicCatalogEntry, String> {
}
