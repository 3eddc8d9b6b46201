package io.cairn.app;

import java.sql.SQLException;
import picocli.CommandLine;

/** Turns failures into one clear line and a meaningful exit code; stack traces only with CAIRN_DEBUG. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (System.getenv("CAIRN_DEBUG") != null) {
            e.printStackTrace(err);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof StoreUnavailableException) break;
            root = root.getCause();
        }
        if (e instanceof StoreUnavailableException || root instanceof SQLException) {
            err.println("cairn: store error: " + e.getMessage());
            return ExitCodes.STORE;
        }
        err.println("cairn: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
    }
}
