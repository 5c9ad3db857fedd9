package org.tongban.identity;

/** What an SMS code is for; a code proves nothing outside its purpose. */
public enum SmsPurpose {
    REGISTER, LOGIN, RESET_PASSWORD, VERIFY_MOBILE
}
