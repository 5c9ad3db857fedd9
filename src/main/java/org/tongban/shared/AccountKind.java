package org.tongban.shared;

/** Who an account belongs to: a natural person, a legal person, a member of staff, or a client system. */
public enum AccountKind {
    PERSON, ENTERPRISE, STAFF, SYSTEM, ANONYMOUS
}
