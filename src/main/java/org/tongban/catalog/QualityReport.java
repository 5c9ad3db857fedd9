package org.tongban.catalog;

import java.util.List;

/** The findings of the element quality checks (要素质检) on one listing version. */
public record QualityReport(List<Finding> findings) {

    public QualityReport {
        findings = List.copyOf(findings);
    }

    public int errors() {
        return (int) findings.stream().filter(f -> f.rule().isError()).count();
    }

    public int warnings() {
        return findings.size() - errors();
    }

    public boolean has(QualityRule rule) {
        return findings.stream().anyMatch(f -> f.rule() == rule);
    }

    /** One finding: which rule, where in the content (e.g. {@code materials[2]}), and a detail for the message. */
    public record Finding(QualityRule rule, String path, String detail) {
    }
}
