package io.ambient.models.intent;

import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.text.SentenceEncoder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A package that reaches its embedding space through a transform also opens that space's own encoder. */
class SpaceEncoderTest {

    @Test
    void builtInPackageUsesItsEncoderForBoth() throws Exception {
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             OnnxIntentClassifier v1 = OnnxIntentClassifier.open(BuiltInIntentModel.read(), adapter)) {
            assertSame(v1.encoder(), v1.spaceEncoder());
        }
    }

    @Test
    void transformedPackageComparesNamesInTheSpacesOwnEncoder() throws Exception {
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             OnnxIntentClassifier v2 = OnnxIntentClassifier.open(new ModelPackageReader().read(Path.of("demo/intent-v2")),
                     adapter)) {
            SentenceEncoder names = v2.spaceEncoder();
            assertNotSame(v2.encoder(), names);
            assertEquals(v2.embeddingSpaceId(), names.spaceId());
            assertEquals("bge-small-en-v1.5-q", v2.manifest().encoder());
            // The space's own encoder ranks a paraphrased device name the way the fuzzy-name threshold expects.
            double floor = names.encode("standing lamp").cosine(names.encode("floor lamp"));
            double reading = names.encode("standing lamp").cosine(names.encode("reading lamp"));
            assertTrue(floor > reading + 0.04, "floor " + floor + " vs reading " + reading);
        }
    }
}
