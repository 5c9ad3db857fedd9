package org.tongban.assistant;

import org.tongban.shared.Role;

/** Who keeps the assistant's knowledge. */
public enum AssistantRole implements Role {
    /** Writes and reviews knowledge entries for their department and answers consultations. */
    KNOWLEDGE_EDITOR;

    @Override
    public boolean isRegionWide() {
        return false;
    }
}
