package org.tongban.identity;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.tongban.shared.ActingPrincipal;
import org.tongban.shared.Actor;

/**
 * Turns a bearer token from our own provider into the account it was issued for (authorization-code
 * tokens carry the {@code kind} claim) or into the client system itself (client-credentials tokens).
 */
@Component
class BearerTokenPrincipals {

    static final String KIND_CLAIM = "kind";

    private final AccountDirectory accounts;

    BearerTokenPrincipals(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    AbstractAuthenticationToken convert(Jwt jwt) {
        if (jwt.hasClaim(KIND_CLAIM)) {
            SignedInUser user = accounts.principal(jwt.getSubject())
                    .orElseThrow(() -> new InvalidBearerTokenException("unknown account"));
            return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
        }
        List<GrantedAuthority> scopes = jwt.getClaimAsStringList("scope") == null ? List.of()
                : jwt.getClaimAsStringList("scope").stream()
                        .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority("SCOPE_" + scope)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(new ClientPrincipal(jwt.getSubject()), jwt, scopes);
    }

    /** A department system calling with its own client-credentials token. */
    record ClientPrincipal(String clientId) implements ActingPrincipal {

        @Override
        public Actor actor() {
            return Actor.system(clientId);
        }

        @Override
        public String displayName() {
            return clientId;
        }
    }

}
