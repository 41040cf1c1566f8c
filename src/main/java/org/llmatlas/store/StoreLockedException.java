package org.llmatlas.store;

import java.nio.file.Path;

/** The store folder is in use by another process (TDB2 allows one). */
public final class StoreLockedException extends RuntimeException {
    public StoreLockedException(Path dir, Throwable cause) {
        super(dir + " is in use by another process (" + cause.getMessage()
                + "); stop it, or use --data DIR for another store or --memory", cause);
    }
}
