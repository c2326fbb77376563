package io.ambient.models.text;

import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Hugging Face tokenizers library (Rust), reached through the JNI binding inside DJL's tokenizers jar, as
 * the reference our tokenizer must match. DJL's {@code HuggingFaceTokenizer} class itself cannot be used: it
 * needs {@code ai.djl:api}, which is not a dependency of this module. The JNI class needs nothing else, so the
 * test loads the bundled native library itself. Test scope only; nothing here reaches the network.
 */
final class HfTokenizersOracle implements AutoCloseable {

    static {
        // DJL's Java side sends a usage-tracking request unless this is set. This oracle bypasses that code,
        // but set it anyway, before any DJL class loads, in case a later change reaches it.
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private static final String NATIVE = "native/lib/linux-x86_64/cpu/libtokenizers.so";

    private final long handle;

    private HfTokenizersOracle(long handle) {
        this.handle = handle;
    }

    static boolean trackingOptedOut() {
        return "true".equals(System.getProperty("OPT_OUT_TRACKING"));
    }

    /** A tokenizer for the given tokenizer.json, truncating like ours and never padding. */
    static HfTokenizersOracle of(String tokenizerResource, int maxLength) {
        loadNativeOnce();
        String json;
        try (InputStream in = HfTokenizersOracle.class.getClassLoader().getResourceAsStream(tokenizerResource)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long handle = TokenizersLibrary.LIB.createTokenizerFromString(json);
        TokenizersLibrary.LIB.disablePadding(handle);
        TokenizersLibrary.LIB.setTruncation(handle, maxLength, "LONGEST_FIRST", 0);
        return new HfTokenizersOracle(handle);
    }

    private static void loadNativeOnce() {
        NativeLibrary.ensureLoaded();
    }

    /** Class initialisation runs once per JVM and is thread-safe: the native library is loaded once. */
    private static final class NativeLibrary {

        static {
            try (InputStream in = HfTokenizersOracle.class.getClassLoader().getResourceAsStream(NATIVE)) {
                if (in == null) {
                    throw new IllegalStateException(NATIVE + " is not on the test classpath");
                }
                Path library = Files.createTempFile("hf-tokenizers", ".so");
                library.toFile().deleteOnExit();
                Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
                System.load(library.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private NativeLibrary() {
        }

        static void ensureLoaded() {
            // Touching the class runs its initialiser.
        }
    }

    TokenizedText encode(String text) {
        long encoding = TokenizersLibrary.LIB.encode(handle, text, true);
        try {
            return new TokenizedText(TokenizersLibrary.LIB.getTokenIds(encoding),
                    TokenizersLibrary.LIB.getAttentionMask(encoding), TokenizersLibrary.LIB.getTypeIds(encoding));
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    String[] tokens(String text) {
        long encoding = TokenizersLibrary.LIB.encode(handle, text, true);
        try {
            return TokenizersLibrary.LIB.getTokens(encoding);
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    @Override
    public void close() {
        TokenizersLibrary.LIB.deleteTokenizer(handle);
    }
}
