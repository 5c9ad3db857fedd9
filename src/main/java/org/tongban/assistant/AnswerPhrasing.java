package org.tongban.assistant;

import java.util.List;
import java.util.Optional;

/**
 * The port to a language model that phrases an answer from the passages the assistant found. It is optional
 * and off unless {@code tongban.assistant.llm.base-url} is set; the assistant answers verbatim without it.
 * Whatever a model returns is used only if every sentence cites one of the passages given.
 */
public interface AnswerPhrasing {

    /** A passage the answer may use, numbered from 1 as the model cites it ({@code [1]}). */
    record Passage(int number, String title, String text) {
    }

    /** The phrased answer, or empty when there is none to trust (no model, a failure, an uncited sentence). */
    Optional<String> phrase(String question, List<Passage> passages);
}
