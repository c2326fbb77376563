package io.ambient.models.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.models.onnx.ModelLoadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parts of a Hugging Face {@code tokenizer.json} that a BERT WordPiece tokenizer needs, and refuses
 * (with a message naming the field) anything else, so a tokenizer that would silently produce wrong ids never
 * loads. The file's own truncation and padding settings are ignored: the encoder pads per batch, and the
 * maximum length is the caller's.
 */
final class TokenizerJson {

    /** A special or added token recognised verbatim in the raw text, before normalisation. */
    record AddedToken(String content, int id) {
    }

    /** One element of the post-processor's template: special token ids, or the sentence itself. */
    record TemplatePiece(long[] specialIds, boolean sentence, int typeId) {
    }

    record Config(Map<String, Integer> vocab, String unkToken, String continuingPrefix, int maxInputCharsPerWord,
                  BertNormalizer normalizer, List<AddedToken> addedTokens, List<TemplatePiece> template) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenizerJson() {
    }

    static Config parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new ModelLoadException(source, "not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelLoadException(source, "not a tokenizer.json object");
        }
        JsonNode model = root.path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new ModelLoadException(source, "model.type must be WordPiece, was '" + model.path("type").asText() + "'");
        }
        String preTokenizer = root.path("pre_tokenizer").path("type").asText();
        if (!"BertPreTokenizer".equals(preTokenizer)) {
            throw new ModelLoadException(source, "pre_tokenizer.type must be BertPreTokenizer, was '" + preTokenizer + "'");
        }
        Map<String, Integer> vocab = vocab(model.path("vocab"), source);
        String unk = model.path("unk_token").asText("[UNK]");
        if (!vocab.containsKey(unk)) {
            throw new ModelLoadException(source, "unk_token '" + unk + "' is not in the vocabulary");
        }
        return new Config(vocab, unk, model.path("continuing_subword_prefix").asText("##"),
                model.path("max_input_chars_per_word").asInt(100), normalizer(root.path("normalizer"), source),
                addedTokens(root.path("added_tokens")), template(root.path("post_processor"), source));
    }

    private static Map<String, Integer> vocab(JsonNode node, String source) {
        if (!node.isObject() || node.isEmpty()) {
            throw new ModelLoadException(source, "model.vocab is missing or empty");
        }
        Map<String, Integer> vocab = new HashMap<>(node.size() * 2);
        node.fields().forEachRemaining(entry -> vocab.put(entry.getKey(), entry.getValue().asInt()));
        return Map.copyOf(vocab);
    }

    private static BertNormalizer normalizer(JsonNode node, String source) {
        if (node.isMissingNode() || node.isNull()) {
            return new BertNormalizer(false, false, false, false);
        }
        if (!"BertNormalizer".equals(node.path("type").asText())) {
            throw new ModelLoadException(source, "normalizer.type must be BertNormalizer, was '"
                    + node.path("type").asText() + "'");
        }
        boolean lowercase = node.path("lowercase").asBoolean(true);
        JsonNode strip = node.path("strip_accents");
        // As in the original: strip_accents left unset follows lowercase.
        boolean stripAccents = strip.isBoolean() ? strip.asBoolean() : lowercase;
        return new BertNormalizer(node.path("clean_text").asBoolean(true),
                node.path("handle_chinese_chars").asBoolean(true), stripAccents, lowercase);
    }

    private static List<AddedToken> addedTokens(JsonNode node) {
        List<AddedToken> tokens = new ArrayList<>();
        for (JsonNode token : node) {
            tokens.add(new AddedToken(token.path("content").asText(), token.path("id").asInt()));
        }
        // Longest first, so that at any position the longest token wins, as Hugging Face's matcher does.
        tokens.sort(Comparator.comparingInt((AddedToken t) -> t.content().length()).reversed());
        return List.copyOf(tokens);
    }

    private static List<TemplatePiece> template(JsonNode node, String source) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of(new TemplatePiece(new long[0], true, 0));
        }
        return switch (node.path("type").asText()) {
            case "TemplateProcessing" -> templateProcessing(node, source);
            case "BertProcessing" -> List.of(
                    new TemplatePiece(new long[] {node.path("cls").path(1).asLong()}, false, 0),
                    new TemplatePiece(new long[0], true, 0),
                    new TemplatePiece(new long[] {node.path("sep").path(1).asLong()}, false, 0));
            default -> throw new ModelLoadException(source, "post_processor.type must be TemplateProcessing or "
                    + "BertProcessing, was '" + node.path("type").asText() + "'");
        };
    }

    private static List<TemplatePiece> templateProcessing(JsonNode node, String source) {
        List<TemplatePiece> pieces = new ArrayList<>();
        for (JsonNode piece : node.path("single")) {
            if (piece.has("Sequence")) {
                pieces.add(new TemplatePiece(new long[0], true, piece.path("Sequence").path("type_id").asInt()));
            } else {
                String id = piece.path("SpecialToken").path("id").asText();
                JsonNode ids = node.path("special_tokens").path(id).path("ids");
                if (!ids.isArray() || ids.isEmpty()) {
                    throw new ModelLoadException(source, "post_processor names special token '" + id
                            + "' but special_tokens gives it no ids");
                }
                long[] values = new long[ids.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ids.get(i).asLong();
                }
                pieces.add(new TemplatePiece(values, false, piece.path("SpecialToken").path("type_id").asInt()));
            }
        }
        if (pieces.stream().filter(TemplatePiece::sentence).count() != 1) {
            throw new ModelLoadException(source, "post_processor.single must hold the sentence exactly once");
        }
        return List.copyOf(pieces);
    }
}
