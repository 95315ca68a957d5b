package be.classenumerique.app.config;

import be.classenumerique.core.authoring.service.WrittenModules;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every few seconds, takes in the modules teachers saved on another node of the platform, so every node's
 * catalogue and search index follow the database (each node keeps its own, in memory).
 */
@Component
class WrittenModulesRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(WrittenModulesRefresh.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "written-modules-refresh");
        thread.setDaemon(true);
        return thread;
    });

    WrittenModulesRefresh(WrittenModules written, @Value("${cn.modules-refresh-seconds:10}") long seconds) {
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        int taken = written.refreshFromStore();
                        if (taken > 0) {
                            LOG.info("Took in {} modules saved on another node", taken);
                        }
                    } catch (RuntimeException e) {
                        // The next round tries again; a failed round must not end the schedule.
                        LOG.warn("Could not refresh the modules written in schools", e);
                    }
                },
                seconds,
                seconds,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
