package org.tongban.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Spring Security's form sign-in, checked by {@link SignInService} (lockout, rate limit, audit). */
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final SignInService signIn;

    PasswordAuthenticationProvider(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Object credentials = authentication.getCredentials();
        SignedInUser user = signIn.withPassword(authentication.getName(),
                credentials == null ? null : credentials.toString(), source);
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.authoritiesSignedInWith(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
