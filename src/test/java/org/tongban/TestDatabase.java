package org.tongban;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of an integration test run: H2 in memory by default, a real PostgreSQL when the
 * build runs with {@code -Ppostgres} (system property {@code tongban.test.database=postgres}).
 */
public class TestDatabase implements ActiveProfilesResolver {

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("tongban.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return isPostgres() ? new String[] {"test", "test-postgres"} : new String[] {"test"};
    }
}
