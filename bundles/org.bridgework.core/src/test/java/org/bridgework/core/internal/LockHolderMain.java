package org.bridgework.core.internal;

import java.nio.file.Path;
import java.time.Duration;

/** A second process for the lock tests: takes the lock of the file named in args[0], says so, then waits to be killed. */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        ProjectLock lock = ProjectLock.acquire(Path.of(args[0]), "lock test holder", Duration.ofSeconds(10));
        System.out.println("held " + lock.holder());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(2));
        lock.close();
    }
}
