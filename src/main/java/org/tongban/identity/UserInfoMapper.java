package org.tongban.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.stereotype.Component;
import org.tongban.shared.BusinessException;

/** The OpenID Connect userinfo of an account: who it is, masked like everywhere else. */
@Component
class UserInfoMapper {

    private final AccountDirectory accounts;
    private final ProfileService profiles;

    UserInfoMapper(AccountDirectory accounts, ProfileService profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    OidcUserInfo map(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", username);
        accounts.principal(username).ifPresent(user -> {
            try {
                var profile = profiles.of(user.actor());
                claims.put("preferred_username", profile.username());
                claims.put("name", profile.displayName());
                claims.put(BearerTokenPrincipals.KIND_CLAIM, profile.kind().name());
                claims.put("roles", profile.roles());
                if (profile.person() != null) {
                    claims.put("real_name_level", profile.person().realNameLevel().name());
                    claims.put("phone_number", profile.person().mobile());
                }
                if (profile.enterprise() != null) {
                    claims.put("credit_code", profile.enterprise().creditCode());
                }
                if (profile.region() != null) {
                    claims.put("region", Map.of("code", profile.region().code(), "name", profile.region().name()));
                }
                if (profile.department() != null) {
                    claims.put("department",
                            Map.of("code", profile.department().code(), "name", profile.department().name()));
                }
            } catch (BusinessException e) {
                // the account is gone: only the subject remains
            }
        });
        return new OidcUserInfo(claims);
    }
}
