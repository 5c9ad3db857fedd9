package org.tongban.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model with the leaner ONNX session still embeds as bge-small-zh does: 512 dimensions, meaning kept. */
class BgeSmallZhTest {

    private static BgeSmallZh model;

    @BeforeAll
    static void load() {
        model = new BgeSmallZh();
    }

    @Test
    void aQueryIsNearerToItsParaphraseThanToAnotherService() {
        float[] query = vector("怎么办营业执照");
        float[] paraphrase = vector("个体工商户设立登记，领取营业执照");
        float[] other = vector("新生儿出生医学证明签发");
        assertThat(query).hasSize(512);
        assertThat(cosine(query, paraphrase)).isGreaterThan(cosine(query, other) + 0.1);
    }

    @Test
    void aBatchGivesTheVectorsOfItsTextsOneByOne() {
        List<float[]> batch = model.embedAll(List.of(
                TextSegment.from("社会保障卡补领"),
                TextSegment.from("住房公积金提取"))).content().stream()
                .map(e -> e.vector()).toList();
        assertThat(cosine(batch.get(0), vector("社会保障卡补领"))).isGreaterThan(0.999);
        assertThat(cosine(batch.get(1), vector("住房公积金提取"))).isGreaterThan(0.999);
    }

    private static float[] vector(String text) {
        return model.embed(text).content().vector();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
