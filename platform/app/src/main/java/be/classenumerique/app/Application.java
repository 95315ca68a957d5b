package be.classenumerique.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Classe numérique 2030. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/default/theme.css")
@Viewport("width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
