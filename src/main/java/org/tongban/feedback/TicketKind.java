package org.tongban.feedback;

/** What a ticket asks for (诉求类型): 咨询, 求助, 投诉, 举报, 建议. Complaints from the 办不成事 entry are COMPLAINT. */
public enum TicketKind {
    CONSULT, HELP, COMPLAINT, REPORT, SUGGESTION
}
