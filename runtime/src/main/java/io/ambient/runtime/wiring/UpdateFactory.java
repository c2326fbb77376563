package io.ambient.runtime.wiring;

import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.registry.CompatibilityGate;
import io.ambient.models.registry.GatePolicy;
import io.ambient.models.registry.ModelRegistry;
import io.ambient.models.registry.ParaphraseSet;
import io.ambient.models.registry.RegressionSuiteSource;
import io.ambient.models.trust.SigningKeys;
import io.ambient.models.trust.TrustedKeys;
import io.ambient.runtime.config.ModelsConfiguration;
import io.ambient.runtime.config.UnderstandingConfiguration;
import io.ambient.runtime.understanding.UnderstandingService;
import io.ambient.runtime.update.EvalSetRegression;
import io.ambient.runtime.update.ModelUpdateService;
import io.ambient.runtime.update.MqttMessageChannel;
import io.ambient.runtime.update.MqttUpdates;
import io.ambient.runtime.update.TeachableRegressionSuite;
import io.ambient.context.training.SentenceMasker;
import io.ambient.devices.registry.DeviceRegistry;
import io.ambient.teachable.store.TeachableBooks;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Model updates: the registry on disk, the trusted keys, the gate, the update service, MQTT delivery. */
@Factory
public class UpdateFactory {

    @Singleton
    ModelRegistry registry(ModelsConfiguration config) {
        try {
            return new ModelRegistry(dataDir(config).resolve("intent"), BuiltInIntentModel.manifest().version());
        } catch (ModelPackageException e) {
            throw new ConfigurationException("the built-in intent model's manifest is unreadable: " + e.getMessage(), e);
        }
    }

    static Path dataDir(ModelsConfiguration config) {
        return config.dataDir() != null ? Path.of(config.dataDir())
                : Path.of(System.getProperty("user.home"), ".ambient", "models");
    }

    @Singleton
    TrustedKeys trustedKeys(ModelsConfiguration config) {
        List<PublicKey> keys = new ArrayList<>();
        try {
            for (String k : config.trustedKeys() == null ? List.<String>of() : config.trustedKeys()) {
                keys.add(SigningKeys.publicKey(k));
            }
            if (config.trustedKeysFile() != null) {
                for (String line : Files.readAllLines(Path.of(config.trustedKeysFile()))) {
                    if (!line.isBlank() && !line.strip().startsWith("#")) {
                        keys.add(SigningKeys.publicKey(line));
                    }
                }
            }
        } catch (IOException | SigningKeys.InvalidKeyTextException e) {
            throw new ConfigurationException("ambient.models trusted keys: " + e.getMessage(), e);
        }
        return new TrustedKeys(keys);
    }

    @Singleton
    ModelUpdateService updates(ModelsConfiguration config, UnderstandingService understanding, ModelRegistry registry,
                               TrustedKeys trusted, UnderstandingConfiguration understandingConfig,
                               List<RegressionSuiteSource> taught, Clock clock) {
        Path root = Path.of(Optional.ofNullable(System.getenv("AMBIENT_HOME")).orElse("."));
        EvalSetRegression suite = new EvalSetRegression(
                config.regressionHomes() != null ? Path.of(config.regressionHomes()) : root.resolve("eval/homes"),
                config.regressionCases() != null ? Path.of(config.regressionCases()) : root.resolve("eval/cases"));
        CompatibilityGate gate = new CompatibilityGate(new GatePolicy(config.maxNegativeFlipRate(), config.maxAccuracyDrop()),
                ParaphraseSet.builtIn(), suite,
                () -> taught.stream().flatMap(t -> t.phrases().stream()).toList(), clock);
        IntentModelLoader loader = new IntentModelLoader(null, understandingConfig.threads(),
                IntentModelLoader.Mode.BLENDED, UnderstandingFactory.MODEL_THRESHOLD);
        return new ModelUpdateService(understanding, registry, trusted, gate, loader::load);
    }

    /** Taught phrases and rewrites join the gate's regression suite wherever the teachable store runs. */
    @Singleton
    @Requires(beans = TeachableBooks.class)
    RegressionSuiteSource taughtInTheStore(TeachableBooks books, DeviceRegistry devices) {
        return new TeachableRegressionSuite(books, () -> {
            SentenceMasker masker = new SentenceMasker(Map.of("home", devices.current()));
            return text -> masker.mask(text, "home");
        });
    }

    @Context
    @Requires(property = "ambient.models.mqtt-delivery", notEquals = "false")
    @Bean(preDestroy = "close")
    MqttUpdates mqttUpdates(ModelsConfiguration config, MqttTransport mqtt, ModelUpdateService updates) {
        MqttUpdates u = new MqttUpdates(new MqttMessageChannel(mqtt), dataDir(config).resolve("incoming"), updates,
                config.requestAfter());
        u.start();
        return u;
    }
}
