package io.cairn.app;

import io.cairn.store.StoreException;
import picocli.CommandLine;

/** Turns failures into one clear line and a meaningful exit code; stack traces only with CAIRN_DEBUG. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (System.getenv("CAIRN_DEBUG") != null) {
            e.printStackTrace(err);
        }
        if (e instanceof StoreUnavailableException || e instanceof StoreException) {
            err.println("cairn: store error: " + Redaction.secrets(String.valueOf(e.getMessage())));
            return ExitCodes.STORE;
        }
        err.println("cairn: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
    }
}
