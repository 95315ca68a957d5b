package be.classenumerique.app.plugins;

import be.classenumerique.app.config.PlatformSettings;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Starts the plugin host before anything that reads its extensions. */
@Configuration(proxyBeanMethods = false)
public class PluginConfiguration {

    @Bean
    PluginPermissions pluginPermissions(SchoolRepository schools) {
        return new PluginPermissions((caller, classId) -> schools.findClass(classId)
                .filter(schoolClass -> ClassService.canRead(caller, schoolClass))
                .isPresent());
    }

    @Bean(destroyMethod = "close")
    PluginHost pluginHost(
            PlatformSettings settings, Clock clock, Environment environment, PluginPermissions permissions) {
        return new PluginHost(settings.pluginsDir(), clock, environment, permissions);
    }
}
