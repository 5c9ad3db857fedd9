/**
 * 智能客服、知识库: the knowledge base each department keeps (entries with a lifecycle, review, validity dates
 * and reminders, Excel import and export, seeded with answers to high-frequency questions) and the assistant
 * that answers from it and from the guides, always citing where an answer comes from and never inventing one.
 * It keeps the region and
 * the item of a conversation, asks for the region when an answer depends on it, takes 有用/没用 feedback and
 * hands a conversation over to the right department's staff (转人工). An optional language model may phrase an
 * answer ({@link org.tongban.assistant.AnswerPhrasing}), used only when every sentence cites a passage given.
 */
@org.springframework.modulith.ApplicationModule(displayName = "智能客服、知识库",
        allowedDependencies = {"casework", "catalog", "identity", "notification", "region", "search", "shared"})
package org.tongban.assistant;
