package io.ambient.runtime;

import io.ambient.runtime.cli.CommandLine;
import io.ambient.runtime.cli.UsageException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The {@code ./ambient} command: {@code demo}, {@code run}, {@code say}, {@code eval}, {@code bench}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            out.print(CommandLine.USAGE);
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "demo" -> startServer(CommandLine.demoProperties(rest), true);
                case "run" -> startServer(CommandLine.runProperties(rest), false);
                case "say" -> System.exit(CommandLine.say(rest, out));
                case "listen" -> System.exit(CommandLine.listen(rest, out));
                case "eval" -> System.exit(CommandLine.eval(rest, out));
                case "bench" -> System.exit(CommandLine.bench(rest, out));
                case "train" -> System.exit(CommandLine.train(rest, out));
                case "rewrites" -> System.exit(CommandLine.rewrites(rest, out));
                case "policy" -> System.exit(CommandLine.policy(rest, out));
                case "bench-teaching" -> System.exit(CommandLine.benchTeaching(rest, out));
                case "models" -> System.exit(CommandLine.models(rest, out));
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            }
        } catch (UsageException e) {
            System.err.println("ambient: " + e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(2);
        }
    }

    private static void startServer(Map<String, Object> properties, boolean demo) {
        ApplicationContext context = Micronaut.build(new String[0])
                .mainClass(Main.class)
                .properties(properties)
                .banner(false)
                .start();
        if (demo) {
            CommandLine.printDemoWelcome(context, System.out);
        }
    }
}
