package io.ambient.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** The commands of {@code ./ambient}. */
public final class CommandLine {
    public static final String USAGE = """
            usage: ambient <command> [options]

              demo [--port 8080] [--mqtt-port 1883] [--home homes/demo.json]
                  embedded MQTT broker + simulated home + runtime; prints the URL and things to try
              run --config FILE.yml
                  the runtime against a real home (broker, home file and ports from the config file)
              say "TEXT" [--site SITE] [--user USER] [--url http://127.0.0.1:8080]
                  send words to a running runtime and print what it did
              listen FILE.wav --site SITE [--user USER] [--url http://127.0.0.1:8080] [--mqtt HOST:PORT]
                  send a recording to a running runtime (POST /api/audio), or with --mqtt stream it into the
                  broker as a Hermes satellite
              eval --home HOME.json|DIR --cases CASES.jsonl|DIR [--report OUT.json]
                   [--model onnx|rules|all] [--package DIR] [--context on|both]
                  offline evaluation (no broker): accuracy per intent, latency percentiles; with several
                  models (the default: all) a comparison table; --context both also runs every case with
                  its context taken away, to show what context adds
              train [--seed 42] [--encoder minilm|bge] [--hidden 256] [--epochs 30] [--version 1.0.0] [--out DIR]
                  trains the intent model from the project's generated sentences and writes its package
                  (default: the runtime's built-in package in models/src/main/resources/models/intent)
              eval --audio [--voices en-us,en-gb,...,mbrola] [--noise clean,pinknoise:20,pinknoise:10] [--limit 40]
                   [--modes dual|open|biased|biased-unk,...] [--model onnx|rules] [--report OUT.md]
                   [--jobs 2] [--cache target/speech-cache|none]
                  speaks development cases with espeak-ng (sox adds noise), runs them through the audio path;
                  WER, intent accuracy and failure points per voice x noise slice (needs espeak-ng and sox)
              bench --speech [--rounds 5] [--mode dual|open|biased|biased-unk]
                  recognition real-time factor per biasing mode; end of speech -> action latency over Hermes
              train --parent PKG [--encoder minilm|bge] [--version V] [--out DIR] [--sign-key KEY]
                  an update of PKG: focal distillation from its head; with another encoder, a learned transform
                  into PKG's embedding space (reports negative flip rate with and without distillation);
                  [--align-epochs 8] [--align-fidelity 1.0] the transform's retrieval refinement (0: least squares),
                  [--embedding-cache DIR] keeps embeddings between runs (train and train --parent)
              models keygen [--out DIR] [--name N]     an Ed25519 key pair for signing model packages
              models sign PKG --key KEY                 signs a package's manifest in place
              models publish PKG [--mqtt 127.0.0.1:1883] [--timeout 300]
                  sends an update through the broker to running hubs and waits for the hub's verdict
              models list [--url U]                     every version with its gate results
              models rollback [--url U]                 back to the version that served before
              models bench-swap [--package models/demo/intent-v2] [--sizes 10000,...,100000] [--rounds 3]
                        [--reembed-up-to 25000]
                  swap time with N stored embeddings vs re-embedding them all (timed up to the limit,
                  extrapolated above it)
              bench [--home eval/homes] [--cases eval/cases] [--rounds 10] [--model onnx|model-only|rules]
                  text -> interpretation latency percentiles over the evaluation cases
              bench-teaching [--users 100] [--rounds 2000]
                  what teaching costs a turn on a real store: store a preference, read a user's preferences,
                  read a sentence for a preference statement
              rewrites mine --log L.jsonl | --store DIR [--holdout 0.3] [--encoder minilm|bge]
                  learns rewrites from rephrases in an interaction log (with --store: the hub's store, and the
                  rewrites are saved to it); reports win/loss of the rewrites on the log's held-back end
              rewrites generate --out L.jsonl [--entries 3000] [--seed 7]
                  writes the interaction log of a simulated household, to try the miner on
              rewrites bench [--rules 10,100,1000] [--rounds 300] [--turns 2000]
                  what learning costs: rewrite lookup per turn with N rules, logging a turn, pruning, compaction
              policy evaluate --policy P.json (--log L.jsonl | --store DIR)
                  estimates a music-dialog policy's success rate offline from logged conversations (IPS, SNIPS,
                  95% intervals, effective sample size); refuses when the log cannot support the policy
              policy simulate --policy P.json --out L.jsonl [--conversations 5000] [--seed 1]
                  logs conversations of simulated listeners run by P, and prints P's exact success rate
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommandLine() {
    }

    /** Where the launcher lives (it exports AMBIENT_HOME); the working directory otherwise. */
    static Path installDir() {
        String home = System.getenv("AMBIENT_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home);
    }

    public static Map<String, Object> demoProperties(String[] argv) {
        Args args = new Args(argv, Set.of("port", "mqtt-port", "home", "data"));
        Path home = args.option("home").map(Path::of).orElse(installDir().resolve("homes/demo.json"));
        if (!Files.isReadable(home)) {
            throw new UsageException("cannot read the home file " + home.toAbsolutePath());
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("micronaut.server.host", "127.0.0.1");
        p.put("micronaut.server.port", integer(args.option("port").orElse("8080"), "--port"));
        p.put("ambient.mqtt.embedded", true);
        p.put("ambient.mqtt.host", "127.0.0.1");
        p.put("ambient.mqtt.port", integer(args.option("mqtt-port").orElse("1883"), "--mqtt-port"));
        p.put("ambient.home.file", home.toAbsolutePath().toString());
        p.put("ambient.home.simulate", true);
        // what the demo is taught survives restarts: ./data/teachable in the install directory (git-ignored)
        p.put("ambient.teachable.dir", args.option("data").map(Path::of)
                .orElse(installDir().resolve("data/teachable")).toAbsolutePath().toString());
        // The demo trusts the committed DEMO key (not a secret: models/demo/README.md) so that
        // ./ambient models publish models/demo/intent-v2 works; a real hub configures its own keys.
        p.put("ambient.models.trusted-keys-file", installDir().resolve("models/demo/DEMO-KEY-NOT-SECRET.pub")
                .toAbsolutePath().toString());
        p.put("ambient.models.data-dir", installDir().resolve("data/models").toAbsolutePath().toString());
        return p;
    }

    public static Map<String, Object> runProperties(String[] argv) {
        Args args = new Args(argv, Set.of("config"));
        Path config = Path.of(args.required("config"));
        if (!Files.isReadable(config)) {
            throw new UsageException("cannot read the config file " + config.toAbsolutePath());
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("micronaut.config.files", config.toAbsolutePath().toString());
        return p;
    }

    public static void printDemoWelcome(ApplicationContext context, PrintStream out) {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        String url = server.getURL().toString();
        out.println();
        out.println("ambient demo is running at " + url + "  (Ctrl-C stops it)");
        out.println("  simulated home: " + context.getProperty("ambient.home.file", String.class).orElse("?"));
        out.println("  MQTT broker:    127.0.0.1:" + context.getProperty("ambient.mqtt.port", Integer.class).orElse(1883));
        out.println();
        out.println("things to try, from another terminal:");
        out.println("  ./ambient say \"turn on the lights\" --site kitchen-satellite");
        out.println("  ./ambient say \"turn on the lamp\" --site livingroom-satellite     (asks which)");
        out.println("  ./ambient say \"the reading lamp\" --site livingroom-satellite     (answers it)");
        out.println("  ./ambient say \"turn on the oven\" --site kitchen-satellite");
        out.println("  ./ambient say \"what is the temperature\" --site kitchen-satellite (the oven now)");
        out.println("  ./ambient say \"play planet earth\" --site livingroom-satellite    (TV: video)");
        out.println("  ./ambient say \"play planet earth\" --site bedroom-satellite       (speaker: music)");
        out.println("  ./ambient say \"pause\" --site kitchen-satellite");
        out.println("  ./ambient say \"turn on the fan\" --site bedroom-satellite         (the office fan)");
        out.println("  ./ambient say \"I'm cold\" --site bedroom-satellite");
        out.println("  ./ambient say \"what's the capital of France\" --site kitchen-satellite");
        out.println("  curl " + url + "/api/devices");
        out.println("  curl " + url + "/health   and   " + url + "/prometheus");
        out.println();
    }

    public static int say(String[] argv, PrintStream out) {
        Args args = new Args(argv, Set.of("site", "user", "url", "area"));
        if (args.positional().isEmpty()) {
            throw new UsageException("say needs the words to say, in quotes");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("text", String.join(" ", args.positional()));
        args.option("site").ifPresent(s -> body.put("site", s));
        args.option("user").ifPresent(s -> body.put("user", s));
        args.option("area").ifPresent(s -> body.put("area", s));
        String url = args.option("url").orElse("http://127.0.0.1:8080");
        return send(url, "/api/turns", "application/json", HttpRequest.BodyPublishers.ofString(body.toString()), out);
    }

    /** Posts to a running runtime and prints the turn it answers (or why not); the exit code. */
    static int send(String url, String path, String contentType, HttpRequest.BodyPublisher body, PrintStream out) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType).POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            return printAnswer(response.statusCode(), response.body(), out);
        } catch (ConnectException e) {
            out.println("no runtime answers at " + url + " (start one with ./ambient demo)");
            return 1;
        } catch (IOException e) {
            out.println("talking to " + url + " failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Prints a turn the API answered, or its error; the exit code. */
    static int printAnswer(int status, String body, PrintStream out) throws IOException {
        JsonNode answer = JSON.readTree(body);
        if (status >= 400) {
            out.println("error " + status + ": " + answer.path("error").asText(body));
            return 1;
        }
        printTurn(answer, out);
        return 0;
    }

    public static int listen(String[] argv, PrintStream out) {
        return ListenCommand.run(argv, out);
    }

    private static void printTurn(JsonNode a, PrintStream out) {
        out.println(a.path("response").asText("(no response)"));
        out.println("  outcome: " + a.path("outcome").asText() + "   intent: " + a.path("intent").asText("-")
                + "   confidence: " + a.path("confidence").asText());
        out.println("  slots:   " + a.path("slots"));
        out.println("  targets: " + a.path("targets"));
        JsonNode ctx = a.path("context");
        out.println("  context: area " + ctx.path("area").asText("-") + ", used " + ctx.path("used"));
        JsonNode session = a.path("session");
        if (session.isObject()) {
            out.println("  session: " + session.path("id").asText() + (session.path("open").asBoolean()
                    ? ", expecting " + session.path("expecting").asText() : ", ended"));
        }
        out.println("  turn:    " + a.path("turnId").asText());
    }

    public static int eval(String[] argv, PrintStream out) {
        if (Arrays.asList(argv).contains("--audio")) {
            try {
                return AudioEvalCommand.run(AudioEvalCommand.without(argv, "--audio"), out);
            } catch (UsageException e) {
                throw e;
            } catch (Exception e) {
                out.println("eval --audio: " + e.getMessage());
                return 2;
            }
        }
        Args args = new Args(argv, Set.of("home", "cases", "report", "model", "context", "package"));
        List<EvalCommand.Candidate> candidates = Interpreters.select(args.option("model").orElse("all"),
                args.option("package").orElse(null));
        String context = args.option("context").orElse("on");
        if (!context.equals("on") && !context.equals("both")) {
            throw new UsageException("--context must be on or both, was " + context);
        }
        return EvalCommand.run(Path.of(args.required("home")), Path.of(args.required("cases")),
                args.option("report").map(Path::of).orElse(null), candidates, context.equals("both"), out);
    }

    public static int train(String[] argv, PrintStream out) {
        return TrainCommand.run(argv, out);
    }

    public static int benchTeaching(String[] argv, PrintStream out) {
        return TeachingBenchCommand.run(argv, out);
    }

    public static int rewrites(String[] argv, PrintStream out) {
        return RewritesCommand.run(argv, out);
    }

    public static int policy(String[] argv, PrintStream out) {
        return PolicyCommand.run(argv, out);
    }

    public static int models(String[] argv, PrintStream out) {
        return ModelsCommand.run(argv, out);
    }

    public static int bench(String[] argv, PrintStream out) {
        if (Arrays.asList(argv).contains("--speech")) {
            try {
                return SpeechBenchCommand.run(AudioEvalCommand.without(argv, "--speech"), out);
            } catch (UsageException e) {
                throw e;
            } catch (Exception e) {
                out.println("bench --speech: " + e.getMessage());
                return 2;
            }
        }
        Args args = new Args(argv, Set.of("home", "cases", "rounds", "model", "package"));
        String model = args.option("model").orElse("onnx");
        if (model.equals("all")) {
            throw new UsageException("bench measures one model: --model onnx, model-only or rules");
        }
        EvalCommand.Candidate candidate = Interpreters.select(model, args.option("package").orElse(null)).get(0);
        return BenchCommand.run(args.option("home").map(Path::of).orElse(installDir().resolve("eval/homes")),
                args.option("cases").map(Path::of).orElse(installDir().resolve("eval/cases")),
                integer(args.option("rounds").orElse("10"), "--rounds"), candidate, out);
    }

    private static int integer(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a number, was " + value);
        }
    }
}
