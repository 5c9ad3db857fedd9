package org.tongban.shared;

/** Implemented by authentication principals that know which {@link Actor} they are. */
public interface ActingPrincipal {

    Actor actor();

    /** The name to greet the user with, already masked where it is personal data. */
    String displayName();
}
