package org.tongban.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** 基本目录: the province-wide standard definition of an item (name, type, legal basis, levels). */
@Entity
@Table(name = "basic_catalog_entry")
class BasicCatalogEntry {

    @Id
    private String code;
    private String name;
    @Column(name = "item_type")
    private String itemType;
    @Column(name = "legal_basis")
    private String legalBasis;
    private String levels;
    private String status;
    @Column(name = "cancellation_date")
    private LocalDate cancellationDate;

    protected BasicCatalogEntry() {
    }

    BasicCatalogEntry(String code, String name, String itemType, String legalBasis, List<String> levels) {
        this.code = code;
        this.name = name;
        this.itemType = itemType;
        this.legalBasis = legalBasis;
        this.levels = String.join(",", levels);
        this.status = "ACTIVE";
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String itemType() {
        return itemType;
    }

    String legalBasis() {
        return legalBasis;
    }

    List<String> levels() {
        return Arrays.asList(levels.split(","));
    }

    LocalDate cancellationDate() {
        return cancellationDate;
    }
}
