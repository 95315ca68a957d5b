package be.classenumerique.app.plugins;

import be.classenumerique.app.config.PlatformSettings;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Starts the plugin host before anything that reads its extensions. */
@Configuration(proxyBeanMethods = false)
public class PluginConfiguration {

    @Bean(destroyMethod = "close")
    PluginHost pluginHost(PlatformSettings settings, Clock clock, Environment environment) {
        return new PluginHost(settings.pluginsDir(), clock, environment);
    }
}
