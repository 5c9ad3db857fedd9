package org.tongban;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongban.shared.CreditCode;
import org.tongban.shared.IdNumber;

/**
 * The base of integration tests: the whole application on H2 (or PostgreSQL with -Ppostgres), driven
 * through MockMvc. All share one context. Tests make their own people and staff with unique numbers,
 * so they never depend on demo data or on each other.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@Import(TestConfig.class)
public abstract class IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900_000));

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected TestConfig.MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A valid ID number no other test uses. */
    public static String newIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "371302" + "19" + String.format("%02d", 50 + n % 40) + "0101" + String.format("%03d", n % 1000);
        String unique = first17.substring(0, 10) + String.format("%02d", 1 + n / 1000 % 12)
                + String.format("%02d", 1 + n / 12_000 % 28) + first17.substring(14);
        return unique + IdNumber.checkCharacter(unique);
    }

    /** A mobile number no other test uses. */
    public static String newMobile() {
        return "15" + String.format("%09d", SEQUENCE.incrementAndGet() * 7L % 1_000_000_000L);
    }

    /** A valid credit code no other test uses. */
    public static String newCreditCode() {
        String first17 = "91371302MA" + String.format("%07d", SEQUENCE.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** An IPv4 address no other test uses, for per-address limits. */
    public static String newAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }
}
