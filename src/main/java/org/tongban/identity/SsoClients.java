package org.tongban.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The department systems registered for single sign-on, for the admin pages. */
@Service
public class SsoClients {

    private final JdbcClient jdbc;

    SsoClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered client: its id, name, grant types and redirect URIs. */
    public record SsoClient(String clientId, String name, String grantTypes, String redirectUris) {
    }

    public List<SsoClient> all() {
        return jdbc.sql("""
                select client_id, client_name, authorization_grant_types, redirect_uris
                from oauth2_registered_client order by client_name""")
                .query((rs, n) -> new SsoClient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
