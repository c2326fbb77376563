package io.ambient.runtime.cli;

import io.ambient.context.eval.EvalException;
import io.ambient.context.eval.EvalReport;
import io.ambient.context.eval.Evaluation;
import io.ambient.context.eval.ReportPrinter;
import io.ambient.devices.home.HomeFileException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** {@code ./ambient eval}: offline evaluation on a home and cases; exit 0 whatever the score. */
final class EvalCommand {
    private EvalCommand() {
    }

    static int run(Path home, Path cases, Path report, PrintStream out) {
        if (!Files.exists(home)) {
            throw new UsageException("no such home file or folder: " + home);
        }
        if (!Files.exists(cases)) {
            throw new UsageException("no such cases file or folder: " + cases);
        }
        try {
            EvalReport result = Evaluation.run(home, cases, Clock.systemDefaultZone());
            out.print(ReportPrinter.summary(result));
            if (report != null) {
                Files.writeString(report, ReportPrinter.json(result));
                out.println("report written to " + report);
            }
            return 0;
        } catch (EvalException | HomeFileException e) {
            out.println("eval: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            out.println("eval: cannot write the report: " + e.getMessage());
            return 2;
        }
    }
}
