package org.tongban.feedback;

import org.springframework.context.ApplicationContext;

/** The module's duplicate detection for the feedback benchmark in another package (test code only). */
public final class FeedbackBenchAccess {

    private FeedbackBenchAccess() {
    }

    /** Likely-duplicate detection as a new ticket runs it; returns how many likely duplicates it found. */
    public interface Duplicates {

        int find(String text, String mobile, String hallCode, String address);

        /** The terms stored with a ticket of this text, as {@code Tickets#create} stores them. */
        String termsOf(String text);
    }

    public static Duplicates duplicates(ApplicationContext app) {
        TicketDuplicates duplicates = app.getBean(TicketDuplicates.class);
        return new Duplicates() {
            @Override
            public int find(String text, String mobile, String hallCode, String address) {
                return duplicates.find(new TicketDuplicates.Probe(null, text, mobile, null, null, hallCode, address))
                        .size();
            }

            @Override
            public String termsOf(String text) {
                return duplicates.termsOf(text);
            }
        };
    }
}
