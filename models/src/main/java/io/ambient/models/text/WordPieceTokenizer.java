package io.ambient.models.text;

import io.ambient.models.onnx.ModelLoadException;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pure-Java BERT WordPiece tokenizer driven by a Hugging Face {@code tokenizer.json}: added tokens matched
 * verbatim, then {@code BertNormalizer}, {@code BertPreTokenizer} (split on whitespace, every punctuation
 * character its own word), greedy longest-match WordPiece with a continuing-subword prefix, and the template
 * post-processor ([CLS] sentence [SEP]). Its ids equal those of the Hugging Face tokenizers library (tested
 * against it), without a native library on the hub.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordPieceTokenizer {

    /** The encoders here were trained with sequences of at most 128 tokens; short commands use far fewer. */
    public static final int DEFAULT_MAX_LENGTH = 128;

    private final String source;
    private final TokenizerJson.Config config;
    private final int maxLength;
    private final int unkId;
    private final int specialCount;
    private final boolean addedTokensAllBracketed;

    private WordPieceTokenizer(String source, TokenizerJson.Config config, int maxLength) {
        this.source = source;
        this.config = config;
        this.unkId = config.vocab().get(config.unkToken());
        this.specialCount = config.template().stream().mapToInt(piece -> piece.specialIds().length).sum();
        this.addedTokensAllBracketed = config.addedTokens().stream().allMatch(t -> t.content().startsWith("["));
        if (maxLength <= specialCount) {
            throw new IllegalArgumentException("maxLength must exceed the " + specialCount
                    + " special tokens the template adds, was " + maxLength);
        }
        this.maxLength = maxLength;
    }

    /** Reads a tokenizer.json from the classpath, with {@link #DEFAULT_MAX_LENGTH}. */
    public static WordPieceTokenizer fromResource(String resource) {
        return fromResource(resource, DEFAULT_MAX_LENGTH);
    }

    /**
     * Reads a tokenizer.json from the classpath.
     *
     * @param maxLength the most tokens an encoding may have, special tokens included
     * @throws ModelLoadException the resource is missing or is not a BERT WordPiece tokenizer.json
     */
    public static WordPieceTokenizer fromResource(String resource, int maxLength) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        byte[] json = OnnxRuntimeAdapter.readResource(path, WordPieceTokenizer.class.getClassLoader());
        return fromJson(json, "classpath:" + path, maxLength);
    }

    /** Reads a tokenizer.json file. */
    public static WordPieceTokenizer fromFile(Path file, int maxLength) {
        try {
            return fromJson(Files.readAllBytes(file), file.toString(), maxLength);
        } catch (IOException e) {
            throw new ModelLoadException(file.toString(), "tokenizer file cannot be read: " + e, e);
        }
    }

    /**
     * Builds a tokenizer from the bytes of a tokenizer.json.
     *
     * @param source names the file in error messages
     */
    public static WordPieceTokenizer fromJson(byte[] json, String source, int maxLength) {
        return new WordPieceTokenizer(source, TokenizerJson.parse(json, source), maxLength);
    }

    /** Where this tokenizer was read from. */
    public String source() {
        return source;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * Encodes one sentence: special tokens added, truncated to {@link #maxLength()} (the sentence is cut, the
     * closing [SEP] kept), no padding.
     */
    public TokenizedText encode(String text) {
        List<Integer> pieces = wordPieceIds(text);
        int room = maxLength - specialCount;
        List<Integer> kept = pieces.size() > room ? pieces.subList(0, room) : pieces;
        int length = kept.size() + specialCount;
        long[] ids = new long[length];
        long[] mask = new long[length];
        long[] types = new long[length];
        int at = 0;
        for (TokenizerJson.TemplatePiece piece : config.template()) {
            if (piece.sentence()) {
                for (int id : kept) {
                    types[at] = piece.typeId();
                    ids[at++] = id;
                }
            } else {
                for (long id : piece.specialIds()) {
                    types[at] = piece.typeId();
                    ids[at++] = id;
                }
            }
        }
        Arrays.fill(mask, 1L);
        return new TokenizedText(ids, mask, types);
    }

    /** The word pieces of a sentence as strings, without special tokens or truncation; for diagnostics. */
    public List<String> tokenize(String text) {
        Map<Integer, String> byId = new HashMap<>();
        config.vocab().forEach((token, id) -> byId.put(id, token));
        return wordPieceIds(text).stream().map(byId::get).toList();
    }

    private List<Integer> wordPieceIds(String text) {
        List<Integer> ids = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int[] match = nextAddedToken(text, start);
            int end = match == null ? text.length() : match[0];
            if (end > start) {
                for (String word : BertPreTokenizer.split(config.normalizer().normalize(text.substring(start, end)))) {
                    wordPiece(word, ids);
                }
            }
            if (match == null) {
                break;
            }
            ids.add(match[2]);
            start = match[1];
        }
        return ids;
    }

    /** The leftmost added token at or after {@code from}: {start, end, id}, or null if none. */
    private int[] nextAddedToken(String text, int from) {
        List<TokenizerJson.AddedToken> added = config.addedTokens();
        if (added.isEmpty() || (addedTokensAllBracketed && text.indexOf('[', from) < 0)) {
            return null; // the common case: BERT's special tokens all start with '[' and the text has none
        }
        for (int i = from; i < text.length(); i++) {
            for (TokenizerJson.AddedToken token : added) {
                if (!token.content().isEmpty() && text.startsWith(token.content(), i)) {
                    return new int[] {i, i + token.content().length(), token.id()};
                }
            }
        }
        return null;
    }

    private void wordPiece(String word, List<Integer> out) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > config.maxInputCharsPerWord()) {
            out.add(unkId);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            Integer found = null;
            int end = cps.length;
            for (; end > start; end--) {
                String piece = new String(cps, start, end - start);
                found = config.vocab().get(start > 0 ? config.continuingPrefix() + piece : piece);
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                out.add(unkId); // as in BERT: a word with any unknown piece becomes one [UNK]
                return;
            }
            pieces.add(found);
            start = end;
        }
        out.addAll(pieces);
    }

    @Override
    public String toString() {
        return "WordPieceTokenizer[" + source + ", maxLength=" + maxLength + "]";
    }
}
