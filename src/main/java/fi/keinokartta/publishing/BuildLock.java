package fi.keinokartta.publishing;

import java.lang.management.ManagementFactory;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.config.KeinokarttaConfig;

/**
 * One build, publish or rollback at a time, in this instance and across all instances (through a
 * lock document in the release registry), so aliases and the registry never see interleaved changes.
 */
@ApplicationScoped
public class BuildLock {

    private static final long WAIT_MILLIS = 30_000;

    @Inject
    ReleaseRegistry registry;

    @Inject
    KeinokarttaConfig config;

    private final ReentrantLock local = new ReentrantLock();
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    public <T> T call(String what, Supplier<T> action) {
        local.lock();
        try {
            String owner = instance + " " + what;
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            while (!registry.tryLock(owner, config.publishing().lockTimeout())) {
                if (System.currentTimeMillis() > deadline) {
                    throw new ReleaseException("Another instance is building or publishing a release; try again in a moment.");
                }
                Thread.sleep(250);
            }
            try {
                return action.get();
            } finally {
                registry.unlock(owner);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReleaseException("Interrupted while waiting for another release operation.", e);
        } finally {
            local.unlock();
        }
    }
}
