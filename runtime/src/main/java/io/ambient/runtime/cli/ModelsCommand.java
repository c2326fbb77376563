package io.ambient.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.models.delivery.DeliveryOffer;
import io.ambient.models.delivery.DeliveryStatus;
import io.ambient.models.delivery.PackagePublisher;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.trust.ManifestSigner;
import io.ambient.models.trust.PackageSigning;
import io.ambient.models.trust.SigningKeys;
import io.ambient.runtime.update.MqttMessageChannel;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code ./ambient models keygen|sign|publish|list|rollback}. */
final class ModelsCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelsCommand() {
    }

    static int run(String[] argv, PrintStream out) {
        if (argv.length == 0) {
            throw new UsageException("models needs a subcommand: keygen, sign, publish, list, rollback or bench-swap");
        }
        String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
        switch (argv[0]) {
            case "keygen":
                return keygen(new Args(rest, Set.of("out", "name")), out);
            case "sign":
                return signCommand(new Args(rest, Set.of("key")), out);
            case "publish":
                return publish(new Args(rest, Set.of("mqtt", "timeout", "chunk-size")), out);
            case "list":
                return list(new Args(rest, Set.of("url")), out);
            case "rollback":
                return rollback(new Args(rest, Set.of("url")), out);
            case "bench-swap":
                try {
                    return SwapBenchCommand.run(new Args(rest, Set.of("package", "sizes", "rounds", "reembed-up-to")), out);
                } catch (ModelPackageException e) {
                    out.println("bench-swap: " + e.getMessage());
                    return 1;
                }
            default:
                throw new UsageException("unknown models subcommand '" + argv[0] + "'");
        }
    }

    private static int keygen(Args args, PrintStream out) {
        Path dir = Path.of(args.option("out").orElse("."));
        String name = args.option("name").orElse("ambient-models");
        Path priv = dir.resolve(name + ".ed25519");
        Path pub = dir.resolve(name + ".pub");
        if (Files.exists(priv) || Files.exists(pub)) {
            out.println("keygen: " + priv + " or " + pub + " already exists; not overwriting a key");
            return 1;
        }
        KeyPair pair = SigningKeys.generate();
        try {
            Files.createDirectories(dir);
            Files.writeString(pub, "# ambient model-signing public key " + SigningKeys.keyId(pair.getPublic())
                    + " (Ed25519, X.509, base64): give it to hubs as ambient.models.trusted-keys\n"
                    + SigningKeys.encode(pair.getPublic()) + "\n");
            Files.writeString(priv, SigningKeys.privateKeyFile(pair, "ambient model-signing PRIVATE key "
                    + SigningKeys.keyId(pair.getPublic()) + " (Ed25519 PKCS#8, then its public key): keep it off the hubs"));
            Files.setPosixFilePermissions(priv, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            out.println("keygen: " + e.getMessage());
            return 1;
        }
        out.println("key " + SigningKeys.keyId(pair.getPublic()) + ": private " + priv + ", public " + pub);
        return 0;
    }

    private static int signCommand(Args args, PrintStream out) {
        Path pkg = Path.of(positional(args, "the package directory to sign"));
        try {
            ModelPackage signed = sign(pkg, Path.of(args.required("key")));
            out.println("signed " + signed.manifest().coordinates() + " (manifest digest " + signed.manifestDigest() + ")");
            return 0;
        } catch (ModelPackageException e) {
            out.println("sign: " + e.getMessage());
            return 1;
        }
    }

    /** Signs a package in place with the private key in {@code keyFile} (whose public half is derived). */
    static ModelPackage sign(Path pkg, Path keyFile) throws ModelPackageException {
        try {
            KeyPair pair = SigningKeys.readKeyPair(keyFile);
            return PackageSigning.sign(pkg, new ManifestSigner(pair.getPrivate(), pair.getPublic()));
        } catch (IOException | SigningKeys.InvalidKeyTextException e) {
            throw new UsageException("cannot read the signing key " + keyFile + ": " + e.getMessage());
        }
    }

    private static int publish(Args args, PrintStream out) {
        ModelPackage pkg;
        try {
            pkg = new ModelPackageReader().read(Path.of(positional(args, "the package directory to publish")));
        } catch (ModelPackageException e) {
            out.println("publish: " + e.getMessage());
            return 1;
        }
        String[] hostPort = args.option("mqtt").orElse("127.0.0.1:1883").split(":");
        if (hostPort.length != 2) {
            throw new UsageException("--mqtt must be host:port");
        }
        int timeout = Integer.parseInt(args.option("timeout").orElse("300"));
        MqttSettings settings = MqttSettings.local(hostPort[0], Integer.parseInt(hostPort[1]),
                "ambient-publish-" + UUID.randomUUID().toString().substring(0, 8));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (PahoMqttTransport mqtt = new PahoMqttTransport(settings, scheduler)) {
            mqtt.connect().get(10, TimeUnit.SECONDS);
            try (PackagePublisher publisher = new PackagePublisher(new MqttMessageChannel(mqtt), pkg,
                    Integer.parseInt(args.option("chunk-size").orElse(String.valueOf(DeliveryOffer.DEFAULT_CHUNK_SIZE))),
                    s -> out.println("  hub: " + s.state().name().toLowerCase(Locale.ROOT) + " " + s.detail()))) {
                out.printf(Locale.ROOT, "publishing %s (%d bytes in %d chunks) to %s; waiting for the hub...%n",
                        pkg.manifest().coordinates(), publisher.offer().totalBytes(), publisher.offer().totalChunks(),
                        settings.serverUri());
                DeliveryStatus s = publisher.publish().get(timeout, TimeUnit.SECONDS);
                out.println(s.state() == DeliveryStatus.State.ACTIVATED ? "activated " + s.version()
                        : "rejected: " + s.detail());
                return s.state() == DeliveryStatus.State.ACTIVATED ? 0 : 2;
            }
        } catch (TimeoutException e) {
            out.println("no hub reported on the update within " + timeout + " s (the offer stays retained on the broker)");
            return 1;
        } catch (ExecutionException | ModelPackageException e) {
            out.println("publish: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static int list(Args args, PrintStream out) {
        JsonNode models = http(args, "GET", "/api/models", out);
        if (models == null) {
            return 1;
        }
        out.println("active: " + models.path("active").asText() + "   previous: " + models.path("previous").asText("-"));
        String row = "%-10s %-10s %-20s %-7s %-22s %-28s %-13s %s%n";
        out.printf(Locale.ROOT, row, "version", "state", "encoder", "gate", "retrieval new / old",
                "negative flip rate (max)", "taught flips", "accuracy new / old");
        for (JsonNode v : models.path("versions")) {
            JsonNode g = v.path("gate");
            boolean gated = !(g.isMissingNode() || g.isNull());
            JsonNode e = g.path("embedding");
            JsonNode r = g.path("regression");
            JsonNode a = g.path("accuracy");
            out.printf(Locale.ROOT, row, v.path("version").asText(), v.path("state").asText(),
                    v.path("encoder").asText(e.path("encoderSpace").asText("-")), !gated ? "-" : g.path("passed").asBoolean() ? "passed" : "FAILED",
                    !gated ? "-" : String.format(Locale.ROOT, "%.3f / %.3f %s", e.path("newVsOld").asDouble(),
                            e.path("oldVsOld").asDouble(), verdict(e)),
                    !gated ? "-" : String.format(Locale.ROOT, "%.2f%% (%d/%d) (%.2f%%) %s",
                            100 * r.path("negativeFlipRate").asDouble(), r.path("negativeFlips").asInt(),
                            r.path("cases").asInt(), 100 * r.path("maxNegativeFlipRate").asDouble(), verdict(r)),
                    !gated ? "-" : r.path("taughtFlips").asInt() + " of " + r.path("taughtPhrases").asInt(),
                    !gated ? "-" : String.format(Locale.ROOT, "%.4f / %.4f %s", a.path("candidate").asDouble(),
                            a.path("current").asDouble(), verdict(a)));
            g.path("reasons").forEach(reason -> out.println("           why: " + reason.asText()));
        }
        return 0;
    }

    private static String verdict(JsonNode check) {
        return check.path("passed").asBoolean() ? "ok" : "FAIL";
    }

    private static int rollback(Args args, PrintStream out) {
        JsonNode answer = http(args, "POST", "/api/models/rollback", out);
        if (answer == null) {
            return 1;
        }
        out.println("now serving " + answer.path("active").asText());
        return 0;
    }

    private static JsonNode http(Args args, String method, String path, PrintStream out) {
        String url = args.option("url").orElse("http://127.0.0.1:8080");
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
            b = method.equals("POST") ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() >= 400) {
                out.println("error " + r.statusCode() + ": " + body.path("error").asText(r.body()));
                return null;
            }
            return body;
        } catch (ConnectException e) {
            out.println("no runtime answers at " + url + " (start one with ./ambient demo)");
            return null;
        } catch (IOException e) {
            out.println("talking to " + url + " failed: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String positional(Args args, String what) {
        if (args.positional().isEmpty()) {
            throw new UsageException("missing " + what);
        }
        return args.positional().get(0);
    }
}
