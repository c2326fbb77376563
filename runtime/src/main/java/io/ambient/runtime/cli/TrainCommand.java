package io.ambient.runtime.cli;

import io.ambient.models.head.HeadTrainingOptions;
import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.transform.ParaphraseAlignment;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.runtime.training.IntentModelTraining;
import io.ambient.runtime.training.UpdateTraining;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code ./ambient train}: builds the intent model package. By default it writes the runtime's built-in
 * package into the source tree (models/src/main/resources/models/intent), which the next build bundles.
 */
final class TrainCommand {
    /** The manifest's creation time unless told otherwise: fixed, so the same seed gives the same digest. */
    static final String REPRODUCIBLE_CREATED_AT = "1970-01-01T00:00:00Z";

    private TrainCommand() {
    }

    static int run(String[] argv, PrintStream out) {
        Args args = new Args(argv, Set.of("out", "seed", "encoder", "hidden", "epochs", "version", "created-at",
                "dev-homes", "dev-cases", "parent", "sign-key", "distill-weight", "focal-boost", "ridge", "align-epochs", "align-fidelity",
                "embedding-cache"));
        Path root = CommandLine.installDir();
        Path outDir = args.option("out").map(Path::of).orElse(root.resolve(BuiltInIntentModel.SOURCE_DIR));
        EncoderSpec encoder = switch (args.option("encoder").orElse("minilm")) {
            case "minilm" -> EncoderSpec.MINILM_L6_V2_Q;
            case "bge" -> EncoderSpec.BGE_SMALL_EN_V15_Q;
            default -> throw new UsageException("--encoder must be minilm or bge");
        };
        HeadTrainingOptions head = HeadTrainingOptions.defaults()
                .withHiddenSize(number(args.option("hidden").orElse("256"), "--hidden"))
                .withEpochs(number(args.option("epochs").orElse("30"), "--epochs"));
        Path devHomes = args.option("dev-homes").map(Path::of).orElse(root.resolve("eval/homes"));
        Path devCases = args.option("dev-cases").map(Path::of).orElse(root.resolve("eval/cases"));
        boolean dev = Files.isDirectory(devHomes) && Files.exists(devCases);
        IntentModelTraining.Options options = new IntentModelTraining.Options(
                number(args.option("seed").orElse("42"), "--seed"), encoder, head,
                version(args.option("version").orElse("1.0.0")),
                args.option("created-at").orElse(REPRODUCIBLE_CREATED_AT),
                dev ? devHomes : null, dev ? devCases : null);
        try {
            if (args.option("parent").isPresent()) {
                return update(args, options, root, out);
            }
            new IntentModelTraining(out, cache(args)).run(options, outDir);
            return 0;
        } catch (ModelPackageException e) {
            out.println("train: " + e.getMessage());
            return 1;
        }
    }

    /** {@code --parent PKG}: an update of PKG, distilled from it; with another encoder, plus a transform. */
    private static int update(Args args, IntentModelTraining.Options base, Path root, PrintStream out)
            throws ModelPackageException {
        ModelPackage parent = new ModelPackageReader().read(Path.of(args.option("parent").orElseThrow()));
        SemanticVersion version = args.option("version").map(TrainCommand::version)
                .orElse(UpdateTraining.nextVersion(parent.manifest(), base.encoder()));
        IntentModelTraining.Options o = new IntentModelTraining.Options(base.seed(), base.encoder(), base.head(), version,
                base.createdAt(), base.devHomes(), base.devCases());
        Path outDir = args.option("out").map(Path::of).orElse(root.resolve("models/demo/intent-" + version));
        UpdateTraining.Options options = new UpdateTraining.Options(o,
                decimal(args.option("distill-weight").orElse("1.0"), "--distill-weight"),
                decimal(args.option("focal-boost").orElse("4.0"), "--focal-boost"),
                decimal(args.option("ridge").orElse("0.000001"), "--ridge"), alignment(args));
        UpdateTraining.Result result = new UpdateTraining(out, cache(args)).run(options, parent, outDir);
        if (args.option("sign-key").isPresent()) {
            ModelPackage signed = ModelsCommand.sign(result.pkg().directory(), Path.of(args.option("sign-key").get()));
            out.println("signed: " + signed.manifest().signature());
        }
        return 0;
    }

    private static Path cache(Args args) {
        return args.option("embedding-cache").map(Path::of).orElse(null);
    }

    /** {@code --align-epochs N} (0: least squares only), {@code --align-fidelity W}. */
    private static ParaphraseAlignment.Options alignment(Args args) {
        ParaphraseAlignment.Options d = ParaphraseAlignment.Options.defaults();
        int epochs = (int) decimal(args.option("align-epochs").orElse(String.valueOf(d.epochs())), "--align-epochs");
        double fidelity = decimal(args.option("align-fidelity").orElse(String.valueOf(d.fidelityWeight())),
                "--align-fidelity");
        try {
            return new ParaphraseAlignment.Options(epochs, d.batchSize(), d.temperature(), fidelity, d.learningRate(),
                    d.validationFraction(), d.seed());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static double decimal(String value, String what) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a number, was " + value);
        }
    }

    private static SemanticVersion version(String text) {
        try {
            return SemanticVersion.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--version: " + e.getMessage());
        }
    }

    private static int number(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a whole number, was " + value);
        }
    }
}
