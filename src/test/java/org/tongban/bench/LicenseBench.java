package org.tongban.bench;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongban.TongbanApplication;
import org.tongban.license.LicenseBenchAccess;
import org.tongban.license.LicenseRole;
import org.tongban.license.LicenseVerifier;
import org.tongban.license.Licenses;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.IdNumber;

/**
 * Measures licenses: SM2 signing and verification of a license's canonical data on one thread (one core), a
 * full verification by identifier in-process (database read, canonical bytes rebuilt, signature, trust), and
 * the public verify page and API under 50 connections with wrk (the platform on the embedded database, 500
 * licenses issued first). Run: {@code ./mvnw -Pbench test-compile exec:java
 * -Dbench.main=org.tongban.bench.LicenseBench}. Not a test: figures, not verdicts.
 */
public final class LicenseBench {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int LICENSES = Integer.getInteger("bench.licenses", 500);

    private LicenseBench() {
    }

    public static void main(String[] args) throws Exception {
        crypto();
        ConfigurableApplicationContext app = SpringApplication.run(TongbanApplication.class,
                "--server.port=0", "--spring.profiles.active=bench",
                "--spring.datasource.url=jdbc:h2:mem:licensebench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--tongban.search.semantic=false", "--logging.level.root=warn", "--spring.main.banner-mode=off");
        try {
            Licenses licenses = app.getBean(Licenses.class);
            var police = app.getBean(RegionDirectory.class).departmentNamed("临沂市公安局兰山分局").orElseThrow();
            Actor issuer = new Actor("bench", AccountKind.STAFF, Set.of(LicenseRole.LICENSE_ISSUER),
                    police.regionCode(), police.code());
            List<String> identifiers = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < LICENSES; i++) {
                String first17 = "37130219850315" + "%03d".formatted(i % 1000);
                identifiers.add(licenses.issue(new Licenses.Issue("11100000TB0000002N001", "测试" + i,
                        first17 + IdNumber.checkCharacter(first17), Map.of("gender", "男", "ethnicity", "汉",
                        "birthDate", "1985-03-15", "address", "山东省临沂市兰山区沂蒙路" + i + "号"), null, null, null),
                        issuer).identifier());
            }
            double issueSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("issue (sign + store, one thread, embedded database): %,d licenses in %.1f s = %,.0f/s%n",
                    LICENSES, issueSeconds, LICENSES / issueSeconds);

            LicenseVerifier verifier = app.getBean(LicenseVerifier.class);
            for (String id : identifiers) {
                verifier.verify(id);
            }
            long count = 0;
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            started = System.nanoTime();
            while (System.nanoTime() < end) {
                if (verifier.verify(identifiers.get((int) (count % identifiers.size()))).status()
                        != LicenseVerifier.Outcome.VALID) {
                    throw new IllegalStateException("a license did not verify");
                }
                count++;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("verify by identifier in-process (one thread): %,.0f/s, %.2f ms each%n", count / seconds,
                    seconds * 1000 / count);

            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            List<String> api = identifiers.stream().map(id -> "/api/v1/verify/" + id).toList();
            List<String> pages = identifiers.stream().map(id -> "/verify/" + id).toList();
            CatalogBench.measurePaths(base, api, "GET /api/v1/verify/{identifier}");
            CatalogBench.measurePaths(base, pages, "GET /verify/{identifier} (page)");
        } finally {
            app.close();
        }
    }

    /** SM2 over a license-sized canonical payload, on this thread only. */
    private static void crypto() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("identifier", "1.2.156.3005.2.11100000TB0000002N001.11371302MB5517287A.202600000001.001.X");
        payload.put("holder", Map.of("kind", "PERSON", "name", "王晓明", "code", "371302198503151234"));
        payload.put("face", Map.of("gender", "男", "ethnicity", "汉", "birthDate", "1985-03-15",
                "address", "山东省临沂市兰山区金雀山街道沂蒙路188号"));
        payload.put("issuedOn", "2026-12-07");
        KeyPair keys = LicenseBenchAccess.keys();
        byte[] data = LicenseBenchAccess.canonical(payload);
        byte[] signature = LicenseBenchAccess.sign(keys, data);
        rate("SM2 sign (one thread)", () -> LicenseBenchAccess.sign(keys, data));
        rate("SM2 verify (one thread)", () -> {
            if (!LicenseBenchAccess.verify(keys, data, signature)) {
                throw new IllegalStateException("signature did not verify");
            }
        });
        System.out.printf("payload: %d bytes of canonical JSON; %d cores on this machine%n", data.length,
                Runtime.getRuntime().availableProcessors());
    }

    private static void rate(String label, Runnable operation) {
        long warm = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warm) {
            operation.run();
        }
        long count = 0;
        long started = System.nanoTime();
        long end = started + SECONDS * 1_000_000_000L;
        while (System.nanoTime() < end) {
            operation.run();
            count++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %,.0f/s%n", label, count / seconds);
    }
}
